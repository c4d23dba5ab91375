"""buzzword: clichés that tell the reader nothing ("results-driven", "team player", "synergy")."""

from __future__ import annotations

from collections.abc import Iterator

from cvlint.engine import RuleContext
from cvlint.findings import Finding
from cvlint.model import Document
from cvlint.phrases import find_phrases
from cvlint.resources import wordlist


def check(document: Document, context: RuleContext) -> Iterator[Finding]:
    """Report each listed cliché."""
    phrases: list[str] = wordlist("phrases")["buzzwords"]["phrases"]
    for _, text in document.prose():
        for found, span in find_phrases(text, phrases):
            yield context.finding(
                span.start,
                span.end,
                f"'{found}' is a cliché that tells the reader nothing",
                "show it instead: replace it with a result or an example",
                context=found,
            )
