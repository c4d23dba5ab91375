"""How much of each résumé's structure cvlint reads: prints figures, asserts nothing.

    python bench/structure_coverage.py FOLDER [--match TEXT] [--list]

Over every résumé ``cvlint check FOLDER`` would lint (cover letters left out), grouped by format and
template (the ``template`` column of a ``MANIFEST.tsv`` in FOLDER, when there is one), it prints:

- entries: the experience entries (entries of sections read as experience or volunteering) and the
  share of them read with their dates (the bullet rules skip an undated role);
- bullets: the bullets of those sections and the share attached to an entry;
- unread: documents whose text has an experience-like section that is read as nothing: a section read
  with no entry, bullet or paragraph though words stand under its heading, or, when no experience-like
  section is read at all, a line a reader sees that names one (``Work History``, ``<h2>Experience</h2>``,
  ``\\textsc{Experience}``, ``"workExperience": [``). This is the measure: it should be 0;
- written empty: experience-like sections the document writes with nothing in them (``"volunteer": []``);
- inputs absent: LaTeX documents with no experience-like section that read files not beside them
  (``\\input{resume/experience}``, ``\\import``, curve's ``\\makerubric{employment}``);
- no-exp: documents with no experience-like section, written or read (a student's projects and skills).

It reads only the model every format produces, so it measures any reader; whether a section is written
is decided from the lines a reader sees (comments and code left out), never from file names. ``--match``
keeps the files whose path holds TEXT; ``--list`` names the documents of each group and those with
undated entries.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from cvlint.app.discovery import discover
from cvlint.model.document import Document, Line, Section
from cvlint.parse import DocumentError, parse
from cvlint.parse.latex import latex_text
from cvlint.parse.latex_project import resolve_input
from cvlint.parse.read_files import InputError, read_file
from cvlint.parse.structure import normalize_heading, section_role
from cvlint.resources import wordlist

EXPERIENCE_LIKE = ("experience", "volunteer")
_MARKUP = re.compile(r"<[^>\n]*>|&\w+;|[#*_=>`|~\"{}\[\]:,]")
"""What a reader does not see as words on a Markdown, HTML, plain-text, JSON or YAML line."""
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_FILE_READS = re.compile(
    r"\\(?:input|include|subfile|makerubric)\s*\{(?P<name>[^{}\n]+)\}"
    r"|\\(?:sub)?import\s*\{(?P<folder>[^{}\n]*)\}\s*\{(?P<file>[^{}\n]+)\}"
)
"""LaTeX commands that read a file by name (curve's ``\\makerubric{x}`` reads ``x.tex``)."""


@dataclass
class Tally:
    """Counts for one group of documents."""

    documents: int = 0
    entries: int = 0
    dated: int = 0
    bullets: int = 0
    attached: int = 0
    unread: list[str] = field(default_factory=list)
    written_empty: list[str] = field(default_factory=list)
    inputs_absent: list[str] = field(default_factory=list)
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


def _shown_lines(document: Document) -> list[tuple[Line, str]]:
    """Each line a reader sees (code, comments, a LaTeX preamble and file names left out; HTML kept) with
    its words."""
    shown = []
    for line in document.lines:
        if (line.verbatim and not line.html) or _FILE_READS.search(line.text):
            continue
        if document.format == "latex":
            text = latex_text(document.source, line.span.start, line.span.end).value
        else:
            text = _MARKUP.sub(" ", line.text)
        shown.append((line, " ".join(_CAMEL.sub(" ", text).split())))
    return shown


def _experience_names() -> tuple[str, ...]:
    roles: dict[str, list[str]] = wordlist("sections")["roles"]
    return tuple(phrase for role in EXPERIENCE_LIKE for phrase in roles[role])


def names_experience(text: str) -> bool:
    """True for a short line that names an experience-like section, alone or qualified
    ("Professional Experience (selected)", "Experience as Senior Perl Developer")."""
    key = normalize_heading(text)
    if not key or len(key.split()) > 6:
        return False
    if section_role(text) in EXPERIENCE_LIKE:
        return True
    return any(key.startswith(f"{phrase} ") for phrase in _experience_names())


def _written_empty(document: Document, section: Section) -> bool:
    """True when no words stand between an unread section's heading and the next line naming a section."""
    start = section.heading.span.end if section.heading else section.span.start
    for line, words in _shown_lines(document):
        if line.span.end <= start or not words:
            continue
        if line.span.start >= section.span.end or section_role(words) != "other":
            return True
        if any(char.isalpha() for char in document.source[max(start, line.span.start) : line.span.end]):
            return False
    return True


def _inputs_absent(document: Document, path: Path) -> bool:
    """True for a LaTeX document whose body reads a file that is not in its folder."""
    if document.format != "latex":
        return False
    body = "\n".join(line.text.split("%", 1)[0] for line in document.lines if not line.verbatim)
    for match in _FILE_READS.finditer(body):
        name = match.group("name") or f"{match.group('folder').strip()}/{match.group('file').strip()}"
        if "\\" in name or resolve_input(path.parent, name.strip()) is None:
            return True
    return False


def measure(document: Document, name: str, tally: Tally, path: Path) -> None:
    """Add one document's figures to ``tally``."""
    tally.documents += 1
    sections = [section for section in document.sections if section.role in EXPERIENCE_LIKE]
    if not sections:
        written = next((words for _, words in _shown_lines(document) if names_experience(words)), None)
        if written is not None:
            tally.unread.append(f"{name}: {written}")
        elif _inputs_absent(document, path):
            tally.inputs_absent.append(name)
        else:
            tally.no_experience.append(name)
    undated = 0
    for section in sections:
        if not (section.entries or section.bullets or section.paragraphs):
            heading = section.heading.text.value if section.heading else "(untitled)"
            group = tally.written_empty if _written_empty(document, section) else tally.unread
            group.append(f"{name}: {heading}")
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
    parser.add_argument("--list", action="store_true", help="name the documents of each group")
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
            measure(document, name, groups[(document.format, templates.get(name, "") or "-")], path)
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
        total.unread += tally.unread
        total.written_empty += tally.written_empty
        total.inputs_absent += tally.inputs_absent
        total.no_experience += tally.no_experience
        total.undated += tally.undated
    rows.append(("all", "", total))
    header = (
        f"{'format':<9} {'template':<34} {'docs':>5} {'entries dated':>18} {'bullets attached':>20}"
        " unread w-empty absent no-exp"
    )
    print(header)
    for fmt, template, tally in rows:
        print(
            f"{fmt:<9} {template[:34]:<34} {tally.documents:>5} {_share(tally.dated, tally.entries):>18} "
            f"{_share(tally.attached, tally.bullets):>20} {len(tally.unread):>6} {len(tally.written_empty):>7} "
            f"{len(tally.inputs_absent):>6} {len(tally.no_experience):>6}"
        )
    if args.list:
        for title, names in (
            ("unread (experience-like section in the text, read as nothing)", total.unread),
            ("written empty (an experience-like section with nothing in it)", total.written_empty),
            ("inputs absent (no experience-like section; files it reads are not beside it)", total.inputs_absent),
            ("no-exp (no experience-like section written)", total.no_experience),
            ("undated", total.undated),
        ):
            print(f"\n{title}:")
            for entry in names:
                print(f"  {entry}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
