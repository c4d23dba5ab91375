"""Paths as CI tools want them: relative to the working directory, with forward slashes."""

from __future__ import annotations

import os
from pathlib import Path


def relative(path: str) -> str:
    """``path`` relative to the current directory when it lies below it, else as given."""
    if path == "-":
        return path
    absolute = Path(path).absolute()
    try:
        return absolute.relative_to(Path.cwd()).as_posix()
    except ValueError:
        return Path(os.path.normpath(path)).as_posix()
