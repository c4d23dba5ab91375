"""ai-artifact: text left behind by writing tools ("As an AI language model", "[insert …]")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from cvlint.engine import RuleContext
from cvlint.findings import Finding, Fix
from cvlint.first_chars import compile_fast
from cvlint.model import Document
from cvlint.resources import wordlist
from cvlint.textedit import delete_line


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(compile_fast(pattern) for pattern in wordlist("phrases")["ai-artifacts"]["patterns"])


def check(document: Document, context: RuleContext) -> Iterator[Finding]:
    """Report lines that hold a writing tool's leftovers; the unsafe fix deletes the line."""
    for line in document.lines:
        for pattern in _patterns():
            match = pattern.search(line.text)
            if match is None:
                continue
            start = line.span.start + match.start()
            yield context.finding(
                start,
                line.span.start + match.end(),
                f"'{match.group().strip()}' was left by a writing tool",
                "delete it, and reread the text around it",
                Fix("unsafe", (delete_line(document, line),)) if document.line_fixes else None,
                context=line.text.strip(),
            )
            break
