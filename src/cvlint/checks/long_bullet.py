"""long-bullet: bullets too long to scan (too many words or sentences)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from cvlint.model.document import Document
from cvlint.model.findings import Finding
from cvlint.rule.context import RuleContext

_WORD = re.compile(r"[^\W_][\w'’.+#/-]*")
_SENTENCE_END = re.compile(r"(?<=[a-z0-9)%\]])[.!?](?=\s+[A-Z])")
_ABBREVIATION = re.compile(
    r"(?:\b(?:e\.g|i\.e|etc|vs|approx|incl|Inc|Ltd|Corp|Co|Dr|Mr|Ms|Mrs|Jr|Sr|St|No|U\.S|a\.m|p\.m)|\b[A-Za-z])$"
)


_BEFORE = 12
"""How far before a full stop to look for an abbreviation (the longest is six characters)."""


def sentences(text: str) -> int:
    """How many sentences ``text`` holds (abbreviations such as 'e.g.' do not end one)."""
    ends = [
        m
        for m in _SENTENCE_END.finditer(text)
        if not _ABBREVIATION.search(text, max(0, m.start() - _BEFORE), m.start())
    ]
    return len(ends) + 1


def check(document: Document, context: RuleContext) -> Iterator[Finding]:
    """Report bullets over the word or sentence limit (a publications or talks section lists citations,
    whose authors' initials and field-separating full stops are not sentences of an achievement)."""
    max_words: int = context.options["max-words"]
    max_sentences: int = context.options["max-sentences"]
    bullets = (b for s in document.sections if s.role != "publications" for b in s.all_bullets())
    for bullet in bullets:
        value = bullet.text.value
        words = len(_WORD.findall(value))
        count = sentences(value) if words > 12 else 1
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
