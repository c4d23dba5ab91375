"""Finding listed phrases in text a reader sees, and the source spans of what was found."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache

from cvlint.first_chars import compile_fast
from cvlint.model import Span, Text


def phrase_regex(phrases: Iterable[str], gap: str = r"[\s\-]+") -> str:
    """The source of a pattern for whole-word ``phrases`` (longest first), their words joined by ``gap``."""
    ordered = sorted(phrases, key=len, reverse=True)
    alternatives = "|".join(re.escape(p).replace(r"\ ", gap) for p in ordered)
    return rf"(?<![\w-])(?:{alternatives})(?![\w-])"


@cache
def phrase_pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """One case-insensitive pattern for whole-word ``phrases`` (longest first; a space also matches a hyphen)."""
    return compile_fast(phrase_regex(phrases), re.IGNORECASE)


def find_phrases(text: Text, phrases: Iterable[str]) -> Iterator[tuple[str, Span]]:
    """``(matched text, source span)`` for each listed phrase in ``text``."""
    for match in phrase_pattern(tuple(phrases)).finditer(text.value):
        yield match.group(), text.source_span(match.start(), match.end())
