"""What a renderer may need to know about the run besides its reports."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cvlint.engine.lint import ActiveRule
    from cvlint.report.baseline import BaselineEntry


@dataclass(frozen=True, slots=True)
class View:
    """How to show the results."""

    color: bool = False
    quiet: bool = False
    unsafe_fixes: bool = False
    gone: tuple[BaselineEntry, ...] = ()
    """Baseline entries that no longer occur (shown with ``--strict-baseline``)."""
    since: str | None = None
    """The revision new findings are counted against."""
    show_fixes: bool = False
    """List what ``--fix`` changed, file by file (the text formats)."""
    rules: tuple[ActiveRule, ...] | None = None
    """The rules that ran, with their effective severity (None: every built-in rule at its default)."""
    fail_on: str = "warning"
    """The least severity that fails the run."""
