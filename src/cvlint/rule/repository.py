"""The repository a file belongs to (the nearest folder above it that holds ``.git``), and paths that stay inside it.

cvlint runs on other people's files (a pull request in CI): a link or a ``rule-dirs`` entry written as
``../../../root/.ssh`` must not make it look outside the project, not even to say whether a file exists.
"""

from __future__ import annotations

import os
from pathlib import Path

_MAX_LINKS = 40
"""Symbolic links followed in one path before it is given up, as the operating system does."""


def repository_root(path: Path) -> Path | None:
    """The nearest folder at or above ``path``'s folder holding ``.git`` (a folder or a worktree's file)."""
    start = path.absolute()
    folder = start if start.is_dir() else start.parent
    for candidate in (folder, *folder.parents):
        if (candidate / ".git").exists():
            return candidate
    return None


def boundary(path: Path) -> Path:
    """The folder that files ``path`` may reach stay inside: its repository, else its own folder."""
    root = repository_root(path)
    if root is not None:
        return root
    start = path.absolute()
    return start if start.is_dir() else start.parent


def inside(path: Path, folder: Path) -> bool:
    """Whether ``path``, with every link resolved, lies in ``folder`` (also resolved)."""
    try:
        path.resolve().relative_to(folder.resolve())
    except (ValueError, OSError, RuntimeError):
        return False
    return True


def path_inside(root: Path, start: Path, written: str) -> Path | None:
    """``start / written`` with its symbolic links followed, or None when it leaves ``root``.

    ``root`` and ``start`` are resolved folders, ``start`` inside ``root``. Each step is checked before
    the file system is asked about it, so nothing outside ``root`` is ever looked at.
    """
    joined = Path(os.path.normpath(start / written))
    links = 0
    while True:
        if not joined.is_relative_to(root):
            return None
        current = root
        for part in joined.relative_to(root).parts:
            current = current / part
            try:
                link = os.readlink(current) if current.is_symlink() else None
            except (OSError, ValueError):
                return joined  # a name too long, a NUL byte, a folder that cannot be read: nothing to find there
            if link is not None:
                links += 1
                if links > _MAX_LINKS:
                    return None
                rest = joined.relative_to(current)
                joined = Path(os.path.normpath(current.parent / link / rest))
                break
        else:
            return current
