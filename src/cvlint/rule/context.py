"""What a check function gets besides the document: its options, today's date, a reporter.

The engine makes one ``RuleContext`` per selected rule and document; a check reads its options from it
and makes its findings with ``finding``, which gives them the rule's code, name and effective severity.
The selected rule is described by what a check may read of it (``SelectedRule``), which the engine's
``ActiveRule`` provides, so that no check needs the engine.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Protocol

from cvlint.model.findings import Finding, Fix, Severity
from cvlint.rule.suppression import Suppressions

if TYPE_CHECKING:
    from cvlint.rule.kinds import Matcher


class RuleEntry(Protocol):
    """What a check may read of its rule's catalogue entry."""

    @property
    def code(self) -> str: ...

    @property
    def name(self) -> str: ...

    @property
    def options(self) -> Mapping[str, Any]: ...

    @property
    def matchers(self) -> Mapping[str, Matcher]: ...


class SelectedRule(Protocol):
    """A selected rule with its effective severity and options (the engine's ``ActiveRule``)."""

    @property
    def rule(self) -> RuleEntry: ...

    @property
    def severity(self) -> Severity: ...

    @property
    def options(self) -> dict[str, Any]: ...

    @property
    def configured_severity(self) -> Severity | None: ...


class RuleContext:
    """What a check function gets besides the document: its options, today's date, a reporter."""

    __slots__ = ("active", "files_beside", "known_rules", "ran", "suppressions", "today", "words")

    def __init__(
        self, active: SelectedRule, today: dt.date, words: frozenset[str] = frozenset(), files_beside: bool = True
    ) -> None:
        self.active = active
        self.today = today
        self.words = words
        self.files_beside = files_beside
        """Whether the check may look at files beside the document (``Settings.files_beside``)."""
        self.suppressions: Suppressions | None = None
        """For ``unused-suppression``, run after every other rule: the comments and what they suppressed."""
        self.ran: frozenset[str] = frozenset()
        """For ``unused-suppression``: the names and codes of the rules that ran on the document."""
        self.known_rules: frozenset[str] = frozenset()

    @property
    def options(self) -> dict[str, Any]:
        """The rule's options, defaults filled in."""
        return self.active.options

    def finding(
        self,
        start: int,
        end: int,
        message: str,
        suggestion: str | None = None,
        fix: Fix | None = None,
        context: str = "",
        default_severity: Severity | None = None,
    ) -> Finding:
        """A finding of this rule at source characters ``[start, end)``; ``default_severity`` gives it a
        severity of its own (as missing-section's education finding is info) unless the configuration sets
        the rule's."""
        active = self.active
        severity = active.configured_severity or default_severity or active.severity
        return Finding(
            active.rule.code, active.rule.name, severity, start, end, message, suggestion, fix, context=context
        )
