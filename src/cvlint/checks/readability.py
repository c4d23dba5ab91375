"""readability: a summary or bullet too hard to read (grade level) or with very long sentences.

Grades are textstat's Flesch–Kincaid grade for ``en-US`` (syllables from Pyphen's English
hyphenation dictionary), computed here the way textstat computes it: importing textstat imports NLTK,
half a second, and its plain-English counter downloads NLTK's CMU dictionary, while cvlint never
touches the network. Pyphen is loaded only when a cheap estimate says a text may be over the limit.
Text is read as shown (a Markdown link as its text, no URLs); a list of names is not graded.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache
from typing import Any

from cvlint.model.document import Document, Text
from cvlint.model.findings import Finding
from cvlint.rule.context import RuleContext
from cvlint.text.bullets import is_list
from cvlint.text.prose import letter_words

LANGUAGE = "en-US"
"""Pyphen's English dictionary, the one textstat uses for this language tag."""
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z(\"“]|\s*$)")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
"""A letter of a Latin script: words of other scripts are not graded (nor split into sentences here)."""
_VOWEL_GROUP = re.compile(r"[aeiouy]+", re.IGNORECASE)
_LONE_APOSTROPHE = re.compile(r"'(?![tsd]|ve|ll|re)")
_PUNCTUATION = re.compile(r"[^\w\s']")
_GRADE_SENTENCE = re.compile(r"\b[^.!?]+[.!?]*")
_LINK = re.compile(r"\[([^\[\]\n]*)\]\([^()\s]*\)")
_URL = re.compile(r"\b(?:https?://|www\.)\S+")
_LABEL = re.compile(r"^[^:\n]{1,40}:\s+")
"""A label before a list ("Medical Imaging & Physics: PET/CT, …")."""
_ENUMERATION = re.compile(r"(?:\bsuch as|\bincluding|\be\.g\.|:),?:?\s+(?P<names>[^.;!?]+)", re.IGNORECASE)
"""Where a sentence starts listing names ("topics such as: single-cell RNA-sequencing, spatial …")."""
ESTIMATE_MARGIN = 3.0
"""How far below the limit a cheap estimate may be and still be graded with syllables from Pyphen."""


@cache
def _hyphenator() -> Any:
    from pyphen import Pyphen

    return Pyphen(lang=LANGUAGE)


@lru_cache(maxsize=65536)
def _syllables(word: str) -> int:
    """Pyphen's syllables in the lower-case ``word`` (the same in every text of a run)."""
    return len(_hyphenator().positions(word)) + 1


def _grade_words(text: str) -> list[str]:
    """textstat's words: punctuation dropped (apostrophes of contractions kept), split at spaces."""
    return _PUNCTUATION.sub("", _LONE_APOSTROPHE.sub("", text)).split()


def flesch_kincaid_grade(text: str) -> float:
    """textstat's ``flesch_kincaid_grade(text, "en-US")``: sentences of two words or fewer are not counted."""
    words = _grade_words(text)
    if not words:
        return 0.0
    found = _GRADE_SENTENCE.findall(text)
    sentences = max(1, len(found) - sum(1 for sentence in found if len(_grade_words(sentence)) <= 2))
    syllables = sum(_syllables(word.lower()) for word in words)
    return 0.39 * len(words) / sentences + 11.8 * syllables / len(words) - 15.59


@lru_cache(maxsize=65536)
def _guessed_syllables(word: str) -> int:
    """Syllables in ``word`` guessed from its vowel groups (the same in every text of a run)."""
    return max(1, len(_VOWEL_GROUP.findall(word.rstrip("e"))))


def _estimate(words: list[str], sentences: int) -> float:
    """Flesch–Kincaid grade with syllables guessed from vowel groups (no dictionary)."""
    syllables = sum(map(_guessed_syllables, words))
    return 0.39 * len(words) / sentences + 11.8 * syllables / len(words) - 15.59


def shown(value: str) -> str:
    """``value`` as its reader reads it: Markdown links as their text, URLs left out."""
    if "](" in value:
        value = _LINK.sub(r"\1", value)
    return _URL.sub("", value) if "://" in value or "www." in value else value


def names_only(value: str) -> bool:
    """True for a list of names (methods, technologies), after its label: long words, but no prose to grade."""
    return is_list(_LABEL.sub("", value, count=1))


def graded(value: str) -> str:
    """``value`` with each list of names it runs into read as one word: a reader skims "single-cell
    RNA-sequencing, spatial transcriptomics and ATAC-sequencing" as names, not as words to parse."""
    return _ENUMERATION.sub(
        lambda match: (
            match.group().replace(match.group("names"), "them") if is_list(match.group("names")) else match.group()
        ),
        value,
    )


def _texts(document: Document) -> Iterator[Text]:
    for section in document.sections:
        if section.role == "summary":
            yield from (paragraph.text for paragraph in section.paragraphs)
        yield from (bullet.text for bullet in section.all_bullets())


def check(document: Document, context: RuleContext) -> Iterator[Finding]:
    """Report texts whose sentences run too long, or whose grade level is over the limit."""
    max_grade: float = context.options["max-grade"]
    max_words: int = context.options["max-sentence-words"]
    min_words: int = context.options["min-words"]
    for text in _texts(document):
        value = shown(text.value)
        words = letter_words(value)
        if not value.isascii():  # an ASCII word with a letter is Latin
            words = [word for word in words if _LATIN.search(word)]
        if len(words) < min_words:
            continue
        sentences = max(1, len(_SENTENCE_END.findall(value)))
        per_sentence = len(words) / sentences
        if per_sentence > max_words:
            yield context.finding(
                text.span.start,
                text.span.end,
                f"sentences here average {per_sentence:.0f} words (more than {max_words})",
                "split the sentence: one idea each, with the result first",
                context=text.value,
            )
            continue
        if _estimate(words, sentences) < max_grade - ESTIMATE_MARGIN or names_only(value):
            continue
        grade = flesch_kincaid_grade(graded(value))
        if grade > max_grade:
            yield context.finding(
                text.span.start,
                text.span.end,
                f"reads at grade level {grade:.0f} (Flesch–Kincaid; the limit is {max_grade:.0f})",
                "use shorter words and sentences: say what you did and what changed",
                context=text.value,
            )
