"""The ``cvlint`` command: ``check``, ``rules`` and ``rule``.

Exit codes (a contract): 0 no findings at warning or above, 1 findings, 2 usage, configuration or
input error. No traceback reaches the user: every expected failure is one line on stderr.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import NoReturn

import click

from cvlint import __version__
from cvlint.catalogue import CatalogueError, Rule, load_catalogue
from cvlint.config import ConfigError
from cvlint.engine import counts_toward_failure
from cvlint.model import DocumentKind

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def _split(values: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(part.strip() for value in values for part in value.split(",") if part.strip())


def _fail(message: str) -> NoReturn:
    click.echo(f"cvlint: error: {message}", err=True)
    sys.exit(EXIT_ERROR)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="cvlint")
def main() -> None:
    """cvlint: a linter for résumés and cover letters."""


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=str))
@click.option("--fix", is_flag=True, help="Apply safe fixes to the files.")
@click.option("--unsafe-fixes", is_flag=True, help="With --fix or --diff, apply unsafe fixes too.")
@click.option("--diff", is_flag=True, help="Show the fixes as a unified diff; change nothing.")
@click.option("--select", multiple=True, help="Rules to run: codes, names, code prefixes or ALL (comma-separated).")
@click.option("--ignore", multiple=True, help="Rules to skip: codes, names or code prefixes (comma-separated).")
@click.option("--output-format", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--config", "config_path", type=click.Path(path_type=Path, dir_okay=False), help="Use this config file.")
@click.option(
    "--kind", type=click.Choice(["resume", "cover-letter"]), help="Treat every file as this kind of document."
)
@click.option("--today", type=click.DateTime(formats=["%Y-%m-%d"]), help="The date future dates are judged against.")
@click.option("--stdin-filename", help="The file name to report (and to read the format from) for stdin input.")
@click.option("-q", "--quiet", is_flag=True, help="Print findings only, no summary.")
def check(
    paths: tuple[str, ...],
    fix: bool,
    unsafe_fixes: bool,
    diff: bool,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    output_format: str,
    config_path: Path | None,
    kind: str | None,
    today: dt.datetime | None,
    stdin_filename: str | None,
    quiet: bool,
) -> None:
    """Lint résumés and cover letters (files, folders, or - for stdin)."""
    from cvlint.output import FORMATS, View
    from cvlint.runner import FileReport, Runner, RunOptions, discover

    if not paths:
        _fail("no paths given (try 'cvlint check resume.md', or '-' for stdin)")
    if fix and diff:
        _fail("--fix and --diff cannot be used together")
    chosen_kind: DocumentKind | None = kind  # type: ignore[assignment]
    options = RunOptions(
        fix=fix,
        unsafe_fixes=unsafe_fixes,
        diff=diff,
        select=_split(select) or None,
        ignore=_split(ignore),
        config_path=config_path,
        kind=chosen_kind,
        today=today.date() if today else None,
    )
    try:
        catalogue = load_catalogue()
        catalogue.select(options.select, options.ignore)
        runner = Runner(options, catalogue)
    except (ConfigError, CatalogueError) as error:
        _fail(str(error))
    reports: list[FileReport] = []
    stdout = sys.stdout.buffer
    for display, path in discover(list(paths)):
        try:
            if path is None:
                name = stdin_filename or "-"
                report = runner.lint_stdin(name, sys.stdin.buffer.read())
            else:
                report = runner.lint_file(display, path)
        except ConfigError as error:
            _fail(str(error))
        except Exception as error:  # noqa: BLE001 - one file's bug must not stop the others
            report = FileReport(display, error=f"internal error: {type(error).__name__}: {error} (please report this)")
        if report.error:
            click.echo(f"{report.path}: error: {report.error}", err=True)
        reports.append(report)
        if report.output is not None:
            stdout.write(report.output)
            stdout.flush()
    color = output_format == "text" and sys.stdout.isatty()
    view = View(color=color, quiet=quiet, unsafe_fixes=unsafe_fixes)
    if diff:
        for report in reports:
            click.echo(report.diff, nl=False)
    elif any(report.output is not None for report in reports):
        click.echo(FORMATS[output_format](reports, view), nl=False, err=True)
    else:
        click.echo(FORMATS[output_format](reports, view), nl=False, color=color)
    if any(report.error for report in reports):
        sys.exit(EXIT_ERROR)
    if diff:
        sys.exit(EXIT_FINDINGS if any(report.diff for report in reports) else EXIT_CLEAN)
    failing = any(counts_toward_failure(f) for report in reports for f in report.findings)
    sys.exit(EXIT_FINDINGS if failing else EXIT_CLEAN)


@main.command("rules")
def list_rules() -> None:
    """List every rule: code, name, default severity, and whether it can fix."""
    catalogue = load_catalogue()
    width = max(len(rule.name) for rule in catalogue)
    click.echo(f"{'code':<6}  {'name':<{width}}  {'severity':<8}  {'fix':<9}  summary")
    for rule in catalogue:
        click.echo(f"{rule.code:<6}  {rule.name:<{width}}  {rule.severity:<8}  {rule.fix:<9}  {rule.summary}")


def _explain(rule: Rule) -> str:
    lines = [
        f"{rule.code} {rule.name}",
        "",
        rule.summary,
        "",
        f"Default severity: {rule.severity}",
        f"Fix: {rule.fix}",
        f"Applies to: {', '.join(rule.applies_to)}",
        "",
        rule.rationale,
    ]
    if rule.options:
        lines += ["", "Options:"]
        for option in rule.options.values():
            choices = f" (one of {', '.join(map(str, option.choices))})" if option.choices else ""
            lines.append(f"  {option.name} = {option.default!r}{choices}: {option.description}")
    for example in rule.examples:
        lines += ["", f"Example: {example.title}"]
        for label, text in (("bad", example.bad), ("fixed", example.fixed), ("good", example.good)):
            if text is not None:
                lines.append(f"  {label}:")
                lines.extend(f"    {line}" for line in text.rstrip("\n").split("\n"))
    return "\n".join(lines) + "\n"


@main.command("rule")
@click.argument("name")
def explain_rule(name: str) -> None:
    """Explain one rule, by name or code, with its examples."""
    rule = load_catalogue().get(name)
    if rule is None:
        _fail(f"unknown rule '{name}' (see 'cvlint rules')")
    else:
        click.echo(_explain(rule), nl=False)


def run() -> None:
    """Console entry point: ``main`` with a last guard so that no traceback reaches a user."""
    try:
        main()
    except KeyboardInterrupt:
        click.echo("cvlint: interrupted", err=True)
        sys.exit(130)
    except Exception as error:  # noqa: BLE001 - the last line of defence; the message names the bug
        click.echo(f"cvlint: internal error: {type(error).__name__}: {error} (please report this)", err=True)
        sys.exit(EXIT_ERROR)
