"""``cvlint baseline``: write today's findings, so that ``check --baseline`` counts only new ones."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from cvlint.cli.linting import lint_all
from cvlint.cli.options import EXIT_ERROR, fail, output_option, selection_options

if TYPE_CHECKING:
    from cvlint.app.run_options import RunOptions


@click.command()
@selection_options
@output_option("The baseline file to write.")
def baseline(
    paths: tuple[str, ...], options: RunOptions, stdin_filename: str | None, jobs: int | None, output_path: Path
) -> None:
    """Write a baseline of today's findings: 'check --baseline' then counts only new ones."""
    from cvlint.report.baseline import write_baseline

    _, reports = lint_all(options, paths, stdin_filename, jobs)
    if any(report.error for report in reports):
        sys.exit(EXIT_ERROR)
    try:
        count = write_baseline(output_path, [f for report in reports for f in report.findings])
    except OSError as error:
        fail(f"cannot write {output_path}: {error.strerror or error}")
    click.echo(f"Wrote {count} finding{'' if count == 1 else 's'} to {output_path}.")
