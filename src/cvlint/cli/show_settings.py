"""``cvlint check --show-settings``: the settings the first file would be linted with, as TOML."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import click

from cvlint.cli.options import EXIT_CLEAN, fail
from cvlint.engine.catalogue import CatalogueError, load_catalogue
from cvlint.engine.config import ConfigError

if TYPE_CHECKING:
    from cvlint.app.runner import RunOptions


def print_settings(options: RunOptions, paths: tuple[str, ...]) -> NoReturn:
    """Print the settings of the first file of ``paths`` as TOML (as ruff's --show-settings), and exit 0."""
    from cvlint.app.discovery import discover, options_for
    from cvlint.app.runner import Runner
    from cvlint.app.settings_view import render_settings

    if not paths:
        fail("no paths given (try 'cvlint check --show-settings resume.md')")
    try:
        runner = Runner(options, load_catalogue())
        here = runner.config_for(Path.cwd() / "resume.md")
        walk = options_for(here, options.exclude, options.extend_exclude, options.include, options.force_exclude)
        display, path = next(discover(paths, walk))
        path = path or Path(display if display != "-" else "stdin.md").absolute()
        config = runner.config_for(path)
        settings = runner.settings_for(display, path)
    except (ConfigError, CatalogueError) as error:
        fail(str(error))
    click.echo(render_settings(display, config, settings, walk), nl=False)
    sys.exit(EXIT_CLEAN)
