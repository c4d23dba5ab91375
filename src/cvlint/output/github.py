"""The ``github`` output format: workflow commands that annotate a pull request.

GitHub shows at most 10 annotations of each level (error, warning, notice) per step, so at most that many
are printed per level, errors first; the rest are printed as plain log lines. When
``$GITHUB_STEP_SUMMARY`` is set, every finding is appended to it as a Markdown table. Paths are
relative to the repository root, as annotations need them; columns are given only for a finding on one
line, since GitHub's runner drops an annotation whose columns span lines.
"""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass

from cvlint.output.paths import from_root
from cvlint.output.view import View
from cvlint.report.file_report import FileReport

MAX_PER_LEVEL = 10
"""Annotations of one level that GitHub shows for a step."""
MAX_SUMMARY_BYTES = 1024 * 1024
"""What GitHub takes of one step's summary; a larger one is dropped whole."""
_LEVELS = {"error": "error", "warning": "warning", "info": "notice"}
_ORDER = ("error", "warning", "notice")
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>|~#!])")


def _data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(value: str) -> str:
    return _data(value).replace(":", "%3A").replace(",", "%2C")


@dataclass(frozen=True, slots=True)
class _Entry:
    level: str
    path: str
    line: int | None
    column: int | None
    end_line: int | None
    end_column: int | None
    title: str
    message: str

    def command(self) -> str:
        properties = [f"file={_property(self.path)}"]
        if self.line is not None:
            properties += [f"line={self.line}", f"endLine={self.end_line}"]
            if self.line == self.end_line:  # the runner drops an annotation with columns across lines
                properties += [f"col={self.column}", f"endColumn={self.end_column}"]
        properties.append(f"title={_property(self.title)}")
        return f"::{self.level} {','.join(properties)}::{_data(self.message)}\n"

    def plain(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}:{self.column}"
        message = " ".join(self.message.split())
        return f"{where}: {self.level}: {self.title}: {message}\n"

    def row(self) -> str:
        cells = [self.level, self.path, "" if self.line is None else str(self.line), self.title, self.message]
        return "| " + " | ".join(_cell(cell) for cell in cells) + " |\n"


def _cell(text: str) -> str:
    return _MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def _entries(reports: list[FileReport]) -> list[_Entry]:
    entries = []
    for report in reports:
        if report.error:
            entries.append(_Entry("error", from_root(report.path), None, None, None, None, "cvlint", report.error))
        for f in report.findings:
            message = f.message if not f.suggestion else f"{f.message}\n{f.suggestion}"
            entries.append(
                _Entry(
                    _LEVELS[f.severity],
                    from_root(f.path),
                    f.begin.line,
                    f.begin.column,
                    f.finish.line,
                    f.finish.column,
                    f"{f.code} {f.rule}",
                    message,
                )
            )
    return entries


def _summary(entries: list[_Entry], budget: int) -> str:
    """The Markdown table of ``entries``, rows left off (and said so) past ``budget`` bytes."""
    counts = ", ".join(f"{sum(e.level == level for e in entries)} {level}" for level in _ORDER)
    head = (
        "## cvlint\n\n"
        f"{len(entries)} findings ({counts}).\n\n"
        "| level | file | line | rule | message |\n"
        "| --- | --- | --- | --- | --- |\n"
    )
    parts = [head]
    used = len(head.encode("utf-8")) + 200  # room for the closing line
    for listed, entry in enumerate(entries):
        row = entry.row()
        used += len(row.encode("utf-8"))
        if used > budget:
            parts.append(f"\n{len(entries) - listed} more findings left off: a step summary holds at most 1 MiB.\n")
            break
        parts.append(row)
    return "".join(parts) + "\n"


def _append_summary(entries: list[_Entry]) -> None:
    target = os.environ.get("GITHUB_STEP_SUMMARY")
    if not target or not entries:
        return
    try:
        with open(target, "a", encoding="utf-8") as summary:
            summary.write(_summary(entries, MAX_SUMMARY_BYTES - summary.tell()))
    except OSError as error:
        print(f"cvlint: cannot write the step summary {target}: {error.strerror or error}", file=sys.stderr)


def render_github(reports: list[FileReport], view: View) -> str:
    """``::warning file=…,line=…::message`` lines, at most ``MAX_PER_LEVEL`` a level; the rest as plain lines."""
    entries = _entries(reports)
    _append_summary(entries)
    shown: list[str] = []
    rest: list[str] = []
    for level in _ORDER:
        of_level = [entry for entry in entries if entry.level == level]
        shown += [entry.command() for entry in of_level[:MAX_PER_LEVEL]]
        rest += [entry.plain() for entry in of_level[MAX_PER_LEVEL:]]
    if rest:
        where = " and in the job summary" if os.environ.get("GITHUB_STEP_SUMMARY") else ""
        rest.insert(0, f"{len(rest)} more findings (GitHub shows {MAX_PER_LEVEL} annotations a level), here{where}:\n")
    return "".join(shown + rest)
