"""bullet-marker: different bullet markers at the same level of one document."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from cvlint.engine import RuleContext
from cvlint.findings import Finding, Fix
from cvlint.model import Bullet, Document


def check(document: Document, context: RuleContext) -> Iterator[Finding]:
    """Report markers that differ from the most used one at their level; the fix swaps the marker.

    Only in Markdown and plain text (the rule's ``formats``): LaTeX templates mix ``\\item`` and their own
    item macros on purpose, and JSON has no markers.
    """
    by_level: dict[int, list[Bullet]] = {}
    for bullet in document.bullets():
        if bullet.marker_text[0].isdigit() or bullet.marker_text in (":", "~"):
            continue  # numbers, and a definition list's items, are no bullet style to swap
        by_level.setdefault(bullet.level, []).append(bullet)
    for level, bullets in sorted(by_level.items()):
        counts = Counter(b.marker_text for b in bullets)
        if len(counts) < 2:
            continue
        best = max(counts.values())
        majority = next(b.marker_text for b in bullets if counts[b.marker_text] == best)
        depth = "top-level" if level == 0 else f"level-{level + 1}"
        for bullet in bullets:
            if bullet.marker_text == majority:
                continue
            yield context.finding(
                bullet.marker.start,
                bullet.marker.end,
                f"bullet marker '{bullet.marker_text}' differs from the {best} other {depth} bullets, "
                f"which use '{majority}'",
                f"use '{majority}'",
                Fix.replace(bullet.marker.start, bullet.marker.end, majority),
                context=bullet.marker_text,
            )
