"""The ``cvlint`` command: ``check``, ``baseline``, ``score``, ``report``, ``rules``, ``rule`` and ``server``.

Exit codes (a contract): 0 no findings at the failing severity, 1 findings (or a failed gate), 2 usage,
configuration or input error. No traceback reaches the user: every expected failure is one line.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import os
import sys
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import click

from cvlint import __version__
from cvlint.engine.catalogue import Catalogue, CatalogueError, Rule, load_catalogue
from cvlint.engine.config import ConfigError, find_config_file, load_config
from cvlint.model.document import DocumentKind

if TYPE_CHECKING:
    from cvlint.app.runner import Runner, RunOptions
    from cvlint.engine.lint import ActiveRule
    from cvlint.report.baseline import BaselineEntry
    from cvlint.report.counts import Tally
    from cvlint.report.file_report import FileReport

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
OUTPUT_FORMATS = ("text", "concise", "json", "json-lines", "github", "sarif", "junit", "gitlab", "rdjsonl")
STREAMED_FORMATS = ("text", "concise", "json-lines", "rdjsonl")
"""Formats whose output is one piece per file, printed as each file is linted."""


def _split(values: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(part.strip() for value in values for part in value.split(",") if part.strip())


def _fail(message: str) -> NoReturn:
    click.echo(f"cvlint: error: {message}", err=True)
    sys.exit(EXIT_ERROR)


def _selection_options(function: Callable[..., None]) -> Callable[..., None]:
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

        from cvlint.app.runner import RunOptions

        chosen_kind: DocumentKind | None = kind  # type: ignore[assignment]
        cache_dir = None
        if not no_cache:
            from cvlint.app.cache import DEFAULT_DIRECTORY, CacheDirectoryError, check_directory_setting

            try:
                cache_dir = check_directory_setting(os.environ.get("CVLINT_CACHE_DIR", DEFAULT_DIRECTORY))
            except CacheDirectoryError as error:
                _fail(str(error))
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
        _fail(f"--config names two configuration files ({paths[0]}, {paths[1]}); give one")
    try:
        overrides = tuple(parse_override(value) for value in values if value not in paths)
    except ConfigError as error:
        _fail(str(error))
    return (Path(paths[0]) if paths else None), overrides


def _iter_reports(
    options: RunOptions, paths: tuple[str, ...], stdin_filename: str | None, jobs: int | None
) -> tuple[Runner, Iterator[FileReport]]:
    """A runner and its reports for every path, produced as files are linted.

    Bad files get a one-line error on stderr as they come. With eight files or more and more than one
    job, files are linted in worker processes; reports keep the order of the paths either way.
    """
    import os

    from cvlint.app.discovery import discover, options_for
    from cvlint.app.runner import Runner, lint_in_parallel
    from cvlint.output.terminal import escape

    if not paths:
        _fail("no paths given (try 'cvlint check resume.md', or '-' for stdin)")
    try:
        catalogue = load_catalogue()
        runner = Runner(options, catalogue)
        here = runner.config_for(Path.cwd() / "resume.md")
        (here.catalogue if here and here.catalogue else catalogue).select(
            options.select, options.ignore, options.extend_select
        )
    except (ConfigError, CatalogueError) as error:
        _fail(str(error))
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
            _fail(str(error))

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


def _lint_all(
    options: RunOptions, paths: tuple[str, ...], stdin_filename: str | None, jobs: int | None = None
) -> tuple[Runner, list[FileReport]]:
    """Every report of the run, in the order of the paths."""
    runner, reports = _iter_reports(options, paths, stdin_filename, jobs)
    return runner, list(reports)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="cvlint")
def main() -> None:
    """cvlint: a linter for résumés and cover letters."""


def _apply_gates(
    reports: list[FileReport], runner: Runner, since_ref: str | None, baseline_path: Path | None, fail_under: int | None
) -> list[BaselineEntry]:
    """Mark known findings (``--since``, ``--baseline``) and score files; return baseline entries gone."""
    if since_ref is None and baseline_path is None and fail_under is None:
        return []
    from cvlint.app.gate import apply_baseline, apply_scores, apply_since
    from cvlint.app.gitref import GitError
    from cvlint.report.baseline import BaselineError

    gone: list[BaselineEntry] = []
    try:
        if since_ref is not None:
            apply_since(reports, since_ref, runner, runner.catalogue)
        if baseline_path is not None:
            gone = apply_baseline(reports, baseline_path)
    except (GitError, BaselineError) as error:
        _fail(str(error))
    if fail_under is not None:
        apply_scores(reports, runner.catalogue)
    return gone


@main.command()
@_selection_options
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
    from cvlint.output.statistics import render_statistics
    from cvlint.output.terminal import use_color
    from cvlint.output.text import render_fixes, render_summary
    from cvlint.report.counts import Tally

    if fix and diff:
        _fail("--fix and --diff cannot be used together")
    if strict_baseline and baseline_path is None:
        _fail("--strict-baseline needs --baseline FILE")
    options = replace(options, fix=fix, unsafe_fixes=unsafe_fixes, diff=diff)
    if show_settings:
        _show_settings(options, paths)
    to_stderr = fix and "-" in paths
    texts = output_format in ("text", "concise")
    stream = sys.stderr if to_stderr else sys.stdout
    colored = texts and use_color(color, stream.isatty() and output_file is None, os.environ)
    show_fixes = show_fixes and texts
    gated = since_ref is not None or baseline_path is not None or fail_under is not None
    runner, produced = _iter_reports(options, paths, stdin_filename, jobs)
    if output_file is not None:
        _OUTPUT.open(output_file)
    if statistics:
        reports = list(produced)
        _apply_gates(reports, runner, since_ref, baseline_path, fail_under)
        _echo(render_statistics(reports, output_format), to_stderr, False)
        _exit(Tally.of(reports), fail_on, exit_zero, exit_non_zero_on_fix, _gate_failed(reports, fail_under))
    if not gated and not diff and output_format in STREAMED_FORMATS:
        # Print each file's findings as soon as it is linted and keep only counts: memory stays flat.
        view = View(color=colored, quiet=True, unsafe_fixes=unsafe_fixes)
        render = renderer(output_format)
        tally = Tally()
        fixed: list[tuple[str, tuple[tuple[str, str, int], ...]]] = []
        for report in produced:
            _write_fixed(report)
            _echo(render([report], view), to_stderr, colored)
            tally.add(report)
            if show_fixes and report.fixes:
                fixed.append((report.path, report.fixes))
        _echo(render_fixes(fixed), to_stderr, colored)
        if texts and not quiet:
            _echo(render_summary(tally, unsafe_fixes), to_stderr, colored)
        _exit(tally, fail_on, exit_zero, exit_non_zero_on_fix, gate_failed=False)
    reports = list(produced)
    gone = _apply_gates(reports, runner, since_ref, baseline_path, fail_under)
    for report in reports:
        _write_fixed(report)
    view = View(
        color=colored,
        quiet=quiet,
        unsafe_fixes=unsafe_fixes,
        gone=tuple(gone) if strict_baseline else (),
        since=since_ref,
        show_fixes=show_fixes,
        rules=_rules_run(runner, reports) if output_format == "sarif" else None,
        fail_on=fail_on,
    )
    rendered = "".join(report.diff for report in reports) if diff else renderer(output_format)(reports, view)
    _echo(rendered, to_stderr, colored)
    dropped = [
        r for r in reports if r.previous_score is not None and r.score is not None and r.score < r.previous_score
    ]
    gate_failed = (
        (strict_baseline and bool(gone))
        or _gate_failed(reports, fail_under)
        or (since_ref is not None and bool(dropped))
    )
    _exit(Tally.of(reports), fail_on, exit_zero, exit_non_zero_on_fix, gate_failed)


def _gate_failed(reports: list[FileReport], fail_under: int | None) -> bool:
    """True when a file scored below ``--fail-under``; each such file gets a line on stderr saying so."""
    if fail_under is None:
        return False
    below = [r for r in reports if r.score is not None and r.score < fail_under]
    for report in below:
        click.echo(f"{report.path}: score {report.score}/100 is below --fail-under {fail_under}", err=True)
    return bool(below)


def _show_settings(options: RunOptions, paths: tuple[str, ...]) -> NoReturn:
    """Print the settings of the first file of ``paths`` as TOML (as ruff's --show-settings), and exit 0."""
    from cvlint.app.discovery import discover, options_for
    from cvlint.app.runner import Runner
    from cvlint.app.settings_view import render_settings

    if not paths:
        _fail("no paths given (try 'cvlint check --show-settings resume.md')")
    try:
        runner = Runner(options, load_catalogue())
        here = runner.config_for(Path.cwd() / "resume.md")
        walk = options_for(here, options.exclude, options.extend_exclude, options.include, options.force_exclude)
        display, path = next(discover(paths, walk))
        path = path or Path(display if display != "-" else "stdin.md").absolute()
        config = runner.config_for(path)
        settings = runner.settings_for(display, path)
    except (ConfigError, CatalogueError) as error:
        _fail(str(error))
    click.echo(render_settings(display, config, settings, walk), nl=False)
    sys.exit(EXIT_CLEAN)


class _Output:
    """Where findings go: standard output, or the ``--output-file``."""

    def __init__(self) -> None:
        self.file: Any = None

    def open(self, path: Path) -> None:
        try:
            self.file = open(path, "w", encoding="utf-8", newline="")  # noqa: SIM115 - closed at exit
        except OSError as error:
            _fail(f"cannot write {path}: {error.strerror or error}")


_OUTPUT = _Output()


def _rules_run(runner: Runner, reports: list[FileReport]) -> tuple[ActiveRule, ...]:
    """Every rule selected for any of the files, once, with its effective severity."""
    ran: dict[str, ActiveRule] = {}
    for report in reports:
        path = Path(report.path if report.path != "-" else "stdin.md").absolute()
        with contextlib.suppress(ConfigError):
            for active in runner.settings_for(report.path, path).rules:
                ran.setdefault(active.rule.code, active)
    return tuple(ran.values())


def _write_fixed(report: FileReport) -> None:
    """With --fix on standard input, the fixed text goes to stdout."""
    if report.output is not None:
        sys.stdout.buffer.write(report.output)
        sys.stdout.buffer.flush()


def _echo(text: str, to_stderr: bool, color: bool) -> None:
    # Text from files with invalid bytes holds lone surrogates; they cannot be printed as UTF-8.
    printable = text.encode("utf-8", "replace").decode("utf-8")
    if _OUTPUT.file is not None:
        _OUTPUT.file.write(printable)
        _OUTPUT.file.flush()
        return
    click.echo(printable, nl=False, err=to_stderr, color=color)


def _exit(tally: Tally, fail_on: str, exit_zero: bool, exit_non_zero_on_fix: bool, gate_failed: bool) -> NoReturn:
    """Exit 2 on input errors, else 1 when anything failed (and --exit-zero is not given), else 0."""
    if tally.errors:
        sys.exit(EXIT_ERROR)
    failed = bool(tally.failing(fail_on)) or bool(tally.diffs) or gate_failed
    failed = failed or (exit_non_zero_on_fix and bool(tally.changed_files))
    sys.exit(EXIT_FINDINGS if failed and not exit_zero else EXIT_CLEAN)


def _output_option(description: str, allow_dash: bool = False) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """``-o/--output FILE``, required, given to the command as ``output_path``."""
    return click.option(
        "-o",
        "--output",
        "output_path",
        type=click.Path(path_type=Path, dir_okay=False, allow_dash=allow_dash),
        required=True,
        help=description,
    )


@main.command()
@_selection_options
@_output_option("The baseline file to write.")
def baseline(
    paths: tuple[str, ...], options: RunOptions, stdin_filename: str | None, jobs: int | None, output_path: Path
) -> None:
    """Write a baseline of today's findings: 'check --baseline' then counts only new ones."""
    from cvlint.report.baseline import write_baseline

    _, reports = _lint_all(options, paths, stdin_filename, jobs)
    if any(report.error for report in reports):
        sys.exit(EXIT_ERROR)
    try:
        count = write_baseline(output_path, [f for report in reports for f in report.findings])
    except OSError as error:
        _fail(f"cannot write {output_path}: {error.strerror or error}")
    click.echo(f"Wrote {count} finding{'' if count == 1 else 's'} to {output_path}.")


@main.command()
@_selection_options
@click.option("--output-format", type=click.Choice(["text", "json", "html"]), default="text", show_default=True)
def score(
    paths: tuple[str, ...], options: RunOptions, stdin_filename: str | None, jobs: int | None, output_format: str
) -> None:
    """Print a 0–100 quality score per file, with its breakdown by category."""
    import json

    from cvlint.output.terminal import escape
    from cvlint.report.score import score as score_of

    runner, reports = _lint_all(options, paths, stdin_filename, jobs)
    records: list[dict[str, Any]] = []
    for report in reports:
        if report.error:
            continue
        result = score_of(report.findings, runner.catalogue)
        records.append(
            {
                "path": report.path,
                "score": result.total,
                "categories": {
                    c.name: {"points": c.points, "weight": c.weight, "findings": c.findings} for c in result.categories
                },
            }
        )
    if output_format == "html":
        from cvlint.output.html import render_scores

        scored = [(r.path, r.findings) for r in reports if not r.error]
        sys.stdout.buffer.write(render_scores(scored, runner.catalogue).encode("utf-8", "replace"))
    elif output_format == "json":
        click.echo(json.dumps(records, ensure_ascii=False, indent=2))
    else:
        for record in records:
            click.echo(f"{escape(record['path'])}: {record['score']}/100")
            for name, part in record["categories"].items():
                found = (
                    f"  ({part['findings']} finding{'' if part['findings'] == 1 else 's'})" if part["findings"] else ""
                )
                click.echo(f"  {name:<11} {part['points']:>3}/{part['weight']:<3}{found}")
    sys.exit(EXIT_ERROR if any(report.error for report in reports) else EXIT_CLEAN)


@main.command()
@_selection_options
@_output_option("The HTML file to write ('-' for stdout).", allow_dash=True)
def report(
    paths: tuple[str, ...], options: RunOptions, stdin_filename: str | None, jobs: int | None, output_path: Path
) -> None:
    """Write an HTML report: the résumé with each finding in place, its score, and what to do first."""
    from cvlint.app.html_report import write_report

    runner, reports = _lint_all(options, paths, stdin_filename, jobs)
    if all(r.error for r in reports):
        sys.exit(EXIT_ERROR)  # each bad file has had its line on stderr; there is nothing to show
    to_stdout = str(output_path) == "-"
    try:
        page = write_report(runner, reports, None if to_stdout else output_path)
    except OSError as error:
        _fail(f"cannot write {output_path}: {error.strerror or error}")
    if to_stdout:
        sys.stdout.buffer.write(page.encode("utf-8", "replace"))
    else:
        count = sum(len(r.findings) for r in reports)
        click.echo(f"Wrote a report of {count} finding{'' if count == 1 else 's'} to {output_path}.")
    sys.exit(EXIT_ERROR if any(r.error for r in reports) else EXIT_CLEAN)


def _catalogue_here() -> Catalogue:
    """The built-in rules plus those of the ``rule-dirs`` of the configuration that applies here."""
    catalogue = load_catalogue()
    found = find_config_file(Path.cwd())
    if found is None:
        return catalogue
    try:
        return load_config(found, catalogue).catalogue or catalogue
    except (ConfigError, CatalogueError) as error:
        _fail(str(error))


@main.command("rules")
def list_rules() -> None:
    """List every rule (yours from rule-dirs too): code, name, default severity, and whether it can fix."""
    catalogue = _catalogue_here()
    width = max(len(rule.name) for rule in catalogue)
    click.echo(f"{'code':<6}  {'name':<{width}}  {'severity':<8}  {'fix':<9}  summary")
    for rule in catalogue:
        click.echo(f"{rule.code:<6}  {rule.name:<{width}}  {rule.severity:<8}  {rule.fix:<9}  {rule.summary}")


def _listed(value: object) -> str:
    return ", ".join(map(str, value)) if isinstance(value, list) else str(value)


def _explain(rule: Rule) -> str:
    lines = [
        f"{rule.code} {rule.name}",
        "",
        rule.summary,
        "",
        f"Default severity: {rule.severity}",
        f"Category: {rule.category}",
        f"Fix: {rule.fix}",
        f"Applies to: {', '.join(rule.applies_to)}",
        f"Formats: {', '.join(rule.formats)}",
        "",
        rule.rationale,
    ]
    if rule.options:
        lines += ["", "Options:"]
        for option in rule.options.values():
            bounds = f" ({option.range_text()})" if option.range_text() else ""
            lines.append(f"  {option.name} = {option.default!r}{bounds}: {option.description}")
            for choice in option.choices:
                data = "".join(f"; {key}: {_listed(value)}" for key, value in option.choice_data[choice].items())
                lines.append(f"    {choice!r}: {option.meanings[choice]}{data}")
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
    rule = _catalogue_here().get(name)
    if rule is None:
        _fail(f"unknown rule '{name}' (see 'cvlint rules')")
    click.echo(_explain(rule), nl=False)


@main.command()
def server() -> None:
    """Run the language server (LSP over stdio) for editors."""
    from cvlint.server import EXTRA_MESSAGE, available

    if not available():
        _fail(EXTRA_MESSAGE)
    from cvlint.server.app import serve

    serve()


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
