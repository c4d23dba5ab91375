"""placeholder-text: template leftovers (Lorem ipsum, [Company Name], (000) 123-4567, XX%, TODO)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from cvlint.engine import RuleContext
from cvlint.findings import Finding
from cvlint.first_chars import compile_fast
from cvlint.model import Document
from cvlint.phrases import own_group
from cvlint.resources import wordlist


@cache
def _pattern() -> re.Pattern[str]:
    """The listed patterns as one alternation (a leading ``(?i)`` scoped to its own pattern): one scan a line."""
    return compile_fast("|".join(map(own_group, wordlist("phrases")["placeholders"]["patterns"])))


def check(document: Document, context: RuleContext) -> Iterator[Finding]:
    """Report each template placeholder in prose lines."""
    pattern = _pattern()
    for line in document.prose_lines():
        for match in pattern.finditer(line.text):
            start = line.span.start + match.start()
            yield context.finding(
                start,
                line.span.start + match.end(),
                f"'{match.group()}' is a template placeholder",
                "replace it with your own details, or delete it",
                context=match.group(),
            )
