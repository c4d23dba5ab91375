"""Spelling's patterns and edits, written to be fast, find what their plain forms find."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from cvlint.checks import spelling
from cvlint.parse import parse
from cvlint.text.common_words import common_words

ALPHABET = "aAbBzZqQ1_é '’@/#.\\&-:\n\t\u00a0wWhtpscomoriCamelCase"
TEXTS = st.text(alphabet=st.sampled_from(list(ALPHABET)) | st.characters(), max_size=60)
PLAIN_WORD = re.compile(r"(?<![\w'’@/#.\\&])([A-Za-z][a-z]*(?:['’][a-z]+)?)(?![\w'’@/#]|\.\w)")
PLAIN_CAMEL_HEAD = re.compile(r"\b([A-Z][a-z]{2,})(?=[A-Z0-9])")
PLAIN_TWO_NAMES = re.compile(r"\b([A-Z][a-z]{2,}) ([A-Z][a-z]{2,})\b")
ADDRESS_WORDS = st.lists(
    st.sampled_from(["http://a.b", "https://x", "www.x.com", "WWW.Y.AI", "a.co", "x@y.com", "b.com)", "(see", "a."])
    | TEXTS,
    max_size=8,
)


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_words_are_those_of_the_plain_pattern(text: str) -> None:
    assert [m.span(1) for m in spelling._WORD.finditer(text)] == [m.span(1) for m in PLAIN_WORD.finditer(text)]
    assert spelling._WORD.findall(text) == PLAIN_WORD.findall(text)
    plain, fast = PLAIN_WORD.match(text), spelling._WORD.match(text)
    assert (plain and plain.span()) == (fast and fast.span())


@settings(max_examples=300, deadline=None)
@given(TEXTS, st.sets(st.sampled_from(["a", "ab", "Ab", "aA", "b", "zz", "a'b"])), st.integers(0, 7))
def test_words_placed_by_find_are_those_the_pattern_reads(text: str, others: set[str], every: int) -> None:
    text = text + " " + text.swapcase() + "ab'" + text
    words = set(spelling._WORD.findall(text)[:: every + 1]) | others
    read = [(m.start(1), m.group(1)) for m in spelling._WORD.finditer(text) if m.group(1) in words]
    assert spelling._places(text, words) == read


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_camel_case_heads_are_those_of_the_plain_pattern(text: str) -> None:
    assert spelling._CAMEL_HEAD.findall(text) == PLAIN_CAMEL_HEAD.findall(text)


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_two_names_are_those_of_the_plain_pattern(text: str) -> None:
    fast = [m.span(1) + m.span(2) for m in spelling._TWO_NAMES.finditer(text)]
    assert fast == [m.span(1) + m.span(2) for m in PLAIN_TWO_NAMES.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_a_text_without_a_capital_after_a_letter_holds_no_mixed_case_name(text: str) -> None:
    if spelling._MIXED.search(text):
        assert spelling._INNER_CAPITAL.search(text)


@settings(max_examples=300, deadline=None)
@given(ADDRESS_WORDS, st.sampled_from([" ", "\n", "\u2003", "\u00a0", " \t"]))
def test_address_words_are_those_of_addresses_found_in_the_whole_source(words: list[str], space: str) -> None:
    source = space.join(words)
    whole = {part.lower() for m in spelling._ADDRESS.finditer(source) for part in re.findall("[A-Za-z]{3,}", m.group())}
    assert spelling._address_parts(source) == whole


def plain_edits(lower: str) -> frozenset[str]:
    letters = "abcdefghijklmnopqrstuvwxyz"
    splits = [(lower[:i], lower[i:]) for i in range(len(lower) + 1)]
    edits = {a + b[1:] for a, b in splits if b} | {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    edits |= {a + c + b[1:] for a, b in splits if b for c in letters} | {a + c + b for a, b in splits for c in letters}
    return frozenset(edits - {lower})


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aabz'’é", max_size=9))
def test_one_edit_strings_are_those_of_the_plain_definition(lower: str) -> None:
    assert spelling._edits.__wrapped__(lower) == plain_edits(lower)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aabqwsz'’é.1", min_size=1, max_size=8), st.text(alphabet="aabqwsz'’é.1", max_size=9))
def test_one_edit_is_membership_of_the_one_edit_strings(lower: str, other: str) -> None:
    edits = plain_edits(lower)
    assert spelling._one_edit(lower, other) == (other in edits)
    assert all(spelling._one_edit(lower, edit) for edit in edits)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aabqwsz'’é", min_size=1, max_size=9))
def test_keyboard_slips_inside_are_the_one_edit_strings_so_filtered(lower: str) -> None:
    slips = list(spelling._keyboard_slips_inside(lower))
    expected = {e for e in plain_edits(lower) if e and spelling._inside(e, lower) and spelling._keyboard_slip(lower, e)}
    assert len(slips) == len(set(slips)) and set(slips) == expected


def test_long_common_words_by_shape_are_those_of_the_whole_list() -> None:
    for first in "asz":
        whole: dict[tuple[str, int], list[str]] = {}
        for word in sorted(common_words()):
            if word[0] == first and len(word) >= spelling.NAME_LENGTH:
                whole.setdefault((word[-1], len(word)), []).append(word)
        assert spelling._long_common_words_by_shape(first) == whole


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(sorted(w for w in common_words() if len(w) >= 7)), st.integers(0, 2**20))
def test_a_capitalised_words_slips_are_the_common_words_one_edit_inside_it(meant: str, seed: int) -> None:
    edits = sorted(e for e in plain_edits(meant) if len(e) >= spelling.NAME_LENGTH)
    typed = edits[seed % len(edits)]  # a slip from a long common word, most often not a word
    word = typed.capitalize()
    found = set(spelling.candidates.__wrapped__(word))
    if not any(e in spelling._proper_nouns() for e in spelling._keyboard_slips_inside(typed)):
        inside = {e for e in plain_edits(typed) & common_words() if len(e) >= 7 and spelling._inside(e, typed)}
        assert found == inside


@settings(max_examples=200, deadline=None)
@given(ADDRESS_WORDS, st.lists(st.sampled_from([" ", "\n", "\r\n", "\r", "\u2003", "\u0130 ", "K"]), min_size=8))
def test_address_words_sought_line_by_line_are_those_of_the_whole_source(words: list[str], spaces: list[str]) -> None:
    source = "".join(word + space for word, space in zip(words, spaces, strict=False))
    document = parse(source, "resume.txt")
    whole = spelling._address_parts(document.source)
    asked = {part.lower() for part in re.findall("[A-Za-z]+", source)} | {"www", "com", "http", "x'y", "ab"}
    found = spelling._AddressWords(document)
    assert {word for word in asked if word in found} == whole & asked


def test_long_words_read_letter_by_letter_are_those_of_the_whole_list() -> None:
    whole: dict[tuple[str, int], list[str]] = {}
    for word in sorted(common_words()):
        if len(word) >= spelling.LONG_WORD - 1:
            whole.setdefault((word[0], len(word)), []).append(word)
    by_letter = {
        (first, length): list(words)
        for first in {word[0] for word in common_words()} | {"é", "\U0010ffff"}
        for length, words in spelling._long_words(first).items()
    }
    assert by_letter == whole
