"""The ``text`` output format, for people: one finding a line, its suggestion, then a summary."""

from __future__ import annotations

import click

from cvlint.findings import Finding
from cvlint.output.view import View
from cvlint.runner import FileReport
from cvlint.tally import Tally

_SEVERITY_COLOURS = {"error": "red", "warning": "yellow", "info": "blue"}


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def _finding_lines(finding: Finding, color: bool, known: bool) -> list[str]:
    code = finding.code
    if color:
        code = click.style(code, fg=_SEVERITY_COLOURS[finding.severity], bold=not known, dim=known)
    where = f"{finding.path}:{finding.line}:{finding.column}:"
    where = click.style(where, bold=True) if color and not known else where
    marker = ""
    if finding.fix is not None:
        marker = " [*]" if finding.fix.applicability == "safe" else " [unsafe fix]"
    lines = [f"{where} {code} [{finding.rule}] {finding.message}{marker}{' (known)' if known else ''}"]
    if finding.suggestion and not known:
        lines.append(f"  help: {finding.suggestion}")
    return lines


def render_findings(reports: list[FileReport], color: bool, show_known: bool = True) -> str:
    """``path:line:col: CODE [name] message`` lines, each followed by its suggestion.

    Known findings (baselined, or present at the ``--since`` revision) are marked and not counted.
    """
    lines: list[str] = []
    for report in reports:
        shown = [(f, False) for f in report.findings]
        if show_known:
            shown += [(f, True) for f in report.known]
        for finding, known in sorted(shown, key=lambda item: (item[0].start, item[0].code)):
            lines.extend(_finding_lines(finding, color, known))
    return "\n".join(lines) + ("\n" if lines else "")


def render_gates(reports: list[FileReport], view: View) -> str:
    """Score changes and baseline entries that no longer occur."""
    lines: list[str] = []
    for report in reports:
        if report.score is None:
            continue
        if view.since is not None:
            before = "new file" if report.previous_score is None else f"{report.previous_score}"
            change = "" if report.previous_score is None else f" ({report.score - report.previous_score:+d})"
            lines.append(f"{report.path}: score {before} → {report.score}{change} since {view.since}")
        else:
            lines.append(f"{report.path}: score {report.score}/100")
    for entry in view.gone:
        lines.append(
            f"{entry.path}: no longer found, remove it from the baseline: {entry.code} [{entry.rule}] {entry.message}"
        )
    return "\n".join(lines) + ("\n" if lines else "")


def render_summary(tally: Tally, unsafe_fixes: bool = False) -> str:
    """Counts of findings by severity, of fixes applied, available and hidden behind --unsafe-fixes."""
    parts: list[str] = []
    if tally.fixed:
        parts.append(f"Fixed {_plural(tally.fixed, 'problem')}.")
    if tally.known:
        parts.append(f"{_plural(tally.known, 'known finding')} not counted.")
    if not tally.findings:
        if not tally.files:
            parts.append("No files were linted.")
        elif tally.known:
            parts.append(f"No new findings ({_plural(tally.files, 'file')}).")
        else:
            parts.append(f"All checks passed ({_plural(tally.files, 'file')}).")
        return " ".join(parts) + "\n"
    by_severity = ", ".join(
        _plural(count, severity) if severity != "info" else f"{count} info"
        for severity, count in tally.by_severity.items()
        if count
    )
    files = _plural(tally.files_with_findings, "file")
    parts.append(f"Found {_plural(tally.findings, 'problem')} in {files} ({by_severity}).")
    safe, unsafe = (tally.safe + tally.unsafe, 0) if unsafe_fixes else (tally.safe, tally.unsafe)
    if safe:
        parts.append(f"{safe} fixable with --fix.")
    if unsafe:
        parts.append(f"{unsafe} more fixable with --fix --unsafe-fixes.")
    if not tally.failing():
        parts.append("None at warning or above.")
    return " ".join(parts) + "\n"


def render_text(reports: list[FileReport], view: View) -> str:
    """Findings, then (unless quiet) known findings, gates and the summary."""
    out = render_findings(reports, view.color, show_known=not view.quiet) + render_gates(reports, view)
    return out if view.quiet else out + render_summary(Tally.of(reports), view.unsafe_fixes)
