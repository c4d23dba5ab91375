"""``check``'s gates on the command line: ``--since``, ``--baseline`` and ``--fail-under``, failing in one line."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from cvlint.cli.options import fail

if TYPE_CHECKING:
    from cvlint.app.runner import Runner
    from cvlint.report.baseline import BaselineEntry
    from cvlint.report.file_report import FileReport


def apply_gates(
    reports: list[FileReport], runner: Runner, since_ref: str | None, baseline_path: Path | None, fail_under: int | None
) -> list[BaselineEntry]:
    """Mark known findings (``--since``, ``--baseline``) and score files; return baseline entries gone."""
    if since_ref is None and baseline_path is None and fail_under is None:
        return []
    from cvlint.app.gate import apply_gates
    from cvlint.app.gitref import GitError
    from cvlint.report.baseline import BaselineError

    try:
        return apply_gates(reports, runner, since_ref, baseline_path, fail_under)
    except (GitError, BaselineError) as error:
        fail(str(error))


def below_fail_under(reports: list[FileReport], fail_under: int | None) -> bool:
    """True when a file scored below ``--fail-under``; each such file gets a line on stderr saying so."""
    if fail_under is None:
        return False
    from cvlint.app.gate import below

    scored_below = below(reports, fail_under)
    for report in scored_below:
        click.echo(f"{report.path}: score {report.score}/100 is below --fail-under {fail_under}", err=True)
    return bool(scored_below)
