"""Is this an English word? pyspellchecker's counts and cvlint's technology vocabulary, read once.

Spelling builds on these lookups, and rules that need to know whether a piece of text is a word
(extraction-artifact's words broken at a line end) ask ``known_word``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from cvlint.resources import rules_dir, wordlist
from cvlint.text.sorted_table import SortedTable, table


@cache
def wordlist_lines(name: str) -> list[str]:
    """The lines of ``rules/wordlists/<name>``, blank lines and ``#`` comments left out."""
    with open(rules_dir() / "wordlists" / name, encoding="utf-8") as handle:
        return [line for line in handle.read().split("\n") if line and not line.startswith("#")]


@cache
def vocabulary() -> frozenset[str]:
    """The technology vocabulary in lower case: tech words, the parts of every term and their variants."""
    terms = wordlist("terms")
    names = {part.lower() for term in terms["terms"] for part in re.split(r"[\s.]+", term) if part}
    return frozenset(wordlist_lines("tech-words.txt")) | names | set(terms["variants"])


@cache
def _english_counts() -> SortedTable:
    return table(rules_dir() / "wordlists" / "english-words.tsv")


def english_count(form: str) -> int:
    """pyspellchecker's count of ``form`` (0 for a word it does not know)."""
    found = _english_counts().get(form)
    return int(found) if found else 0


def english_counts(forms: Iterable[str]) -> dict[str, int]:
    """``english_count`` of many forms at once: those pyspellchecker knows, with their counts."""
    return {form: int(count) for form, count in _english_counts().values(forms).items() if count}


def unbegun(word: str) -> str | None:
    """The shortest start of ``word`` that no word of pyspellchecker's list begins with ("experin" of
    "experinecd"): no string beginning with it is counted. None when a listed word begins with all of ``word``."""
    table = _english_counts()
    if table.starts(word):
        return None
    begun, unbegun = 0, len(word)  # a word begins with word[:begun] (with "", any does), none with word[:unbegun]
    while unbegun - begun > 1:
        middle = (begun + unbegun) // 2
        begun, unbegun = (middle, unbegun) if table.starts(word[:middle]) else (begun, middle)
    return word[:unbegun]


def known_word(word: str) -> bool:
    """True for a word of pyspellchecker's English dictionary or cvlint's technology vocabulary.

    Rarer words that spelling also accepts ("ment" in SCOWL's largest sizes) are not English enough to
    tell a word broken at a line end ("develop- ment") from two words.
    """
    lower = word.lower()
    return lower in vocabulary() or any(english_count(form) > 0 for form in (lower, lower.removesuffix("s")))
