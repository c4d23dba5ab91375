"""Which bullets tell achievements: the ones rules about impact and punctuation read."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from operator import itemgetter

from cvlint.model.document import Bullet, Section
from cvlint.text.fast_regex import ascii_twin
from cvlint.text.prose import letter_word_count, without_addresses
from cvlint.text.verbs import analyse

_LABEL = re.compile(r"^\W*[\w .&/+-]{1,30}:[*_]*\s")
"""A label, closed by its colon and any emphasis around it (``*Funded by:* …``, ``**Stack:** …``)."""


def is_label(value: str) -> bool:
    """A label line ("Stack: Go, Kafka") rather than a sentence."""
    return bool(_LABEL.match(value))


_LEAD_LABEL = re.compile(r"^\W*(?:[\w.&/+'’()#-]+\s+){0,3}[\w.&/+'’()#-]+:[*_]*\s+(?=[^\W\d_])")


_AGENT = re.compile(r"\sby:[*_]*\s+$", re.IGNORECASE)
"""A label that names who did it ("Funded by:", "Supervised by:"): a past form before "by" is passive."""


@lru_cache(maxsize=4096)
def label_end(value: str) -> int:
    """Where the sentence after a lead-in label starts (``Project 1: Built …``, ``Mentoring & Leadership:
    Guided …``), or 0 when the bullet opens with no label (a label has at most four words, none of them a past
    form but before "by": "Implemented two protocols: …" is a sentence, "Funded by: …" a label) or what
    follows it is a list of names."""
    match = _LEAD_LABEL.match(value)
    if match is None or "[" in match.group() or is_list(value[match.end() :]) or words(value[match.end() :]) < 3:
        return 0
    label = match.group()
    if not _AGENT.search(label) and any(
        (form := analyse(word)) is not None and form.form == "past" for word in _NAME_WORD.findall(label)
    ):
        return 0
    return match.end()


@lru_cache(maxsize=4096)
def is_list(value: str) -> bool:
    """A list of names ("React, Node.js, Cypress, Vite"), not a sentence about a result."""
    parts = [part for part in re.split(r"[,;+|、，]", value) if part.strip()]
    return len(parts) >= 3 and all(len(part.split()) <= 3 for part in parts)


_FUNCTION_WORDS = frozenset(
    ("a", "an", "the", "and", "or", "of", "for", "to", "in", "on", "with", "at", "by", "from", "into", "via", "&")
)
_NAME_WORD = re.compile(r"[^\W\d_][\w'’.+-]*")
_NAME_WORD_ASCII = ascii_twin(_NAME_WORD)
_WITH_DATES = re.compile(r"^\W*+(?P<name>[^()]*[^()\s])\s*\((?P<when>[^()]*)\)\W*$")
"""A name and a parenthesis that closes the line; possessive and greedy, so a line with no parenthesis is
read once, not once for each place the name might end."""
_WHEN = re.compile(
    r"(?:(?:spring|summer|fall|autumn|winter|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
    r"|(?:19|20)\d\d(?:\s*[-–]\s*(?:\d{2,4}|present))?|present|current|and|[,;&/\s'’-])+",
    re.IGNORECASE,
)
_TOOL_LEAD_IN = re.compile(
    r"^\W*(?:(?:worked|working|work)\s+with|used|using|utili[sz](?:ed|ing)|leverag(?:ed|ing))\s+"
    r"(?:(?:[\w-]+\s+){0,3}?(?:technologies|tools|frameworks|languages|libraries|platforms|stack)\s+"
    r"(?:such\s+as|like|including)\s+)?",
    re.IGNORECASE,
)
_AWARD_VERBS = ("received", "earned", "won", "obtained", "granted")
_SELECTION_VERBS = ("selected", "chosen", "nominated", "invited", "shortlisted")
_RECOGNITION = re.compile(
    rf"^\W*(?:awarded\b|attended\b|(?:{'|'.join(_AWARD_VERBS)})\b.*?"
    r"\b(?:awards?|prizes?|certificat\w*|scholarships?|fellowships?|grants?|medals?|honou?rs?)\b)"
    rf"|\b(?:{'|'.join(_SELECTION_VERBS)})\s+(?:as|for|to)\s",
    re.IGNORECASE,
)
_RECOGNITION_VERBS = ("awarded", "attended", *_AWARD_VERBS, *_SELECTION_VERBS)
"""The verbs of ``_RECOGNITION``: one of them is in every text it matches."""
_POINTER = re.compile(
    r"^\W*((?:[\w-]+\s+){1,3}?)(?:(?:is|are)\s+)?(?:available|hosted|published)\s+(?:on|at|from|in|here)\b",
    re.IGNORECASE,
)
_SKILL_STATEMENT = re.compile(
    r"^\W*((?:[\w/+.-]+\s+){0,3}?)(?:expertise|understanding|knowledge|experience|proficiency|familiarity|"
    r"proficient|experienced|familiar|knowledgeable|skilled|fluent)"
    r"(?=\s+(?:of|in|with|on|across|at|using)\b|\s*[(:,])",
    re.IGNORECASE,
)


def is_title(text: str) -> bool:
    """Every word capitalised but the small ones ("Advanced Topics in Networking"): a name, not a sentence."""
    found = (_NAME_WORD_ASCII if text.isascii() else _NAME_WORD).findall(text)
    capitals = list(map(str.isupper, map(itemgetter(0), found)))  # told in C; the rest are looked up
    return bool(found) and all(
        capital or word.lower() in _FUNCTION_WORDS for word, capital in zip(found, capitals, strict=True)
    )


def _names(text: str) -> bool:
    parts = [part.strip(" .*_") for part in re.split(r"[,;]|\band\b", text) if part.strip(" .*_")]
    return len(parts) >= 3 and all(len(part.split()) <= 3 and not part[0].islower() for part in parts)


def _opens_without_verb(pattern: re.Pattern[str], value: str) -> bool:
    """True when ``pattern`` matches ``value`` and none of the words its first group holds reads as a verb
    (a past form or an -ing word, or a present form that is no noun: "Developed", "Providing", "Provide")."""
    match = pattern.match(value)
    if match is None:
        return False
    return not any(_verb_here(word) for word in match.group(1).split())


def _verb_here(word: str) -> bool:
    form = analyse(word)
    if form is None or form.reading == "noun":
        return False
    return form.form in ("past", "gerund") or not form.noun_too


@lru_cache(maxsize=4096)
def is_record(value: str) -> bool:
    """A line that records rather than tells an achievement, so no number could measure it.

    A title with its dates (``General Biology (Spring 2015, Spring 2018)``), a list of courses or names after
    a colon, a list of tools behind "Worked with" or "Using technologies such as", a recognition or an
    attendance (``Received … certification``, ``Attended NECV2024``, ``selected as one of …``), a statement
    of skills (``Deep understanding of …``, ``Expertise in …``) and a pointer to where the work lives
    (``Source code available on GitHub``), or what a company or a project is (``Acme is a …``).
    """
    dated = _WITH_DATES.match(value) if ")" in value else None
    if dated and _WHEN.fullmatch(dated["when"]) and re.search(r"\d", dated["when"]) and is_title(dated["name"]):
        return True
    if ":" in value:
        tail = [part.strip(" .*_") for part in value.rsplit(":", 1)[1].split(";") if part.strip(" .*_")]
        if len(tail) >= 3 and all(is_title(part) for part in tail):
            return True
    lead_in = _TOOL_LEAD_IN.match(value)
    if lead_in and _names(value[lead_in.end() :]):
        return True
    if _DESCRIPTION.match(value):
        return True
    return _recognition(value) or _opens_without_verb(_POINTER, value) or _opens_without_verb(_SKILL_STATEMENT, value)


_DESCRIPTION = re.compile(
    r"[^\w\[]*+(?!(?:I|We)\s)(?:\[[^\]\n]+\]\([^)\s]*\)|[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})"
    r"\s+(?:is|was|are|were)\s+(?:a|an|the|one)\s"
)
"""A line that says what a company or a project is ("[PeoplewareAI](…) is a spin-off company of …")."""


def _recognition(value: str) -> bool:
    """``_RECOGNITION`` matches ``value``; ASCII text without one of the verbs every match holds is not
    searched."""
    if value.isascii():
        lower = value.lower()
        if not any(verb in lower for verb in _RECOGNITION_VERBS):
            return False
    return bool(_RECOGNITION.search(value))


_LATIN_RUN = re.compile(r"[\x00-\x7f\u00c0-\u024f]+")
"""ASCII and the Latin letters beyond it (Latin-1 Supplement's letters to Latin Extended-B)."""


def is_latin(value: str) -> bool:
    """True when at least four letters in five are Latin: the number words cvlint knows are English."""
    if value.isascii():
        return True
    letters = sum(map(str.isalpha, value))
    others = sum(map(str.isalpha, _LATIN_RUN.sub("", value)))  # the letters of other scripts
    return (letters - others) * 5 >= letters * 4


@lru_cache(maxsize=4096)
def words(value: str) -> int:
    """How many words ``value`` has, leaving out URLs and addresses."""
    return letter_word_count(without_addresses(value))


def achievement_bullets(section: Section, min_words: int) -> Iterator[Bullet]:
    """Bullets of dated roles in experience sections and of project sections that read as sentences."""
    if section.role == "projects":
        candidates = list(section.all_bullets())
    elif section.role in ("experience", "volunteer") and any(entry.dates for entry in section.entries):
        candidates = [bullet for entry in section.entries for bullet in entry.bullets]
    else:
        return
    for bullet in candidates:
        if _tells(bullet.text.value, min_words):
            yield bullet


@lru_cache(maxsize=4096)
def _tells(value: str, min_words: int) -> bool:
    """Whether a bullet reading ``value`` is a sentence of ``min_words`` or more, not a label, list or record
    (asked of each bullet by several rules, so answered once)."""
    return words(value) >= min_words and not is_label(value) and not is_list(value) and not is_record(value)
