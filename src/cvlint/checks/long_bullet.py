"""long-bullet: bullets too long to scan (too many words or sentences)."""

from __future__ import annotations

from collections.abc import Iterator

from cvlint.model.document import Document
from cvlint.model.findings import Finding
from cvlint.rule.context import RuleContext
from cvlint.text.prose import prose


def check(document: Document, context: RuleContext) -> Iterator[Finding]:
    """Report bullets over the word or sentence limit (a publications or talks section lists citations,
    whose authors' initials and field-separating full stops are not sentences of an achievement)."""
    max_words: int = context.options["max-words"]
    max_sentences: int = context.options["max-sentences"]
    bullets = (b for s in document.sections if s.role != "publications" for b in s.all_bullets())
    read = prose(document)
    for bullet in bullets:
        value = bullet.text.value
        words = read.count(value)
        count = read.sentences(value) if words > 12 else 1
        if words <= max_words and count <= max_sentences:
            continue
        problem = f"{words} words" if words > max_words else f"{count} sentences"
        limit = f"{max_words} words" if words > max_words else f"{max_sentences} sentences"
        yield context.finding(
            bullet.text.span.start,
            bullet.text.span.end,
            f"bullet has {problem} (more than {limit}): readers skim",
            "keep one achievement per bullet: cut background, or split it in two",
            context=value,
        )
