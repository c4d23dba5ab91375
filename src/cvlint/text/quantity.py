"""Does a sentence measure something? Counts, percentages, money, sizes, rates, multipliers.

Years, dates, version numbers and numbers inside names (``Python 3.7``, ``GPT-4o``, ``EC2``) are not
measures; ``p99`` is. A duration of the work itself ("for over two years") is not a result.
"""

from __future__ import annotations

import re

from cvlint.model.dates import find_dates

_NOISE = re.compile(r"https?://\S+|www\.\S+|[\w.+-]+@[\w-]+\.[\w.]+|`[^`]*`")
_SPELLED = (
    r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
    r"hundreds?|thousands?|millions?|billions?|dozens?"
)
_NUMBER = rf"(?:\d+(?:[.,]\d+)*|{_SPELLED})"
_DURATION_UNITS = r"(?:days?|weeks?|months?|years?|yrs?|decades?|semesters?|quarters?)"
_BARE_DURATION = re.compile(
    rf"\b(?:for|over|during|across|throughout|spanning|since|with|in\s+the\s+(?:past|last))\s+"
    rf"(?:the\s+course\s+of\s+)?(?:(?:about|around|almost|nearly|over|more\s+than|roughly|approximately|the\s+(?:past|last))\s+)?"
    rf"{_NUMBER}(?:\s*\+)?\s+{_DURATION_UNITS}\b"
    rf"|\b{_NUMBER}(?:\s*\+)?\s+{_DURATION_UNITS}\s+of\s+(?:[\w-]+\s+){{0,3}}?(?:experience|work|service)\b",
    re.IGNORECASE,
)
"""The length of the job itself ("over 3 years, developed …", "5 years of experience"): not a result."""
_ANY_DIGIT = re.compile(r"\d")
_MULTIPLIER_WORD = re.compile(
    r"\b(?:doubled|tripled|quadrupled|halved|doubling|tripling|halving|\d+-fold|twofold|threefold|tenfold)\b"
    r"|\b(?:in|by)\s+half\b"
    r"|\b(?-i:zero)\s+(?!to\b)[a-z]",
    re.IGNORECASE,
)
_SPELLED_MEASURE = re.compile(rf"\b(?:{_SPELLED})\b(?!-)", re.IGNORECASE)
_UNITS = (
    r"[KMGTPE]i?B|[kKMGTP]?b(?:ps|/s)|bytes?|[kMGTP]?W(?:h)?|[kMG]?Hz|[KMGTP]?FLOPS|"
    r"[mµun]s|s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|rps|qps|tps|fps|ops|kg|km|lbs?|tons?"
)
_UNIT_MEASURE = re.compile(
    rf"(?<![\w.])[~≈+]?\d+(?:[.,]\d+)?(?:\s?[-–]\s?\d+(?:[.,]\d+)?)?\s?(?:{_UNITS})(?:/[a-z]+)?(?![\w.])"
)
"""A number with a unit of measure, written as people write it: ``1MWh``, ``~6MB``, ``+100GB/day``,
``1sec/image``, ``10-15 min/image``."""
_TIMES = r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)"
_WORD_MEASURES = re.compile(
    r"\b(?:kilo|mega|giga|tera|peta|exa)(?:bytes?|watts?|hertz|flops)\b"
    r"|\b(?:kilo|mega|giga|tera|peta|exa|thousand|million|billion|trillion)(?:byte)?-scale\b"
    rf"|\bfrom\s+(?:[\w-]+\s+){{0,2}}?{_TIMES}\s+(?:down\s+)?to\s+(?:[\w-]+\s+){{0,2}}?{_TIMES}\b"
    rf"|\b{_TIMES}\s+(?:instead\s+of|rather\s+than)\s+{_TIMES}\b",
    re.IGNORECASE,
)
"""Measures in words: ``terabyte-scale``, ``petabytes of logs``, ``from months to days``, ``years instead of
days``."""
_LINK_SPEED = re.compile(r"(?<![\w.])[1-9]\d+\s?(?:G|GbE|GigE)(?![\w.])")
"""A link speed (``100G``, ``40GbE``); a one-digit ``5G`` is a network generation, a name."""
_COUNTED_NOUN = re.compile(r"(?<![\w./#:-])(?:[2-9]|[1-9]\d+)-(?!bit\b)[a-z]{3,}\b")
"""A count joined to what it counts: ``8-page paper``, ``5-person team``, ``500-node cluster``; a bit width
(``16-bit``) names a kind of machine, and ``1-on-1`` counts nothing."""
_MEASURES = (
    _UNIT_MEASURE,
    _LINK_SPEED,
    re.compile(r"\d\s?(?:%|percent\b|pct\b|pp\b|bps\b|basis points\b)", re.IGNORECASE),
    re.compile(r"[$€£¥₹]\s?\d"),
    re.compile(r"\b\d+(?:[.,]\d+)?\s?(?:k|m|mm|b|bn)\b\+?", re.IGNORECASE),
    re.compile(r"\b\d+(?:\.\d+)?\s?[x×](?!\w)|×\s?\d", re.IGNORECASE),
    re.compile(r"\b\d+\+(?!\w)"),
    re.compile(r"\b\d{1,3}(?:,\d{3})+\b"),
    re.compile(r"\bp(?:50|75|90|95|99|999)\b", re.IGNORECASE),
    re.compile(r"\b\d+(?:st|nd|rd|th)\b|#\d+\b", re.IGNORECASE),
    _MULTIPLIER_WORD,
    _SPELLED_MEASURE,
)
_PLAIN_NUMBER = re.compile(r"(?<![\w./#:-])\d+(?:\.\d+)?(?![\w/]|\.\d|-\w)")
_VERSION_WORD_BEFORE = re.compile(
    r"\b(?:version|v|release|level|grade|tier|phase|step|round|stage|series|gen|generation)\s+$", re.IGNORECASE
)
_NAME_BEFORE = re.compile(r"[A-Z][\w+#.]*\s+$")
_SENTENCE_START = re.compile(r"^\W*\w+\s+$")
_LOOK_BACK = 100
"""How far before a number to look for the word that makes it a version or part of a name."""


def _strip_noise(text: str) -> str:
    text = _NOISE.sub(" ", text)
    pieces: list[str] = []
    kept_from = 0
    for date in find_dates(text):  # in order, none overlapping
        pieces += [text[kept_from : date.start], " "]
        kept_from = date.end
    text = "".join([*pieces, text[kept_from:]])
    text = re.sub(r"\b(?:19|20)\d\d\b", " ", text)
    return _BARE_DURATION.sub(" ", text)


def _version_like(text: str, match: re.Match[str]) -> bool:
    if "." in match.group():
        return True
    start = match.start()
    near = max(0, start - _LOOK_BACK)  # the words before the number, not all the text before it
    if _VERSION_WORD_BEFORE.search(text, near, start):
        return True
    if not _NAME_BEFORE.search(text, near, start):
        return False
    word_before = re.search(r"(\S+)$", text[near:start].rstrip())
    # "Led 5 engineers": a capital on the sentence's first word does not make it a product name.
    return not (word_before and word_before.group(1)[0].isupper() and _SENTENCE_START.match(text, 0, start))


def is_quantified(text: str) -> bool:
    """True when ``text`` states a measure of scope or result."""
    if _WORD_MEASURES.search(text):
        return True
    if not _ANY_DIGIT.search(text):
        cleaned = _BARE_DURATION.sub(" ", text)
        return bool(_SPELLED_MEASURE.search(cleaned) or _MULTIPLIER_WORD.search(cleaned))
    cleaned = _strip_noise(text)
    if any(pattern.search(cleaned) for pattern in _MEASURES):
        return True
    numbers = (*_PLAIN_NUMBER.finditer(cleaned), *_COUNTED_NOUN.finditer(cleaned))
    return any(not _version_like(cleaned, match) for match in numbers)
