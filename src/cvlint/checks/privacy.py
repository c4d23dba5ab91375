"""privacy: personal data many markets advise leaving out (birth date, ID numbers, marital status, photo)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from cvlint.model.document import Document
from cvlint.model.findings import Finding
from cvlint.rule.context import RuleContext
from cvlint.text.fast_regex import compile_fast

_CHECKS: tuple[tuple[str, str, str], ...] = (
    (
        "birth",
        r"\b(?:date of birth|d\.?o\.?b\.?(?=\s*:)|born (?:on|in)(?= \d| [A-Z][a-z]+ \d)|birth ?date|geburtsdatum|"
        r"fecha de nacimiento|date de naissance)\b|\bage\s*[:\-]\s*\d{2}\b",
        "a date of birth or age",
    ),
    ("marital", r"\bmarital status\b|\b(?:familienstand|état civil|estado civil)\b", "marital status"),
    (
        "id",
        r"\b\d{3}-\d{2}-\d{4}\b|\b(?:SSN|social security (?:no|number)|aadhaar|aadhar|passport (?:no|number)|"
        r"national (?:id|insurance) (?:no|number)|NI number|PESEL|NIE|DNI)\b",
        "a national ID or passport number",
    ),
    ("other", r"\b(?:religion|nationality|gender|sex)\s*:", "personal details (religion, nationality, gender)"),
)
"""Each kind of personal data: its key (as markets name it), its pattern (case-insensitive), what it is."""
_PHOTO = re.compile(r"!\[[^\]]*\]\([^)]*\)|<img\b[^>]*>", re.IGNORECASE)
_PORTRAIT = re.compile(r"photo|portrait|headshot|avatar|profile|selfie|\bme\.|DSC_?\d|IMG_?\d|PXL_\d", re.IGNORECASE)
_LATEX_PHOTO = re.compile(
    r"\\photo[LR]?\s*(?:\[[^\]\n]*\])?(?:\{[^}\n]*\})*\{[^}\n]+\}|\\includegraphics\s*(?:\[[^\]\n]*\])?\{[^}\n]+\}"
)
"""A photo in LaTeX: moderncv's and AltaCV's ``\\photo``/``\\photoL`` macros, or an included image."""
_LATEX_COMMENT = re.compile(r"(?<!\\)%")
_DATA_PHOTO = re.compile(
    r"^[ \t]{0,2}[\"']?(?:photo|picture|image|avatar|headshot|profile[-_ ]?(?:picture|photo|image))[\"']?[ \t]*:"
    r"[ \t]*[\"']?[^\s\"'#]*[./][^\s\"'#]",
    re.IGNORECASE,
)
"""A photo in a data résumé: JSON Resume's ``basics.image`` (``picture`` before 1.0), RenderCV's ``photo``,
and the like, when it names a file."""
_DATA_PHOTO_FIELDS = ("basics.image", "basics.picture")
_FILE = re.compile(r"^\S*[./]\S")
"""A value that names a file or an address (``me.jpg``, ``https://…``), not a template's word (``avatar``)."""
KINDS = frozenset({*(key for key, _, _ in _CHECKS), "photo"})
"""The kinds a market may list in ``reports`` (``rules/CV708-privacy.toml``)."""


def _chosen(wanted: frozenset[str]) -> list[tuple[str, str]]:
    return [(pattern, what) for key, pattern, what in _CHECKS if key in wanted]


@cache
def _any_kind(wanted: frozenset[str]) -> re.Pattern[str] | None:
    """One pattern for every kind of data in ``wanted`` but photos (None when that leaves none)."""
    chosen = _chosen(wanted)
    return compile_fast("|".join(f"(?:{pattern})" for pattern, _ in chosen), re.IGNORECASE) if chosen else None


@cache
def _kinds(wanted: frozenset[str]) -> tuple[tuple[re.Pattern[str], str], ...]:
    """Each kind's own pattern, and what it is, for the kinds in ``wanted``."""
    return tuple((compile_fast(pattern, re.IGNORECASE), what) for pattern, what in _chosen(wanted))


def check(document: Document, context: RuleContext) -> Iterator[Finding]:
    """Report personal data that the chosen market advises against (the kinds its choice ``reports``)."""
    market = context.active.rule.options["market"]
    wanted = frozenset(market.choice_data[context.options["market"]].get("reports", ()))
    any_kind = _any_kind(wanted)
    for line in document.prose_lines():
        if any_kind is None or any_kind.search(line.text) is None:
            continue  # nearly every line: none of the kinds is there
        for pattern, what in _kinds(wanted):
            match = pattern.search(line.text)
            if match is None:
                continue
            start = line.span.start + match.start()
            yield context.finding(
                start,
                line.span.start + match.end(),
                f"'{match.group()}': {what} on a résumé invites bias and identity theft",
                "leave it out: employers in this market do not ask for it before an offer",
                context=line.text.strip(),
            )
    if "photo" in wanted:
        found = _photo(document)
        if found is not None:
            yield context.finding(
                found[0],
                found[1],
                "a photo near the top of the résumé: many markets advise against one",
                "remove the photo, unless you apply where one is expected (set market = 'de')",
                context="photo",
            )


def _photo(document: Document) -> tuple[int, int] | None:
    """Where the résumé shows a photo of its writer, in the way its format does."""
    if document.format == "json":
        for field in document.fields:
            if field.where in _DATA_PHOTO_FIELDS and field.value is not None and _FILE.search(field.value.value):
                return field.key.start, field.value.span.end
        return None
    if document.format == "yaml":
        for line in document.prose_lines():
            match = _DATA_PHOTO.match(line.text)
            if match is not None:
                return line.span.start + len(line.text) - len(line.text.lstrip()), line.span.start + match.end()
        return None
    name = document.title.text.value.strip() if document.title else ""
    for line in document.lines[:20]:
        match = _PHOTO.search(line.text)
        if match is not None and (_PORTRAIT.search(match.group()) or (name and name in match.group())):
            return line.span.start + match.start(), line.span.start + match.end()
    if document.format == "latex":
        for line in document.lines:  # the preamble too, where moderncv and AltaCV set the photo
            match = _LATEX_PHOTO.search(_LATEX_COMMENT.split(line.text, 1)[0])
            if match is not None and (match.group().startswith("\\photo") or _PORTRAIT.search(match.group())):
                return line.span.start + match.start(), line.span.start + match.end()
    return None
