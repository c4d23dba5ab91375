"""duplicate-line: a line repeated on the next non-blank line, or a bullet repeated anywhere."""

from __future__ import annotations

import re
from collections.abc import Iterator

from cvlint.engine import RuleContext
from cvlint.findings import Edit, Finding, Fix
from cvlint.model import Document, Line

_TAGS = re.compile(r"<[^>\n]*>|\\(?:begin|end)\s*\{[^}\n]*\}|\\[A-Za-z@]+\*?|[{}\[\]]")
"""Markup that carries no words: HTML tags, LaTeX commands and braces."""
_MIN_BULLET_WORDS = 3


def _key(text: str) -> str:
    return " ".join(text.split())


def _has_words(text: str) -> bool:
    return any(char.isalnum() for char in _TAGS.sub("", text))


def check(document: Document, context: RuleContext) -> Iterator[Finding]:
    """Report repeated adjacent lines (fix: delete the repeat) and bullets written twice (no fix)."""
    previous: Line | None = None
    repeated_lines: set[int] = set()
    for line in document.prose_lines():
        content = line.text.strip()
        if not content:
            continue
        if previous is not None and _key(content) == _key(previous.text.strip()) and _has_words(content):
            start = line.span.start + (len(line.text) - len(line.text.lstrip()))
            end = line.span.start + len(line.text.rstrip())
            previous_end = previous.span.start + len(previous.text.rstrip())
            repeated_lines.add(line.number)
            yield context.finding(
                start,
                end,
                f"line {line.number} repeats line {previous.number} word for word (an export or copy-paste artifact)",
                "delete the repeated line",
                Fix("safe", (Edit(previous_end, end, ""),)) if document.line_fixes else None,
                context=content,
            )
        previous = line
    seen: dict[str, int] = {}
    for bullet in document.bullets():
        key = _key(bullet.text.value).casefold().rstrip(".;,")
        if len(key.split()) < _MIN_BULLET_WORDS:
            continue
        line_number = document.line_index.position(bullet.span.start)[0]
        if key in seen:
            if line_number not in repeated_lines:
                yield context.finding(
                    bullet.text.span.start,
                    bullet.text.span.end,
                    f"this bullet repeats the bullet on line {seen[key]}",
                    "keep the bullet where it fits best and reword or delete the other",
                    context=key,
                )
        else:
            seen[key] = line_number
