"""One reading of a document's prose for every rule: its texts, their words and their sentences.

``prose(document)`` reads the document on first use and keeps the reading on the document, so the rules
that count, find or place words share one tokenisation of it. Positions are offsets into a text's
``value``; ``Text.source_span`` maps them to the source.

A word is a run that starts with a letter or a digit and goes on through letters, digits and the marks
names and contractions are written with (``Node.js``, ``C#``, ``C++``, ``CI/CD``, ``don't``, ``e.g.``);
a comma ends one (``2,000`` is two), and a full stop or hyphen right after a word is kept with it, so
counts are the same with or without it.
A sentence ends at ``.``, ``!`` or ``?`` after a lower-case letter, a digit or a closing bracket when a
capital follows, unless the full stop ends an abbreviation ("e.g.", "Inc.") or an initial.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import compress
from operator import itemgetter, not_
from typing import NamedTuple

from cvlint.model.document import Document, Line, Section, Text
from cvlint.text.fast_regex import ascii_twin

WORD = re.compile(r"[^\W_][\w'’.+#/-]*")
_WORD_ASCII = ascii_twin(WORD)
_LETTER = re.compile(r"[^\W\d_]")
_SENTENCE_END = re.compile(r"(?<=[a-z0-9)%\]])[.!?](?=\s+[A-Z])")
_ABBREVIATION = re.compile(
    r"(?:\b(?:e\.g|i\.e|etc|vs|approx|incl|Inc|Ltd|Corp|Co|Dr|Mr|Ms|Mrs|Jr|Sr|St|No|U\.S|a\.m|p\.m)|\b[A-Za-z])$"
)
_BEFORE = 12
"""How far before a full stop to look for an abbreviation (the longest is six characters)."""
_ADDRESS = re.compile(
    r"(?<![\w+.-])[a-z][a-z0-9+.-]*+://\S*"
    r"|(?<![\w.])www\.\S*"
    r"|(?<![\w.-])[\w-]++(?:\.[\w-]++)++/\S*"
    r"|(?<!\S)[^\s@]++@[\w-]++\.\S*",
    re.IGNORECASE,
)
"""A URL, a bare host with a path (``github.com/dbcli/pgcli``) or an e-mail address: not words of a sentence.
Each branch starts only where its token starts and never backtracks, so a long run of dots stays linear."""
_KEY = "prose"


class Word(NamedTuple):
    """A word of a text: where it starts and ends in the text's value, and what it says."""

    start: int
    end: int
    value: str


def word_pattern(value: str) -> re.Pattern[str]:
    """``WORD``, or for ASCII text its ASCII twin (the same words, found faster)."""
    return _WORD_ASCII if value.isascii() else WORD


def words(value: str) -> list[str]:
    """The words of ``value``."""
    return word_pattern(value).findall(value)


def _has_letter(word: str) -> bool:
    return word[0].isalpha() or (not word.isdigit() and _LETTER.search(word) is not None)


def letter_words(value: str) -> list[str]:
    """The words of ``value`` with a letter in them: a number is not one ("2019", "30%"), "3D" and "12c" are."""
    found = word_pattern(value).findall(value)
    lead = list(map(str.isalpha, map(itemgetter(0), found)))  # nearly every word: a letter first
    return [word for word, letter in zip(found, lead, strict=True) if letter or _has_letter(word)]


@lru_cache(maxsize=4096)
def letter_word_count(value: str) -> int:
    """How many ``letter_words`` ``value`` has (asked again and again of a text by the readers and rules)."""
    found = word_pattern(value).findall(value)
    lead = list(map(str.isalpha, map(itemgetter(0), found)))
    return sum(lead) + sum(map(_has_letter, compress(found, map(not_, lead))))


def word_positions(value: str) -> tuple[Word, ...]:
    """The words of ``value`` with where each stands in it."""
    return tuple(Word(match.start(), match.end(), match.group()) for match in word_pattern(value).finditer(value))


def sentence_ends(value: str) -> list[int]:
    """Where the sentences of ``value`` end, but for the last (abbreviations and initials end none)."""
    return [
        match.start()
        for match in _SENTENCE_END.finditer(value)
        if not _ABBREVIATION.search(value, max(0, match.start() - _BEFORE), match.start())
    ]


def without_addresses(value: str) -> str:
    """``value`` with its URLs, bare hosts with a path and e-mail addresses blanked out (same length)."""
    if "." not in value or not ("/" in value or "@" in value or "www." in value.lower()):
        return value  # each kind of address holds a full stop and a slash, an "@" or "www."
    return _ADDRESS.sub(lambda match: " " * len(match.group()), value)


class Prose:
    """A document's prose, read once: its texts, and each text's words and sentences on first asking."""

    __slots__ = ("_counts", "_sentences", "_texts", "_words", "document")

    def __init__(self, document: Document) -> None:
        self.document = document
        self._texts: dict[bool, tuple[tuple[Section, Text], ...]] = {}
        self._words: dict[str, tuple[Word, ...]] = {}
        self._counts: dict[str, int] = {}
        self._sentences: dict[str, int] = {}

    def texts(self, entry_parts: bool = True) -> tuple[tuple[Section, Text], ...]:
        """``Document.prose``: every text a reader sees with its section."""
        found = self._texts.get(entry_parts)
        if found is None:
            found = self._texts[entry_parts] = tuple(self.document.prose(entry_parts))
        return found

    def count(self, value: str) -> int:
        """How many words ``value`` (a text's value) has."""
        found = self._counts.get(value)
        if found is None:
            found = self._counts[value] = len(word_pattern(value).findall(value))
        return found

    def words(self, value: str) -> tuple[Word, ...]:
        """The words of ``value`` (a text's value) with their positions, read once for the document."""
        found = self._words.get(value)
        if found is None:
            found = self._words[value] = word_positions(value)
        return found

    def sentences(self, value: str) -> int:
        """How many sentences ``value`` holds."""
        found = self._sentences.get(value)
        if found is None:
            found = self._sentences[value] = len(sentence_ends(value)) + 1
        return found


def prose(document: Document) -> Prose:
    """The reading of ``document``'s prose, made on first use and kept on the document."""
    found = document.derived.get(_KEY)
    if not isinstance(found, Prose):
        found = Prose(document)
        document.derived[_KEY] = found
    return found


def line_matches(
    document: Document, pattern: re.Pattern[str], needle: str | None = None, lines: Iterable[Line] | None = None
) -> Iterator[tuple[Line, re.Match[str], int]]:
    """Each match of ``pattern`` in the prose lines (or ``lines``), with its line and where it starts in the
    source; ``needle``, a piece of text every match holds, skips the lines without it unscanned."""
    for line in document.prose_lines() if lines is None else lines:
        if needle is not None and needle not in line.text:
            continue
        start = line.span.start
        for match in pattern.finditer(line.text):
            yield line, match, start + match.start()
