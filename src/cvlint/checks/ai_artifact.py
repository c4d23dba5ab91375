"""ai-artifact: text left behind by writing tools ("As an AI language model", "[insert …]")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from cvlint.model.document import Document
from cvlint.model.findings import Finding, Fix
from cvlint.rule.context import RuleContext
from cvlint.text.edits import delete_line
from cvlint.text.fast_regex import at_start_only, compile_fast
from cvlint.text.needles import holding
from cvlint.text.phrases import own_group

MARKUP_LEAD = re.compile(r"(?:\s|[>*_~`#|+-]|\d+[.)]\s|\\[A-Za-z]+\*?(?:\[[^\]\n]*\])?\{)*")
"""Markup that may open a line before its text: quote and list markers, emphasis, a LaTeX command's brace
(``> **Co-Authored-By: …**``, ``\\textit{Co-authored-by: …}``)."""


@cache
def _line_tests(sources: tuple[str, ...], flags: int) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """The patterns as two that together find a line holding any of them: those anchored at the line's start,
    tried there only, and the rest, searched for. (One alternation of all is tried at every position, and
    its anchored patterns, led by ``\\s`` and ``\\W``, let no position be turned away at once.)"""
    anchored = [source for source in sources if at_start_only(source, flags)]
    anywhere = [source for source in sources if source not in anchored]
    return (
        re.compile("|".join(map(own_group, anchored)), flags) if anchored else None,
        compile_fast("|".join(map(own_group, anywhere)), flags) if anywhere else None,
    )


def check(document: Document, context: RuleContext) -> Iterator[Finding]:
    """Report lines that hold a writing tool's leftovers; the unsafe fix deletes the line."""
    artifacts = context.active.rule.matchers["artifacts"]
    patterns = artifacts.each()
    # Two quick tests turn away a line that holds none of them (nearly all).
    at_start, anywhere = _line_tests(artifacts.sources, re.IGNORECASE if artifacts.ignore_case else 0)
    lines = document.lines
    for index in holding(artifacts.needles(), [line.text for line in lines]):  # the few that may hold one
        line = lines[index]
        lead = MARKUP_LEAD.match(line.text)
        offset = lead.end() if lead else 0
        text = line.text[offset:]  # patterns anchored at the line's start read it after the markup
        if (at_start is None or at_start.match(text) is None) and (anywhere is None or anywhere.search(text) is None):
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
