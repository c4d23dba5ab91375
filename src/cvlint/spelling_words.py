"""Is this an English word? The lookup spelling uses, shared with rules that need to know."""

from __future__ import annotations

from cvlint.checks.spelling import common, foreign, known


def known_word(word: str) -> bool:
    """True for an English word that some source of the spelling rule or cvlint's technology vocabulary knows."""
    return known(word, frozenset()) and not foreign(word.lower())


def common_word(lower: str) -> bool:
    """True for a common English word in lower case ("spark", "express"), as opposed to a name."""
    return common(lower)
