"""The first-character lookahead changes no match, only how fast a pattern is scanned."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cvlint.engine.catalogue import load_catalogue
from cvlint.text.fast_regex import compile_fast
from cvlint.text.phrases import phrase_regex

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
