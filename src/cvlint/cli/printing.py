"""Where ``check`` prints: standard output or error, or the ``--output-file``; and how it exits."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import click

from cvlint.cli.options import EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS, fail

if TYPE_CHECKING:
    from cvlint.report.counts import Tally
    from cvlint.report.file_report import FileReport


class _Output:
    """Where findings go: standard output, or the ``--output-file``."""

    def __init__(self) -> None:
        self.file: Any = None

    def open(self, path: Path) -> None:
        try:
            self.file = open(path, "w", encoding="utf-8", newline="")  # noqa: SIM115 - closed at exit
        except OSError as error:
            fail(f"cannot write {path}: {error.strerror or error}")


OUTPUT = _Output()


def write_fixed(report: FileReport) -> None:
    """With --fix on standard input, the fixed text goes to stdout."""
    if report.output is not None:
        sys.stdout.buffer.write(report.output)
        sys.stdout.buffer.flush()


def echo(text: str, to_stderr: bool, color: bool) -> None:
    """Print ``text`` as it is (no line end added) to the ``--output-file``, or standard output or error."""
    # Text from files with invalid bytes holds lone surrogates; they cannot be printed as UTF-8.
    printable = text.encode("utf-8", "replace").decode("utf-8")
    if OUTPUT.file is not None:
        OUTPUT.file.write(printable)
        OUTPUT.file.flush()
        return
    click.echo(printable, nl=False, err=to_stderr, color=color)


def exit_run(tally: Tally, fail_on: str, exit_zero: bool, exit_non_zero_on_fix: bool, gate_failed: bool) -> NoReturn:
    """Exit 2 on input errors, else 1 when anything failed (and --exit-zero is not given), else 0."""
    if tally.errors:
        sys.exit(EXIT_ERROR)
    failed = tally.failed(fail_on, exit_non_zero_on_fix, gate_failed)
    sys.exit(EXIT_FINDINGS if failed and not exit_zero else EXIT_CLEAN)
