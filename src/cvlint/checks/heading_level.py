"""heading-level: entries of the same kind under headings of different levels (Markdown)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from cvlint.engine import RuleContext
from cvlint.findings import Finding, Fix
from cvlint.model import Document, Entry
from cvlint.textedit import line_at

_ATX = re.compile(r"[ \t]{0,3}(#{1,6})(?=[ \t]|$)")


def check(document: Document, context: RuleContext) -> Iterator[Finding]:
    """Report entry headings whose level differs from that of most dated entries of their kind."""
    by_role: dict[str, list[Entry]] = {}
    for section, entry in document.entries():
        if entry.heading_level is not None and entry.dates is not None:
            by_role.setdefault(section.role, []).append(entry)
    for entries in by_role.values():
        yield from _check_kind(document, context, entries)


def _check_kind(document: Document, context: RuleContext, entries: list[Entry]) -> Iterator[Finding]:
    counts = Counter(entry.heading_level for entry in entries)
    if len(counts) < 2:
        return
    best = max(counts.values())
    majority = next(e.heading_level for e in entries if counts[e.heading_level] == best)
    assert majority is not None
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
            f"'{title}' is a level-{entry.heading_level} heading; the other {best} entries are level {majority}",
            f"write it as {'#' * majority}, like the other entries",
            Fix.replace(start, end, "#" * majority),
            context=title,
        )
