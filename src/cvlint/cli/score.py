"""``cvlint score``: a 0–100 quality score per file, as text, JSON or an HTML page."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import click

from cvlint.cli.linting import lint_all
from cvlint.cli.options import EXIT_CLEAN, EXIT_ERROR, selection_options

if TYPE_CHECKING:
    from cvlint.app.run_options import RunOptions


@click.command()
@selection_options
@click.option("--output-format", type=click.Choice(["text", "json", "html"]), default="text", show_default=True)
def score(
    paths: tuple[str, ...], options: RunOptions, stdin_filename: str | None, jobs: int | None, output_format: str
) -> None:
    """Print a 0–100 quality score per file, with its breakdown by category."""
    from cvlint.output.scores import render_scores_json, render_scores_text, score_records

    runner, reports = lint_all(options, paths, stdin_filename, jobs)
    records = score_records(reports, runner.catalogue)
    if output_format == "html":
        from cvlint.output.html import render_scores

        scored = [(r.path, r.findings) for r in reports if not r.error]
        sys.stdout.buffer.write(render_scores(scored, runner.catalogue).encode("utf-8", "replace"))
    elif output_format == "json":
        click.echo(render_scores_json(records))
    else:
        click.echo(render_scores_text(records), nl=False)
    sys.exit(EXIT_ERROR if any(report.error for report in reports) else EXIT_CLEAN)
