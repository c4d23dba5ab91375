"""The ``json-lines`` output format: one JSON finding object per line, as in the ``json`` format."""

from __future__ import annotations

import json

from cvlint.output.json_format import finding_record
from cvlint.output.view import View
from cvlint.report.file_report import FileReport


def render_json_lines(reports: list[FileReport], view: View) -> str:
    """One finding a line."""
    return "".join(
        json.dumps(finding_record(finding), ensure_ascii=False) + "\n"
        for report in reports
        for finding in report.findings
    )
