"""repeated-verb: the same opening verb on many bullets ("Developed … Developed … Developed …")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from cvlint.model.document import Bullet, Document
from cvlint.model.findings import Finding
from cvlint.resources import wordlist
from cvlint.rule.context import RuleContext
from cvlint.text.bullets import is_list
from cvlint.text.verbs import analyse

_FIRST = re.compile(r"[\W_]*([A-Za-z][a-z]+)")


def check(document: Document, context: RuleContext) -> Iterator[Finding]:
    """Report a verb that opens more bullets than the limit, once, listing where it stands."""
    limit: int = context.options["max-repeats"]
    by_lemma: dict[str, list[tuple[Bullet, str]]] = {}
    for bullet in document.bullets():
        match = _FIRST.match(bullet.text.value)
        if (
            match is None
            or is_list(bullet.text.value)
            or bullet.text.value[match.end() : match.end() + 1] in (",", ":")
        ):
            continue
        verb = analyse(match.group(1))
        if verb is None or (verb.noun_too and verb.form == "base"):
            continue
        by_lemma.setdefault(verb.base, []).append((bullet, match.group(1)))
    synonyms: dict[str, list[str]] = wordlist("verbs")["synonyms"]
    for lemma, uses in by_lemma.items():
        if len(uses) <= limit:
            continue
        bullet, word = uses[limit]
        lines = ", ".join(str(document.line_index.position(b.span.start)[0]) for b, _ in uses)
        others = synonyms.get(lemma)
        alternatives = f"; try {', '.join(others)}" if others else ""
        span = bullet.text.source_span(0, len(word)) if bullet.text.value.startswith(word) else bullet.text.span
        yield context.finding(
            span.start,
            span.end,
            f"'{word}' opens {len(uses)} bullets (lines {lines}); more than {limit} reads as repetitive",
            f"vary the opening verbs, choosing the one that says most about each result{alternatives}",
            context=lemma,
        )
