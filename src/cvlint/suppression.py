"""Suppression comments: ``<!-- cvlint-disable-next-line NAME -->`` and friends.

``cvlint-disable-file``, ``cvlint-disable`` … ``cvlint-enable`` and ``cvlint-disable-next-line`` each
take rule names or codes (none means every rule). They are written as an HTML comment (Markdown renders
it invisibly), a ``%`` comment (LaTeX) or a ``#`` comment (plain text).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from cvlint.findings import Finding
from cvlint.lines import LineIndex

_COMMENT = re.compile(
    r"(?:<!--|(?<!\\)%|#)\s*cvlint-(?P<verb>disable-next-line|disable-file|disable|enable)\b"
    r"(?P<rules>[^>\n]*?)(?:-->|$)",
    re.MULTILINE,
)
ALL = "*"


@dataclass(slots=True)
class Suppressions:
    """Which rules are off on which lines."""

    file_rules: set[str] = field(default_factory=set)
    line_rules: dict[int, set[str]] = field(default_factory=dict)
    ranges: list[tuple[int, int, set[str]]] = field(default_factory=list)

    def covers(self, finding: Finding) -> bool:
        """True when a comment turns ``finding`` off."""
        keys = {finding.rule, finding.code, ALL}
        if keys & self.file_rules:
            return True
        if keys & self.line_rules.get(finding.line, set()):
            return True
        return any(first <= finding.line <= last and keys & rules for first, last, rules in self.ranges)


def _rule_set(text: str) -> set[str]:
    names = {name for name in re.split(r"[\s,]+", text.strip()) if name}
    return names or {ALL}


def collect(source: str, index: LineIndex) -> Suppressions:
    """Read every suppression comment of ``source``."""
    found = Suppressions()
    open_ranges: dict[str, int] = {}
    if "cvlint-" not in source:
        return found
    for match in _COMMENT.finditer(source):
        verb = match.group("verb")
        rules = _rule_set(match.group("rules"))
        line = index.position(match.start())[0]
        end_line = index.position(match.end())[0]
        if verb == "disable-file":
            found.file_rules |= rules
        elif verb == "disable-next-line":
            found.line_rules.setdefault(end_line + 1, set()).update(rules)
        elif verb == "disable":
            for rule in rules:
                open_ranges.setdefault(rule, line)
        else:
            closing = set(open_ranges) if rules == {ALL} else rules
            for rule in closing:
                start = open_ranges.pop(rule, None)
                if start is not None:
                    found.ranges.append((start, line, {rule}))
    last = index.line_count
    for rule, start in open_ranges.items():
        found.ranges.append((start, last, {rule}))
    return found
