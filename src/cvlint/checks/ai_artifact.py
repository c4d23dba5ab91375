"""ai-artifact: text left behind by writing tools ("As an AI language model", "[insert …]")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from cvlint.model.document import Document
from cvlint.model.findings import Finding, Fix
from cvlint.resources import wordlist
from cvlint.rule.context import RuleContext
from cvlint.text.edits import delete_line
from cvlint.text.fast_regex import compile_fast

MARKUP_LEAD = re.compile(r"(?:\s|[>*_~`#|+-]|\d+[.)]\s|\\[A-Za-z]+\*?(?:\[[^\]\n]*\])?\{)*")
"""Markup that may open a line before its text: quote and list markers, emphasis, a LaTeX command's brace
(``> **Co-Authored-By: …**``, ``\\textit{Co-authored-by: …}``)."""


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(compile_fast(pattern) for pattern in wordlist("phrases")["ai-artifacts"]["patterns"])


def check(document: Document, context: RuleContext) -> Iterator[Finding]:
    """Report lines that hold a writing tool's leftovers; the unsafe fix deletes the line."""
    for line in document.lines:
        lead = MARKUP_LEAD.match(line.text)
        offset = lead.end() if lead else 0
        text = line.text[offset:]  # patterns anchored at the line's start read it after the markup
        for pattern in _patterns():
            match = pattern.search(text)
            if match is None:
                continue
            start = line.span.start + offset + match.start()
            yield context.finding(
                start,
                line.span.start + offset + match.end(),
                f"'{match.group().strip()}' was left by a writing tool",
                "delete it, and reread the text around it",
                Fix("unsafe", (delete_line(document, line),)) if document.line_fixes else None,
                context=line.text.strip(),
            )
            break
