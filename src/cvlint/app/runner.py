"""Linting files one by one: read each, use the findings cache, lint it and fix it as asked.

DOCX and PDF files go to ``app.document_files``, a LaTeX file that inputs others to ``app.latex_files``,
fixing and writing back to ``app.fix_file``; the configuration each file gets is ``app.file_configs``.
"""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from cvlint.app.document_files import lint_document_file
from cvlint.app.file_configs import FileConfigs
from cvlint.app.fix_file import Lint, lint_and_fix
from cvlint.app.latex_files import lint_project
from cvlint.app.run_options import RunOptions
from cvlint.engine.catalogue import Catalogue
from cvlint.engine.lint import lint_source
from cvlint.model.findings import Finding
from cvlint.parse import DocumentError, detect_format
from cvlint.parse.extract import DOCUMENT_SUFFIXES
from cvlint.parse.latex_project import has_inputs, inputs_files
from cvlint.parse.read_files import InputError, SourceFile, decode, read_bytes, read_file
from cvlint.report.file_report import FileReport
from cvlint.rule.outside import recording

if TYPE_CHECKING:
    from cvlint.app.cache import FindingsCache


class Runner(FileConfigs):
    """Lints files one by one with the configuration that applies to each."""

    def __init__(self, options: RunOptions, catalogue: Catalogue | None = None) -> None:
        super().__init__(options, catalogue)
        self._cache: FindingsCache | None = None
        if options.cache_dir is not None and not (options.fix or options.diff):
            from cvlint.app.cache import FindingsCache

            self._cache = FindingsCache(options.cache_dir)

    def cache_problem(self) -> str | None:
        """Why the findings cache cannot be used (one line), or None when it can or is off."""
        return self._cache.problem() if self._cache is not None else None

    def lint_bytes(self, display: str, path: Path, data: bytes) -> list[Finding]:
        """Findings for ``data`` as if it were the file at ``path`` (for an older version of it)."""
        source = decode(data)
        settings = self.settings_for(display, path)
        try:
            return lint_source(source.text, display, settings, source.encoding)[1]
        except DocumentError:
            return []

    def lint_file(self, display: str, path: Path) -> FileReport:
        """Read, lint and (as asked) fix one file on disk; use the cache when it has the answer."""
        started = time.perf_counter()
        report = self._lint_file(display, path)
        report.seconds = time.perf_counter() - started
        return report

    def _lint_file(self, display: str, path: Path) -> FileReport:
        if path.suffix.lower() in DOCUMENT_SUFFIXES:
            fixing = self.options.fix or self.options.diff
            return lint_document_file(display, path, self.settings_for(display, path), fixing)
        try:
            if self._cache is not None:
                data = read_bytes(path)
                if inputs_files(path, data):  # its findings stand in several files: the cache keeps one
                    return self._lint(display, path, decode(data), write=False)
                settings = self.settings_for(display, path)
                key = self._cache.key(data, display, settings, path)
                cached = self._cache.get(key, display, len(data))
                if cached is not None:
                    return FileReport(display, cached, text=decode(data).text)
                with recording() as probes:
                    report = self._lint(display, path, decode(data), write=False)
                if report.error is None:
                    self._cache.put(key, report.findings, probes)
                return report
            source = read_file(path)
        except InputError as error:
            return FileReport(display, error=str(error))
        return self._lint(display, path, source, write=True)

    def lint_stdin(self, display: str, data: bytes) -> FileReport:
        """Lint bytes from standard input; fixed text is returned, never written."""
        started = time.perf_counter()
        try:
            source = decode(data)
        except InputError as error:
            return FileReport(display, error=str(error))
        report = self._lint(display, Path(display if display != "-" else "stdin.md").absolute(), source, write=False)
        report.seconds = time.perf_counter() - started
        return report

    def _lint(self, display: str, path: Path, source: SourceFile, write: bool) -> FileReport:
        settings = self.settings_for(display, path)
        name = display if display != "-" else "stdin.md"
        linted = [source.text]

        def lint(text: str) -> list[Finding]:
            linted[0] = text
            return lint_source(text, name, settings, source.encoding)[1]

        def lint_all(text: str) -> list[Finding]:  # every finding, for fixing: the cap applies to what is shown
            linted[0] = text
            return lint_source(text, name, replace(settings, capped=False), source.encoding)[1]

        try:
            if display != "-" and has_inputs(source.text) and detect_format(name, source.text) == "latex":

                def lint_part(display: str, path: Path, source: SourceFile, lint: Lint) -> FileReport:
                    return lint_and_fix(display, path, source, write, self.options, self.write_policy, lint)

                return lint_project(display, path, source, lint, lint_part)
            report = lint_and_fix(display, path, source, write, self.options, self.write_policy, lint, lint_all)
        except DocumentError as error:
            return FileReport(display, error=str(error))
        # Every path through lint_and_fix lints last the text whose findings it reports.
        report.text = linted[0]
        return report
