"""Findings and the fixes they carry (after ruff: edits grouped into a fix, marked safe or unsafe)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Severity = Literal["error", "warning", "info"]
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")
SEVERITY_RANK: dict[str, int] = {"info": 0, "warning": 1, "error": 2}
Applicability = Literal["safe", "unsafe"]


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace source characters ``[start, end)`` with ``replacement``."""

    start: int
    end: int
    replacement: str


@dataclass(frozen=True, slots=True)
class Fix:
    """Edits that together repair one finding; applied all or none."""

    applicability: Applicability
    edits: tuple[Edit, ...]

    @classmethod
    def replace(cls, start: int, end: int, replacement: str, applicability: Applicability = "safe") -> Fix:
        """A fix of one edit."""
        return cls(applicability, (Edit(start, end, replacement),))


@dataclass(frozen=True, slots=True)
class Position:
    """A 1-based line and column."""

    line: int
    column: int


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem a rule found, at ``[start, end)`` of the decoded source.

    Immutable once made: the engine, the runner and checks derive changed copies with ``dataclasses.replace``.
    """

    code: str
    rule: str
    severity: Severity
    start: int
    end: int
    message: str
    suggestion: str | None = None
    fix: Fix | None = None
    path: str = ""
    begin: Position = field(default_factory=lambda: Position(1, 1))
    finish: Position = field(default_factory=lambda: Position(1, 1))
    edit_positions: tuple[tuple[Position, Position], ...] = ()
    """Start and end of each of the fix's edits, as lines and columns."""
    context: str = ""
    """The text the finding concerns; with ``scope``, what identifies it across edits."""
    scope: str = ""
    """The entry or section the finding belongs to (organisation, title, start date; or heading)."""
    fingerprint: str = ""
    """A hash of rule, context and scope: matches the same finding after lines move."""

    @property
    def line(self) -> int:
        """1-based line of the start."""
        return self.begin.line

    @property
    def column(self) -> int:
        """1-based column of the start."""
        return self.begin.column
