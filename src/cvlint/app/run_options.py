"""The choices of one run (``RunOptions``), from the command line or the API."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cvlint.model.document import DocumentKind


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
