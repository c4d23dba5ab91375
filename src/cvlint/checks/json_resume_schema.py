"""json-resume-schema: values the JSON Resume schema rejects, named by field and entry, with what it expects."""

from __future__ import annotations

import re
from collections.abc import Iterator

from cvlint.dates import ONGOING_WORDS, find_dates
from cvlint.engine import RuleContext
from cvlint.findings import Finding, Fix
from cvlint.model import DataField, Document
from cvlint.parse.jsonresume import BASICS_KEYS, TOP_KEYS

_ISO8601 = re.compile(r"[12]\d{3}-[01]\d-[0-3]\d|[12]\d{3}-[01]\d|[12]\d{3}")
"""The schema's ``iso8601`` pattern."""
_UNPADDED = re.compile(r"(?P<year>[12]\d{3})-(?P<month>\d{1,2})(?:-(?P<day>\d{1,2}))?")
_ONGOING = re.compile("|".join((*ONGOING_WORDS, "till date", "to date")), re.IGNORECASE)
DATE_KEYS = frozenset({"startDate", "endDate", "date", "releaseDate"})
_DATED = ("startDate", "endDate")
ENTRY_FIELDS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "work": (
        frozenset({"name", "location", "description", "position", "url", *_DATED, "summary", "company", "website"}),
        frozenset({"highlights"}),
    ),
    "volunteer": (
        frozenset({"organization", "position", "url", *_DATED, "summary", "website"}),
        frozenset({"highlights"}),
    ),
    "education": (
        frozenset({"institution", "url", "area", "studyType", *_DATED, "score", "gpa"}),
        frozenset({"courses"}),
    ),
    "awards": (frozenset({"title", "date", "awarder", "summary"}), frozenset()),
    "certificates": (frozenset({"name", "date", "url", "issuer"}), frozenset()),
    "publications": (frozenset({"name", "publisher", "releaseDate", "url", "summary", "website"}), frozenset()),
    "skills": (frozenset({"name", "level"}), frozenset({"keywords"})),
    "languages": (frozenset({"language", "fluency"}), frozenset()),
    "interests": (frozenset({"name"}), frozenset({"keywords"})),
    "references": (frozenset({"name", "reference"}), frozenset()),
    "projects": (
        frozenset({"name", "description", *_DATED, "url", "entity", "type"}),
        frozenset({"highlights", "keywords", "roles"}),
    ),
}
"""For each list of the schema, its string fields and its array-of-strings fields (v0.0 names included)."""
OBJECTS = frozenset({"basics", "meta", "basics.location"})
OBJECT_LISTS = (TOP_KEYS - {"$schema", "basics", "meta"}) | {"basics.profiles"}
_LIST_OF_STRINGS = frozenset({"array of strings", "empty array"})
_STRING = frozenset({"string"})
_OBJECT = frozenset({"object"})
_LIST_OF_OBJECTS = frozenset({"array of objects", "empty array"})


def _article(kind: str) -> str:
    return "an" if kind[0] in "aeiou" else "a"


def _expected(field: DataField) -> tuple[frozenset[str], str] | None:
    """The kinds the schema accepts for ``field`` and how to say it, or None for keys it does not describe."""
    where = field.where
    if "[" not in where:
        if where in OBJECTS:
            return _OBJECT, "an object"
        if where in OBJECT_LISTS:
            return _LIST_OF_OBJECTS, "an array of objects"
        if where == "$schema" or (where.startswith("basics.") and where[7:] in BASICS_KEYS - {"location", "profiles"}):
            return _STRING, "a string"
        return None
    strings, lists = ENTRY_FIELDS.get(where.split("[", 1)[0], (frozenset(), frozenset()))
    if field.name in lists:
        return _LIST_OF_STRINGS, "an array of strings"
    if field.name in strings:
        return _STRING, "a string"
    return None  # a key of the writer's own (``pinned``, ``technologies``): the schema allows it


def _iso(value: str) -> str | None:
    """``value`` written as ISO 8601 when that keeps exactly what it says, else None."""
    text = value.strip()
    unpadded = _UNPADDED.fullmatch(text)
    if unpadded:
        month, day = int(unpadded["month"]), unpadded["day"]
        if not 1 <= month <= 12 or (day is not None and not 1 <= int(day) <= 31):
            return None
        return f"{unpadded['year']}-{month:02d}" + (f"-{int(day):02d}" if day else "")
    found = find_dates(text)
    if len(found) != 1 or found[0].is_range or (found[0].start, found[0].end) != (0, len(text)):
        return None
    date = found[0].first
    if date.style == "Season YYYY" or not date.valid_month:
        return None
    return f"{date.year}" if date.month is None else f"{date.year}-{date.month:02d}"


def _date(field: DataField, context: RuleContext) -> Iterator[Finding]:
    value = field.value
    if value is None or not value.value.strip() or _ISO8601.fullmatch(value.value):
        return  # an empty date is read as no date by the schema's tools and by every theme
    start, end = value.span.start, value.span.end
    expects = "JSON Resume expects an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD"
    if field.name == "endDate" and _ONGOING.fullmatch(value.value.strip()):
        yield context.finding(
            start,
            end,
            f"{field.where} is '{value.value}'; {expects}, and an ongoing role has no endDate",
            "delete the endDate member; themes then show the role as ongoing",
            context=field.where,
        )
        return
    iso = _iso(value.value)
    yield context.finding(
        start,
        end,
        f"{field.where} is '{value.value}'; {expects}",
        f"write '{iso}'" if iso else "write the date as YYYY-MM (or YYYY, or YYYY-MM-DD)",
        Fix.replace(start, end, iso) if iso else None,
        context=field.where,
    )


def check(document: Document, context: RuleContext) -> Iterator[Finding]:
    """Report fields whose type the schema rejects and dates that are not ISO 8601; fix what converts losslessly."""
    for field in document.fields:
        expected = _expected(field)
        if expected is not None and field.kind not in expected[0]:
            fix = None
            if field.kind == "string" and expected[0] is _LIST_OF_STRINGS and field.quoted is not None:
                quoted = document.source[field.quoted.start : field.quoted.end]
                fix = Fix.replace(field.quoted.start, field.quoted.end, f"[{quoted}]")
            yield context.finding(
                field.key.start,
                field.key.end,
                f"{field.where} is {_article(field.kind)} {field.kind}; JSON Resume expects {expected[1]}, "
                "so validators reject it and themes may leave it out",
                'put the string in an array: ["…"]' if fix else f"give {field.where} {expected[1]}",
                fix,
                context=field.where,
            )
            continue
        if field.kind == "string" and field.name in DATE_KEYS:
            yield from _date(field, context)
