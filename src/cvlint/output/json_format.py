"""The ``json`` output format: an array of findings (a stable format, documented in the README)."""

from __future__ import annotations

import json
from typing import Any

from cvlint.model.findings import Finding
from cvlint.output.view import View
from cvlint.report.file_report import FileReport


def finding_record(finding: Finding) -> dict[str, Any]:
    """One finding as a JSON object, with 1-based lines and columns for it and its fix's edits."""
    fix: dict[str, Any] | None = None
    if finding.fix is not None:
        fix = {
            "applicability": finding.fix.applicability,
            "edits": [
                {
                    "line": start.line,
                    "column": start.column,
                    "end_line": end.line,
                    "end_column": end.column,
                    "replacement": edit.replacement,
                }
                for edit, (start, end) in zip(finding.fix.edits, finding.edit_positions, strict=True)
            ],
        }
    return {
        "path": finding.path,
        "line": finding.begin.line,
        "column": finding.begin.column,
        "end_line": finding.finish.line,
        "end_column": finding.finish.column,
        "code": finding.code,
        "rule": finding.rule,
        "severity": finding.severity,
        "message": finding.message,
        "suggestion": finding.suggestion,
        "fix": fix,
    }


def render_json(reports: list[FileReport], view: View) -> str:
    """Every finding of every file as one JSON array."""
    records = [finding_record(finding) for report in reports for finding in report.findings]
    return json.dumps(records, ensure_ascii=False, indent=2) + "\n"
