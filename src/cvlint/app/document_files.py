"""Linting DOCX and PDF files (read-only): the extracted text's findings placed back in the document.

A finding's position becomes a paragraph and column (DOCX), or a line and column with the page named
in its message (PDF); such files are never rewritten, so findings keep no fixes.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from cvlint.engine.lint import Settings, lint_source
from cvlint.model.findings import Position
from cvlint.parse.read_files import InputError
from cvlint.report.file_report import FileReport


def lint_document_file(display: str, path: Path, settings: Settings, fixing: bool) -> FileReport:
    """Lint the text of a DOCX or PDF; ``fixing`` (``--fix`` or ``--diff``) adds a notice that it is not fixed."""
    from cvlint.parse.extract import extract

    try:
        extracted = extract(path)
    except InputError as error:
        return FileReport(display, error=str(error))
    findings = []
    for finding in lint_source(extracted.text, display, settings, origin=extracted.format)[1]:
        first, second, column = extracted.place(finding.start)
        _, _, end_column = extracted.place(finding.end)
        if extracted.format == "pdf":
            finding = replace(
                finding,
                message=f"page {first}: {finding.message}",
                begin=Position(second, column),
                finish=Position(second, end_column),
            )
        else:
            finding = replace(finding, begin=Position(first, column), finish=Position(first, end_column))
        findings.append(replace(finding, fix=None, edit_positions=()))
    report = FileReport(display, findings, text=extracted.text)
    if fixing:
        kind = extracted.format.upper()
        report.notice = f"{kind} files are read, never rewritten: make these changes in your editor"
    return report
