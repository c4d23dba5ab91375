"""bullet-marker: different bullet markers within one list."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from cvlint.model.document import Document
from cvlint.model.findings import Finding, Fix
from cvlint.rule.context import RuleContext
from cvlint.text.lists import bullet_lists, majority


def check(document: Document, context: RuleContext) -> Iterator[Finding]:
    """Report markers that differ from the most used one of their list; the fix swaps the marker.

    The fix is offered only when more than half of a list of three or more use one marker: in a tie, or a
    list of two, either marker could be the one meant. Only in Markdown and plain text (the rule's
    ``formats``): LaTeX templates mix ``\\item`` and their own item macros on purpose, and JSON has no markers.
    """
    used: Counter[tuple[int, str]] = Counter((b.level, b.marker_text) for b in document.bullets())
    for items in bullet_lists(document):
        bullets = [b for b in items if not b.marker_text[0].isdigit() and b.marker_text not in (":", "~")]
        markers = [b.marker_text for b in bullets]
        counts = Counter(markers)
        if len(counts) < 2:
            continue
        # In a tie the bullets named are those that differ from the marker the document uses most at
        # that level (no fix either way): the list alone has no side to take.
        level = bullets[0].level
        most, clear = majority(markers, {marker: used[(level, marker)] for marker in counts})
        for bullet in bullets:
            if bullet.marker_text == most:
                continue
            others = f"{counts[most]} of the {len(bullets)} bullets of this list use '{most}'"
            yield context.finding(
                bullet.marker.start,
                bullet.marker.end,
                f"bullet marker '{bullet.marker_text}' differs from its list: {others}",
                f"use '{most}'" if clear else "use one marker for the whole list",
                Fix.replace(bullet.marker.start, bullet.marker.end, most) if clear else None,
                context=bullet.marker_text,
            )
