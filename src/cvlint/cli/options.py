"""Options and helpers the commands share: the selection options, ``-o/--output``, exit codes, failing.

Exit codes (a contract): 0 no findings at the failing severity, 1 findings (or a failed gate), 2 usage,
configuration or input error. No traceback reaches the user: every expected failure is one line.
"""

from __future__ import annotations

import datetime as dt
import functools
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn

import click

from cvlint.engine.config import ConfigError
from cvlint.model.document import DocumentKind

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
OUTPUT_FORMATS = ("text", "concise", "json", "json-lines", "github", "sarif", "junit", "gitlab", "rdjsonl")
STREAMED_FORMATS = ("text", "concise", "json-lines", "rdjsonl")
"""Formats whose output is one piece per file, printed as each file is linted."""


def _split(values: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(part.strip() for value in values for part in value.split(",") if part.strip())


def fail(message: str) -> NoReturn:
    click.echo(f"cvlint: error: {message}", err=True)
    sys.exit(EXIT_ERROR)


def selection_options(function: Callable[..., None]) -> Callable[..., None]:
    """The options every linting command shares; the command gets them as ``options`` (a ``RunOptions``)."""

    @functools.wraps(function)
    def command(
        select: tuple[str, ...],
        extend_select: tuple[str, ...],
        ignore: tuple[str, ...],
        config_values: tuple[str, ...],
        exclude: tuple[str, ...],
        extend_exclude: tuple[str, ...],
        include: tuple[str, ...],
        force_exclude: bool,
        kind: str | None,
        today: dt.datetime | None,
        no_cache: bool,
        **rest: Any,
    ) -> None:
        import os

        from cvlint.app.run_options import RunOptions

        chosen_kind: DocumentKind | None = kind  # type: ignore[assignment]
        cache_dir = None
        if not no_cache:
            from cvlint.app.cache import DEFAULT_DIRECTORY, CacheDirectoryError, check_directory_setting

            try:
                cache_dir = check_directory_setting(os.environ.get("CVLINT_CACHE_DIR", DEFAULT_DIRECTORY))
            except CacheDirectoryError as error:
                fail(str(error))
        config_path, overrides = _config_values(config_values)
        options = RunOptions(
            select=_split(select) or None,
            extend_select=_split(extend_select),
            ignore=_split(ignore),
            config_path=config_path,
            kind=chosen_kind,
            today=today.date() if today else None,
            cache_dir=cache_dir,
            exclude=_split(exclude),
            extend_exclude=_split(extend_exclude),
            include=_split(include),
            force_exclude=force_exclude,
            config_overrides=overrides,
        )
        function(options=options, **rest)

    parameters = [
        click.argument("paths", nargs=-1, type=click.Path(path_type=str)),
        click.option(
            "--select", multiple=True, help="Rules to run: codes, names, code prefixes or ALL (comma-separated)."
        ),
        click.option(
            "--extend-select",
            multiple=True,
            help="Rules to run besides the selected ones (such as unused-suppression, off by default).",
        ),
        click.option("--ignore", multiple=True, help="Rules to skip: codes, names or code prefixes (comma-separated)."),
        click.option(
            "--config",
            "config_values",
            multiple=True,
            metavar="PATH|KEY=VALUE",
            help="Use this config file instead of the nearest one, or override one setting in TOML "
            "(--config 'rules.long-bullet.max-words = 50'); repeatable.",
        ),
        click.option(
            "--exclude",
            multiple=True,
            metavar="PATTERN",
            help="Gitignore-style patterns of files and folders to skip in folders, instead of the default and "
            "configured ones (comma-separated).",
        ),
        click.option(
            "--extend-exclude", multiple=True, metavar="PATTERN", help="Patterns to skip besides the excluded ones."
        ),
        click.option(
            "--include",
            multiple=True,
            metavar="PATTERN",
            help="Patterns of files to lint in folders even when they do not look like résumés (such as '*.md').",
        ),
        click.option(
            "--force-exclude",
            is_flag=True,
            help="Skip files named directly as a folder walk would: excluded, git-ignored, or not a résumé "
            "(for pre-commit).",
        ),
        click.option(
            "--kind", type=click.Choice(["resume", "cover-letter"]), help="Treat every file as this kind of document."
        ),
        click.option(
            "--today", type=click.DateTime(formats=["%Y-%m-%d"]), help="The date future dates are judged against."
        ),
        click.option("--stdin-filename", help="The file name to report (and to read the format from) for stdin input."),
        click.option(
            "--jobs", "-j", type=click.IntRange(1), help="Processes to lint with (default: the number of cores)."
        ),
        click.option("--no-cache", is_flag=True, help="Do not read or write the findings cache."),
    ]
    decorated: Callable[..., None] = command
    for parameter in reversed(parameters):
        decorated = parameter(decorated)
    return decorated


def _config_values(values: tuple[str, ...]) -> tuple[Path | None, tuple[dict[str, Any], ...]]:
    """``--config`` values: one configuration file, and TOML ``KEY = VALUE`` overrides (as ruff's)."""
    from cvlint.engine.config import parse_override

    paths = [value for value in values if "=" not in value or Path(value).is_file()]
    if len(paths) > 1:
        fail(f"--config names two configuration files ({paths[0]}, {paths[1]}); give one")
    try:
        overrides = tuple(parse_override(value) for value in values if value not in paths)
    except ConfigError as error:
        fail(str(error))
    return (Path(paths[0]) if paths else None), overrides


def output_option(description: str, allow_dash: bool = False) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """``-o/--output FILE``, required, given to the command as ``output_path``."""
    return click.option(
        "-o",
        "--output",
        "output_path",
        type=click.Path(path_type=Path, dir_okay=False, allow_dash=allow_dash),
        required=True,
        help=description,
    )
