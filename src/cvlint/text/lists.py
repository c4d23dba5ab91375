"""The lists a reader sees: runs of bullets of one level that nothing but space (or markup) separates.

A blank line followed by another marker ends a tight list (one with no blank lines between its items):
the author began a new one. In a loose list, spaced throughout, a different marker is one of its items.

Consistency rules (bullet-marker, bullet-punctuation) judge within one list, never across the document:
two roles may each be consistent in their own way, and a fix taken from the whole document's majority
would make one bullet of a list the odd one out.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Hashable, Mapping, Sequence
from typing import TypeVar

from cvlint.model.document import Bullet, Document, Entry, Section

_LATEX_SPACING = re.compile(r"\\(?:[vh]space\*?\{[^}]*\}|item(?:sep|indent)\b[^\n]*|(?:small|med|big)skip\b|par\b)")
_QUOTES_AND_BRACES = re.compile(r"[\s\"'‘’“”,{}\[\]*_~`\\]+")

T = TypeVar("T", bound=Hashable)


def _blank_gap(document: Document, start: int, end: int) -> bool:
    """True when nothing a reader sees stands between two bullets (space, quotes, markup, LaTeX spacing)."""
    gap = document.source[start:end]
    if document.format == "latex":
        gap = re.sub(r"(?<!\\)%[^\n]*", "", gap)
        gap = _LATEX_SPACING.sub("", gap)
    return not _QUOTES_AND_BRACES.sub("", gap)


_KEY = "bullet_lists"


def bullet_lists(document: Document) -> tuple[tuple[Bullet, ...], ...]:
    """The document's lists, each the bullets of one level in source order (sub-bullets form their own lists);
    read once a document, for each rule that judges lists."""
    kept = document.derived.get(_KEY)
    if isinstance(kept, tuple):
        return kept
    found: list[list[Bullet]] = []
    for section in document.sections:
        containers: list[list[Bullet]] = [section.bullets] + [entry.bullets for entry in section.entries]
        for bullets in containers:
            found.extend(_split(document, sorted(bullets, key=lambda b: b.span.start)))
    lists = tuple(tuple(items) for items in sorted(found, key=lambda items: items[0].span.start))
    document.derived[_KEY] = lists
    return lists


def _split(document: Document, bullets: list[Bullet]) -> list[list[Bullet]]:
    done: list[list[Bullet]] = []
    open_lists: dict[int, list[Bullet]] = {}
    loose: set[int] = set()
    previous: Bullet | None = None
    for bullet in bullets:
        if previous is None or not _blank_gap(document, previous.span.end, bullet.span.start):
            done.extend(open_lists.values())
            open_lists, loose = {}, set()
        for level in [level for level in open_lists if level > bullet.level]:
            done.append(open_lists.pop(level))
            loose.discard(level)
        current = open_lists.get(bullet.level)
        if current is not None:
            spaced = document.source.count("\n", current[-1].span.end, bullet.span.start) > 1
            if spaced and bullet.marker_text != current[-1].marker_text and bullet.level not in loose:
                # A blank line, then another marker, after a tight list: the author began a new list
                # ("- Period: …" / "- Tech: …", a blank line, then "* Built …"), as CommonMark reads it.
                done.append(open_lists.pop(bullet.level))
            elif spaced:
                loose.add(bullet.level)
        open_lists.setdefault(bullet.level, []).append(bullet)
        previous = bullet
    done.extend(open_lists.values())
    return done


def sibling_entries(section: Section) -> list[list[Entry]]:
    """The section's dated entries, grouped as siblings: an employer heading over its roles (a deeper
    entry heading right after it, dated within its dates by year) puts those roles in a group of their
    own, and the employer stays with the other employers."""
    headed = [e for e in section.entries if e.heading_level is not None]
    groups: dict[int, list[Entry]] = {}
    parents: list[Entry] = []
    for index, entry in enumerate(headed):
        while parents and (parents[-1].heading_level or 0) >= (entry.heading_level or 0):
            parents.pop()
        if entry.dates is not None:
            groups.setdefault(id(parents[-1]) if parents else 0, []).append(entry)
        if _holds(entry, headed[index + 1] if index + 1 < len(headed) else None):
            parents.append(entry)
    unheaded = [e for e in section.entries if e.heading_level is None and e.dates is not None]
    if unheaded:
        groups.setdefault(0, []).extend(unheaded)
    return [sorted(group, key=lambda e: e.span.start) for group in groups.values()]


def _holds(entry: Entry, following: Entry | None) -> bool:
    if following is None or (following.heading_level or 0) <= (entry.heading_level or 0):
        return False
    outer, inner = entry.dates, following.dates
    if outer is None or inner is None:
        return False
    outer_end = (outer.last or outer.first).year if outer.ongoing is None else 9999
    inner_end = (inner.last or inner.first).year if inner.ongoing is None else 9999
    return outer.first.year <= inner.first.year and inner_end <= outer_end


def clear_majority(values: Sequence[T]) -> T | None:
    """The value more than half of ``values`` have, when there are at least three; else None.

    A fix towards it makes its list more consistent; a tie or a list of two has no side to take.
    """
    if len(values) < 3:
        return None
    value, count = Counter(values).most_common(1)[0]
    return value if count * 2 > len(values) else None


def majority(values: Sequence[T], usual: Mapping[T, int] | None = None) -> tuple[T, bool]:
    """The value most of ``values`` have, and whether it is a ``clear_majority`` (the only side a fix may
    take). A tie goes to the value the document uses most elsewhere (``usual``), then to the one written first.
    """
    counts = Counter(values)  # in the order the values are first written
    best = max(counts.values())
    tied = [value for value, count in counts.items() if count == best]
    chosen = max(tied, key=lambda value: usual.get(value, 0)) if usual and len(tied) > 1 else tied[0]
    return chosen, len(values) >= 3 and best * 2 > len(values)
