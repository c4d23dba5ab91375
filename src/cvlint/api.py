"""The Python API: lint or fix text without touching the file system."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path
from typing import Any

from cvlint.engine.catalogue import load_catalogue
from cvlint.engine.config import parse_config
from cvlint.engine.fixes import fix_until_stable
from cvlint.engine.lint import Settings, capped, lint_source, resolve_settings
from cvlint.model.document import DocumentKind
from cvlint.model.findings import Finding


def _settings(config: dict[str, Any] | None, path: str, kind: DocumentKind | None, today: dt.date | None) -> Settings:
    catalogue = load_catalogue()
    parsed = parse_config(config, None, catalogue) if config else None
    # ``path`` only names the text: per-file-ignores match the name as given, and nothing beside it is read.
    ignore = tuple(parsed.ignored_for_name(Path(path).as_posix())) if parsed else ()
    settings = resolve_settings(parsed, ignore=ignore, kind=kind, today=today, catalogue=catalogue)
    return replace(settings, files_beside=False)


def lint_text(
    text: str,
    path: str = "resume.md",
    config: dict[str, Any] | None = None,
    *,
    kind: DocumentKind | None = None,
    today: dt.date | None = None,
) -> list[Finding]:
    """Findings for ``text``; ``path`` picks the format, ``config`` is a ``[tool.cvlint]``-style dict."""
    return lint_source(text, path, _settings(config, path, kind, today))[1]


def fix_text(
    text: str,
    path: str = "resume.md",
    config: dict[str, Any] | None = None,
    *,
    unsafe: bool = False,
    kind: DocumentKind | None = None,
    today: dt.date | None = None,
) -> tuple[str, list[Finding]]:
    """``text`` with fixes applied until stable, and the findings that remain."""
    settings = _settings(config, path, kind, today)
    every = replace(settings, capped=False)  # fixing sees every finding; the cap applies to those left
    result = fix_until_stable(text, lambda current: lint_source(current, path, every)[1], unsafe)
    return result.text, capped(result.remaining)
