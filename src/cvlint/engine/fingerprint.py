"""Stable identities for findings, so a baseline survives edits that move lines.

A finding is identified by its rule, the text it concerns, and the entry it belongs to (organisation,
title and start date of the role, or the section heading outside roles), never by its line number.
"""

from __future__ import annotations

from bisect import bisect_right

from cvlint.model.document import Document


def _normal(text: str) -> str:
    return " ".join(text.casefold().split())


def scopes(document: Document) -> tuple[list[int], list[str]]:
    """Start offsets of the document's sections and entries, with a key naming each."""
    starts: list[int] = []
    keys: list[str] = []
    for section in document.sections:
        heading = section.heading.text.value if section.heading else ""
        starts.append(section.span.start)
        keys.append(f"section:{_normal(heading)}")
        for entry in section.entries:
            parts = [part.value for part in (entry.organisation, entry.title) if part is not None]
            if entry.dates is not None:
                parts.append(document.source[entry.dates.first.start : entry.dates.first.end])
            starts.append(entry.span.start)
            keys.append(f"entry:{_normal(' | '.join(parts))}")
    order = sorted(range(len(starts)), key=lambda i: starts[i])
    return [starts[i] for i in order], [keys[i] for i in order]


def scope_at(index: tuple[list[int], list[str]], offset: int) -> str:
    """The key of the section or entry that holds ``offset``."""
    starts, keys = index
    position = bisect_right(starts, offset) - 1
    return keys[position] if position >= 0 else "document"


def fingerprint(rule: str, context: str, scope: str) -> str:
    """A short stable hash of what a finding is about."""
    import hashlib  # here, not at the top: a run with no findings never loads OpenSSL

    digest = hashlib.sha256(f"{rule}\0{_normal(context)}\0{scope}".encode("utf-8", "surrogatepass")).hexdigest()
    return digest[:20]
