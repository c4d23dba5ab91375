"""term-casing: technology names with the wrong casing ("Github", "javascript", "Postgresql")."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from functools import cache

from cvlint.code_spans import in_code_or_url
from cvlint.engine import RuleContext
from cvlint.findings import Finding, Fix
from cvlint.model import Document, Span, Text
from cvlint.resources import wordlist

_TOKEN = re.compile(r"(?<![\w.#+/@-])[A-Za-z.][\w.#+-]*[\w#+]|(?<![\w.#+/@-])[A-Za-z]")


@cache
def canonical() -> dict[str, str]:
    """Lower-case spelling → usual spelling, from ``rules/wordlists/terms.toml``."""
    data = wordlist("terms")
    table = {term.lower(): term for term in data["terms"] if " " not in term}
    table.update(data["variants"])
    return table


def _mixed(word: str) -> bool:
    """A name with capitals inside it ("ClickHouse", "iPhone"): its casing is deliberate."""
    return any(char.isupper() for char in word[1:]) and not word.isupper()


def check(document: Document, context: RuleContext) -> Iterator[Finding]:
    """Report listed names written with another casing, and a name cased two ways in one document."""
    table = canonical()
    listed: list[tuple[str, str, Text, int]] = []
    unlisted: dict[str, list[tuple[str, Text, int]]] = {}
    for _, text in document.prose():  # one pass over the words feeds both checks
        for match in _TOKEN.finditer(text.value):
            word = match.group().rstrip(".")
            wanted = table.get(word.lower())
            if wanted is not None:
                if word != wanted and not (word.isupper() and len(word) > 1):
                    listed.append((word, wanted, text, match.start()))
            elif len(word) >= 3 and not word.isupper() and not word.islower():
                unlisted.setdefault(word.lower(), []).append((word, text, match.start()))
    yield from _listed(document, context, listed)
    yield from _inconsistent(document, context, unlisted)


def _inconsistent(
    document: Document, context: RuleContext, seen: dict[str, list[tuple[str, Text, int]]]
) -> Iterator[Finding]:
    """Unlisted names written two ways ("Clickhouse" and "ClickHouse"): the majority spelling wins."""
    for found in seen.values():
        if len({word for word, _, _ in found}) < 2:
            continue  # one spelling throughout (most words): no source positions needed
        uses: list[tuple[str, int, int]] = []
        for word, text, start in found:
            span = text.source_span(start, start + len(word))
            if (word, span.start, span.end) not in uses:  # a text can be read twice (a heading in a list item)
                uses.append((word, span.start, span.end))
        forms = Counter(word for word, _, _ in uses)
        if len(forms) < 2 or not any(_mixed(form) for form in forms):
            continue
        best = max(forms.values())
        majority = next(word for word, _, _ in uses if forms[word] == best)
        for word, start, end in uses:
            if word == majority or in_code_or_url(document, Span(start, end)):
                continue
            yield context.finding(
                start,
                end,
                f"'{word}' is also written '{majority}' in this document",
                f"write '{majority}' everywhere",
                Fix.replace(start, end, document.escape(majority)),
                context=word,
            )


def _listed(document: Document, context: RuleContext, found: list[tuple[str, str, Text, int]]) -> Iterator[Finding]:
    """Listed names cased otherwise than listed (an all-capitals word is a heading's or an acronym)."""
    for word, wanted, text, start in found:
        span = text.source_span(start, start + len(word))
        if in_code_or_url(document, span):
            continue
        yield context.finding(
            span.start,
            span.end,
            f"'{word}' is usually written '{wanted}'",
            f"write '{wanted}'",
            Fix.replace(span.start, span.end, document.escape(wanted)),
            context=word,
        )
