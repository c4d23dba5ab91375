"""Reading the rule catalogue's TOML files: their text, their tables, and the error a rule file that does
not describe a rule correctly gives."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from cvlint import toml_store
from cvlint.parse.read_files import InputError, read_data_file


class CatalogueError(Exception):
    """A rule file that does not describe a rule correctly."""


def toml_table(text: str, where: object, stored: str | None = None) -> dict[str, Any]:
    """The table of ``text``; ``stored`` names a bundled file, whose table may come from the store."""
    try:
        if stored is not None:
            return toml_store.parsed(stored, text)
        import tomllib

        return tomllib.loads(text)
    except ValueError as error:  # tomllib.TOMLDecodeError, imported only by a run that parses TOML
        raise CatalogueError(f"{where}: {error}") from error
    except RecursionError as error:
        raise CatalogueError(f"{where}: not valid TOML: arrays or tables nested too deeply") from error


def read_text(path: Path) -> str:
    try:
        return read_data_file(path)
    except OSError as error:
        raise CatalogueError(f"{path}: cannot read: {error.strerror or error}") from error
    except InputError as error:
        raise CatalogueError(f"{path}: {error}") from error


def read_rule_file(path: Path) -> dict[str, Any]:
    """The TOML table of a rule file; ``CatalogueError`` when it cannot be read or parsed."""
    return toml_table(read_text(path), path)
