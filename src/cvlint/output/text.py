"""The ``text`` output format, for people: one finding a line, its suggestion, then a summary."""

from __future__ import annotations

import click

from cvlint.engine import counts_toward_failure
from cvlint.output.view import View
from cvlint.runner import FileReport, fixable_counts

_SEVERITY_COLOURS = {"error": "red", "warning": "yellow", "info": "blue"}


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def render_findings(reports: list[FileReport], color: bool) -> str:
    """``path:line:col: CODE [name] message`` lines, each followed by its suggestion."""
    lines: list[str] = []
    for report in reports:
        for finding in report.findings:
            code = (
                click.style(finding.code, fg=_SEVERITY_COLOURS[finding.severity], bold=True) if color else finding.code
            )
            where = f"{finding.path}:{finding.line}:{finding.column}:"
            where = click.style(where, bold=True) if color else where
            marker = ""
            if finding.fix is not None:
                marker = " [*]" if finding.fix.applicability == "safe" else " [unsafe fix]"
            lines.append(f"{where} {code} [{finding.rule}] {finding.message}{marker}")
            if finding.suggestion:
                lines.append(f"  help: {finding.suggestion}")
    return "\n".join(lines) + ("\n" if lines else "")


def render_summary(reports: list[FileReport], unsafe_fixes: bool = False) -> str:
    """Counts of findings by severity, of fixes applied, available and hidden behind --unsafe-fixes."""
    findings = [f for report in reports for f in report.findings]
    fixed = sum(report.fixed for report in reports)
    parts: list[str] = []
    if fixed:
        parts.append(f"Fixed {_plural(fixed, 'problem')}.")
    if not findings:
        files = sum(1 for report in reports if report.error is None)
        parts.append(f"All checks passed ({_plural(files, 'file')}).")
        return " ".join(parts) + "\n"
    failing = sum(1 for f in findings if counts_toward_failure(f))
    by_severity = ", ".join(
        _plural(count, severity) if severity != "info" else f"{count} info"
        for severity in ("error", "warning", "info")
        if (count := sum(1 for f in findings if f.severity == severity))
    )
    files = len({f.path for f in findings})
    parts.append(f"Found {_plural(len(findings), 'problem')} in {_plural(files, 'file')} ({by_severity}).")
    safe, unsafe = fixable_counts(findings)
    if unsafe_fixes:
        safe, unsafe = safe + unsafe, 0
    if safe:
        parts.append(f"{safe} fixable with --fix.")
    if unsafe:
        parts.append(f"{unsafe} more fixable with --fix --unsafe-fixes.")
    if not failing:
        parts.append("None at warning or above.")
    return " ".join(parts) + "\n"


def render_text(reports: list[FileReport], view: View) -> str:
    """Findings, then (unless quiet) the summary."""
    out = render_findings(reports, view.color)
    return out if view.quiet else out + render_summary(reports, view.unsafe_fixes)
