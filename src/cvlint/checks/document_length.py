"""document-length: a résumé or cover letter longer than readers will read."""

from __future__ import annotations

from collections.abc import Iterator

from cvlint.model.document import Document
from cvlint.model.findings import Finding
from cvlint.rule.context import RuleContext
from cvlint.text.prose import prose

WORDS_PER_PAGE = 500
PUBLICATION_SHARE = 4
"""Publications are left out of the count when they are at least one word in this many."""


def check(document: Document, context: RuleContext) -> Iterator[Finding]:
    """Report a document over its kind's word limit, with an estimate of its pages.

    Publications and talks are not counted where they are a quarter or more of the words: an academic CV
    is as long as its publication list, and its reader expects it to be."""
    words = listed = 0
    read = prose(document)
    for section, text in read.texts():
        count = read.count(text.value)
        if section.role == "publications":
            listed += count
        else:
            words += count
    if listed * PUBLICATION_SHARE < words + listed:
        words, listed = words + listed, 0
    limit: int = context.options["cover-letter-max-words" if document.kind == "cover-letter" else "resume-max-words"]
    if words <= limit:
        return
    end = document.lines[0].span.end if document.lines else 0
    kind = "cover letter" if document.kind == "cover-letter" else "résumé"
    pages = (words + listed) / WORDS_PER_PAGE
    yield context.finding(
        0,
        end,
        f"the {kind} has {words + listed} words{f' ({words} outside its publications)' if listed else ''}, "
        f"about {pages:.1f} pages; the limit is {limit} words",
        "cut older roles to one line each and keep the bullets that show results"
        if kind == "résumé"
        else "keep to three or four short paragraphs: why them, why you, what next",
        context=kind,
    )
