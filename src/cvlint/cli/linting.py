"""Linting the paths a command names (``cvlint.app.lint_paths``), with one line on stderr per bad file."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import click

from cvlint.cli.options import fail
from cvlint.engine.config import ConfigError
from cvlint.engine.rule_files import CatalogueError

if TYPE_CHECKING:
    from cvlint.app.run_options import RunOptions
    from cvlint.app.runner import Runner
    from cvlint.report.file_report import FileReport


def iter_reports(
    options: RunOptions, paths: tuple[str, ...], stdin_filename: str | None, jobs: int | None
) -> tuple[Runner, Iterator[FileReport]]:
    """A runner and its reports for every path, produced as files are linted.

    Bad files get a one-line error on stderr as they come; a configuration error stops the run in one line.
    """
    from cvlint.app.lint_paths import lint_paths
    from cvlint.output.terminal import escape

    if not paths:
        fail("no paths given (try 'cvlint check resume.md', or '-' for stdin)")
    try:
        run = lint_paths(options, paths, stdin_filename, jobs)
    except (ConfigError, CatalogueError) as error:
        fail(str(error))
    if run.cache_problem is not None:
        click.echo(f"cvlint: warning: not using the cache: {run.cache_problem}", err=True)

    def announced() -> Iterator[FileReport]:
        try:
            for report in run.reports:
                if report.error:
                    click.echo(escape(f"{report.path}: error: {report.error}"), err=True)
                if report.notice:
                    click.echo(escape(f"{report.path}: note: {report.notice}"), err=True)
                yield report
        except ConfigError as error:
            fail(str(error))

    return run.runner, announced()


def lint_all(
    options: RunOptions, paths: tuple[str, ...], stdin_filename: str | None, jobs: int | None = None
) -> tuple[Runner, list[FileReport]]:
    """Every report of the run, in the order of the paths."""
    runner, reports = iter_reports(options, paths, stdin_filename, jobs)
    return runner, list(reports)
