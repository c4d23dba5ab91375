"""Fixing one file's text as a run asks (``--fix``, ``--diff``, ``--unsafe-fixes``), and writing it back.

The fixes are applied until the findings stop changing; the fixed text is written atomically (or
returned, for standard input, or shown as a diff), and only when its bytes survive decoding and
encoding again.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from cvlint.app.run_options import RunOptions
from cvlint.engine.fixes import fix_until_stable
from cvlint.engine.lint import capped
from cvlint.model.findings import Finding
from cvlint.parse.read_files import SourceFile
from cvlint.report.file_report import FileReport

if TYPE_CHECKING:
    from cvlint.app.atomic_write import WritePolicy

Lint = Callable[[str], list[Finding]]
"""The findings of a version of the file's text."""


def lint_and_fix(
    display: str,
    path: Path,
    source: SourceFile,
    write: bool,
    options: RunOptions,
    policy: Callable[[Path], WritePolicy],
    lint: Lint,
    lint_all: Lint | None = None,
) -> FileReport:
    """Lint ``source`` (the file at ``path``), and fix as ``options`` ask; ``lint_all`` (else ``lint``) lints
    uncapped while fixing. ``write`` writes the fixes to ``path`` (with ``policy(path)``), else the fixed
    bytes are the report's ``output``."""
    if not (options.fix or options.diff):
        return FileReport(display, lint(source.text))
    result = fix_until_stable(source.text, lint_all or lint, options.unsafe_fixes)
    report = FileReport(display, capped(result.remaining), fixed=result.applied, fixes=result.fixes)
    if result.unconverged:
        report.notice = "; ".join(f"rule {name} did not converge; left as it was" for name in result.unconverged)
    if not result.applied:
        if not write and options.fix:
            report.output = source.encode(source.text)
        return report
    if not source.lossless:
        return FileReport(
            display,
            lint(source.text),
            error="not fixed: its bytes do not survive decoding and encoding again unchanged",
        )
    try:
        data = source.encode(result.text)
    except UnicodeEncodeError:
        return FileReport(
            display, lint(source.text), error=f"not fixed: the fixed text cannot be written in {source.encoding}"
        )
    if options.diff:
        from cvlint.app.unified_diff import unified_diff

        report.diff = unified_diff(source.text, result.text, display)
        report.findings = lint(source.text)
        report.fixed, report.fixes = 0, ()
    elif write:
        from cvlint.app.atomic_write import NotWritten, write_fixed

        try:
            write_fixed(path, data, source.encode(source.text), policy(path))
        except NotWritten as error:
            return FileReport(display, lint(source.text), error=str(error))
        except OSError as error:
            return FileReport(display, lint(source.text), error=f"cannot write fixes: {error.strerror or error}")
    else:
        report.output = data
    return report
