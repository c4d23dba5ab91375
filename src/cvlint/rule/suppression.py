"""Suppression comments: ``<!-- cvlint-disable-next-line NAME -->`` and friends.

``cvlint-disable-file``, ``cvlint-disable`` … ``cvlint-enable`` and ``cvlint-disable-next-line`` each
take rule names or codes (none means every rule). They are written as an HTML comment (Markdown renders
it invisibly), a ``%`` comment (LaTeX) or a ``#`` comment (plain text). Each comment remembers which of
its names turned a finding off, so that ``unused-suppression`` can report those that did nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from cvlint.lazy_pattern import lazy_compile
from cvlint.model.lines import LineIndex

_COMMENT = lazy_compile(
    r"(?:<!--|(?<!\\)%|#)\s*cvlint-(?P<verb>disable-next-line|disable-file|disable|enable)\b"
    r"(?P<rules>[^>\n]*?)(?:-->|$)",
    re.MULTILINE,
)
_NAME = lazy_compile(r"[^\s,]+")
ALL = "*"


@dataclass(slots=True)
class Directive:
    """One suppression comment: where it is, what it names, and which names suppressed something."""

    verb: str
    start: int
    end: int
    line: int
    names: tuple[tuple[str, int, int], ...]
    """Each rule name or code with its offsets; empty for a comment that names none (every rule)."""
    used: set[str] = field(default_factory=set)

    @property
    def keys(self) -> set[str]:
        """The names it lists, or ``*`` for every rule."""
        return {name for name, _, _ in self.names} or {ALL}


@dataclass(slots=True)
class Suppressions:
    """Which rules are off on which lines, by which comment."""

    directives: list[Directive] = field(default_factory=list)
    file_rules: list[tuple[str, Directive]] = field(default_factory=list)
    line_rules: dict[int, list[tuple[str, Directive]]] = field(default_factory=dict)
    ranges: list[tuple[int, int, str, Directive]] = field(default_factory=list)

    def __bool__(self) -> bool:
        """True when the source holds a suppression comment (most hold none: nothing to check)."""
        return bool(self.directives)

    def holds(self, start: int, end: int) -> bool:
        """True when a finding at ``[start, end)`` lies inside a suppression comment: the comment is no text
        of the résumé."""
        return any(d.start <= start and end <= d.end for d in self.directives)

    def covers(self, rule: str, code: str, line: int) -> bool:
        """True when a comment turns off a finding of ``rule`` (named or by ``code``) on 1-based ``line``;
        every comment that does is marked as used."""
        keys = {rule, code, ALL}
        hits = [(name, d) for name, d in self.file_rules if name in keys]
        hits += [(name, d) for name, d in self.line_rules.get(line, ()) if name in keys]
        hits += [(name, d) for first, last, name, d in self.ranges if first <= line <= last and name in keys]
        for name, directive in hits:
            directive.used.add(name)
        return bool(hits)


def collect(source: str, index: LineIndex) -> Suppressions:
    """Read every suppression comment of ``source``."""
    found = Suppressions()
    open_ranges: dict[str, tuple[int, Directive]] = {}
    if "cvlint-" not in source:
        return found
    for match in _COMMENT.finditer(source):
        verb = match.group("verb")
        offset = match.start("rules")
        names = tuple((m.group(), offset + m.start(), offset + m.end()) for m in _NAME.finditer(match.group("rules")))
        line = index.position(match.start())[0]
        end_line = index.position(match.end())[0]
        directive = Directive(verb, match.start(), match.end(), line, names)
        found.directives.append(directive)
        if verb == "disable-file":
            found.file_rules.extend((rule, directive) for rule in directive.keys)
        elif verb == "disable-next-line":
            found.line_rules.setdefault(end_line + 1, []).extend((rule, directive) for rule in directive.keys)
        elif verb == "disable":
            for rule in directive.keys:
                open_ranges.setdefault(rule, (line, directive))
        else:
            closing = set(open_ranges) if directive.keys == {ALL} else directive.keys
            for rule in closing:
                opened = open_ranges.pop(rule, None)
                if opened is not None:
                    found.ranges.append((opened[0], line, rule, opened[1]))
    last = index.line_count
    for rule, (start, directive) in open_ranges.items():
        found.ranges.append((start, last, rule, directive))
    return found
