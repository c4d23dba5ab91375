"""How much of each résumé's structure cvlint reads: prints figures, asserts nothing.

    python bench/structure_coverage.py FOLDER [--match TEXT] [--list]

Over every résumé ``cvlint check FOLDER`` would lint (cover letters left out), grouped by format and
template (the ``template`` column of a ``MANIFEST.tsv`` in FOLDER, when there is one), it prints:

- entries: the experience entries (entries of sections read as experience or volunteering) and the
  share of them read with their dates (the bullet rules skip an undated role);
- bullets: the bullets of those sections and the share attached to an entry;
- empty: documents with an experience-like section read as nothing (no entry, bullet or paragraph);
- no-exp: documents with no experience-like section at all.

It reads only the model every format produces, so it measures any reader. ``--match`` keeps the files
whose path holds TEXT; ``--list`` names the documents counted under ``empty`` and ``no-exp`` and those
with undated entries.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from cvlint.app.discovery import discover
from cvlint.model.document import Document
from cvlint.parse import DocumentError, parse
from cvlint.parse.read_files import InputError, read_file

EXPERIENCE_LIKE = ("experience", "volunteer")


@dataclass
class Tally:
    """Counts for one group of documents."""

    documents: int = 0
    entries: int = 0
    dated: int = 0
    bullets: int = 0
    attached: int = 0
    empty: list[str] = field(default_factory=list)
    no_experience: list[str] = field(default_factory=list)
    undated: list[str] = field(default_factory=list)


def _templates(folder: Path) -> dict[str, str]:
    manifest = folder / "MANIFEST.tsv"
    if not manifest.is_file():
        return {}
    with manifest.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        return {row["file"]: row.get("template") or "" for row in rows}


def read(path: Path) -> Document | None:
    """The résumé at ``path``, or None for a cover letter or a file cvlint cannot read."""
    try:
        source = read_file(path)
        document = parse(source.text, str(path), encoding=source.encoding)
    except (InputError, DocumentError):
        return None
    except Exception as error:  # noqa: BLE001 -- a reader's crash is a figure here, not the end of the run
        print(f"{path}: internal error: {error}", file=sys.stderr)
        return None
    return document if document.kind == "resume" else None


def measure(document: Document, name: str, tally: Tally) -> None:
    """Add one document's figures to ``tally``."""
    tally.documents += 1
    sections = [section for section in document.sections if section.role in EXPERIENCE_LIKE]
    if not sections:
        tally.no_experience.append(name)
    undated = 0
    for section in sections:
        if not (section.entries or section.bullets or section.paragraphs):
            tally.empty.append(f"{name}: {section.heading.text.value if section.heading else '(untitled)'}")
        tally.entries += len(section.entries)
        tally.dated += sum(1 for entry in section.entries if entry.dates is not None)
        undated += sum(1 for entry in section.entries if entry.dates is None)
        tally.bullets += len(section.bullets) + sum(len(entry.bullets) for entry in section.entries)
        tally.attached += sum(len(entry.bullets) for entry in section.entries)
    if undated:
        tally.undated.append(f"{name}: {undated} undated")


def _share(part: int, whole: int) -> str:
    return f"{part}/{whole} ({100 * part / whole:.0f}%)" if whole else "-"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--match", default="", help="only files whose path holds this text")
    parser.add_argument("--list", action="store_true", help="name the documents behind empty, no-exp, undated")
    args = parser.parse_args(argv)
    folder: Path = args.folder
    templates = _templates(folder)
    groups: dict[tuple[str, str], Tally] = defaultdict(Tally)
    for _, path in discover([str(folder)]):
        if path is None or args.match not in str(path):
            continue
        try:
            name = str(path.relative_to(folder))
        except ValueError:
            name = str(path)
        document = read(path)
        if document is not None:
            measure(document, name, groups[(document.format, templates.get(name, "") or "-")])
    total = Tally()
    rows = []
    for (fmt, template), tally in sorted(groups.items()):
        if not tally.documents:
            continue
        rows.append((fmt, template, tally))
        total.documents += tally.documents
        total.entries += tally.entries
        total.dated += tally.dated
        total.bullets += tally.bullets
        total.attached += tally.attached
        total.empty += tally.empty
        total.no_experience += tally.no_experience
        total.undated += tally.undated
    rows.append(("all", "", total))
    header = f"{'format':<9} {'template':<34} {'docs':>5} {'entries dated':>18} {'bullets attached':>20} empty no-exp"
    print(header)
    for fmt, template, tally in rows:
        print(
            f"{fmt:<9} {template[:34]:<34} {tally.documents:>5} {_share(tally.dated, tally.entries):>18} "
            f"{_share(tally.attached, tally.bullets):>20} {len(tally.empty):>5} {len(tally.no_experience):>6}"
        )
    if args.list:
        for title, names in (("empty", total.empty), ("no-exp", total.no_experience), ("undated", total.undated)):
            print(f"\n{title}:")
            for entry in names:
                print(f"  {entry}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
