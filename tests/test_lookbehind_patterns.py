"""Patterns rewritten so that their look-behind follows their first character find what their plain forms find."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from cvlint.checks import article, first_person, missing_contact, typography
from cvlint.text import leftovers

ALPHABET = [
    *"aAnNiImMeEyYsS \n\t'’-/.&*+_1209(),%]\"",
    "  ",
    " -",
    "(ab",
    "(UX)",
    "[",
    "]",
    "[[",
    "<",
    ">",
    "}",
    "\\",
    "[Your Name]",
    "<Job Title>",
    "\u0130",
    "\u0131",
    "\u017f",
    "\u212a",
    "\u00a0",
    "é",
]
WORDS = ["the", "The", "THE", "a", "an", "An", "AN", "aN", "I", "i", "I'm", "I’ve", "i'd", "I’ll", "me", "ME"]
WORDS += [
    "my",
    "My",
    "mine",
    "myself",
    "MYSELF",
    "\u0130",
    "\u0131'm",
    "my\u017felf",
    "\u017fo",
    "kilo",
    "\u212ailo",
    "+44",
    "+1 (555) 010-0199",
]
PIECES = st.sampled_from(ALPHABET) | st.sampled_from(WORDS) | st.characters()
TEXTS = st.lists(PIECES, max_size=30).map("".join)

PLAIN_DOUBLED = re.compile(r"(?<![\w'’-])([A-Za-z]+)(\s+)(\1)(?![\w'’-])", re.IGNORECASE)
PLAIN_PAIR = re.compile(r"(?<![\w'’-])(a|an|A|An|AN)\*?\s+([A-Za-z][\w'’.-]*|\d[\d,.]*)")
PLAIN_PRONOUN = re.compile(
    r"(?<![\w/.&'’-])(I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|me|my|mine|myself)(?![\w/&'’-])", re.IGNORECASE
)
PLAIN_PHONE_INTERNATIONAL = re.compile(r"(?<![\w+])\+\d[\d \t().-]{3,}\d(?![\w-])")
PLAIN_STRAY_HYPHEN = re.compile(r"(?<=[a-z]) -(?=[a-z]{2})")
PLAIN_SPACE_BEFORE = re.compile(r"(?<=[\w)\]%'’\"])[ \t]+([,.])(?=\s|$)")
PLAIN_CRAMPED = re.compile(r"(?<=[A-Za-z\u00c0-\u024f])\((?=[^\W\d_]{2})(?![a-z]{1,2}\))")
PLAIN_DOUBLE_SPACE = re.compile(r"(?<=\S)  +(?=\S)")
PLAIN_SLOT = re.compile(
    r"(?<![\w\[\]}\\])\[(?P<square>[A-Za-z][A-Za-z '&/-]{0,40})\](?![(\[\]:])"
    r"|<(?P<angle>[A-Za-z][A-Za-z '&/-]{0,40})>"
)
PAIRS = [
    (typography._DOUBLED, PLAIN_DOUBLED),
    (article._PAIR, PLAIN_PAIR),
    (first_person._PRONOUN, PLAIN_PRONOUN),
    (missing_contact._PHONE_INTERNATIONAL, PLAIN_PHONE_INTERNATIONAL),
    (typography._STRAY_HYPHEN, PLAIN_STRAY_HYPHEN),
    (typography._SPACE_BEFORE, PLAIN_SPACE_BEFORE),
    (typography._CRAMPED, PLAIN_CRAMPED),
    (typography._DOUBLE_SPACE, PLAIN_DOUBLE_SPACE),
    (leftovers.SLOT, PLAIN_SLOT),
]


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], ...]]:
    return [tuple(match.span(group) for group in range(pattern.groups + 1)) for match in pattern.finditer(text)]


@settings(max_examples=1000, deadline=None)
@given(TEXTS)
def test_matches_and_groups_are_those_of_the_plain_patterns(text: str) -> None:
    for fast, plain in PAIRS:
        assert fast.groups == plain.groups
        assert _found(fast, text) == _found(plain, text), fast.pattern
        assert fast.findall(text) == plain.findall(text)


def test_matches_in_resume_lines_are_those_of_the_plain_patterns() -> None:
    lines = [
        "Led the the migration of an API; I designed my own tooling (me, myself and I).",
        "Phase I of a HR-system, an MBA, AN LLM, a* grade; Tel: +44 20 7946 0958, +1-202-555-0143.",
        "İ'm ſure: the The THE the\u00a0the; K\u212a; O'Neil's a an; x+44 123 4567; my-team/me.",
        "Python ,  Go  , a -b a -bc; 경험(UX), Word(ab) Word(abc) Ö(Öl; x  y , 50% .\t,",
        "ſo ſo, kilo \u212aILO, \u0131 \u0131, so \u017fo; in\u0130t İnit",
        "[Your Name] | <Job Title> | [[id]] | x[Company] | }[Date] | \\[City] | [[Degree] | [Link](u) | <br>",
    ]
    for text in lines:
        for fast, plain in PAIRS:
            assert _found(fast, text) == _found(plain, text), (fast.pattern, text)
