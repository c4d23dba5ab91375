"""heading-level: entries of one section under headings of different levels (Markdown)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from cvlint.model.document import Document, Entry, Section
from cvlint.model.findings import Finding, Fix
from cvlint.rule.context import RuleContext
from cvlint.text.edits import line_at
from cvlint.text.lists import majority, sibling_entries

_ATX = re.compile(r"[ \t]{0,3}(#{1,6})(?=[ \t]|$)")


def check(document: Document, context: RuleContext) -> Iterator[Finding]:
    """Report entry headings whose level differs from that of most dated entries beside them.

    Entries are compared within their section, and an employer heading over its roles keeps those roles
    as a group of their own (``lists.sibling_entries``): employers are compared with each other, each
    one's roles with each other.
    """
    for section in document.sections:
        for entries in sibling_entries(section):
            yield from _check_section(document, context, section, [e for e in entries if e.heading_level is not None])


def _parent_stays(document: Document, section: Section, entry: Entry, level: int) -> bool:
    """True when, written at ``level``, the entry's heading still sits under a heading of its own section (its
    heading or an employer's): a deeper level would otherwise nest it under the section before ("## Introduction"
    over a role of a section that has no heading of its own), which moves it out of its section."""
    number = line_at(document, entry.span.start).number
    for line in reversed(document.lines[: number - 1]):
        match = _ATX.match(line.text) if not line.verbatim else None
        if match is not None and len(match.group(1)) < level:
            return line.span.start >= line_at(document, section.span.start).span.start
    return True


def _check_section(
    document: Document, context: RuleContext, section: Section, entries: list[Entry]
) -> Iterator[Finding]:
    """The fix is offered only when more than half of three or more entries share a level, and when the level
    it writes keeps the entry in its section."""
    levels = [entry.heading_level for entry in entries if entry.heading_level is not None]
    counts = Counter(levels)
    if len(counts) < 2:
        return
    most, clear = majority(levels)
    for entry in entries:
        if entry.heading_level == most:
            continue
        line = line_at(document, entry.span.start)
        match = _ATX.match(line.text)
        if match is None:
            continue
        start = line.span.start + match.start(1)
        end = line.span.start + match.end(1)
        title = entry.title.value if entry.title else line.text.strip("# ")
        yield context.finding(
            start,
            end,
            f"'{title}' is a level-{entry.heading_level} heading; {counts[most]} of the {len(levels)} "
            f"entries of its section are level {most}",
            f"write it as {'#' * most}, like the other entries"
            if clear
            else "give the entries of this section one heading level",
            Fix.replace(start, end, "#" * most) if clear and _parent_stays(document, section, entry, most) else None,
            context=title,
        )
