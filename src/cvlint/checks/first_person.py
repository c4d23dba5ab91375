"""first-person: "I", "me", "my" in résumé bullets (summaries and cover letters may use them)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from cvlint.model.document import Document
from cvlint.model.findings import Finding
from cvlint.rule.context import RuleContext

_PRONOUN = re.compile(
    r"([IiMm\u0130\u0131](?<![\w/.&'’-].)(?:(?<=[Mm])(?i:e|y|ine|yself)|(?<![Mm])(?:['’](?i:m|ve|d|ll))?))"
    r"(?![\w/&'’-])"
)
"""I, I'm, I've, I'd, I'll, me, my, mine or myself in any case, after none of ``\\w/.&'’-``: its first letter is
one of those a case-insensitive search takes (the dotted and dotless i among them) and comes before the
look-behind, so that the search jumps to those letters."""
_ROMAN_BEFORE = re.compile(r"(?:[A-Z][\w.-]*|\d+)\s+$")
_INITIAL_AFTER = re.compile(r"\.\s*(?:[,;]|[A-Z])")
"""What follows an author's initial in a citation: "Corniciuc, I., Lotti L." or "and I. Jones"."""
_LOOK_BACK = 64
"""How far before an 'I' to look for the word it may number ("Phase I"), not all the bullet before it."""


def check(document: Document, context: RuleContext) -> Iterator[Finding]:
    """Report the first first-person pronoun of each bullet outside the summary."""
    for section in document.sections:
        if section.role in ("summary", "contact"):
            continue
        for bullet in section.all_bullets():
            value = bullet.text.value
            for match in _PRONOUN.finditer(value):
                word = match.group(1)
                if word.lower() == "i" and word == "i":
                    continue
                if word == "I" and _ROMAN_BEFORE.search(value, max(0, match.start() - _LOOK_BACK), match.start()):
                    continue  # "Phase I", "Level I": a numeral, not a pronoun
                if word == "I" and _INITIAL_AFTER.match(value, match.end()):
                    continue  # "Smith, J. and I. Jones": an author's initial
                if word.lower() in ("me", "my", "mine", "myself") and not word.islower() and match.start() > 0:
                    continue  # "ME" or "My" mid-sentence is a name or an acronym
                span = bullet.text.source_span(match.start(1), match.end(1))
                yield context.finding(
                    span.start,
                    span.end,
                    f"'{word}' in a résumé bullet: bullets leave out the first person",
                    "start with the verb ('Led …' rather than 'I led …') and drop 'my' where the meaning stays clear",
                    context=value,
                )
                break
