"""Technology names and the lists they stand in, shared by term-casing and spelling.

The names come from ``rules/wordlists/terms.toml`` (hand-kept) and ``software-names.tsv`` (generated from
cspell's dictionaries); a list is a run of items ("Python, spark, Kafka and hibernate").
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from cvlint.resources import rules_dir, wordlist
from cvlint.text.common_words import common_words
from cvlint.text.fast_regex import ascii_twin
from cvlint.text.sorted_table import SortedTable, table

NAME = re.compile(r"[A-Za-z.](?<![\w.#+/@-].)(?:[\w.#+-]*[\w#+]|(?<=[A-Za-z]))")
"""A word that may be a technology name ("Node.js", "C#", "C++"): a letter or a full stop where no word
goes on, then letters, digits and ``.#+-`` up to one that may end a name ("." alone is none). Led by the
character it consumes first, not by its look-behind, so the scan passes over other characters at once."""
_NAME_ASCII = ascii_twin(NAME)


def name_pattern(value: str) -> re.Pattern[str]:
    """``NAME``, or for ASCII text its ASCII twin (the same matches, found faster)."""
    return _NAME_ASCII if value.isascii() else NAME


@cache
def listed() -> dict[str, str]:
    """Lower-case spelling → usual spelling, from ``rules/wordlists/terms.toml``."""
    data = wordlist("terms")
    names = {term.lower(): term for term in data["terms"] if " " not in term}
    names.update(data["variants"])
    return names


@cache
def _software_names() -> SortedTable:
    return table(rules_dir() / "wordlists" / "software-names.tsv")


@lru_cache(maxsize=65536)
def canonical(lower: str) -> str | None:
    """The usual casing of a technology name, "" for a known name whose sources disagree, None if unknown.

    The generated names are looked up only for words that are not common English ones ("the", "open").
    """
    found = listed().get(lower)
    if found is not None or lower in common_words():
        return found
    return _software_names().get(lower)


_ITEM_BEFORE = re.compile(r"(?:^|[,/|:;(]|\band|\bor)\s*$")
_ITEM_AFTER = re.compile(r"\s*(?:$|[,/|;)]|\.(?:\s|$)|and\b|or\b)")


def list_item(value: str, start: int, end: int) -> bool:
    """True when the word at ``start``–``end`` is an item of a list ("Python, spark, Kafka"), not of a phrase."""
    return bool(_ITEM_BEFORE.search(value[max(0, start - 6) : start])) and bool(_ITEM_AFTER.match(value, end))


def technology_names(value: str) -> int:
    """How many technology names a text holds."""
    return sum(map(_is_name, name_pattern(value).findall(value)))


@lru_cache(maxsize=65536)
def _is_name(found: str) -> bool:
    """True when the ``NAME`` match ``found`` is a known technology name."""
    return canonical(found.rstrip(".").lower()) is not None
