"""article: "a" or "an" by the sound of the next word ("an LLM", "a UX", "an hour", "a unique").

The sound comes from the CMU Pronouncing Dictionary (``rules/wordlists/word-sounds.tsv``, the words
whose first sound their first letter does not tell) and, for an initialism, from the names of its
letters. An acronym that can be said as a word as well as spelt out ("SOC", "RAG", "SQL") is disputed
and left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from cvlint.model.document import Document
from cvlint.model.findings import Finding, Fix
from cvlint.resources import rules_dir
from cvlint.rule.context import RuleContext
from cvlint.text.code_spans import in_code_or_url
from cvlint.text.prose import prose
from cvlint.text.sorted_table import SortedTable, table
from cvlint.text.titles import in_title_or_organisation
from cvlint.text.verbs import is_plural_noun

_PAIR = re.compile(r"(a(?<![\w'’-]a)n?|A(?<![\w'’-]A)[nN]?)\*?\s+([A-Za-z][\w'’.-]*|\d[\d,.]*)")
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
_SAID_AS_WORD = re.compile(r"[BCDFGJKLMNPRSTVWXZ]?[BCDFGKPT]?[LR]?[AEIOU]")
"""How an acronym said as a word starts: a consonant or two before a vowel ("SOC", "RAG", "FAQ")."""
_LETTER_THEN_DIGIT = re.compile(r"[A-Za-z]\d")
_CAPITALS_HEAD = re.compile(r"[A-Z]{3,}(?=[a-z])")
"""An initialism written before a word ("MLOps", "PHPUnit"): said by its letters, not as "mlops"."""
_PREPOSITIONS = {"in", "at", "on", "for", "of", "to", "from", "with", "and", "or"}
_SILENT_H = ("hour", "honest", "honor", "honour", "heir")
_YOU_SOUND = ("uni", "use", "usu", "uti", "ubi", "ure", "uri", "eu", "ewe", "one", "once", "uk", "ufo", "ukr")
_AN_EXCEPTIONS_AFTER_U = ("unil", "unin", "unint", "unid")


@cache
def _sounds() -> SortedTable:
    return table(rules_dir() / "wordlists" / "word-sounds.tsv")


def _acronym(word: str) -> str | None:
    """The article an all-capitals ``word`` takes, None where people say it both ways."""
    if word in _UNCERTAIN_ACRONYMS:
        return None
    if word in _WORD_ACRONYMS:
        return _WORD_ACRONYMS[word]
    spelt = "an" if word[0] in _VOWEL_LETTERS else "a"
    heard = _sounds().get(word.lower())
    if heard == "letters":
        return spelt  # the dictionary spells it out ("MBA")
    as_word = "an" if word[0] in "AEIO" else "a"
    if as_word != spelt and len(word) > 2 and _SAID_AS_WORD.match(word):
        return None  # "a SOC" (sock) or "an SOC" (ess-oh-see)
    return spelt


_GRADE = re.compile(r"(?<![\w*])(?:[A-E]\*|\d+[A-E]\*?|[A-F][+-])(?![\w*])")
"""A school grade other than a lone letter: ``A*``, ``6A*``, ``2D``, ``B+``."""


def _expected(word: str) -> str | None:
    """The article ``word`` takes, or None when cvlint cannot tell."""
    if word[0].isdigit():
        digits = word.replace(",", "")
        if digits.startswith("8") or re.match(r"1[18](?:\D|$)|1[18]\d\d(?:\d{3})*(?:\D|$)", digits):
            return "an"
        return "a"
    if _LETTER_THEN_DIGIT.match(word):
        return "an" if word[0].upper() in _VOWEL_LETTERS else "a"  # "an x86", "an i7", "a K8s"
    if word.isupper():
        return _acronym(word)
    head = _CAPITALS_HEAD.match(word)
    if head is not None:  # "MLOps", "XMLHttpRequest": the last capital may be the initialism's or the word's
        whole, shorter = _acronym(head.group()), _acronym(head.group()[:-1])
        return whole if whole == shorter else None
    lower = word.lower()
    heard = _sounds().get(lower)
    if heard in ("a", "an"):
        return heard
    if heard == "a/an":
        return None
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
    for _, text in prose(document).texts():
        for match in _PAIR.finditer(text.value):
            article, word = match.group(1), match.group(2)
            if article == "A" and word.lower() in _PREPOSITIONS:
                continue  # a grade: "A in Chemistry", "A* in Maths"
            if article == "A" and word[:1].isupper() and _GRADE.search(text.value):
                continue  # a grade among grades: "A* Mathematics, A English"
            if "." in word.rstrip(".") and not word[0].isdigit():
                continue  # "a.k.a", file names
            wanted = _expected(word.rstrip("."))
            if wanted is None or wanted == article.lower():
                continue
            if is_plural_noun(word):
                continue  # "an components": no article fits a plural, so swapping it would not make it right
            span = text.source_span(match.start(1), match.end(1))
            if in_code_or_url(document, span) or in_title_or_organisation(document, span):
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
