"""heading-level: entries of one section under headings of different levels (Markdown)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from cvlint.engine import RuleContext
from cvlint.findings import Finding, Fix
from cvlint.lists import clear_majority, first_most_common
from cvlint.model import Document, Entry
from cvlint.textedit import line_at

_ATX = re.compile(r"[ \t]{0,3}(#{1,6})(?=[ \t]|$)")


def check(document: Document, context: RuleContext) -> Iterator[Finding]:
    """Report entry headings whose level differs from that of most dated entries beside them.

    Entries are compared within their section, and an employer heading over its roles (a deeper entry
    heading after it, dated within its dates) keeps those roles as a group of their own: the employers
    are compared with each other, each one's roles with each other.
    """
    for section in document.sections:
        headed = [e for e in section.entries if e.heading_level is not None]
        groups: dict[int, list[Entry]] = {}
        parents: list[Entry] = []
        for index, entry in enumerate(headed):
            while parents and (parents[-1].heading_level or 0) >= (entry.heading_level or 0):
                parents.pop()
            if entry.dates is not None:
                groups.setdefault(id(parents[-1]) if parents else 0, []).append(entry)
            if _groups(headed, index):
                parents.append(entry)
        for entries in groups.values():
            yield from _check_section(document, context, entries)


def _groups(entries: list[Entry], index: int) -> bool:
    """True for an entry heading over the deeper one after it, whose dates lie within its own (by year):
    an employer over its roles ("### Google (2013 – Present)", then "#### Staff Engineer (2016 – 2019)")."""
    entry = entries[index]
    following = entries[index + 1] if index + 1 < len(entries) else None
    if following is None or (following.heading_level or 0) <= (entry.heading_level or 0):
        return False
    outer, inner = entry.dates, following.dates
    if outer is None or inner is None:
        return False
    outer_end = (outer.last or outer.first).year if outer.ongoing is None else 9999
    inner_end = (inner.last or inner.first).year if inner.ongoing is None else 9999
    return outer.first.year <= inner.first.year and inner_end <= outer_end


def _check_section(document: Document, context: RuleContext, entries: list[Entry]) -> Iterator[Finding]:
    """The fix is offered only when more than half of three or more entries share a level."""
    levels = [entry.heading_level for entry in entries if entry.heading_level is not None]
    counts = Counter(levels)
    if len(counts) < 2:
        return
    clear = clear_majority(levels)
    majority = clear if clear is not None else first_most_common(levels)
    for entry in entries:
        if entry.heading_level == majority:
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
            f"'{title}' is a level-{entry.heading_level} heading; {counts[majority]} of the {len(levels)} "
            f"entries of its section are level {majority}",
            f"write it as {'#' * majority}, like the other entries"
            if clear is not None
            else "give the entries of this section one heading level",
            Fix.replace(start, end, "#" * majority) if clear is not None else None,
            context=title,
        )
