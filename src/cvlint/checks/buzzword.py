"""buzzword: clichés that tell the reader nothing ("results-driven", "team player", "synergy")."""

from __future__ import annotations

from collections.abc import Iterator

from cvlint.model.document import Document
from cvlint.model.findings import Finding
from cvlint.resources import wordlist
from cvlint.rule.context import RuleContext
from cvlint.text.phrases import find_phrases


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
