"""``cvlint check --show-settings``: the settings one file is linted with, written as TOML."""

from __future__ import annotations

import json
from typing import Any

from cvlint.app.discovery import DiscoveryOptions
from cvlint.engine.config import Config
from cvlint.engine.lint import Settings


def _value(value: Any) -> str:
    """``value`` as TOML: strings and lists as JSON (the same syntax for these), booleans lower-case."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, (list, tuple, frozenset, set)):
        return "[" + ", ".join(_value(item) for item in value) + "]"
    return json.dumps(str(value), ensure_ascii=False)


def render_settings(display: str, config: Config | None, settings: Settings, walk: DiscoveryOptions) -> str:
    """The resolved settings of ``display``: configuration file, date, walk patterns, then every active rule."""
    lines = [
        f"# Settings for {display}",
        f"config-file = {_value(str(config.path)) if config and config.path else _value('none')}",
        f"today = {settings.today.isoformat()}",
        f"kind = {_value(settings.kind or 'from each document')}",
        f"words = {_value(sorted(settings.words))}",
        f"respect-gitignore = {_value(walk.respect_gitignore)}",
        f"exclude = {_value([p for patterns in walk.exclude for p in _lines(patterns)])}",
        f"include = {_value([p for patterns in walk.include for p in _lines(patterns)])}",
    ]
    for active in settings.rules:
        lines += ["", f"[rules.{active.rule.name}]", f"code = {_value(active.rule.code)}"]
        lines.append(f"severity = {_value(active.severity)}")
        lines.extend(f"{name} = {_value(value)}" for name, value in sorted(active.options.items()))
    return "\n".join(lines) + "\n"


def _lines(patterns: Any) -> list[str]:
    return [str(pattern.pattern) for pattern in patterns.spec.patterns if getattr(pattern, "pattern", None)]
