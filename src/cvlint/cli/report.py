"""``cvlint report``: an HTML page of the résumé with each finding in place."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from cvlint.cli.linting import lint_all
from cvlint.cli.options import EXIT_CLEAN, EXIT_ERROR, fail, output_option, selection_options

if TYPE_CHECKING:
    from cvlint.app.run_options import RunOptions


@click.command()
@selection_options
@output_option("The HTML file to write ('-' for stdout).", allow_dash=True)
def report(
    paths: tuple[str, ...], options: RunOptions, stdin_filename: str | None, jobs: int | None, output_path: Path
) -> None:
    """Write an HTML report: the résumé with each finding in place, its score, and what to do first."""
    from cvlint.app.html_report import write_report

    runner, reports = lint_all(options, paths, stdin_filename, jobs)
    if all(r.error for r in reports):
        sys.exit(EXIT_ERROR)  # each bad file has had its line on stderr; there is nothing to show
    to_stdout = str(output_path) == "-"
    try:
        page = write_report(runner, reports, None if to_stdout else output_path)
    except OSError as error:
        fail(f"cannot write {output_path}: {error.strerror or error}")
    if to_stdout:
        sys.stdout.buffer.write(page.encode("utf-8", "replace"))
    else:
        count = sum(len(r.findings) for r in reports)
        click.echo(f"Wrote a report of {count} finding{'' if count == 1 else 's'} to {output_path}.")
    sys.exit(EXIT_ERROR if any(r.error for r in reports) else EXIT_CLEAN)
