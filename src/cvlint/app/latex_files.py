"""Linting a LaTeX file with the files it ``\\input``s: each file's findings are reported, and fixed, in it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from cvlint.app.fix_file import Lint
from cvlint.parse.latex_project import LatexProject, input_parts
from cvlint.parse.read_files import SourceFile
from cvlint.report.file_report import FileReport

LintPart = Callable[[str, Path, SourceFile, Lint], FileReport]
"""Lint (and fix) one file of the project, given its display path, path, source and how to lint its text."""


def lint_project(display: str, path: Path, source: SourceFile, lint: Lint, lint_part: LintPart) -> FileReport:
    """The main file's report, holding the findings, fixes and diffs of every file of its project."""
    project = LatexProject(input_parts(path, display, source), lint)
    reports = [
        lint_part(part.display, part.path, part.source, project.lint_for(number))
        for number, part in enumerate(project.parts)
    ]
    main = reports[0]
    main.text = project.text(0)  # the main file's: findings of the other files name their own path
    main.findings = [finding for report in reports for finding in report.findings]
    main.fixed = sum(report.fixed for report in reports)
    main.fixes = tuple(fix for report in reports for fix in report.fixes)
    main.diff = "".join(report.diff for report in reports)
    main.error = main.error or next((f"{r.path}: {r.error}" for r in reports[1:] if r.error), None)
    return main
