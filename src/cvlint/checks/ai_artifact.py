"""ai-artifact: text left behind by writing tools ("As an AI language model", "[insert …]")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from cvlint.model.document import Document
from cvlint.model.findings import Finding, Fix
from cvlint.rule.context import RuleContext
from cvlint.text.edits import delete_line

MARKUP_LEAD = re.compile(r"(?:\s|[>*_~`#|+-]|\d+[.)]\s|\\[A-Za-z]+\*?(?:\[[^\]\n]*\])?\{)*")
"""Markup that may open a line before its text: quote and list markers, emphasis, a LaTeX command's brace
(``> **Co-Authored-By: …**``, ``\\textit{Co-authored-by: …}``)."""


def check(document: Document, context: RuleContext) -> Iterator[Finding]:
    """Report lines that hold a writing tool's leftovers; the unsafe fix deletes the line."""
    artifacts = context.active.rule.matchers["artifacts"]
    patterns = artifacts.each()
    any_artifact = artifacts.regex()  # one scan turns away a line that holds none of them (nearly all)
    for line in document.lines:
        lead = MARKUP_LEAD.match(line.text)
        offset = lead.end() if lead else 0
        text = line.text[offset:]  # patterns anchored at the line's start read it after the markup
        if any_artifact.search(text) is None:
            continue
        for pattern in patterns:
            match = pattern.search(text)
            if match is None:
                continue
            start = line.span.start + offset + match.start()
            message, suggestion = artifacts.say(match.group().strip())
            yield context.finding(
                start,
                line.span.start + offset + match.end(),
                message,
                suggestion,
                Fix("unsafe", (delete_line(document, line),)) if document.line_fixes else None,
                context=line.text.strip(),
            )
            break
