"""The common English words (pyspellchecker counts them at least ``MIN_FREQUENCY`` times), read once."""

from __future__ import annotations

from functools import cache

from cvlint.resources import rules_dir

MIN_FREQUENCY = 300
"""How common (in pyspellchecker's counts) a word must be to be offered as the correction of a typo."""


@cache
def sorted_common_words() -> tuple[str, ...]:
    """Words of ``rules/wordlists/common-words.txt`` in its order, which is sorted: those that begin alike
    stand together."""
    text = (rules_dir() / "wordlists" / "common-words.txt").read_text(encoding="utf-8")
    return tuple(text[text.index("\n") + 1 :].split())  # the first line is the header comment


@cache
def common_words() -> frozenset[str]:
    """Words of ``rules/wordlists/common-words.txt``: most lookups end here."""
    return frozenset(sorted_common_words())


def common_word(lower: str) -> bool:
    """True for a common English word in lower case ("spark", "express"), as opposed to a name."""
    return lower in common_words()
