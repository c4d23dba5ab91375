"""Paths as CI tools want them, with forward slashes: relative to the working directory, or to the repository root."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path


def relative(path: str) -> str:
    """``path`` relative to the current directory when it lies below it, else as given."""
    return _below(path, Path.cwd())


def repository_root() -> Path:
    """The nearest folder at or above the working directory holding ``.git`` (a folder, or a worktree's
    file); the working directory itself outside a repository."""
    return _root_above(Path.cwd())


@cache
def _root_above(here: Path) -> Path:
    for folder in (here, *here.parents):
        if (folder / ".git").exists():
            return folder
    return here


def from_root(path: str) -> str:
    """``path`` relative to the repository root when it lies below it, else as given."""
    return _below(path, repository_root())


def under_root(path: str) -> str | None:
    """``path`` relative to the repository root, or None when it lies outside it."""
    return _inside(path, repository_root())


def _inside(path: str, folder: Path) -> str | None:
    try:
        return Path(os.path.normpath(Path(path).absolute())).relative_to(folder).as_posix()
    except ValueError:
        return None


def _below(path: str, folder: Path) -> str:
    if path == "-":
        return path
    inside = _inside(path, folder)
    return inside if inside is not None else Path(os.path.normpath(path)).as_posix()
