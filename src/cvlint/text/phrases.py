"""Finding listed phrases in text a reader sees, and the source spans of what was found."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache

from cvlint.model.document import Span, Text
from cvlint.text.fast_regex import compile_fast


def phrase_regex(phrases: Iterable[str], gap: str = r"[\s\-]+") -> str:
    """The source of a pattern for whole-word ``phrases`` (longest first), their words joined by ``gap``."""
    ordered = sorted(phrases, key=len, reverse=True)
    alternatives = "|".join(re.escape(p).replace(r"\ ", gap) for p in ordered)
    return rf"(?<![\w-])(?:{alternatives})(?![\w-])"


_LEADING_FLAGS = re.compile(r"(?:\(\?[aiLmsux]+\))+")


def own_group(pattern: str) -> str:
    """``pattern`` as a group of its own, to join with others: leading flags such as ``(?i)`` apply to it alone.

    Python refuses flags like ``(?i)`` anywhere but at the start of a whole pattern, so they become the
    group's scoped flags (``(?i:…)``).
    """
    leading = _LEADING_FLAGS.match(pattern)
    if leading is None:
        return f"(?:{pattern})"
    flags = "".join(dict.fromkeys(leading.group().replace("(?", "").replace(")", "")))
    end = "\n)" if "x" in flags else ")"  # a verbose pattern may end in a comment
    return f"(?{flags}:{pattern[leading.end() :]}{end}"


@cache
def phrase_pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """One case-insensitive pattern for whole-word ``phrases`` (longest first; a space also matches a hyphen)."""
    return compile_fast(phrase_regex(phrases), re.IGNORECASE)


def find_phrases(text: Text, phrases: Iterable[str]) -> Iterator[tuple[str, Span]]:
    """``(matched text, source span)`` for each listed phrase in ``text``."""
    for match in phrase_pattern(tuple(phrases)).finditer(text.value):
        yield match.group(), text.source_span(match.start(), match.end())
