"""article: "a" or "an" by the sound of the next word ("an LLM", "a UX", "an hour", "a unique")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from cvlint.code_spans import in_code_or_url
from cvlint.engine import RuleContext
from cvlint.findings import Finding, Fix
from cvlint.model import Document

_PAIR = re.compile(r"(?<![\w'’-])(a|an|A|An|AN)\*?\s+([A-Za-z][\w'’.-]*|\d[\d,.]*)")
_VOWEL_LETTERS = set("AEFHILMNORSX")
"""Capital letters whose spoken name starts with a vowel sound: "an MBA", "an LLM", "an SRE"."""
_WORD_ACRONYMS = {
    "NASA": "a",
    "NATO": "a",
    "UNIX": "a",
    "UNESCO": "a",
    "UNICEF": "a",
    "OPEC": "an",
    "AJAX": "an",
    "ASAP": "an",
    "ISO": "an",
    "OKR": "an",
    "OKRS": "an",
    "HIPAA": "a",
    "HVAC": "an",
    "SCSI": "a",
}
_UNCERTAIN_ACRONYMS = {"SQL", "FAQ", "URL", "SAT", "GIF", "SAML", "SOAP", "REST", "LAN", "RAM", "ROM", "MOOC"}
_PREPOSITIONS = {"in", "at", "on", "for", "of", "to", "from", "with", "and", "or"}
_SILENT_H = ("hour", "honest", "honor", "honour", "heir")
_YOU_SOUND = ("uni", "use", "usu", "uti", "ubi", "ure", "uri", "eu", "ewe", "one", "once", "uk", "ufo", "ukr")
_AN_EXCEPTIONS_AFTER_U = ("unil", "unin", "unint", "unid")


def _expected(word: str) -> str | None:
    """The article ``word`` takes, or None when cvlint cannot tell."""
    if word[0].isdigit():
        digits = word.replace(",", "")
        if digits.startswith("8") or re.match(r"1[18](?:\D|$)|1[18]\d\d(?:\d{3})*(?:\D|$)", digits):
            return "an"
        return "a"
    if word.isupper():
        if word in _UNCERTAIN_ACRONYMS:
            return None
        if word in _WORD_ACRONYMS:
            return _WORD_ACRONYMS[word]
        return "an" if word[0] in _VOWEL_LETTERS else "a"
    lower = word.lower()
    if lower.startswith(_SILENT_H):
        return "an"
    if lower.startswith(_YOU_SOUND) and not lower.startswith(_AN_EXCEPTIONS_AFTER_U):
        return "a"
    if lower[0] in "aeio":
        return "an"
    if lower[0] in "bcdfgjklmnpqrstvwxyz":
        return "a"
    return None


def check(document: Document, context: RuleContext) -> Iterator[Finding]:
    """Report "a"/"an" that does not fit the sound of the next word; the safe fix swaps them."""
    for _, text in document.prose():
        for match in _PAIR.finditer(text.value):
            article, word = match.group(1), match.group(2)
            if article == "A" and word.lower() in _PREPOSITIONS:
                continue  # a grade: "A in Chemistry", "A* in Maths"
            if "." in word.rstrip(".") and not word[0].isdigit():
                continue  # "a.k.a", file names
            wanted = _expected(word.rstrip("."))
            if wanted is None or wanted == article.lower():
                continue
            span = text.source_span(match.start(1), match.end(1))
            if in_code_or_url(document, span):
                continue
            replacement = wanted.capitalize() if article[0].isupper() else wanted
            if article.isupper() and len(article) > 1:
                replacement = wanted.upper()
            yield context.finding(
                span.start,
                span.end,
                f"'{article} {word}': '{word}' is said with a {'vowel' if wanted == 'an' else 'consonant'} sound",
                f"write '{replacement} {word}'",
                Fix.replace(span.start, span.end, replacement),
                context=f"{article} {word}",
            )
