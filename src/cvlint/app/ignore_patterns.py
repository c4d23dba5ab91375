"""Gitignore-style patterns: ``exclude`` and ``include`` patterns, ``.gitignore`` files and ``.git/info/exclude``.

Patterns are read with ``pathspec``; the deepest ``.gitignore`` with a pattern for a path decides, ``!``
negations included, as in git.
"""

from __future__ import annotations

import stat
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from cvlint.rule.repository import repository_root

if TYPE_CHECKING:
    import pathspec

_IGNORE_FILE_BYTES = 1 << 20
"""The most of an ignore file that is read."""


@cache
def _spec(lines: tuple[str, ...]) -> pathspec.GitIgnoreSpec:
    """The compiled patterns, built (and ``pathspec`` imported) only when a path is first asked about."""
    import pathspec

    return pathspec.GitIgnoreSpec.from_lines(list(lines), backend="simple")


@dataclass(frozen=True, slots=True)
class Patterns:
    """Gitignore-style patterns relative to the folder ``base``."""

    base: Path
    lines: tuple[str, ...]
    """The patterns as written, one a line (empty lines say nothing)."""
    anywhere: bool = True
    """Outside ``base``, match the name alone (``exclude`` patterns); a ``.gitignore`` says nothing there."""

    @classmethod
    def of(cls, base: Path, lines: Iterable[str], anywhere: bool = True) -> Patterns:
        """Patterns from ``lines`` (as in a ``.gitignore``) relative to ``base``."""
        return cls(base.absolute(), tuple(lines), anywhere)

    @property
    def spec(self) -> pathspec.GitIgnoreSpec:
        """The compiled patterns."""
        return _spec(self.lines)

    def verdict(self, path: Path, is_dir: bool) -> bool | None:
        """True when ignored, False when re-included by a ``!`` pattern, None when no pattern speaks."""
        try:
            relative = path.relative_to(self.base).as_posix()
        except ValueError:
            if not self.anywhere:
                return None
            relative = path.name
        if relative == ".":
            return None
        return self.spec.check_file(relative + "/" if is_dir else relative).include


def read_patterns(base: Path, file: Path) -> Patterns | None:
    """The patterns of an ignore file, or None when it is absent or not a regular file of sane size."""
    try:
        if not stat.S_ISREG(file.stat().st_mode):
            return None
        with open(file, "rb") as handle:
            text = handle.read(_IGNORE_FILE_BYTES).decode("utf-8", "replace")
    except OSError:
        return None
    return Patterns.of(base, text.splitlines(), anywhere=False)


def gitignore(folder: Path) -> Patterns | None:
    """The patterns of ``folder``'s ``.gitignore``, or None when it has none that can be read."""
    return read_patterns(folder, folder / ".gitignore")


def outer_gitignores(top: Path) -> list[Patterns]:
    """``.git/info/exclude`` and the ``.gitignore`` files from the repository root down to ``top``'s parent."""
    root = repository_root(top)
    if root is None:
        return []
    info = read_patterns(root, root / ".git" / "info" / "exclude")
    found = [info] if info is not None else []
    for folder in reversed(top.parents):
        if folder == root or root in folder.parents:
            ignore = gitignore(folder)
            if ignore is not None:
                found.append(ignore)
    return found


def ignored(path: Path, is_dir: bool, layers: Iterable[Patterns]) -> bool:
    """The deepest ``.gitignore`` with a pattern for ``path`` decides, as in git."""
    for layer in reversed(list(layers)):
        verdict = layer.verdict(path, is_dir)
        if verdict is not None:
            return verdict
    return False


def matches(path: Path, is_dir: bool, patterns: Iterable[Patterns]) -> bool:
    """True when a pattern of ``patterns`` names ``path`` (as ``exclude`` and ``include`` patterns do)."""
    return any(p.verdict(path, is_dir) for p in patterns)
