"""missing-action-verb: an achievement bullet that opens with a noun phrase instead of a verb."""

from __future__ import annotations

import re
from collections.abc import Iterator

from cvlint.model.document import Document
from cvlint.model.findings import Finding
from cvlint.rule.context import RuleContext
from cvlint.text.bullets import achievement_bullets
from cvlint.text.verbs import analyse

_FIRST = re.compile(r"[\W_]*([A-Za-z][a-z]+)\b")
_DETERMINERS = {"a", "an", "the", "our", "my", "this", "these", "their", "its"}
_NOUN_OPENERS = {
    "ability",
    "functionality",
    "responsibility",
    "responsibilities",
    "duties",
    "involvement",
    "knowledge",
    "participation",
    "assistance",
}
_NOUN_SUFFIX = re.compile(r"(?:tion|sion|ment|ness|ity|ance|ence|ship|ism|ure)s?$")


def check(document: Document, context: RuleContext) -> Iterator[Finding]:
    """Report achievement bullets whose first word is an article or an abstract noun."""
    for section in document.sections:
        for bullet in achievement_bullets(section, 4):
            match = _FIRST.match(bullet.text.value)
            if match is None:
                continue
            word = match.group(1)
            lower = word.lower()
            suffix_noun = bool(_NOUN_SUFFIX.search(lower)) and analyse(word) is None
            if lower not in _DETERMINERS and lower not in _NOUN_OPENERS and not suffix_noun:
                continue
            span = bullet.text.source_span(match.start(1), match.end(1))
            yield context.finding(
                span.start,
                span.end,
                f"bullet opens with '{word}', a noun phrase, instead of saying what you did",
                "start with an action verb: 'Implementation of X' becomes 'Implemented X'",
                context=bullet.text.value,
            )
