"""The ``cvlint`` command: ``check``, ``baseline``, ``score``, ``report``, ``rules``, ``rule`` and ``server``.

Each command is a module of this package; this one groups them and guards the entry point. Exit codes
are in ``cvlint.cli.options``.
"""

from __future__ import annotations

import contextlib
import os
import sys

import click

from cvlint import __version__
from cvlint.cli.baseline import baseline
from cvlint.cli.check import check
from cvlint.cli.options import EXIT_ERROR
from cvlint.cli.report import report
from cvlint.cli.rules import explain_rule, list_rules
from cvlint.cli.score import score
from cvlint.cli.server import server


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="cvlint")
def main() -> None:
    """cvlint: a linter for résumés and cover letters."""


for command in (check, baseline, score, report, list_rules, explain_rule, server):
    main.add_command(command)


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
        click.echo(f"cvlint: internal error: {type(error).__name__}: {error} (please report this)", err=True)
        sys.exit(EXIT_ERROR)
    sys.exit(code if isinstance(code, int) else 0)
