"""term-casing: technology names with the wrong casing ("Github", "javascript", "Postgresql")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from cvlint.code_spans import in_code_or_url
from cvlint.engine import RuleContext
from cvlint.findings import Finding, Fix
from cvlint.model import Document
from cvlint.resources import wordlist

_TOKEN = re.compile(r"(?<![\w.#+/@-])[A-Za-z.][\w.#+-]*[\w#+]|(?<![\w.#+/@-])[A-Za-z]")


@cache
def canonical() -> dict[str, str]:
    """Lower-case spelling → usual spelling, from ``rules/wordlists/terms.toml``."""
    data = wordlist("terms")
    table = {term.lower(): term for term in data["terms"] if " " not in term}
    table.update(data["variants"])
    return table


def check(document: Document, context: RuleContext) -> Iterator[Finding]:
    """Report listed names written with another casing; the safe fix writes the usual one."""
    table = canonical()
    for _, text in document.prose():
        for match in _TOKEN.finditer(text.value):
            word = match.group().rstrip(".")
            wanted = table.get(word.lower())
            if wanted is None or word == wanted or (word.isupper() and len(word) > 1):
                continue  # an all-capitals word belongs to an all-capitals heading or acronym
            span = text.source_span(match.start(), match.start() + len(word))
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
