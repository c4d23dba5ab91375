"""Linting editor buffers as ``cvlint check`` lints the files they come from (no LSP here).

The configuration is found as the command finds it (the nearest ``.cvlint.toml`` or ``pyproject.toml``
with a ``[tool.cvlint]`` table above the file), the format comes from the file name, and "fix all" is
the fix loop of ``cvlint check --fix``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from cvlint.app.run_options import RunOptions
from cvlint.app.runner import Runner
from cvlint.engine.catalogue import Catalogue, Rule
from cvlint.engine.config import ConfigError, forget_files
from cvlint.engine.fixes import fix_until_stable
from cvlint.engine.lint import lint_source
from cvlint.engine.rule_files import CatalogueError
from cvlint.model.findings import Finding
from cvlint.parse import DocumentError
from cvlint.parse.read_files import MAX_FILE_BYTES, InputError, read_file

LintFunction = Callable[[str], list[Finding]]


@dataclass(slots=True)
class Linted:
    """One lint of one buffer: its findings, or the one error that stopped the lint."""

    text: str
    findings: list[Finding] = field(default_factory=list)
    error: str | None = None
    lint: LintFunction | None = None
    """Lints another text of the same file with the same settings (for fixes)."""
    catalogue: Catalogue | None = None
    format: str = ""
    """The format the text was read as (``markdown``, ``text``, ``latex``, ``json``, ``yaml``)."""

    def rule(self, key: str) -> Rule | None:
        """The rule with this code or name, as the configuration that applies here knows it."""
        return self.catalogue.get(key) if self.catalogue else None


class Linter:
    """Lints buffers; ``reload`` forgets every configuration read so far."""

    def __init__(self) -> None:
        self._runner: Runner | None = None

    @property
    def runner(self) -> Runner:
        """The runner whose configurations are cached until the next ``reload``."""
        if self._runner is None:
            self._runner = Runner(RunOptions())
        return self._runner

    def reload(self) -> None:
        """Read configuration files and word lists afresh on the next lint."""
        forget_files()
        self._runner = None

    def lint(self, path: Path, text: str, encoding: str = "utf-8") -> Linted:
        """Lint ``text`` as the content of ``path`` (which need not exist), read from ``encoding``."""
        if len(text) > MAX_FILE_BYTES:
            return Linted(text, error=f"not linted: larger than {MAX_FILE_BYTES // 1048576} MiB")
        runner = self.runner
        try:
            config = runner.config_for(path)
            settings = runner.settings_for(str(path), path)
        except (ConfigError, CatalogueError) as error:
            return Linted(text, error=str(error))
        name = str(path)

        def lint(current: str) -> list[Finding]:
            return lint_source(current, name, settings, encoding)[1]

        catalogue = (config.catalogue if config else None) or runner.catalogue
        try:
            document, findings = lint_source(text, name, settings, encoding)
        except DocumentError as error:
            return Linted(text, error=str(error), catalogue=catalogue)
        except Exception as error:  # noqa: BLE001 - a bug in a rule must not stop the server
            return Linted(text, error=f"internal error: {type(error).__name__}: {error} (please report this)")
        return Linted(text, findings, lint=lint, catalogue=catalogue, format=document.format)


def fix_all(linted: Linted) -> str:
    """The text ``cvlint check --fix`` would write: safe fixes applied round after round until stable."""
    if linted.lint is None:
        return linted.text
    return fix_until_stable(linted.text, linted.lint).text


def encoding_on_disk(path: Path) -> str:
    """The encoding ``cvlint check`` would read ``path`` in (UTF-8 when it cannot be read)."""
    try:
        return read_file(path).encoding
    except (InputError, OSError):
        return "utf-8"
