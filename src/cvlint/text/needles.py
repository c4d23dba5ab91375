"""Which texts of a document may hold a match of a pattern, found in one scan instead of one a text.

Every match of a pattern such as ``\\blorem ipsum\\b|\\$[Xx]{1,3}\\b`` holds one of a few literal strings
(``lorem ipsum``, ``$``), read from the parsed pattern. One search for those strings over the texts joined
by a newline (the strings hold none, so none is found across two texts) names the few texts the pattern
need be run on; the others cannot hold a match. A pattern some of whose matches need hold no literal
string (``\\w+``) gives no such strings, and then every text is read.

The strings are looked for in the texts put in lower case, by a case-sensitive pattern (which the engine
skips along to a string's first character, where a case-insensitive one tries every position). A string
written case-sensitively (``TODO``) is then found in any case: a few more texts read, none passed over.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from functools import cache
from itertools import product
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any, NamedTuple, cast

_Needle = tuple[tuple[str, bool], ...]
"""A literal string as ``(character, matched ignoring case)`` pairs."""
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_MOST = 64
"""The most strings one set may hold (a product of alternatives grows fast)."""


def _flags(value: Any, ignore_case: bool) -> bool | None:
    """A group's case flag, or None when it sets another flag (ASCII, multi-line…: not read here)."""
    _group, added, removed, _inner = value
    if (added | removed) & ~re.IGNORECASE:
        return None
    return bool(added & re.IGNORECASE) or (ignore_case and not removed & re.IGNORECASE)


def _whole(item: tuple[Any, Any], ignore_case: bool) -> set[_Needle] | None:
    """Every string ``item`` can match, when they are a few literal strings; None otherwise."""
    op, value = item
    if op in _ZERO_WIDTH:
        return {()}
    if op is sre.LITERAL:
        return {((chr(value), ignore_case),)} if value != ord("\n") else None
    if op is sre.SUBPATTERN:
        case = _flags(value, ignore_case)
        return None if case is None else _sequence_whole(value[3], case)
    if op is sre.BRANCH:
        found = _any_branch(value[1], _sequence_whole, ignore_case)
        return found if found is not None and len(found) <= _MOST else None
    return None


def _any_branch(
    branches: Any, read: Callable[[Any, bool], set[_Needle] | None], ignore_case: bool
) -> set[_Needle] | None:
    """The strings ``read`` gives for each branch of an alternation, together; None when one branch gives none."""
    found: set[_Needle] = set()
    for branch in branches:
        strings = read(branch, ignore_case)
        if strings is None:
            return None
        found |= strings
    return found


def _sequence_whole(sequence: Any, ignore_case: bool) -> set[_Needle] | None:
    strings: set[_Needle] = {()}
    for item in sequence:
        more = _whole(item, ignore_case)
        if more is None or len(strings) * len(more) > _MOST:
            return None
        strings = {a + b for a, b in product(strings, more)}
    return strings


def _better(one: set[_Needle] | None, other: set[_Needle] | None) -> set[_Needle] | None:
    """The set that turns more texts away: every string non-empty, the shortest longer, then fewer."""
    if other is None or not other or () in other:
        return one
    if one is None:
        return other
    return max(one, other, key=lambda strings: (min(map(len, strings)), -len(strings)))


def _inner(item: tuple[Any, Any], ignore_case: bool) -> set[_Needle] | None:
    """Strings one of which every match of ``item`` holds (when it is not a few literal strings itself)."""
    op, value = item
    if op is sre.SUBPATTERN:
        case = _flags(value, ignore_case)
        return None if case is None else _required(value[3], case)
    if op is sre.ATOMIC_GROUP:
        return _required(value, ignore_case)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and value[0] > 0:
        return _required(value[2], ignore_case)
    if op is sre.BRANCH:
        return _any_branch(value[1], _required, ignore_case)
    return None


def _required(sequence: Any, ignore_case: bool) -> set[_Needle] | None:
    """Strings one of which every match of ``sequence`` holds; None when none such are read."""
    best: set[_Needle] | None = None
    run: set[_Needle] = {()}
    for item in sequence:
        whole = _whole(item, ignore_case)
        if whole is not None and len(run) * len(whole) <= _MOST:
            run = {a + b for a, b in product(run, whole)}
            continue
        best = _better(_better(best, run), _inner(item, ignore_case))
        run = {()}
    return _better(best, run)


def _written(needle: _Needle) -> _Needle:
    """``needle`` with each ASCII letter matched ignoring case in lower case (the same test, written once)."""
    return tuple((char.lower() if fold and char.isascii() else char, fold) for char, fold in needle)


def _run(chain: _Needle) -> str:
    """Characters in a row as a pattern, each stretch of one case flag in one group."""
    parts: list[tuple[bool, str]] = []
    for char, fold in chain:
        if parts and parts[-1][0] == fold:
            parts[-1] = (fold, parts[-1][1] + re.escape(char))
        else:
            parts.append((fold, re.escape(char)))
    return "".join(f"(?i:{text})" if fold else text for fold, text in parts)


def _tree(strings: list[_Needle]) -> str:
    """``strings`` (none the start of another) as one pattern of their common starts (``here(?: is| are)``,
    not ``here is|here are``): the engine tries each character once, not once a string."""
    heads: dict[tuple[str, bool], list[_Needle]] = {}
    for string in strings:
        heads.setdefault(string[0], []).append(string[1:])
    branches = []
    for head, tails in heads.items():
        chain = [head]
        while tails != [()] and len({tail[0] for tail in tails}) == 1:
            chain.append(tails[0][0])
            tails = [tail[1:] for tail in tails]
        branches.append(_run(tuple(chain)) + (_tree(tails) if tails != [()] else ""))
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def _shortest(strings: set[_Needle]) -> list[_Needle]:
    """``strings`` but those that begin with another (a text holding one holds the other), in order."""
    kept: list[_Needle] = []
    for string in sorted(strings):
        if not kept or string[: len(kept[-1])] != kept[-1]:
            kept.append(string)
    return kept


_FOLDS = {"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"}
"""The letters beyond A–Z that the engine matches to one of A–Z ignoring case (İ, ı, ſ, the Kelvin sign),
as that letter: str.lower leaves ı and ſ as they are and makes İ two characters."""
_FOLD_TABLE = str.maketrans(_FOLDS)


class Needles(NamedTuple):
    """The strings one of which every match holds, as one pattern: when they can be found so, a
    case-sensitive pattern of their lower case for texts put in lower case (``lowered``), else a pattern of
    their own case."""

    pattern: re.Pattern[str]
    lowered: bool


def lowered(text: str) -> str:
    """``text`` in lower case, one character for each, where the lower case of a string that a character of
    ``text`` matches ignoring case (an ASCII character or one without case) is found as it is."""
    if not text.isascii() and any(letter in text for letter in _FOLDS):
        text = text.translate(_FOLD_TABLE)
    return text.lower()


def _lowered_needle(needle: _Needle) -> _Needle | None:
    """``needle`` in lower case, matched case-sensitively; None when it holds a letter beyond ASCII (the
    engine matches such letters ignoring case by rules :func:`lowered` does not follow)."""
    if any(not char.isascii() and (char.lower() != char or char.upper() != char) for char, _ in needle):
        return None
    return tuple((char.lower(), False) for char, _ in needle)


def _lowered_pattern(strings: list[_Needle]) -> re.Pattern[str] | None:
    found = set(map(_lowered_needle, strings))
    return None if None in found else re.compile(_tree(_shortest(cast(set[_Needle], found))))


@cache
def needle_pattern(pattern: str, flags: int = 0) -> Needles | None:
    """The literal strings one of which every match of ``pattern`` holds; None when there are none to read
    (every text must then be read)."""
    if flags & ~(re.IGNORECASE | re.VERBOSE | re.UNICODE):
        return None
    parsed = sre_parse.parse(pattern, flags)
    if parsed.state.flags & ~(re.IGNORECASE | re.VERBOSE | re.UNICODE):
        return None
    strings = _required(parsed.data, bool(parsed.state.flags & re.IGNORECASE))
    if not strings or () in strings:
        return None
    kept = _shortest({_written(string) for string in strings})
    in_lower_case = _lowered_pattern(kept)
    if in_lower_case is not None:
        return Needles(in_lower_case, lowered=True)
    # Led by a lookahead for the first characters (as compile_fast leads a pattern; a superset is harmless).
    first = "".join(dict.fromkeys(re.escape(string[0][0]) for string in kept))
    return Needles(re.compile(f"(?=(?i:[{first}])){_tree(kept)}"), lowered=False)


def holding(needles: Needles | None, texts: Sequence[str]) -> Sequence[int]:
    """The indices, in order, of the ``texts`` that hold one of ``needles`` (all when it is None)."""
    if needles is None:
        return range(len(texts))
    starts: list[int] = []
    at = 0
    for text in texts:
        starts.append(at)
        at += len(text) + 1
    joined = "\n".join(texts)
    scan = needles.pattern.finditer(lowered(joined) if needles.lowered else joined)
    return list(dict.fromkeys(bisect_right(starts, match.start()) - 1 for match in scan))
