"""Lint every résumé under a folder with Dask, the way a job board runs cvlint over millions of files.

    python examples/dask_lint.py FOLDER [--scheduler processes|threads|synchronous]

``cvlint.lint_text`` is a pure function of its arguments and its ``Finding`` results pickle, so Dask
can ship the work and the findings between worker processes. Prints one line per rule: the number of
findings and of files with at least one.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import dask
import dask.bag as db

from cvlint import Finding, lint_text

SUFFIXES = {".md", ".markdown", ".txt"}


def lint_path(path: str) -> list[Finding]:
    """Findings for one file (read leniently: a job board's files are not always clean UTF-8)."""
    return lint_text(Path(path).read_text(encoding="utf-8", errors="replace"), path=path)


def main() -> None:
    """Lint the folder and print the counts per rule."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--scheduler", default="processes", choices=["processes", "threads", "synchronous"])
    args = parser.parse_args()
    paths = sorted(str(p) for p in args.folder.rglob("*") if p.suffix.lower() in SUFFIXES and p.stat().st_size)
    findings = db.from_sequence(paths, npartitions=max(1, min(len(paths), 16))).map(lint_path).flatten()
    per_rule = findings.map(lambda f: (f.rule, f.path)).distinct().pluck(0).frequencies()
    totals = findings.map(lambda f: f.rule).frequencies()
    counts, files = (dict(result) for result in dask.compute(totals, per_rule, scheduler=args.scheduler))
    for rule in sorted(counts):
        print(f"{rule}\t{counts[rule]}\t{files[rule]}")


if __name__ == "__main__":
    main()
