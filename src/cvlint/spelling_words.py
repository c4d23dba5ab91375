"""Is this an English word? The lookup spelling uses, shared with rules that need to know."""

from __future__ import annotations

from cvlint.checks.spelling import common, dictionary_word


def known_word(word: str) -> bool:
    """True for a word of pyspellchecker's English dictionary or cvlint's technology vocabulary.

    Rarer words that spelling also accepts ("ment" in SCOWL's largest sizes) are not English enough to
    tell a word broken at a line end ("develop- ment") from two words.
    """
    return dictionary_word(word)


def common_word(lower: str) -> bool:
    """True for a common English word in lower case ("spark", "express"), as opposed to a name."""
    return common(lower)
