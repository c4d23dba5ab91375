"""The ``cvlint`` command: ``check``, ``baseline``, ``score``, ``report``, ``rules``, ``rule`` and ``server``.

Each command is a module of this package, imported when that command runs; this one groups them and
guards the entry point. Exit codes are in ``cvlint.cli.options``.
"""

from __future__ import annotations

import contextlib
import gc
import importlib
import os
import sys

import click

from cvlint import __version__

COMMANDS = {
    "check": ("cvlint.cli.check", "check"),
    "baseline": ("cvlint.cli.baseline", "baseline"),
    "score": ("cvlint.cli.score", "score"),
    "report": ("cvlint.cli.report", "report"),
    "rules": ("cvlint.cli.rules", "list_rules"),
    "rule": ("cvlint.cli.rules", "explain_rule"),
    "server": ("cvlint.cli.server", "server"),
}
"""Each command's name, and the module and function that define it."""


class _Commands(click.Group):
    """A group that imports a command's module only when that command is run or listed (``--help``)."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in COMMANDS:
            return None
        module, name = COMMANDS[cmd_name]
        command: click.Command = getattr(importlib.import_module(module), name)
        return command


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="cvlint")
def main() -> None:
    """cvlint: a linter for résumés and cover letters."""


def run() -> None:
    """Console entry point: ``main`` with a last guard so that no traceback reaches a user."""
    try:
        # Not standalone: click would turn Ctrl-C into "Aborted!" and exit code 1, the code for findings.
        code = main.main(standalone_mode=False)
    except click.ClickException as error:
        error.show()
        sys.exit(error.exit_code)
    except (click.Abort, KeyboardInterrupt):
        click.echo("cvlint: interrupted", err=True)
        # Exit now, not through the interpreter's shutdown: it joins the worker pool's threads, which an
        # interrupt can leave waiting for ever. Every write cvlint makes is atomic, so nothing is half done.
        with contextlib.suppress(OSError, ValueError):
            sys.stdout.flush()
            sys.stderr.flush()
        os._exit(130)
    except Exception as error:  # noqa: BLE001 - the last line of defence; the message names the bug
        from cvlint.cli.options import EXIT_ERROR

        click.echo(f"cvlint: internal error: {type(error).__name__}: {error} (please report this)", err=True)
        sys.exit(EXIT_ERROR)
    finally:
        # The run is over (a command ends it with sys.exit): the interpreter's shutdown need not walk its
        # objects for cycles (two full collections, a few per cent of a one-file check); the exit frees them.
        gc.freeze()
    sys.exit(code if isinstance(code, int) else 0)
