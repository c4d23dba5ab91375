"""Configuration: ``.cvlint.toml`` or ``[tool.cvlint]`` in ``pyproject.toml``; the nearest one wins.

Config files are data only. Every key and every rule option is checked; an unknown one is an error
that names the file and the key, because a misspelt option silently ignored is worse than none.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from fnmatch import fnmatch
from functools import cache
from pathlib import Path
from typing import Any

from cvlint.engine.catalogue import Catalogue
from cvlint.engine.rule_files import CatalogueError
from cvlint.model.findings import SEVERITIES
from cvlint.parse.read_files import InputError, read_data_file
from cvlint.rule.repository import boundary, path_inside
from cvlint.text.suggest import did_you_mean

CONFIG_NAMES = (".cvlint.toml", "pyproject.toml")
_KEYS = frozenset(
    {
        "select",
        "extend-select",
        "ignore",
        "per-file-ignores",
        "today",
        "kind",
        "rules",
        "words",
        "rule-dirs",
        "fix-symlinks",
        "fix-read-only",
        "exclude",
        "extend-exclude",
        "include",
        "respect-gitignore",
        "extend",
    }
)
_MAX_EXTEND_DEPTH = 16
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
    extend_select: tuple[str, ...] = ()
    exclude: tuple[str, ...] | None = None
    """Patterns a folder walk skips instead of the default ones; ``extend_exclude`` adds to either."""
    extend_exclude: tuple[str, ...] = ()
    include: tuple[str, ...] = ()
    """Patterns of files a folder walk lints even when they do not look like résumés."""
    respect_gitignore: bool = True

    @property
    def root(self) -> Path:
        """The folder that per-file-ignores patterns are relative to."""
        return self.path.parent if self.path else Path.cwd()

    def ignored_for(self, file: str) -> list[str]:
        """Selectors that per-file-ignores turn off for ``file`` (a file on disk, relative to ``root``)."""
        if not self.per_file_ignores:
            return []  # no pattern to match: no path to resolve
        path = Path(file)
        try:
            relative = path.resolve().relative_to(self.root.resolve()).as_posix()
        except (ValueError, OSError):
            relative = path.as_posix()
        return self.ignored_for_name(relative)

    def ignored_for_name(self, relative: str) -> list[str]:
        """Selectors that per-file-ignores turn off for a file named ``relative`` (no file is looked at)."""
        path = Path(relative)
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
        key = sorted(unknown)[0]
        hint = did_you_mean(key, _KEYS) or f" (known: {', '.join(sorted(_KEYS))})"
        raise ConfigError(f"{where}: unknown key '{key}'{hint}")
    extended = None
    if "rule-dirs" in data:
        from cvlint.engine.custom_rules import load_rule_dirs

        base = (path.parent if path else Path.cwd()).resolve()
        root = boundary(base).resolve()
        folders = []
        for folder in _strings(data["rule-dirs"], f"{where}: rule-dirs"):
            inside = path_inside(root, base, folder)
            if inside is None:
                raise ConfigError(f"{where}: rule-dirs: '{folder}' is outside {root}, the repository it configures")
            folders.append(inside)
        try:
            extended = catalogue = catalogue.extended(load_rule_dirs(folders, root))
        except CatalogueError as error:
            raise ConfigError(f"{where}: rule-dirs: {error}") from error
    select = _strings(data["select"], f"{where}: select") if "select" in data else None
    extend_select = _strings(data.get("extend-select", []), f"{where}: extend-select")
    ignore = _strings(data.get("ignore", []), f"{where}: ignore")
    try:
        for selector in (*(select or ()), *extend_select, *ignore):
            if not catalogue.matching(selector):
                raise ConfigError(f"{where}: {catalogue.unknown_message(selector)}")
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
                raise ConfigError(f"{where}: per-file-ignores.{pattern}: {catalogue.unknown_message(selector)}")
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
            raise ConfigError(f"{where}: rules.{key}: {catalogue.unknown_message(key)}")
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
                hint = did_you_mean(option, rule.options) or f" (options: {known})"
                raise ConfigError(f"{where}: rules.{key}: unknown option '{option}'{hint}")
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
    exclude = _strings(data["exclude"], f"{where}: exclude") if "exclude" in data else None
    respect_gitignore = data.get("respect-gitignore", True)
    if not isinstance(respect_gitignore, bool):
        raise ConfigError(f"{where}: respect-gitignore must be true or false")
    return Config(
        path,
        select,
        ignore,
        tuple(per_file),
        today,
        kind,
        rules,
        words,
        extended,
        fix_symlinks,
        fix_read_only,
        extend_select=extend_select,
        exclude=exclude,
        extend_exclude=_strings(data.get("extend-exclude", []), f"{where}: extend-exclude"),
        include=_strings(data.get("include", []), f"{where}: include"),
        respect_gitignore=respect_gitignore,
    )


def _read_table(path: Path) -> dict[str, Any] | None:
    import tomllib  # only a run that reads a configuration file parses TOML

    try:
        data = tomllib.loads(read_data_file(path))
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: not valid TOML: {error}") from error
    except RecursionError as error:
        raise ConfigError(f"{path}: not valid TOML: arrays or tables nested too deeply") from error
    except OSError as error:
        raise ConfigError(f"{path}: cannot read: {error.strerror or error}") from error
    except InputError as error:
        kind = "not valid TOML: " if str(error).startswith("not UTF-8") else ""
        raise ConfigError(f"{path}: {kind}{error}") from error
    if path.name == "pyproject.toml":
        table = data.get("tool", {}).get("cvlint")
        return table if isinstance(table, dict) else None
    return data


def merge_tables(base: dict[str, Any], top: dict[str, Any]) -> dict[str, Any]:
    """``top`` over ``base``: each key replaces the base's, except ``rules`` (merged per rule and option)
    and ``per-file-ignores`` (merged per pattern)."""
    merged = dict(base)
    for key, value in top.items():
        below = merged.get(key)
        if key == "rules" and isinstance(below, dict) and isinstance(value, dict):
            rules = dict(below)
            for name, table in value.items():
                old = rules.get(name)
                rules[name] = {**old, **table} if isinstance(old, dict) and isinstance(table, dict) else table
            merged[key] = rules
        elif key == "per-file-ignores" and isinstance(below, dict) and isinstance(value, dict):
            merged[key] = {**below, **value}
        else:
            merged[key] = value
    return merged


def _extended_table(path: Path, chain: tuple[Path, ...] = ()) -> dict[str, Any]:
    """The table of ``path`` on top of the file its ``extend`` names (and so on), paths made absolute."""
    table = _read_table(path)
    if table is None:
        raise ConfigError(f"{path}: has no [tool.cvlint] table")
    if "rule-dirs" in table:
        dirs = _strings(table["rule-dirs"], f"{path}: rule-dirs")
        table = {**table, "rule-dirs": [str(path.parent / folder) for folder in dirs]}
    if "extend" not in table:
        return table
    target = table.pop("extend")
    if not isinstance(target, str):
        raise ConfigError(f"{path}: extend must be the path of another configuration file")
    base = (path.parent / Path(target).expanduser()).resolve()
    if base in chain or len(chain) >= _MAX_EXTEND_DEPTH:
        raise ConfigError(f"{path}: extend: '{target}' extends itself (through {', '.join(map(str, chain))})")
    if not base.is_file():
        raise ConfigError(f"{path}: extend: no such file '{target}'")
    return merge_tables(_extended_table(base, (*chain, path.resolve())), table)


def load_config(path: Path, catalogue: Catalogue, overrides: tuple[dict[str, Any], ...] = ()) -> Config:
    """Load the configuration file at ``path`` (a ``.cvlint.toml`` or a ``pyproject.toml``), with the file
    its ``extend`` names beneath it and ``overrides`` (``--config KEY=VALUE``) on top."""
    table = _extended_table(path)
    for override in overrides:
        table = merge_tables(table, override)
    return parse_config(table, path, catalogue)


def overridden_config(overrides: tuple[dict[str, Any], ...], catalogue: Catalogue) -> Config:
    """The configuration made of ``--config KEY=VALUE`` settings alone (where no file applies)."""
    table: dict[str, Any] = {}
    for override in overrides:
        table = merge_tables(table, override)
    return parse_config(table, None, catalogue)


def parse_override(text: str) -> dict[str, Any]:
    """The table of one ``--config KEY=VALUE`` (TOML: ``select = ["CV1"]``, ``rules.long-bullet.max-words = 50``)."""
    import tomllib

    try:
        table = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(
            f"--config '{text}' is neither a file nor a TOML setting such as 'select = [\"CV1\"]': {error}"
        ) from error
    if not table:
        raise ConfigError(f"--config '{text}' sets nothing")
    return table


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
    """The words of ``folder/.cvlint-words.txt`` (one a line, ``#`` comments), or none.

    ``ConfigError`` when the file is there but cannot be used (not a regular file, too large, not UTF-8).
    """
    path = folder / WORDS_FILE
    try:
        text = read_data_file(path)
    except (FileNotFoundError, NotADirectoryError):
        return frozenset()
    except OSError as error:
        raise ConfigError(f"{path}: cannot read: {error.strerror or error}") from error
    except InputError as error:
        raise ConfigError(f"{path}: {error}") from error
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def forget_files() -> None:
    """Read configuration files and word lists afresh from now on (for a long-running process)."""
    _config_in.cache_clear()
    words_file.cache_clear()
