"""Experience sections written in shapes the readers once read as nothing: each test reads a document
written for it into the expected sections, entries with dates, and bullets with exact spans."""

from __future__ import annotations

from cvlint.model.document import Document, Entry, Section
from cvlint.parse import parse
from cvlint.parse.structure import section_role


def _section(document: Document, role: str) -> Section:
    return next(section for section in document.sections if section.role == role)


def _dates(entry: Entry) -> str | None:
    return entry.dates.text if entry.dates else None


def _span_text(source: str, entry: Entry) -> list[str]:
    """Each bullet of ``entry`` as the source holds it (its span, marker included)."""
    return [source[b.span.start : b.span.end] for b in entry.bullets]


def test_a_section_name_qualified_by_what_it_holds() -> None:
    assert section_role("Experience as Senior Perl Developer") == "experience"
    assert section_role("Professional Experience (selected, most recent first)") == "experience"
    assert section_role("Education (Bachelor and Master of Science)") == "education"
    assert section_role("Experience with Python and Django development") == "other"
    assert section_role("MEAN Stack Developer at Some Big Company Ltd") == "other"
    assert section_role("A Developer (Backend and Frontend) Team") == "other"


def test_markdown_experience_heading_qualified_by_the_role() -> None:
    source = (
        "# Dana Quill\n\ndana@example.org\n\n# Experience as Senior Go Developer\n\n## Northwind\n\n"
        "**March 2019 - present**; remote\n\n- Cut deploy time by 40%\n- Wrote the billing service\n\n"
        "# Education\n\n## Leeds University\n\n**2012 - 2015**\n"
    )
    document = parse(source, "resume.md")
    experience = _section(document, "experience")
    (entry,) = experience.entries
    assert entry.title is not None and entry.title.value == "Northwind"
    assert _dates(entry) == "March 2019 - present"
    assert _span_text(source, entry) == ["- Cut deploy time by 40%", "- Wrote the billing service"]
