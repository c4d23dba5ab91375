"""Faster scans for patterns of many alternatives: a lookahead for the characters a match can begin with.

Python's regular-expression engine tries every alternative at every position of a text. A leading
``(?=[…])`` of the characters a match can begin with turns most positions away at once (three times
faster on the word lists here). The set is read from the parsed pattern and holds every character a
match can begin with, so the matches are the same; a pattern that may begin with any character, or
match nothing at all, is compiled as it is, and so is one the engine already starts quickly (anchored
at the start of the text, or led by a literal character).
"""

from __future__ import annotations

import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

from cvlint.lazy_pattern import lazy_compile

_CATEGORIES = {
    sre.CATEGORY_DIGIT: r"\d",
    sre.CATEGORY_NOT_DIGIT: r"\D",
    sre.CATEGORY_SPACE: r"\s",
    sre.CATEGORY_NOT_SPACE: r"\S",
    sre.CATEGORY_WORD: r"\w",
    sre.CATEGORY_NOT_WORD: r"\W",
}
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_LEADING_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")


class _AnyStart(Exception):
    """The pattern may begin with a character no class here describes."""


def _class_items(items: list[tuple[Any, Any]]) -> list[str]:
    atoms: list[str] = []
    for op, value in items:
        if op is sre.LITERAL:
            atoms.append(re.escape(chr(value)))
        elif op is sre.RANGE:
            atoms.append(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
        elif op is sre.CATEGORY and value in _CATEGORIES:
            atoms.append(_CATEGORIES[value])
        else:
            raise _AnyStart  # a negated class, or one this reader does not know
    return atoms


def _first(sequence: Any, atoms: list[str]) -> bool:
    """Add to ``atoms`` what ``sequence`` can begin with; True when it can also match nothing."""
    for op, value in sequence:
        if op in _ZERO_WIDTH:
            continue
        if op is sre.LITERAL:
            atoms.append(re.escape(chr(value)))
            return False
        if op is sre.IN:
            atoms.extend(_class_items(value))
            return False
        if op is sre.SUBPATTERN:
            _group, added, removed, inner = value
            if (added | removed) & ~re.IGNORECASE:
                raise _AnyStart  # scoped ASCII or multi-line flags change what a class means
            if not _first(inner, atoms):
                return False
        elif op is sre.ATOMIC_GROUP:
            if not _first(value, atoms):
                return False
        elif op is sre.BRANCH:
            empty = False
            for branch in value[1]:
                empty = _first(branch, atoms) or empty
            if not empty:
                return False
        elif op in _REPEATS:
            low, _high, inner = value
            if not _first(inner, atoms) and low > 0:
                return False
        else:
            raise _AnyStart  # any character, a back reference, a conditional group
    return True


def _engine_starts_fast(parsed: Any) -> bool:
    """True for a pattern the engine already starts quickly: anchored at the start, or led by a literal."""
    if not len(parsed.data):
        return False
    op, value = parsed.data[0]
    anchored = op is sre.AT and value in (sre.AT_BEGINNING, sre.AT_BEGINNING_STRING)
    return anchored or (op is sre.LITERAL and not parsed.state.flags & re.IGNORECASE)


def _reads_spaces_or_folds(source: str, flags: int) -> bool:
    """True when ``source`` may read ``\\s``/``\\S`` or fold case (a conservative test of its text: every
    way of writing either shows there as ``\\s``, ``\\S``, the flag or an ``i`` in an inline flag group)."""
    if flags & re.IGNORECASE or "\\s" in source or "\\S" in source:
        return True
    return any("i" in group[: len(group) - len(group.lstrip("aiLmsux-"))] for group in source.split("(?")[1:])


def ascii_twin(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` compiled with ``re.ASCII`` when first used: on ASCII text it finds the very same matches,
    and faster (its ``\\w`` and ``\\b`` read a table, not Unicode's). Only for a pattern without ``\\s`` or
    ``\\S`` (Unicode's also take \\x1c-\\x1f) and not case-insensitive (Unicode's folds match an ASCII letter
    to others, such as the Kelvin sign); ``ValueError`` for another."""
    if _reads_spaces_or_folds(pattern.pattern, pattern.flags):
        raise ValueError(f"no ASCII twin for {pattern.pattern!r}: it reads spaces or folds case")
    return lazy_compile(pattern.pattern, (pattern.flags & ~re.UNICODE) | re.ASCII)


def at_start_only(pattern: str, flags: int = 0) -> bool:
    """True when every match of ``pattern`` begins where the text does (it opens with ``^`` or ``\\A`` and is
    not multi-line), so ``match`` finds what ``search`` would."""
    parsed = sre_parse.parse(pattern, flags)
    if (flags | parsed.state.flags) & re.MULTILINE or not len(parsed.data):
        return False
    op, value = parsed.data[0]
    return bool(op is sre.AT and value in (sre.AT_BEGINNING, sre.AT_BEGINNING_STRING))


def compile_fast(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, led by a lookahead for the characters a match can begin with."""
    try:
        parsed = sre_parse.parse(pattern, flags)
        if _engine_starts_fast(parsed):
            raise _AnyStart
        atoms: list[str] = []
        if _first(parsed, atoms):
            raise _AnyStart  # the pattern can match nothing: every position is a start
    except _AnyStart:
        return re.compile(pattern, flags)
    leading = _LEADING_FLAGS.match(pattern)
    head, body = (pattern[: leading.end()], pattern[leading.end() :]) if leading else ("", pattern)
    end = "\n)" if (flags | parsed.state.flags) & re.VERBOSE else ")"
    # Case-insensitive parts of the pattern are matched so in the lookahead too (a superset is harmless).
    return re.compile(f"{head}(?=(?i:[{''.join(dict.fromkeys(atoms))}]))(?:{body}{end}", flags)
