"""Linting files: find them, read them, pick their configuration, lint, fix, and write back."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cvlint.engine.catalogue import Catalogue, CatalogueError, load_catalogue
from cvlint.engine.config import Config, ConfigError, find_config_file, load_config, overridden_config, words_file
from cvlint.engine.fixes import fix_until_stable
from cvlint.engine.lint import Settings, capped, lint_source, resolve_settings
from cvlint.model.document import DocumentKind
from cvlint.model.findings import Finding, Position
from cvlint.parse import DocumentError, detect_format
from cvlint.parse.extract import DOCUMENT_SUFFIXES
from cvlint.parse.latex_project import LatexProject, has_inputs, input_parts, inputs_files
from cvlint.parse.read_files import InputError, SourceFile, decode, read_bytes, read_file
from cvlint.report.file_report import FileReport
from cvlint.rule.outside import recording

if TYPE_CHECKING:
    from cvlint.app.atomic_write import WritePolicy
    from cvlint.app.cache import FindingsCache


@dataclass(frozen=True, slots=True)
class RunOptions:
    """Choices for one run, from the command line or the API."""

    fix: bool = False
    unsafe_fixes: bool = False
    diff: bool = False
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    config_path: Path | None = None
    kind: DocumentKind | None = None
    today: dt.date | None = None
    cache_dir: Path | None = None
    """Where to keep the findings cache; None turns it off."""
    extend_select: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    """``--exclude`` patterns: they replace the configured and default ones (``--extend-exclude`` adds)."""
    extend_exclude: tuple[str, ...] = ()
    include: tuple[str, ...] = ()
    force_exclude: bool = False
    config_overrides: tuple[dict[str, Any], ...] = ()
    """``--config KEY=VALUE`` settings, applied over whichever configuration a file gets."""


class Runner:
    """Lints files one by one with the configuration that applies to each."""

    def __init__(self, options: RunOptions, catalogue: Catalogue | None = None) -> None:
        self.options = options
        self.catalogue = catalogue or load_catalogue()
        self._explicit: Config | None = None
        if options.config_path is not None:
            self._explicit = load_config(options.config_path, self.catalogue, options.config_overrides)
        self._overridden: Config | None = None
        """The configuration of files no configuration file applies to: the ``--config`` overrides alone."""
        if options.config_overrides:
            self._overridden = overridden_config(options.config_overrides, self.catalogue)
        self._configs: dict[Path, Config | None] = {}
        self._cache: FindingsCache | None = None
        if options.cache_dir is not None and not (options.fix or options.diff):
            from cvlint.app.cache import FindingsCache

            self._cache = FindingsCache(options.cache_dir)

    def cache_problem(self) -> str | None:
        """Why the findings cache cannot be used (one line), or None when it can or is off."""
        return self._cache.problem() if self._cache is not None else None

    def config_for(self, path: Path) -> Config | None:
        """The explicit configuration, else the nearest one above ``path``'s folder."""
        if self._explicit is not None:
            return self._explicit
        folder = path.parent if path.name else path
        found = find_config_file(folder if str(folder) else Path("."))
        if found is None:
            return self._overridden
        if found not in self._configs:
            self._configs[found] = load_config(found, self.catalogue, self.options.config_overrides)
        return self._configs[found]

    def write_policy(self, path: Path) -> WritePolicy:
        """What ``--fix`` may write through for ``path``, from its configuration."""
        from cvlint.app.atomic_write import WritePolicy  # only a run that writes files needs it

        config = self.config_for(path)
        if config is None:
            return WritePolicy()
        return WritePolicy(config.fix_symlinks == "follow", config.fix_read_only)

    def settings_for(self, display: str, path: Path) -> Settings:
        """Settings for one file; ``ConfigError`` when a selected rule is not known where it lives."""
        options = self.options
        config = self.config_for(path)
        words = words_file(path.absolute().parent)  # read here: the engine reads no file
        if config is not None and config.path is not None:
            words |= words_file(config.path.parent)
        try:
            return resolve_settings(
                config,
                path=str(path),
                select=options.select,
                extend_select=options.extend_select,
                ignore=options.ignore,
                today=options.today,
                kind=options.kind,
                catalogue=self.catalogue,
                words=words,
            )
        except CatalogueError as error:
            where = f"the configuration {config.path}" if config and config.path else "no configuration"
            raise ConfigError(
                f"{display}: {error}: {where} applies to it, and names no rule-dirs defining it"
            ) from error

    def lint_bytes(self, display: str, path: Path, data: bytes) -> list[Finding]:
        """Findings for ``data`` as if it were the file at ``path`` (for an older version of it)."""
        source = decode(data)
        settings = self.settings_for(display, path)
        try:
            return lint_source(source.text, display, settings, source.encoding)[1]
        except DocumentError:
            return []

    def lint_document_file(self, display: str, path: Path) -> FileReport:
        """Lint the text of a DOCX or PDF (read-only): positions are paragraphs, or pages and lines."""
        from cvlint.parse.extract import extract

        try:
            extracted = extract(path)
        except InputError as error:
            return FileReport(display, error=str(error))
        settings = self.settings_for(display, path)
        findings = []
        for finding in lint_source(extracted.text, display, settings, origin=extracted.format)[1]:
            first, second, column = extracted.place(finding.start)
            _, _, end_column = extracted.place(finding.end)
            if extracted.format == "pdf":
                finding = replace(
                    finding,
                    message=f"page {first}: {finding.message}",
                    begin=Position(second, column),
                    finish=Position(second, end_column),
                )
            else:
                finding = replace(finding, begin=Position(first, column), finish=Position(first, end_column))
            findings.append(replace(finding, fix=None, edit_positions=()))
        report = FileReport(display, findings, text=extracted.text)
        if self.options.fix or self.options.diff:
            kind = extracted.format.upper()
            report.notice = f"{kind} files are read, never rewritten: make these changes in your editor"
        return report

    def lint_file(self, display: str, path: Path) -> FileReport:
        """Read, lint and (as asked) fix one file on disk; use the cache when it has the answer."""
        started = time.perf_counter()
        report = self._lint_file(display, path)
        report.seconds = time.perf_counter() - started
        return report

    def _lint_file(self, display: str, path: Path) -> FileReport:
        if path.suffix.lower() in DOCUMENT_SUFFIXES:
            return self.lint_document_file(display, path)
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
                return self._lint_project(display, path, source, write, lint)
            report = self._lint_with(display, path, source, write, lint, lint_all)
        except DocumentError as error:
            return FileReport(display, error=str(error))
        # Every path through _lint_with lints last the text whose findings it reports.
        report.text = linted[0]
        return report

    def _lint_project(
        self, display: str, path: Path, source: SourceFile, write: bool, lint: Callable[[str], list[Finding]]
    ) -> FileReport:
        """Lint a LaTeX file with the files it inputs: each file's findings are reported, and fixed, in it."""
        project = LatexProject(input_parts(path, display, source), lint)
        reports = [
            self._lint_with(part.display, part.path, part.source, write, project.lint_for(number))
            for number, part in enumerate(project.parts)
        ]
        main = reports[0]
        main.text = project.text(0)  # the main file's: findings of the other files name their own path
        main.findings = [finding for report in reports for finding in report.findings]
        main.fixed = sum(report.fixed for report in reports)
        main.fixes = tuple(fix for report in reports for fix in report.fixes)
        main.diff = "".join(report.diff for report in reports)
        main.error = main.error or next((f"{r.path}: {r.error}" for r in reports[1:] if r.error), None)
        return main

    def _lint_with(
        self,
        display: str,
        path: Path,
        source: SourceFile,
        write: bool,
        lint: Callable[[str], list[Finding]],
        lint_all: Callable[[str], list[Finding]] | None = None,
    ) -> FileReport:
        """Lint, and fix as asked; ``lint_all`` (else ``lint``) lints uncapped while fixing."""
        options = self.options
        if not (options.fix or options.diff):
            return FileReport(display, lint(source.text))
        result = fix_until_stable(source.text, lint_all or lint, options.unsafe_fixes)
        report = FileReport(display, capped(result.remaining), fixed=result.applied, fixes=result.fixes)
        if result.unconverged:
            report.notice = "; ".join(f"rule {name} did not converge; left as it was" for name in result.unconverged)
        if not result.applied:
            if not write and options.fix:
                report.output = source.encode(source.text)
            return report
        if not source.lossless:
            return FileReport(
                display,
                lint(source.text),
                error="not fixed: its bytes do not survive decoding and encoding again unchanged",
            )
        try:
            data = source.encode(result.text)
        except UnicodeEncodeError:
            return FileReport(
                display, lint(source.text), error=f"not fixed: the fixed text cannot be written in {source.encoding}"
            )
        if options.diff:
            from cvlint.app.unified_diff import unified_diff

            report.diff = unified_diff(source.text, result.text, display)
            report.findings = lint(source.text)
            report.fixed, report.fixes = 0, ()
        elif write:
            from cvlint.app.atomic_write import NotWritten, write_fixed

            try:
                write_fixed(path, data, source.encode(source.text), self.write_policy(path))
            except NotWritten as error:
                return FileReport(display, lint(source.text), error=str(error))
            except OSError as error:
                return FileReport(display, lint(source.text), error=f"cannot write fixes: {error.strerror or error}")
        else:
            report.output = data
        return report
