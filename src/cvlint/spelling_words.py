"""Is this an English word? The lookup spelling uses, shared with rules that need to know."""

from __future__ import annotations

from cvlint.checks.spelling import known


def known_word(word: str) -> bool:
    """True for a word of pyspellchecker's dictionary or cvlint's technology vocabulary."""
    return known(word, frozenset())
