"""``cvlint report``: lint files and write an HTML page a person can read (``output.html``)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from cvlint.app.runner import Runner
from cvlint.output.html import render_report, report_article
from cvlint.parse import DocumentError, parse
from cvlint.parse.extract import DOCUMENT_SUFFIXES
from cvlint.report.file_report import FileReport


def article_for(runner: Runner, report: FileReport) -> str:
    """The report of one linted file: its text is parsed again for the sections a reader sees."""
    assert report.text is not None
    path = Path(report.path if report.path != "-" else "stdin.md")
    settings = runner.settings_for(report.path, path)
    suffix = path.suffix.lower()
    fmt = {".docx": "markdown", ".pdf": "text"}.get(suffix) if suffix in DOCUMENT_SUFFIXES else None
    try:
        document = parse(report.text, str(path), settings.kind, fmt=fmt)
    except DocumentError:
        document = parse(report.text, str(path), settings.kind, plain=True)
    own = [finding for finding in report.findings if finding.path == report.path]  # not a LaTeX input's
    return report_article(report.path, document, own, report.text, runner.catalogue)


def write_report(runner: Runner, reports: list[FileReport], output: Path | None) -> str:
    """The page for ``reports`` (those without errors), written to ``output`` (atomically) unless None."""
    articles = [article_for(runner, report) for report in reports if report.error is None]
    titles = [report.path for report in reports if report.error is None]
    page = render_report(articles, f"cvlint report: {', '.join(titles)}" if titles else "cvlint report")
    if output is not None:
        umask = os.umask(0)
        os.umask(umask)
        descriptor, temp = tempfile.mkstemp(dir=output.parent, prefix=".cvlint-", suffix=".tmp")
        try:
            with os.fdopen(descriptor, "wb") as handle:
                handle.write(page.encode("utf-8", "replace"))
            os.chmod(temp, 0o666 & ~umask)
            os.replace(temp, output)
        except BaseException:
            os.unlink(temp)
            raise
    return page
