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

from cvlint.model.document import Document, Span, Text
from cvlint.model.findings import Applicability, Finding, Fix
from cvlint.resources import wordlist
from cvlint.rule.context import RuleContext
from cvlint.text.code_spans import in_code_or_url
from cvlint.text.common_words import common_word
from cvlint.text.lists import majority
from cvlint.text.prose import prose
from cvlint.text.tech_lists import NAME, canonical, list_item
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


@lru_cache(maxsize=65536)
def _looked_up(found: str) -> tuple[str, str | None, bool, bool]:
    """A ``NAME`` match as a word: the word, its usual casing (None for no known name), whether it is a
    common word, and whether it is an unlisted name with capitals inside ("ClickHouse") to compare."""
    word = found.rstrip(".")
    lower = word.lower()
    wanted = canonical(lower)
    if wanted is not None:
        return word, wanted, common_word(lower), False
    return word, None, False, len(word) >= 3 and not word.isupper() and not word.islower()


def check(document: Document, context: RuleContext) -> Iterator[Finding]:
    """Report technology names written with another casing, and a name cased two ways in one document."""
    found: list[tuple[str, str, Text, int]] = []
    unlisted: dict[str, list[tuple[str, Text, int]]] = {}
    for section, text in prose(document).texts():  # one pass over the words feeds both checks
        names: list[tuple[str, str, int, bool]] = []
        for match in NAME.finditer(text.value):
            word, wanted, ordinary, mixed = _looked_up(match.group())
            if wanted is not None:
                names.append((word, wanted, match.start(), ordinary))
            elif mixed:
                unlisted.setdefault(word.lower(), []).append((word, text, match.start()))
        for word, wanted, start, ordinary in names:
            listed_item = list_item(text.value, start, start + len(word))
            in_list = listed_item and (section.role == "skills" or len(names) > TECH_NEIGHBOURS)
            if _miscased(word, wanted) and (not ordinary or in_list):
                found.append((word, wanted, text, start))
    yield from _listed(document, context, found)
    yield from _inconsistent(document, context, unlisted)


def _inconsistent(
    document: Document, context: RuleContext, seen: dict[str, list[tuple[str, Text, int]]]
) -> Iterator[Finding]:
    """Unlisted names written two ways ("Clickhouse" and "ClickHouse"): reported without a fix.

    No source says which casing is the name's, and the commoner one in a document can be the wrong one.
    """
    for found in seen.values():
        if len({word for word, _, _ in found}) < 2:
            continue  # one spelling throughout (most words): no source positions needed
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
