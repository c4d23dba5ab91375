"""Every node of the model points at its exact source text."""

from __future__ import annotations

from pathlib import Path

import pytest

from cvlint.model.document import Document, Text
from cvlint.parse import parse

EXAMPLE = Path(__file__).parents[1] / "examples" / "resume.md"
FIXTURES = [*sorted((Path(__file__).parent / "fixtures").glob("*.*")), EXAMPLE]


def _check_text(source: str, text: Text) -> None:
    assert text.span.start <= text.span.end
    for index, char in enumerate(text.value):
        start, end = text.source_start(index), text.source_end(index)
        assert text.span.start <= start < end <= text.span.end
        if end - start == 1 and char not in " \n":
            assert source[start] == char, f"{char!r} mapped to {source[start]!r}"


def _check_document(document: Document) -> int:
    source = document.source
    count = 0
    for line in document.lines:
        assert source[line.span.start : line.span.end] == line.text
        count += 1
    for section in document.sections:
        if section.heading is not None:
            _check_text(source, section.heading.text)
            count += 1
        for paragraph in section.paragraphs:
            _check_text(source, paragraph.text)
        for entry in section.entries:
            for part in (entry.title, entry.organisation, entry.location):
                if part is not None:
                    _check_text(source, part)
                    count += 1
            if entry.dates is not None:
                first = entry.dates.first
                assert str(first.year) in source[first.start : first.end]
                if entry.dates.last is not None:
                    last = entry.dates.last
                    assert str(last.year) in source[last.start : last.end]
                if document.format in ("markdown", "text"):  # JSON and LaTeX show text the source spells otherwise
                    assert source[entry.dates.start : entry.dates.end] == entry.dates.text
                count += 1
            for paragraph in entry.paragraphs:
                _check_text(source, paragraph.text)
        for bullet in section.all_bullets():
            assert source[bullet.marker.start : bullet.marker.end] == bullet.marker_text
            _check_text(source, bullet.text)
            count += 1
    return count


@pytest.mark.parametrize("path", FIXTURES, ids=[p.name for p in FIXTURES])
def test_spans_match_source(path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    document = parse(source, path.name)
    assert _check_document(document) > 5


def test_markdown_inline_markup_is_invisible_but_mapped() -> None:
    source = "## Experience\n\n### Engineer, **Acme**\n2020 – 2022\n\n- Cut costs by **30%** with [Terraform](https://x.io)\n"
    document = parse(source, "r.md")
    bullet = next(document.bullets())
    assert bullet.text.value == "Cut costs by 30% with Terraform"
    start = bullet.text.value.index("30%")
    span = bullet.text.source_span(start, start + 3)
    assert source[span.start : span.end] == "30%"
    _check_document(document)


def test_structure_of_markdown_resume() -> None:
    document = parse((Path(__file__).parent / "fixtures" / "clean_resume.md").read_text(encoding="utf-8"), "cv.md")
    roles = [section.role for section in document.sections]
    assert roles[:3] == ["other", "summary", "experience"] or roles[:2] == ["summary", "experience"]
    experience = next(s for s in document.sections if s.role == "experience")
    assert [e.organisation.value for e in experience.entries if e.organisation] == [
        "Northwind Payments",
        "Contoso Cloud",
        "Fabrikam",
    ]
    first = experience.entries[0]
    assert first.title is not None and first.title.value == "Staff Site Reliability Engineer"
    assert first.dates is not None and first.dates.ongoing == "Present"
    assert len(first.bullets) == 4


def test_structure_of_plain_text_resume() -> None:
    document = parse((Path(__file__).parent / "fixtures" / "clean_resume.txt").read_text(encoding="utf-8"), "cv.txt")
    assert document.format == "text"
    experience = next(s for s in document.sections if s.role == "experience")
    assert len(experience.entries) == 3
    entry = experience.entries[1]
    assert entry.title is not None and entry.title.value == "Senior Site Reliability Engineer"
    assert entry.organisation is not None and entry.organisation.value == "Contoso Cloud"
    assert "a month across the infrastructure team" in entry.bullets[0].text.value


def test_txt_that_is_markdown_is_read_as_markdown() -> None:
    source = "# Name\n\n## Experience\n\n### Engineer at [Acme](https://a.io)\n2020 - 2022\n\n- **Led** 4 people\n"
    assert parse(source, "resume.txt").format == "markdown"


def test_cover_letter_kind_from_name_and_title() -> None:
    assert parse("Dear team,\n\nI apply.\n", "cover-letter.md").kind == "cover-letter"
    assert parse("# Cover Letter\n\nDear team,\n", "letter.md").kind == "cover-letter"
    assert parse("# Name\n\n## Experience\n", "resume.md").kind == "resume"
