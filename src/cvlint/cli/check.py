"""``cvlint check``: lint files, fix them, show a diff, gate a CI run; the command most runs are."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

import click

from cvlint.cli.gates import apply_gates, below_fail_under
from cvlint.cli.linting import iter_reports
from cvlint.cli.options import OUTPUT_FORMATS, STREAMED_FORMATS, fail, selection_options
from cvlint.cli.printing import OUTPUT, echo, exit_run, write_fixed
from cvlint.cli.show_settings import print_settings

if TYPE_CHECKING:
    from cvlint.app.run_options import RunOptions


@click.command()
@selection_options
@click.option("--fix", is_flag=True, help="Apply safe fixes to the files.")
@click.option("--unsafe-fixes", is_flag=True, help="With --fix or --diff, apply unsafe fixes too.")
@click.option("--diff", is_flag=True, help="Show the fixes as a unified diff; change nothing.")
@click.option("--exit-non-zero-on-fix", is_flag=True, help="With --fix, exit 1 when a file was changed.")
@click.option("--output-format", type=click.Choice(OUTPUT_FORMATS), default="text", show_default=True)
@click.option(
    "--baseline",
    "baseline_path",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Only findings not in this baseline count.",
)
@click.option("--strict-baseline", is_flag=True, help="With --baseline, also fail when a baselined finding is gone.")
@click.option(
    "--since",
    "since_ref",
    metavar="REF",
    help="Only findings new since this git revision count; fail if the score dropped.",
)
@click.option("--fail-under", type=click.IntRange(0, 100), help="Fail when a file's score is below this.")
@click.option(
    "--fail-on",
    type=click.Choice(["error", "warning", "info"]),
    default="warning",
    show_default=True,
    help="The least severity that fails.",
)
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when there are findings (errors still exit 2).")
@click.option("-q", "--quiet", is_flag=True, help="Print new findings only: no known findings, no summary.")
@click.option("--show-fixes", is_flag=True, help="With --fix, list what was fixed, file by file.")
@click.option(
    "--color",
    type=click.Choice(["auto", "always", "never"]),
    default="auto",
    show_default=True,
    help="Colour the text output (auto: on a terminal, unless NO_COLOR; FORCE_COLOR forces it).",
)
@click.option(
    "-o",
    "--output-file",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Write the findings to this file instead of standard output.",
)
@click.option("--statistics", is_flag=True, help="Print how many findings each rule has, instead of the findings.")
@click.option("--show-settings", is_flag=True, help="Print the settings the first file would be linted with, and exit.")
def check(
    paths: tuple[str, ...],
    options: RunOptions,
    stdin_filename: str | None,
    jobs: int | None,
    fix: bool,
    unsafe_fixes: bool,
    diff: bool,
    exit_non_zero_on_fix: bool,
    output_format: str,
    baseline_path: Path | None,
    strict_baseline: bool,
    since_ref: str | None,
    fail_under: int | None,
    fail_on: str,
    exit_zero: bool,
    quiet: bool,
    show_fixes: bool,
    color: str,
    output_file: Path | None,
    statistics: bool,
    show_settings: bool,
) -> None:
    """Lint résumés and cover letters (files, folders, or - for stdin).

    In a folder, only files whose names or content show them to be résumés or cover letters are linted,
    and what .gitignore or --exclude names is skipped; files named directly are always linted.
    """
    import os

    from cvlint.output import View, renderer
    from cvlint.output.terminal import use_color
    from cvlint.output.text import render_fixes, render_summary
    from cvlint.report.counts import Tally

    if fix and diff:
        fail("--fix and --diff cannot be used together")
    if strict_baseline and baseline_path is None:
        fail("--strict-baseline needs --baseline FILE")
    options = replace(options, fix=fix, unsafe_fixes=unsafe_fixes, diff=diff)
    if show_settings:
        print_settings(options, paths)
    to_stderr = fix and "-" in paths
    texts = output_format in ("text", "concise")
    stream = sys.stderr if to_stderr else sys.stdout
    colored = texts and use_color(color, stream.isatty() and output_file is None, os.environ)
    show_fixes = show_fixes and texts
    gated = since_ref is not None or baseline_path is not None or fail_under is not None
    runner, produced = iter_reports(options, paths, stdin_filename, jobs)
    if output_file is not None:
        OUTPUT.open(output_file)
    if statistics:
        from cvlint.output.statistics import render_statistics  # with json: only for --statistics

        reports = list(produced)
        apply_gates(reports, runner, since_ref, baseline_path, fail_under)
        echo(render_statistics(reports, output_format), to_stderr, False)
        exit_run(Tally.of(reports), fail_on, exit_zero, exit_non_zero_on_fix, below_fail_under(reports, fail_under))
    if not gated and not diff and output_format in STREAMED_FORMATS:
        # Print each file's findings as soon as it is linted and keep only counts: memory stays flat.
        view = View(color=colored, quiet=True, unsafe_fixes=unsafe_fixes)
        render = renderer(output_format)
        tally = Tally()
        fixed: list[tuple[str, tuple[tuple[str, str, int], ...]]] = []
        for report in produced:
            write_fixed(report)
            echo(render([report], view), to_stderr, colored)
            tally.add(report)
            if show_fixes and report.fixes:
                fixed.append((report.path, report.fixes))
        echo(render_fixes(fixed), to_stderr, colored)
        if texts and not quiet:
            echo(render_summary(tally, unsafe_fixes), to_stderr, colored)
        exit_run(tally, fail_on, exit_zero, exit_non_zero_on_fix, gate_failed=False)
    reports = list(produced)
    gone = apply_gates(reports, runner, since_ref, baseline_path, fail_under)
    for report in reports:
        write_fixed(report)
    rules = None
    if output_format == "sarif":
        from cvlint.app.rules_run import rules_run

        rules = rules_run(runner, reports)
    view = View(
        color=colored,
        quiet=quiet,
        unsafe_fixes=unsafe_fixes,
        gone=tuple(gone) if strict_baseline else (),
        since=since_ref,
        show_fixes=show_fixes,
        rules=rules,
        fail_on=fail_on,
    )
    rendered = "".join(report.diff for report in reports) if diff else renderer(output_format)(reports, view)
    echo(rendered, to_stderr, colored)
    dropped = False
    if since_ref is not None:
        from cvlint.app.gate import score_dropped

        dropped = score_dropped(reports)
    gate_failed = (strict_baseline and bool(gone)) or below_fail_under(reports, fail_under) or dropped
    exit_run(Tally.of(reports), fail_on, exit_zero, exit_non_zero_on_fix, gate_failed)
