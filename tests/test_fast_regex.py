"""The first-character lookahead changes no match, only how fast a pattern is scanned."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cvlint.engine.catalogue import load_catalogue
from cvlint.text.fast_regex import ascii_twin, at_start_only, compile_fast
from cvlint.text.phrases import phrase_regex
from cvlint.text.prose import WORD
from cvlint.text.tech_lists import NAME

_RULES = {rule.name: rule for rule in load_catalogue()}
PATTERNS = [
    (phrase_regex(["results-driven", "team player", "go-getter"]), re.IGNORECASE),
    *((pattern, 0) for pattern in _RULES["placeholder-text"].matchers["placeholders"].patterns),
    *((pattern, 0) for pattern in _RULES["ai-artifact"].matchers["artifacts"].patterns),
    (r"(?<![\w-])(?:x|y)?z+|\d{2,}%|\$\d", 0),
    (r"(?i:k)elvin|ſtraße|[^\W\d]x", 0),
    (r"(?:a|b)*c|(?=d)d", 0),
    (r"(?x) a  b  # a comment", 0),
    (r"(?>ab|a)c|(?P<q>[xy])(?P=q)", 0),
]
ALPHABET = "abcxyzdKkſ0123456789 -_%$[]()@.:'’\nLorem ipsum YOUR NAME TODO as an AI elvin team player"


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
@settings(max_examples=150, deadline=None)
@given(text=st.text(alphabet=st.sampled_from(list(ALPHABET)) | st.characters(), max_size=80))
def test_same_matches_as_the_plain_pattern(pattern: str, flags: int, text: str) -> None:
    plain, fast = re.compile(pattern, flags), compile_fast(pattern, flags)
    assert [(m.span(), m.groups()) for m in fast.finditer(text)] == [
        (m.span(), m.groups()) for m in plain.finditer(text)
    ]
    assert fast.groupindex == plain.groupindex


@pytest.mark.parametrize("pattern", [r"a*", r".x", r"[^a]b", r"(a)|", r"^\s*Co-Authored-By:", r"literal(?:ly)?"])
def test_patterns_without_a_first_character_set_are_compiled_as_they_are(pattern: str) -> None:
    assert compile_fast(pattern).pattern == pattern


def test_a_lookahead_leads_a_pattern_of_alternatives() -> None:
    assert compile_fast(r"(?i)\bfoo|bar").pattern == r"(?i)(?=(?i:[fb]))(?:\bfoo|bar)"


ASCII_TWINNED = [NAME, WORD, re.compile(r"(?<![\w.])[^\W\d_]+\b|\d{2,}(?!\w)")]


@pytest.mark.parametrize("pattern", ASCII_TWINNED, ids=lambda pattern: pattern.pattern[:20])
@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet=st.characters(max_codepoint=127), max_size=80))
def test_an_ascii_twin_finds_the_same_matches_in_ascii_text(pattern: re.Pattern[str], text: str) -> None:
    assert [m.span() for m in ascii_twin(pattern).finditer(text)] == [m.span() for m in pattern.finditer(text)]


@pytest.mark.parametrize(
    ("source", "flags"), [(r"a\sb", 0), (r"[^\S]x", 0), (r"x(?i:y)", 0), (r"(?:a|[\s,])", 0), (r"ab", re.IGNORECASE)]
)
def test_no_ascii_twin_for_a_pattern_reading_spaces_or_folding_case(source: str, flags: int) -> None:
    # Unicode's \s takes in \x1c-\x1f, and its case folds join "k" to the Kelvin sign: ASCII text differs there.
    with pytest.raises(ValueError, match="no ASCII twin"):
        ascii_twin(re.compile(source, flags))


@pytest.mark.parametrize(
    ("source", "anchored"),
    [(r"^\s*Co-Authored-By:", True), (r"(?i)^\W*here", True), (r"\Afoo", True), (r"(?m)^foo", False), (r"^a|b", False)],
)
def test_a_pattern_anchored_at_the_start_is_told(source: str, anchored: bool) -> None:
    assert at_start_only(source) is anchored
