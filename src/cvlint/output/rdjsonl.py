"""The ``rdjsonl`` output format: reviewdog diagnostics, one per line, with fixes as suggestions.

Columns are 1-based and count UTF-8 bytes, as reviewdog's ``Position`` says; ends are exclusive. Paths
are relative to the working directory, which is where reviewdog resolves them.
"""

from __future__ import annotations

import json
from typing import Any

from cvlint.model.findings import Position
from cvlint.output.columns import Columns, line_text
from cvlint.output.paths import relative
from cvlint.output.rule_docs import help_uri_of
from cvlint.output.view import View
from cvlint.project import REPOSITORY_URL
from cvlint.report.file_report import FileReport

_SEVERITIES = {"error": "ERROR", "warning": "WARNING", "info": "INFO"}


def _range(start: Position, end: Position, columns: Columns) -> dict[str, Any]:
    start, end = columns.utf8(start), columns.utf8(end)
    return {"start": {"line": start.line, "column": start.column}, "end": {"line": end.line, "column": end.column}}


def render_rdjsonl(reports: list[FileReport], view: View) -> str:
    """One reviewdog Diagnostic JSON object a line."""
    lines = []
    for report in reports:
        columns = Columns(line_text(report))
        for f in report.findings:
            code: dict[str, str] = {"value": f"{f.code} {f.rule}"}
            url = help_uri_of(f.code)
            if url is not None:
                code["url"] = url
            diagnostic: dict[str, Any] = {
                "message": f.message if not f.suggestion else f"{f.message} ({f.suggestion})",
                "location": {"path": relative(f.path), "range": _range(f.begin, f.finish, columns)},
                "severity": _SEVERITIES[f.severity],
                "source": {"name": "cvlint", "url": REPOSITORY_URL},
                "code": code,
            }
            if f.fix is not None:
                diagnostic["suggestions"] = [
                    {"range": _range(start, end, columns), "text": edit.replacement}
                    for edit, (start, end) in zip(f.fix.edits, f.edit_positions, strict=True)
                ]
            lines.append(json.dumps(diagnostic, ensure_ascii=False) + "\n")
    return "".join(lines)
