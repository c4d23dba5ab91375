"""The repository a file belongs to: the nearest folder above it that holds ``.git``."""

from __future__ import annotations

from pathlib import Path


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
