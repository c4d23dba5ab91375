"""spelling: misspelt words, with technology names, code, URLs, names and non-Latin text left alone.

Words are looked up in a sorted list generated from pyspellchecker's English dictionary, with its
counts (``rules/wordlists/english-words.tsv``), the technology vocabulary (``tech-words.txt`` and the names in
``terms.toml``), the user's words and the words of the document's own Skills section. Corrections are
ranked by pyspellchecker's counts; nothing is built at run time.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache

from cvlint.code_spans import in_code_or_url
from cvlint.engine import RuleContext
from cvlint.findings import Finding, Fix
from cvlint.model import Document
from cvlint.resources import rules_dir, wordlist
from cvlint.sorted_table import SortedTable, table
from cvlint.verbs import analyse, match_case

_WORD = re.compile(r"(?<![\w'’@/#.\\&-])([A-Za-z][a-z]*(?:['’][a-z]+)?)(?![\w'’@/#-]|\.\w)")
_AFTER_SENTENCE_END = re.compile(r"[.!?:;•*-]\s+$")
_LETTER_OR_DIGIT = re.compile(r"\w")


def _opens_sentence(value: str, start: int) -> bool:
    """True when the word at ``start`` is the first of its sentence (looking a few characters back)."""
    if not _LETTER_OR_DIGIT.search(value, max(0, start - 12), start) and start <= 12:
        return True
    return bool(_AFTER_SENTENCE_END.search(value, max(0, start - 12), start))


@cache
def _lines(name: str) -> list[str]:
    with open(rules_dir() / "wordlists" / name, encoding="utf-8") as handle:
        return [line for line in handle.read().split("\n") if line and not line.startswith("#")]


@cache
def _vocabulary() -> frozenset[str]:
    terms = wordlist("terms")
    names = {part.lower() for term in terms["terms"] for part in re.split(r"[\s.]+", term) if part}
    return frozenset(_lines("tech-words.txt")) | names | set(terms["variants"])


_CONTRACTION = re.compile(r"['’](?:m|ll|ve|re|d|s|t)$|n['’]t$", re.IGNORECASE)
_BRITISH = (
    (r"is(e|ed|es|ing|ation|ations|ational|er|ers)$", r"iz\1"),
    (r"ae", r"e"),
    (r"our(s|ed|ing|ite|ites)?$", r"or\1"),
    (r"ogue$", r"og"),
    (r"tre(s|d)?$", r"ter\1"),
    (r"lled$", r"led"),
    (r"lling$", r"ling"),
    (r"yse(d|s)?$", r"yze\1"),
)
_LETTERS = "abcdefghijklmnopqrstuvwxyz"
MAX_WORD_LENGTH = 40
"""Longer "words" are not looked up: no English word is this long, and a typo's near misses grow with the
square of its length."""
NOT_ENGLISH_PERCENT = 15
MIN_FREQUENCY = 300
"""How common (in pyspellchecker's counts) a word must be to be offered as the correction of a typo."""
"""A document whose lower-case words are more than this share unknown is taken as not English."""


@cache
def _english_counts() -> SortedTable:
    return table(rules_dir() / "wordlists" / "english-words.tsv")


def _count(form: str) -> int:
    """pyspellchecker's count of ``form`` (0 for a word it does not know)."""
    found = _english_counts().get(form)
    return int(found) if found else 0


@cache
def _common_words() -> frozenset[str]:
    """Words pyspellchecker counts at least ``MIN_FREQUENCY`` times: most lookups end here."""
    text = (rules_dir() / "wordlists" / "common-words.txt").read_text(encoding="utf-8")
    return frozenset(text[text.index("\n") + 1 :].split())  # the first line is the header comment


def _in_english(form: str) -> bool:
    return form in _common_words() or _count(form) > 0


def known(word: str, extra: frozenset[str]) -> bool:
    """True for a word of the dictionary, the technology vocabulary or ``extra`` (British forms too)."""
    lower = word.lower()
    if "'" in lower or "’" in lower:
        lower = _CONTRACTION.sub("", lower)
    return len(lower) < 3 or lower in extra or _known_lower(lower)


@lru_cache(maxsize=65536)
def _known_lower(lower: str) -> bool:
    """``known`` for a lower-case word, without the document's own words: the same in every document."""
    if lower in _vocabulary():
        return True
    if any(_in_english(form) for form in (lower, lower.removesuffix("s"), lower.removesuffix("es"))):
        return True
    return any(_in_english(re.sub(pattern, american, lower)) for pattern, american in _BRITISH)


@lru_cache(maxsize=16384)
def near_misses(lower: str) -> tuple[str, ...]:
    """Common words one edit away from the lower-case ``lower`` (a deletion, insertion, swap or replacement)."""
    splits = [(lower[:i], lower[i:]) for i in range(len(lower) + 1)]
    edits = {a + b[1:] for a, b in splits if b}
    edits |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    edits |= {a + c + b[1:] for a, b in splits if b for c in _LETTERS}
    edits |= {a + c + b for a, b in splits for c in _LETTERS}
    edits.discard(lower)
    common = _common_words()
    return tuple(sorted(e for e in edits if len(e) > 2 and e in common))


def _skills_words(document: Document) -> frozenset[str]:
    words: set[str] = set()
    for section in document.sections:
        if section.role == "skills":
            for paragraph in section.paragraphs:
                words.update(w.lower() for w in _WORD.findall(paragraph.text.value))
            for bullet in section.all_bullets():
                words.update(w.lower() for w in _WORD.findall(bullet.text.value))
    return frozenset(words)


def _english(words: list[str], extra: frozenset[str]) -> bool:
    """False for a text mostly in another language: its lower-case ``words`` are largely unknown."""
    if len(words) < 20:
        return True
    unknown = sum(1 for word in words if not known(word, extra))
    return unknown * 100 <= len(words) * NOT_ENGLISH_PERCENT


def _past_verb(word: str) -> bool:
    verb = analyse(word)
    return verb is not None and verb.form == "past"


def check(document: Document, context: RuleContext) -> Iterator[Finding]:
    """Report words that no dictionary knows, suggesting the likeliest correction (unsafe fix).

    A capitalised word opening a sentence is reported only when it is one slip from a past-tense verb
    ("Devloped"): otherwise it is far more often a name (a company, a town) than a typo.
    """
    extra = frozenset(w.lower() for w in context.words) | _skills_words(document)
    scanned = [(text, list(_WORD.finditer(text.value))) for _, text in document.prose()]
    if not _english([m.group(1) for _, found in scanned for m in found if m.group(1).islower()], extra):
        return
    reported: set[str] = set()
    for text, found in scanned:
        value = text.value
        for match in found:
            word = match.group(1)
            if len(word) < 3 or len(word) > MAX_WORD_LENGTH:
                continue  # _WORD takes no acronyms or CamelCase names: only the first letter may be a capital
            if known(word, extra) or (word.lower() in reported):
                continue
            if word[0].isupper() and not _opens_sentence(value, match.start()):
                continue  # a capitalised word inside a sentence is a name
            span = text.source_span(match.start(1), match.end(1))
            if in_code_or_url(document, span):
                continue
            # A typo keeps its first letter and slips from a common word; a rare near neighbour
            # ("gevent" → "event", "poolboy" → "poorboy") means a name, not a typo.
            candidates = [c for c in near_misses(word.lower()) if c[0] == word[0].lower()]
            if not candidates:
                continue
            if word[0].isupper() and not any(_past_verb(candidate) for candidate in candidates):
                continue
            reported.add(word.lower())
            correction = max(candidates, key=_count)
            replacement = match_case(correction, word)
            fix = Fix.replace(span.start, span.end, document.escape(replacement), "unsafe")
            suggestion = f"did you mean '{replacement}'? (or add the word to .cvlint-words.txt)"
            yield context.finding(span.start, span.end, f"'{word}' looks misspelt", suggestion, fix, context=word)
