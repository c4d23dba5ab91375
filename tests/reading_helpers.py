"""What the reading tests ask of a parsed document: a section by role, an entry's dates as written, and
each bullet as the source holds it."""

from __future__ import annotations

from cvlint.model.document import Document, Entry, Section


def section_with_role(document: Document, role: str) -> Section:
    """The first section of ``document`` with this role."""
    return next(section for section in document.sections if section.role == role)


def written_dates(entry: Entry) -> str | None:
    """The entry's date range as its text writes it, or None."""
    return entry.dates.text if entry.dates else None


def bullet_sources(source: str, entry: Entry) -> list[str]:
    """Each bullet of ``entry`` as the source holds it (its span, marker included)."""
    return [source[b.span.start : b.span.end] for b in entry.bullets]
