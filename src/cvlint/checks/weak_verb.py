"""weak-verb: bullets that open with a duty ("Responsible for", "Worked on") instead of an action."""

from __future__ import annotations

import re
from collections.abc import Iterator

from cvlint.model.document import Document
from cvlint.model.findings import Finding
from cvlint.resources import wordlist
from cvlint.rule.context import RuleContext


def check(document: Document, context: RuleContext) -> Iterator[Finding]:
    """Report weak openings of résumé bullets, suggesting stronger verbs."""
    openings: dict[str, list[str]] = wordlist("phrases")["weak-openings"]
    ordered = sorted(openings, key=len, reverse=True)
    pattern = re.compile(r"^[\W_]*(" + "|".join(re.escape(o) for o in ordered) + r")(?![\w-])", re.IGNORECASE)
    for bullet in document.bullets():
        match = pattern.match(bullet.text.value)
        if match is None:
            continue
        phrase = match.group(1)
        span = bullet.text.source_span(match.start(1), match.end(1))
        better = ", ".join(f"'{verb}'" for verb in openings[phrase.lower()])
        yield context.finding(
            span.start,
            span.end,
            f"'{phrase}' describes a duty, not what you achieved",
            f"open with a verb that says what you did, such as {better}",
            context=bullet.text.value,
        )
