"""The ``github`` output format: workflow commands that annotate a pull request."""

from __future__ import annotations

from cvlint.output.paths import relative
from cvlint.output.view import View
from cvlint.runner import FileReport

_LEVELS = {"error": "error", "warning": "warning", "info": "notice"}


def _data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(value: str) -> str:
    return _data(value).replace(":", "%3A").replace(",", "%2C")


def render_github(reports: list[FileReport], view: View) -> str:
    """``::warning file=…,line=…::message`` lines."""
    lines = []
    for report in reports:
        for f in report.findings:
            properties = ",".join(
                [
                    f"file={_property(relative(f.path))}",
                    f"line={f.begin.line}",
                    f"col={f.begin.column}",
                    f"endLine={f.finish.line}",
                    f"endColumn={f.finish.column}",
                    f"title={_property(f'{f.code} {f.rule}')}",
                ]
            )
            message = f.message if not f.suggestion else f"{f.message}\n{f.suggestion}"
            lines.append(f"::{_LEVELS[f.severity]} {properties}::{_data(message)}\n")
    return "".join(lines)
