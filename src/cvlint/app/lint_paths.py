"""Linting the paths a command names: discovery, then the runner or its process pool, file by file.

Nothing here prints: the caller gets the runner, why the cache is off (if it is) and the reports as
files are linted, and says what it likes about each.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from cvlint.app.discovery import DiscoveryOptions, discover, options_for
from cvlint.app.gc_tuning import freeze_tables
from cvlint.app.run_options import RunOptions
from cvlint.app.runner import Runner
from cvlint.engine.catalogue import load_catalogue
from cvlint.engine.config import Config, ConfigError
from cvlint.engine.lint import Settings
from cvlint.parse.read_files import MAX_FILE_BYTES
from cvlint.report.file_report import FileReport, printable

PARALLEL_FROM = 8
"""How many files a run needs (all on disk, and more than one job) to be linted in worker processes."""


@dataclass(frozen=True, slots=True)
class PathsRun:
    """A run over some paths: its runner, why the findings cache is not used, and its reports."""

    runner: Runner
    cache_problem: str | None
    """Why the findings cache cannot be used (one line), or None when it can or is off."""
    reports: Iterator[FileReport]
    """A report per file, in the order of the paths, produced as files are linted; a bad file's report has
    its ``error``. ``ConfigError`` when a file's configuration selects a rule it does not know."""


def lint_paths(options: RunOptions, paths: tuple[str, ...], stdin_filename: str | None, jobs: int | None) -> PathsRun:
    """Start linting every file ``paths`` name (``-`` is standard input, reported as ``stdin_filename``).

    ``ConfigError`` or ``CatalogueError`` when the configuration of the working folder, or the rules
    selected, are wrong. With eight files or more and more than one job, files are linted in worker
    processes; reports keep the order of the paths either way.
    """
    catalogue = load_catalogue()
    runner = Runner(options, catalogue)
    here = runner.config_for(Path.cwd() / "resume.md")
    (here.catalogue if here and here.catalogue else catalogue).select(
        options.select, options.ignore, options.extend_select
    )
    problem = runner.cache_problem()
    walk = _walk_options(here, options)
    found = list(discover(paths, walk))
    files = [(display, path) for display, path in found if path is not None]
    workers = min(jobs or os.cpu_count() or 1, len(found))

    def serial() -> Iterator[FileReport]:
        for index, (display, path) in enumerate(found):
            if index == 1:
                freeze_tables()
            yield _lint_one(runner, display, path, stdin_filename)

    if workers > 1 and len(files) == len(found) >= PARALLEL_FROM:
        from cvlint.app.pool import lint_in_parallel  # only a parallel run needs the pool (and signal)

        return PathsRun(runner, problem, lint_in_parallel(options, files, workers))
    return PathsRun(runner, problem, serial())


def first_file_settings(
    options: RunOptions, paths: tuple[str, ...]
) -> tuple[str, Config | None, Settings, DiscoveryOptions]:
    """The first file ``paths`` name (its display path), its configuration and settings, and the walk's
    options; ``ConfigError`` or ``CatalogueError`` when a configuration is wrong."""
    runner = Runner(options, load_catalogue())
    walk = _walk_options(runner.config_for(Path.cwd() / "resume.md"), options)
    display, path = next(discover(paths, walk))
    path = path or Path(display if display != "-" else "stdin.md").absolute()
    return display, runner.config_for(path), runner.settings_for(display, path), walk


def _walk_options(here: Config | None, options: RunOptions) -> DiscoveryOptions:
    """What folder walks skip and take: the configuration of the working folder (``here``) with the options."""
    return options_for(here, options.exclude, options.extend_exclude, options.include, options.force_exclude)


def _lint_one(runner: Runner, display: str, path: Path | None, stdin_filename: str | None) -> FileReport:
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
