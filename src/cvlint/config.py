"""Configuration: ``.cvlint.toml`` or ``[tool.cvlint]`` in ``pyproject.toml``; the nearest one wins.

Config files are data only. Every key and every rule option is checked; an unknown one is an error
that names the file and the key, because a misspelt option silently ignored is worse than none.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass, field
from fnmatch import fnmatch
from functools import cache
from pathlib import Path
from typing import Any

from cvlint.catalogue import Catalogue, CatalogueError
from cvlint.findings import SEVERITIES

CONFIG_NAMES = (".cvlint.toml", "pyproject.toml")
_KEYS = frozenset(
    {
        "select",
        "ignore",
        "per-file-ignores",
        "today",
        "kind",
        "rules",
        "words",
        "rule-dirs",
        "fix-symlinks",
        "fix-read-only",
    }
)
WORDS_FILE = ".cvlint-words.txt"


class ConfigError(Exception):
    """A configuration that cannot be used; the message names the file and the problem."""


@dataclass(frozen=True, slots=True)
class RuleSettings:
    """A user's settings for one rule."""

    severity: str | None = None
    options: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Config:
    """One configuration file's settings."""

    path: Path | None = None
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    today: dt.date | None = None
    kind: str | None = None
    rules: dict[str, RuleSettings] = field(default_factory=dict)
    words: tuple[str, ...] = ()
    """Words the spelling rule accepts, from ``words = [...]``."""
    catalogue: Catalogue | None = None
    """The built-in rules plus those of ``rule-dirs``, when the file names any."""
    fix_symlinks: str = "follow"
    """``follow``: ``--fix`` writes a symbolic link's target (inside the repository); ``refuse``: it leaves links."""
    fix_read_only: bool = False
    """Whether ``--fix`` may rewrite a file that has no write permission."""

    @property
    def root(self) -> Path:
        """The folder that per-file-ignores patterns are relative to."""
        return self.path.parent if self.path else Path.cwd()

    def ignored_for(self, file: str) -> list[str]:
        """Selectors that per-file-ignores turn off for ``file``."""
        path = Path(file)
        try:
            relative = path.resolve().relative_to(self.root.resolve()).as_posix()
        except (ValueError, OSError):
            relative = path.as_posix()
        found: list[str] = []
        for pattern, selectors in self.per_file_ignores:
            if (
                fnmatch(relative, pattern)
                or ("/" not in pattern and fnmatch(path.name, pattern))
                or (pattern.startswith("**/") and fnmatch(relative, pattern[3:]))  # also at the top, as in git
            ):
                found.extend(selectors)
        return found


def _strings(value: Any, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ConfigError(f"{where} must be a list of strings")
    return tuple(value)


def parse_config(data: dict[str, Any], path: Path | None, catalogue: Catalogue) -> Config:
    """Check and convert the ``[tool.cvlint]`` table (or a ``.cvlint.toml``'s top level)."""
    where = str(path) if path else "configuration"
    unknown = set(data) - _KEYS
    if unknown:
        raise ConfigError(f"{where}: unknown key '{sorted(unknown)[0]}' (known: {', '.join(sorted(_KEYS))})")
    extended = None
    if "rule-dirs" in data:
        from cvlint.custom_rules import load_rule_dirs

        base = path.parent if path else Path.cwd()
        folders = [base / folder for folder in _strings(data["rule-dirs"], f"{where}: rule-dirs")]
        try:
            extended = catalogue = catalogue.extended(load_rule_dirs(folders))
        except CatalogueError as error:
            raise ConfigError(f"{where}: rule-dirs: {error}") from error
    select = _strings(data["select"], f"{where}: select") if "select" in data else None
    ignore = _strings(data.get("ignore", []), f"{where}: ignore")
    try:
        for selector in (*(select or ()), *ignore):
            if not catalogue.matching(selector):
                raise ConfigError(f"{where}: unknown rule '{selector}' (see 'cvlint rules')")
    except CatalogueError as error:
        raise ConfigError(f"{where}: {error}") from error
    per_file: list[tuple[str, tuple[str, ...]]] = []
    table = data.get("per-file-ignores", {})
    if not isinstance(table, dict):
        raise ConfigError(f"{where}: per-file-ignores must be a table of pattern = [rules]")
    for pattern, selectors in table.items():
        names = _strings(selectors, f"{where}: per-file-ignores.{pattern}")
        for selector in names:
            if not catalogue.matching(selector):
                raise ConfigError(f"{where}: per-file-ignores.{pattern}: unknown rule '{selector}'")
        per_file.append((pattern, names))
    today = data.get("today")
    if today is not None:
        if isinstance(today, str):
            try:
                today = dt.date.fromisoformat(today)
            except ValueError as error:
                raise ConfigError(f"{where}: today must be a date such as 2026-01-31") from error
        if not isinstance(today, dt.date) or isinstance(today, dt.datetime):
            raise ConfigError(f"{where}: today must be a date such as 2026-01-31")
    kind = data.get("kind")
    if kind is not None and kind not in ("resume", "cover-letter"):
        raise ConfigError(f"{where}: kind must be 'resume' or 'cover-letter'")
    rules: dict[str, RuleSettings] = {}
    rule_tables = data.get("rules", {})
    if not isinstance(rule_tables, dict):
        raise ConfigError(f"{where}: rules must be a table of rule tables")
    for key, settings in rule_tables.items():
        rule = catalogue.get(key)
        if rule is None:
            raise ConfigError(f"{where}: rules.{key}: unknown rule (see 'cvlint rules')")
        if not isinstance(settings, dict):
            raise ConfigError(f"{where}: rules.{key} must be a table")
        severity = settings.get("severity")
        if severity is not None and severity not in SEVERITIES:
            raise ConfigError(f"{where}: rules.{key}.severity must be one of {', '.join(SEVERITIES)}")
        options: dict[str, Any] = {}
        for option, value in settings.items():
            if option == "severity":
                continue
            spec = rule.options.get(option)
            if spec is None:
                known = ", ".join(sorted(rule.options)) or "none"
                raise ConfigError(f"{where}: rules.{key}: unknown option '{option}' (options: {known})")
            try:
                options[option] = spec.validate(value)
            except ValueError as error:
                raise ConfigError(f"{where}: rules.{key}: {error}") from error
        rules[rule.name] = RuleSettings(severity, options)
    words = _strings(data.get("words", []), f"{where}: words")
    fix_symlinks = data.get("fix-symlinks", "follow")
    if fix_symlinks not in ("follow", "refuse"):
        raise ConfigError(f"{where}: fix-symlinks must be 'follow' or 'refuse'")
    fix_read_only = data.get("fix-read-only", False)
    if not isinstance(fix_read_only, bool):
        raise ConfigError(f"{where}: fix-read-only must be true or false")
    return Config(
        path, select, ignore, tuple(per_file), today, kind, rules, words, extended, fix_symlinks, fix_read_only
    )


def _read_table(path: Path) -> dict[str, Any] | None:
    try:
        with open(path, "rb") as handle:
            data = tomllib.load(handle)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: not valid TOML: {error}") from error
    except OSError as error:
        raise ConfigError(f"{path}: cannot read: {error.strerror or error}") from error
    except UnicodeDecodeError as error:
        raise ConfigError(f"{path}: not valid TOML: not UTF-8 text (byte {error.start + 1})") from error
    if path.name == "pyproject.toml":
        table = data.get("tool", {}).get("cvlint")
        return table if isinstance(table, dict) else None
    return data


def load_config(path: Path, catalogue: Catalogue) -> Config:
    """Load the configuration file at ``path`` (a ``.cvlint.toml`` or a ``pyproject.toml``)."""
    table = _read_table(path)
    if table is None:
        raise ConfigError(f"{path}: has no [tool.cvlint] table")
    return parse_config(table, path, catalogue)


@cache
def _config_in(directory: Path) -> Path | None:
    for name in CONFIG_NAMES:
        candidate = directory / name
        if candidate.is_file() and _read_table(candidate) is not None:
            return candidate
    return None


def find_config_file(start: Path) -> Path | None:
    """The nearest configuration file at or above ``start`` (a folder)."""
    directory = start.resolve()
    for folder in (directory, *directory.parents):
        found = _config_in(folder)
        if found is not None:
            return found
    return None


@cache
def words_file(folder: Path) -> frozenset[str]:
    """The words of ``folder/.cvlint-words.txt`` (one a line, ``#`` comments), or none."""
    try:
        text = (folder / WORDS_FILE).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return frozenset()
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def forget_files() -> None:
    """Read configuration files and word lists afresh from now on (for a long-running process)."""
    _config_in.cache_clear()
    words_file.cache_clear()
