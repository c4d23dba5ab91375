"""``cvlint check --show-settings``: the settings the first file would be linted with, as TOML."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, NoReturn

import click

from cvlint.cli.options import EXIT_CLEAN, fail
from cvlint.engine.config import ConfigError
from cvlint.engine.rule_files import CatalogueError

if TYPE_CHECKING:
    from cvlint.app.run_options import RunOptions


def print_settings(options: RunOptions, paths: tuple[str, ...]) -> NoReturn:
    """Print the settings of the first file of ``paths`` as TOML (as ruff's --show-settings), and exit 0."""
    from cvlint.app.lint_paths import first_file_settings
    from cvlint.app.settings_view import render_settings

    if not paths:
        fail("no paths given (try 'cvlint check --show-settings resume.md')")
    try:
        display, config, settings, walk = first_file_settings(options, paths)
    except (ConfigError, CatalogueError) as error:
        fail(str(error))
    click.echo(render_settings(display, config, settings, walk), nl=False)
    sys.exit(EXIT_CLEAN)
