"""The text layer: one tokenisation of a document's prose, read once and shared by the rules."""

from __future__ import annotations

import re

from cvlint import lint_text
from cvlint.parse import parse
from cvlint.text.lists import majority
from cvlint.text.prose import letter_words, line_matches, prose, sentence_ends, word_positions, words


def test_a_word_keeps_the_marks_names_are_written_with() -> None:
    found = words("Built CI/CD in Node.js, C# and C++ (2,000 users) don't")
    assert found == ["Built", "CI/CD", "in", "Node.js", "C#", "and", "C++", "2", "000", "users", "don't"]


def test_positions_are_offsets_into_the_value() -> None:
    value = "Led a team of 12."
    assert [value[word.start : word.end] for word in word_positions(value)] == ["Led", "a", "team", "of", "12."]


def test_a_number_is_not_a_letter_word_but_a_version_or_a_unit_is() -> None:
    assert letter_words("Cut 30% of 2019 costs on Oracle 12c in 3D") == [
        "Cut",
        "of",
        "costs",
        "on",
        "Oracle",
        "12c",
        "in",
        "3D",
    ]


def test_abbreviations_and_initials_end_no_sentence() -> None:
    value = "Used tools, e.g. Python, with J. Smith. Shipped it"
    assert sentence_ends(value) == [value.index(". Shipped")]


def test_the_reading_is_made_once_per_document() -> None:
    document = parse("# Jo\n\n## Experience\n\n- Led a team of five\n", "cv.md")
    read = prose(document)
    assert prose(document) is read
    assert read.words("Led a team of five") is read.words("Led a team of five")
    assert [text.value for _, text in read.texts()] == ["Experience", "Led a team of five"]


def test_line_matches_give_source_offsets() -> None:
    source = "# Jo\n\nmail me at jo@example.org\n"
    document = parse(source, "cv.md")
    found = [(line.number, start) for line, _, start in line_matches(document, re.compile(r"\S+@\S+"), "@")]
    assert found == [(3, source.index("jo@"))]


def test_document_length_counts_a_slashed_pair_as_one_word_as_long_bullet_does() -> None:
    """Jo, jo, example.org, Experience and seven words a bullet (it counted 30: CI and CD apart)."""
    bullets = "\n".join(f"- Built CI/CD and TCP/IP tooling number {n}" for n in range(3))
    findings = lint_text(
        f"# Jo\n\njo@example.org\n\n## Experience\n\n{bullets}\n",
        config={"select": ["document-length"], "rules": {"document-length": {"resume-max-words": 10}}},
    )
    assert [f.message for f in findings] == ["the résumé has 24 words, about 0.0 pages; the limit is 10 words"]


def test_majority_takes_a_tie_to_the_documents_usual_value_then_the_first_written() -> None:
    assert majority(["-", "*", "-"]) == ("-", True)
    assert majority(["*", "-"]) == ("*", False)
    assert majority(["*", "-", "-", "*"], {"-": 5, "*": 2}) == ("-", False)
    assert majority(["a", "a", "b", "c"]) == ("a", False)
