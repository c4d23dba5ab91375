"""The plain-text reader: where a bullet ends."""

from __future__ import annotations

from cvlint.parse import parse


def test_a_bullet_wrapped_back_to_its_marker_goes_on_until_its_sentence_ends() -> None:
    source = (
        "Ada Quill\nada@example.org\n\nPROJECTS\n\n"
        "   - Tidewatch A tide-table service written in Go that serves\n"
        "   forecasts to 40 harbours (with a team of\n"
        "   6 people).\n"
        "   - Lantern A static site generator.\n"
        "   Written in Rust\n"
    )
    document = parse(source, "resume.txt")
    bullets = [bullet.text.value for bullet in document.bullets()]
    assert bullets == [
        "Tidewatch A tide-table service written in Go that serves forecasts to 40 harbours (with a team of 6 people).",
        "Lantern A static site generator.",
    ]


def test_the_end_of_a_sentence_is_not_a_heading_though_it_names_a_section() -> None:
    source = (
        "Ada Quill\nada@example.org\n\nI teach developers how to bring cryptography into\nprojects.\n\n"
        "EXPERIENCE\n\nEngineer, Initech  2019 - 2021\n- Ran 12 workshops\n\n"
        "---------\nemployment\n---------\n"
    )
    document = parse(source, "resume.txt")
    titles = [section.heading.text.value for section in document.sections if section.heading]
    assert titles == ["EXPERIENCE", "employment"]
