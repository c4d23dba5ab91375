"""repeated-verb: the same opening verb on many bullets ("Developed … Developed … Developed …")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from cvlint.model.document import Bullet, Document
from cvlint.model.findings import Finding
from cvlint.resources import wordlist
from cvlint.rule.context import RuleContext
from cvlint.text.bullets import is_label, is_list, is_title, label_end, words
from cvlint.text.verbs import analyse

_FIRST = re.compile(r"[\W_]*([A-Za-z][a-z]+)")
_LIST_ROLES = ("skills", "languages", "contact")
_SENTENCE_WORDS = 3
_TITLE_WORDS = 5
"""A bullet this short in title case is a name ("Advanced Topics in Networking"); a longer one may be a
sentence that capitalises its products ("Developed Microservices with Java, GraphQL and MySQL")."""


def check(document: Document, context: RuleContext) -> Iterator[Finding]:
    """Report a verb that opens more bullets than the limit, once, listing where it stands.

    Bullets of skills, languages and contact sections are lines of a list, not sentences ("+ creating
    websites" under "Skills"). After a lead-in label the sentence's own first word is read. A bullet of one
    or two words, or a short one in title case, is a name ("React Native", "Advanced Topics in Networking"),
    and a label before a list ("Languages and tools: PHP, Java, R") or a tool's mark (``[cite_start]``)
    opens with no verb.
    """
    limit: int = context.options["max-repeats"]
    by_lemma: dict[str, list[tuple[Bullet, re.Match[str]]]] = {}
    for section in document.sections:
        if section.role in _LIST_ROLES:
            continue
        for bullet in section.all_bullets():
            value = bullet.text.value
            start = label_end(value)
            match = _FIRST.match(value, start)
            sentence = value[start:]
            if (
                match is None
                or (is_label(value) and is_list(value.split(":", 1)[1]))
                or is_list(sentence)
                or words(sentence) < _SENTENCE_WORDS
                or (is_title(sentence) and words(sentence) <= _TITLE_WORDS)
                or value[match.end() : match.end() + 1] in (",", ":", "_")
            ):
                continue
            verb = analyse(match.group(1))
            if verb is None or (verb.noun_too and verb.form == "base"):
                continue
            by_lemma.setdefault(verb.base, []).append((bullet, match))
    synonyms: dict[str, list[str]] = wordlist("verbs")["synonyms"]
    for lemma, uses in by_lemma.items():
        if len(uses) <= limit:
            continue
        bullet, match = uses[limit]
        word = match.group(1)
        lines = ", ".join(str(document.line_index.position(b.span.start)[0]) for b, _ in uses)
        others = synonyms.get(lemma)
        alternatives = f"; try {', '.join(others)}" if others else ""
        span = bullet.text.source_span(match.start(1), match.end(1))
        yield context.finding(
            span.start,
            span.end,
            f"'{word}' opens {len(uses)} bullets (lines {lines}); more than {limit} reads as repetitive",
            f"vary the opening verbs, choosing the one that says most about each result{alternatives}",
            context=lemma,
        )
