"""The ``rdjsonl`` output format: reviewdog diagnostics, one per line, with fixes as suggestions."""

from __future__ import annotations

import json
from typing import Any

from cvlint.findings import Position
from cvlint.output.paths import relative
from cvlint.output.view import View
from cvlint.runner import FileReport

_SEVERITIES = {"error": "ERROR", "warning": "WARNING", "info": "INFO"}


def _range(start: Position, end: Position) -> dict[str, Any]:
    return {"start": {"line": start.line, "column": start.column}, "end": {"line": end.line, "column": end.column}}


def render_rdjsonl(reports: list[FileReport], view: View) -> str:
    """One reviewdog Diagnostic JSON object a line."""
    lines = []
    for report in reports:
        for f in report.findings:
            diagnostic: dict[str, Any] = {
                "message": f.message if not f.suggestion else f"{f.message} ({f.suggestion})",
                "location": {"path": relative(f.path), "range": _range(f.begin, f.finish)},
                "severity": _SEVERITIES[f.severity],
                "source": {"name": "cvlint"},
                "code": {"value": f"{f.code} {f.rule}"},
            }
            if f.fix is not None:
                diagnostic["suggestions"] = [
                    {"range": _range(start, end), "text": edit.replacement}
                    for edit, (start, end) in zip(f.fix.edits, f.edit_positions, strict=True)
                ]
            lines.append(json.dumps(diagnostic, ensure_ascii=False) + "\n")
    return "".join(lines)
