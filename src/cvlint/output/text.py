"""The text output formats, for people: ``text`` shows each finding with its source line, the span
marked and the fix as a before/after; ``concise`` gives one finding a line. Both end with a summary.

File names, messages and source text are escaped (``terminal.escape``): nothing in a file reaches the
terminal raw.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from cvlint.model.findings import Finding
from cvlint.output.terminal import escape
from cvlint.output.view import View
from cvlint.report.counts import Tally
from cvlint.report.file_report import FileReport

if TYPE_CHECKING:
    from cvlint.output.excerpt import Source

_SEVERITY_COLOURS = {"error": "red", "warning": "yellow", "info": "blue"}


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def _finding_lines(finding: Finding, color: bool, known: bool) -> list[str]:
    code = finding.code
    if color:
        code = click.style(code, fg=_SEVERITY_COLOURS[finding.severity], bold=not known, dim=known)
    where = f"{escape(finding.path)}:{finding.line}:{finding.column}:"
    where = click.style(where, bold=True) if color and not known else where
    marker = ""
    if finding.fix is not None:
        marker = " [*]" if finding.fix.applicability == "safe" else " [unsafe fix]"
    message = escape(f"[{finding.rule}] {finding.message}")
    lines = [f"{where} {code} {message}{marker}{' (known)' if known else ''}"]
    if finding.suggestion and not known:
        lines.append(f"  help: {escape(finding.suggestion)}")
    return lines


def _excerpt_lines(finding: Finding, source: Source, color: bool) -> list[str]:
    """The source lines of the finding with its span marked, then its fix as before and after."""

    def paint(text: str, **style: object) -> str:
        return click.style(text, **style) if color else text  # type: ignore[arg-type]

    rows = source.rows(finding)
    gutter = max(len(str(row.number)) for row in rows if row is not None)
    bar = paint(f"{'':>{gutter}} |", fg="blue", bold=True)
    lines = [bar]
    for row in rows:
        if row is None:
            lines.append(paint(f"{'...':>{gutter}}", fg="blue", bold=True))
            continue
        lines.append(f"{paint(f'{row.number:>{gutter}} |', fg='blue', bold=True)} {row.text}".rstrip())
        if row.marks:
            lines.append(f"{bar} {paint(row.marks, fg=_SEVERITY_COLOURS[finding.severity], bold=True)}")
    lines.append(bar)
    pad = " " * gutter
    if finding.suggestion:
        lines.append(f"{pad} = {paint('help', bold=True)}: {escape(finding.suggestion)}")
    fix = source.fix(finding)
    if fix is not None and finding.fix is not None:
        lines.append(f"{pad} = {paint(f'{finding.fix.applicability} fix', bold=True)}:")
        for label, shown, colour in (("before", fix.before, "red"), ("after", fix.after, "green")):
            for line in shown or ("(nothing: the line is removed)",):
                lines.append(f"{pad}   {paint(f'{label:<6} |', fg=colour)} {line}".rstrip())
                label = ""
    return lines


def render_findings(reports: list[FileReport], color: bool, show_known: bool = True, full: bool = False) -> str:
    """``path:line:col: CODE [name] message`` lines, each followed by its suggestion; when ``full``,
    by its source excerpt and fix as well, and a blank line.

    Known findings (baselined, or present at the ``--since`` revision) are marked and not counted.
    """
    lines: list[str] = []
    for report in reports:
        shown = [(f, False) for f in report.findings]
        if show_known:
            shown += [(f, True) for f in report.known]
        source: Source | None = None
        if full and report.text is not None:
            from cvlint.output.excerpt import Source  # excerpts are shown by the full text format only

            source = Source(report.text)
        for finding, known in sorted(shown, key=lambda item: (item[0].start, item[0].code)):
            if source is None or known or finding.path != report.path:  # a LaTeX input's: not this text
                lines.extend(_finding_lines(finding, color, known))
            else:
                lines.extend(_finding_lines(finding, color, known)[:1])
                lines.extend(_excerpt_lines(finding, source, color))
            if full:
                lines.append("")
    return "\n".join(lines) + ("\n" if lines else "")


def render_fixes(fixed: list[tuple[str, tuple[tuple[str, str, int], ...]]]) -> str:
    """What ``--fix`` changed (``--show-fixes``): per file, how many fixes of each rule."""
    if not fixed:
        return ""
    total = sum(count for _, fixes in fixed for _, _, count in fixes)
    lines = [f"Fixed {_plural(total, 'problem')}:"]
    for path, fixes in fixed:
        lines.append(f"- {escape(path)}:")
        lines.extend(f"    {count} × {code} ({escape(rule)})" for code, rule, count in fixes)
    return "\n".join(lines) + "\n\n"


def render_gates(reports: list[FileReport], view: View) -> str:
    """Score changes and baseline entries that no longer occur."""
    lines: list[str] = []
    for report in reports:
        if report.score is None:
            continue
        if view.since is not None:
            before = "new file" if report.previous_score is None else f"{report.previous_score}"
            change = "" if report.previous_score is None else f" ({report.score - report.previous_score:+d})"
            lines.append(f"{escape(report.path)}: score {before} → {report.score}{change} since {escape(view.since)}")
        else:
            lines.append(f"{escape(report.path)}: score {report.score}/100")
    for entry in view.gone:
        lines.append(
            escape(
                f"{entry.path}: no longer found, remove it from the baseline: {entry.code} [{entry.rule}] "
                f"{entry.message}"
            )
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
    """Findings with their source excerpts, then (unless quiet) known findings, gates and the summary."""
    return _render(reports, view, full=True)


def render_concise(reports: list[FileReport], view: View) -> str:
    """One line a finding (and its suggestion), then (unless quiet) known findings, gates and the summary."""
    return _render(reports, view, full=False)


def _render(reports: list[FileReport], view: View, full: bool) -> str:
    out = render_findings(reports, view.color, show_known=not view.quiet, full=full) + render_gates(reports, view)
    if view.show_fixes:
        out += render_fixes([(report.path, report.fixes) for report in reports if report.fixes])
    return out if view.quiet else out + render_summary(Tally.of(reports), view.unsafe_fixes)
