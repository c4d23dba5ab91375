"""The needle scan names every text a pattern matches in: reading only those finds the same matches."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cvlint.engine.catalogue import load_catalogue
from cvlint.text.needles import holding, lowered, needle_pattern
from cvlint.text.phrases import own_group

_RULES = {rule.name: rule for rule in load_catalogue()}
_BUILT_IN = [
    matcher for rule in _RULES.values() for matcher in [*rule.matchers.values(), rule.matcher] if matcher is not None
]
PATTERNS = [
    *(("|".join(map(own_group, each.sources)), re.IGNORECASE if each.ignore_case else 0) for each in _BUILT_IN),
    (r"(?i:k)elvin|ſtraße|sun(?-i:DAY)", re.IGNORECASE),
    (r"ab(?:cd|e)?f+g|(?:x|yz){2}w", 0),
    (r"(?x) a  b  # a comment", 0),
    (r"(?>ab|a)c|(?P<q>[xy])(?P=q)q", 0),
    (r"a\nb|c(?=\n)", 0),
]
ALPHABET = "abcdefgqwxyzKkſİıIiSs0123456789 -_%$[]()@.:'’\nLorem ipsum YOUR NAME Here TODO as an AI elvin team player"


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
@settings(max_examples=100, deadline=None)
@given(texts=st.lists(st.text(alphabet=st.sampled_from(list(ALPHABET)) | st.characters(), max_size=60), max_size=6))
def test_every_text_with_a_match_is_named(pattern: str, flags: int, texts: list[str]) -> None:
    compiled = re.compile(pattern, flags)
    named = holding(needle_pattern(pattern, flags), texts)
    assert list(named) == sorted(set(named))
    assert {index for index, text in enumerate(texts) if compiled.search(text)} <= set(named)


def test_the_rules_lists_give_needles() -> None:
    """The lists the needle scan is for are read (a change to one that loses its needles shows here)."""
    for matcher in (
        _RULES["placeholder-text"].matchers["placeholders"],
        _RULES["ai-artifact"].matchers["artifacts"],
    ):
        assert matcher is not None and matcher.needles() is not None


def test_needles_are_what_every_match_holds() -> None:
    needles = needle_pattern(r"\blorem ipsum\b|\$[Xx]{1,3}\b|(?i:TODO)(?=:)", 0)
    assert needles is not None
    texts = ["Lorem ipsum", "lorem ipsum dolor", "costs $XX", "todo: x", "plain", "ToDo"]
    # The strings are looked for in lower case: the case-sensitive "lorem ipsum" also names "Lorem ipsum".
    assert holding(needles, texts) == [0, 1, 2, 3, 5]


def test_strings_beyond_ascii_letters_are_looked_for_in_their_own_case() -> None:
    needles = needle_pattern(r"(?i:état civil)|x", 0)
    assert needles is not None and needles.lowered is False
    assert holding(needles, ["ÉTAT CIVIL", "etat civil", "X"]) == [0]


def test_lower_case_keeps_every_match_of_an_ascii_or_caseless_character() -> None:
    """Every character the engine matches ignoring case to an ASCII character or to a caseless one the
    needles hold (’) is that character in lower case after :func:`lowered`, and no other is; each stays one
    character, so the texts' offsets hold."""
    wanted = re.compile("[\x00-\x7f’]", re.IGNORECASE)
    listed = [*map(chr, range(0x80)), "’"]
    for code in range(0x110000):
        char = chr(code)
        folded = lowered(f"\u00e9{char}")[1:]  # beyond ASCII, as most texts are
        assert len(folded) == 1, hex(code)
        if wanted.fullmatch(char):
            matched = [other for other in listed if re.fullmatch(re.escape(other), char, re.IGNORECASE)]
            assert {other.lower() for other in matched} == {folded}, hex(code)
            assert folded == lowered(char), hex(code)
        else:
            assert not wanted.fullmatch(folded), hex(code)


@pytest.mark.parametrize("pattern", [r"\w+", r"x?", r"[ab]c?", r"(?a:k)", r"(?m:^a)"])
def test_no_needles_every_text_read(pattern: str) -> None:
    assert needle_pattern(pattern) is None
    assert list(holding(None, ["a", "b"])) == [0, 1]
