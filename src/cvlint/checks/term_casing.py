"""term-casing: technology names with the wrong casing ("Github", "javascript", "Postgresql").

The names come from ``rules/wordlists/terms.toml`` (hand-kept, with the casing their owners use) and
``software-names.tsv`` (generated from cspell's software and company dictionaries: names with capitals
inside, or written all in lower case). A name that is also an ordinary English word ("angular",
"hibernate", "spark") is a product name only among other technology names; a name its owners write in
lower case ("pandas") may take a capital where a sentence or a list item starts; and a capital first
letter alone ("MacOS") is how a heading, a sentence or an older product writes it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from functools import cache, lru_cache
from itertools import compress
from typing import NamedTuple, cast

from cvlint.model.document import Document, Section, Span, Text
from cvlint.model.findings import Applicability, Finding, Fix
from cvlint.resources import wordlist
from cvlint.rule.context import RuleContext
from cvlint.text.code_spans import in_code_or_url
from cvlint.text.common_words import common_word
from cvlint.text.lists import majority
from cvlint.text.prose import prose
from cvlint.text.tech_lists import canonical, list_item, name_pattern
from cvlint.text.titles import in_title_or_organisation

TECH_NEIGHBOURS = 2
"""Technology names a list must hold for an ordinary word that is an item of it ("spark") to be a product."""


@cache
def safe_corrections() -> dict[str, str]:
    """Written form → name, for the corrections ``rules/wordlists/safe-casing.toml`` calls unambiguous."""
    return {written: entry["name"] for written, entry in wordlist("safe-casing")["corrections"].items()}


def _mixed(word: str) -> bool:
    """A name with capitals inside it ("ClickHouse", "iPhone"): its casing is deliberate."""
    return any(char.isupper() for char in word[1:]) and not word.isupper()


def _ordinary(word: str) -> bool:
    """True for common English words, hyphenated or not ("Open", "Front-End"): their casing is the sentence's."""
    return all(common_word(part) for part in word.lower().split("-") if part)


def _miscased(word: str, wanted: str) -> bool:
    """True when ``word`` is ``wanted`` in a casing that is not the usual one nor a sentence's or a heading's."""
    if not wanted or word == wanted or (word.isupper() and len(word) > 1):
        return False
    return not (wanted[0].islower() and word[1:] == wanted[1:])  # "Pandas", "MacOS": a capital to start with


class Miscased(NamedTuple):
    """A known name cased otherwise than usual: the word, its usual casing, whether it is a common word."""

    word: str
    wanted: str
    ordinary: bool


@lru_cache(maxsize=65536)
def _listed_name(found: str) -> Miscased | bool | None:
    """A ``NAME`` match as a known name: None for no known name, False for one cased as usual (or as a
    sentence or a heading may case it), else how it is miscased."""
    word = found.rstrip(".")
    lower = word.lower()
    wanted = canonical(lower)
    if wanted is None:
        return None
    return Miscased(word, wanted, common_word(lower)) if _miscased(word, wanted) else False


@lru_cache(maxsize=65536)
def _unlisted(found: str) -> str | None:
    """A ``NAME`` match that is no known name but has a capital and a small letter ("ClickHouse",
    "Managed"): the word, whose casings are compared across the document; else None."""
    word = found.rstrip(".")
    if len(word) < 3 or word.isupper() or word.islower() or canonical(word.lower()) is not None:
        return None
    return word


def check(document: Document, context: RuleContext) -> Iterator[Finding]:
    """Report technology names written with another casing, and a name cased two ways in one document."""
    texts = prose(document).texts()
    found: list[tuple[str, str, Text, int]] = []
    unlisted: list[str] = []
    for section, text in texts:  # one pass over the words feeds both checks
        value = text.value
        pattern = name_pattern(value)
        words = pattern.findall(value)
        unlisted.extend(filter(None, map(_unlisted, words)))
        marks = list(map(_listed_name, words))
        if not any(marks):
            continue  # no known name cased otherwise than usual: no positions needed (nearly every text)
        names = len(marks) - marks.count(None)
        for match, mark in compress(zip(pattern.finditer(value), marks, strict=True), marks):
            word, wanted, ordinary = cast(Miscased, mark)
            start = match.start()
            if not ordinary or (
                list_item(value, start, start + len(word)) and (section.role == "skills" or names > TECH_NEIGHBOURS)
            ):
                found.append((word, wanted, text, start))
    yield from _listed(document, context, found)
    yield from _inconsistent(document, context, texts, _two_ways(unlisted))


def _two_ways(words: list[str]) -> set[str]:
    """The lower-case forms of those of ``words`` written in two casings or more."""
    first: dict[str, str] = {}
    twice: set[str] = set()
    for word in set(words):
        if first.setdefault(word.lower(), word) != word:
            twice.add(word.lower())
    return twice


def _inconsistent(
    document: Document, context: RuleContext, texts: tuple[tuple[Section, Text], ...], twice: set[str]
) -> Iterator[Finding]:
    """Unlisted names written two ways ("Clickhouse" and "ClickHouse"): reported without a fix.

    No source says which casing is the name's, and the commoner one in a document can be the wrong one.
    Only the words of ``twice`` (written in two casings) are looked for again, with their positions.
    """
    if not twice:
        return
    seen: dict[str, list[tuple[str, Text, int]]] = {}
    for _, text in texts:
        for match in name_pattern(text.value).finditer(text.value):
            word = _unlisted(match.group())
            if word is not None and word.lower() in twice:
                seen.setdefault(word.lower(), []).append((word, text, match.start()))
    for found in seen.values():
        uses: list[tuple[str, int, int]] = []
        for word, text, start in found:
            span = text.source_span(start, start + len(word))
            if (word, span.start, span.end) not in uses:  # a text can be read twice (a heading in a list item)
                uses.append((word, span.start, span.end))
        forms = Counter(word for word, _, _ in uses)
        if len(forms) < 2 or not any(_mixed(form) for form in forms) or _ordinary(next(iter(forms))):
            continue
        most, _ = majority([word for word, _, _ in uses])
        for word, start, end in uses:
            span = Span(start, end)
            if word == most or in_code_or_url(document, span) or in_title_or_organisation(document, span):
                continue
            yield context.finding(
                start,
                end,
                f"'{word}' is also written '{most}' in this document",
                "write the name one way everywhere, as its owners do",
                None,
                context=word,
            )


def _listed(document: Document, context: RuleContext, found: list[tuple[str, str, Text, int]]) -> Iterator[Finding]:
    """Names cased otherwise than their sources case them; safe fixes only for the unambiguous corrections."""
    safe = safe_corrections()
    for word, wanted, text, start in found:
        span = text.source_span(start, start + len(word))
        if in_code_or_url(document, span) or in_title_or_organisation(document, span):
            continue
        applicability: Applicability = "safe" if safe.get(word) == wanted else "unsafe"
        yield context.finding(
            span.start,
            span.end,
            f"'{word}' is usually written '{wanted}'",
            f"write '{wanted}'",
            Fix.replace(span.start, span.end, document.escape(wanted), applicability),
            context=word,
        )
