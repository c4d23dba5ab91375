"""Linting the paths a command names: discovery, the runner or its process pool, one line per bad file."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import click

from cvlint.cli.options import fail
from cvlint.engine.catalogue import CatalogueError, load_catalogue
from cvlint.engine.config import ConfigError

if TYPE_CHECKING:
    from cvlint.app.runner import Runner, RunOptions
    from cvlint.report.file_report import FileReport


def iter_reports(
    options: RunOptions, paths: tuple[str, ...], stdin_filename: str | None, jobs: int | None
) -> tuple[Runner, Iterator[FileReport]]:
    """A runner and its reports for every path, produced as files are linted.

    Bad files get a one-line error on stderr as they come. With eight files or more and more than one
    job, files are linted in worker processes; reports keep the order of the paths either way.
    """
    import os

    from cvlint.app.discovery import discover, options_for
    from cvlint.app.pool import lint_in_parallel
    from cvlint.app.runner import Runner
    from cvlint.output.terminal import escape

    if not paths:
        fail("no paths given (try 'cvlint check resume.md', or '-' for stdin)")
    try:
        catalogue = load_catalogue()
        runner = Runner(options, catalogue)
        here = runner.config_for(Path.cwd() / "resume.md")
        (here.catalogue if here and here.catalogue else catalogue).select(
            options.select, options.ignore, options.extend_select
        )
    except (ConfigError, CatalogueError) as error:
        fail(str(error))
    problem = runner.cache_problem()
    if problem is not None:
        click.echo(f"cvlint: warning: not using the cache: {problem}", err=True)
    walk = options_for(here, options.exclude, options.extend_exclude, options.include, options.force_exclude)
    found = list(discover(paths, walk))
    files = [(display, path) for display, path in found if path is not None]
    workers = min(jobs or os.cpu_count() or 1, len(found))

    def serial() -> Iterator[FileReport]:
        for display, path in found:
            yield _lint_one(runner, display, path, stdin_filename)

    reports = lint_in_parallel(options, files, workers) if workers > 1 and len(files) == len(found) >= 8 else serial()

    def announced() -> Iterator[FileReport]:
        try:
            for report in reports:
                if report.error:
                    click.echo(escape(f"{report.path}: error: {report.error}"), err=True)
                if report.notice:
                    click.echo(escape(f"{report.path}: note: {report.notice}"), err=True)
                yield report
        except ConfigError as error:
            fail(str(error))

    return runner, announced()


def _lint_one(runner: Runner, display: str, path: Path | None, stdin_filename: str | None) -> FileReport:
    from cvlint.parse.read_files import MAX_FILE_BYTES
    from cvlint.report.file_report import FileReport, printable

    try:
        if path is None:
            data = sys.stdin.buffer.read(MAX_FILE_BYTES + 1)  # capped as files are
            if len(data) > MAX_FILE_BYTES:
                limit = f"over {MAX_FILE_BYTES // 1048576} MiB, the limit for files too"
                return FileReport(printable(stdin_filename or "-"), error=f"standard input is too large ({limit})")
            return runner.lint_stdin(printable(stdin_filename or "-"), data)
        return runner.lint_file(display, path)
    except ConfigError:
        raise
    except Exception as error:  # noqa: BLE001 - one file's bug must not stop the others
        return FileReport(display, error=f"internal error: {type(error).__name__}: {error} (please report this)")


def lint_all(
    options: RunOptions, paths: tuple[str, ...], stdin_filename: str | None, jobs: int | None = None
) -> tuple[Runner, list[FileReport]]:
    """Every report of the run, in the order of the paths."""
    runner, reports = iter_reports(options, paths, stdin_filename, jobs)
    return runner, list(reports)
