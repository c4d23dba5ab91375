"""JSON Resume (resume.json) into the résumé model, with every string mapped back to its source.

The standard ``json`` module gives no positions, so a small reader walks the text and keeps, for each
string, the source range of every character (escapes such as ``\\n`` or ``\\u00e9`` map to the whole
escape). Rules then see the words; fixes land inside the JSON string, escaped, and the file stays valid.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from typing import Any

from cvlint.model.dates import DateRange, PartialDate, find_dates
from cvlint.model.document import (
    Bullet,
    DataField,
    DataKey,
    Entry,
    Heading,
    Line,
    Paragraph,
    Piece,
    Section,
    SectionRole,
    Span,
    Text,
)
from cvlint.model.lines import split_lines
from cvlint.parse.structure import section_role

_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
_NUMBER = re.compile(r"-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?")
_ISO_DATE = re.compile(r"(?P<year>\d{4})(?:-(?P<month>\d{1,2})(?:-(?P<day>\d{1,2}))?)?$")

TOP_KEYS = frozenset(
    {
        "$schema",
        "basics",
        "work",
        "volunteer",
        "education",
        "awards",
        "certificates",
        "publications",
        "skills",
        "languages",
        "interests",
        "references",
        "projects",
        "meta",
    }
)
BASICS_KEYS = frozenset(
    {"name", "label", "image", "email", "phone", "url", "summary", "location", "profiles", "picture", "website"}
)
"""Keys of ``basics``; ``picture`` and ``website`` are v0.0 names that themes still read."""
ITEM_KEYS = frozenset(
    {
        "name",
        "position",
        "url",
        "startDate",
        "endDate",
        "summary",
        "highlights",
        "location",
        "description",
        "organization",
        "institution",
        "area",
        "studyType",
        "score",
        "courses",
        "title",
        "date",
        "awarder",
        "issuer",
        "publisher",
        "releaseDate",
        "roles",
        "entity",
        "type",
        "keywords",
        "level",
        "language",
        "fluency",
        "reference",
        "company",
        "website",
        "gpa",
    }
)
"""Keys the JSON Resume schema (and its themes) read in entries; ``company``, ``website``, ``gpa`` are v0.0 names."""
V0_NAMES: dict[str, dict[str, str]] = {
    "basics": {"picture": "image", "website": "url"},
    "work": {"company": "name", "website": "url"},
    "volunteer": {"website": "url"},
    "education": {"gpa": "score"},
    "publications": {"website": "url"},
}
"""Keys of JSON Resume 0.x (schema v0.0.0) and their 1.0 names, by the object that holds them."""
SECTIONS: dict[str, SectionRole] = {
    "work": "experience",
    "volunteer": "volunteer",
    "projects": "projects",
    "education": "education",
    "awards": "awards",
    "certificates": "certifications",
    "publications": "publications",
}


class JsonError(ValueError):
    """Text that is not valid JSON; the message gives the line and column."""


@dataclass(slots=True)
class JString:
    """A JSON string: its decoded text mapped to the source, and the span of its quotes."""

    text: Text
    span: Span


@dataclass(slots=True)
class JObject:
    """A JSON object, keys in order."""

    members: list[tuple[JString, JValue]] = field(default_factory=list)

    def get(self, key: str) -> JValue | None:
        """The value of ``key``, or None."""
        return next((value for name, value in self.members if name.text.value == key), None)

    def string(self, key: str) -> JString | None:
        """The value of ``key`` when it is a non-empty string."""
        value = self.get(key)
        return value if isinstance(value, JString) and value.text.value.strip() else None


@dataclass(slots=True)
class JArray:
    """A JSON array."""

    items: list[JValue] = field(default_factory=list)


JValue = JString | JObject | JArray | None | int | float | bool


class _Reader:
    def __init__(self, source: str) -> None:
        self.source = source
        self.position = 0

    def fail(self, what: str) -> JsonError:
        before = self.source[: self.position]
        line = before.count("\n") + 1
        column = self.position - (before.rfind("\n") + 1) + 1
        return JsonError(f"not valid JSON: line {line}, column {column}: {what}")

    def skip(self) -> None:
        while self.position < len(self.source) and self.source[self.position] in " \t\r\n\ufeff":
            self.position += 1

    def value(self, depth: int = 0) -> JValue:
        if depth > 200:
            raise self.fail("nested too deeply")
        self.skip()
        if self.position >= len(self.source):
            raise self.fail("unexpected end of file")
        char = self.source[self.position]
        if char == "{":
            return self.object(depth)
        if char == "[":
            return self.array(depth)
        if char == '"':
            return self.string()
        for word, result in (("true", True), ("false", False), ("null", None)):
            if self.source.startswith(word, self.position):
                self.position += len(word)
                return result
        match = _NUMBER.match(self.source, self.position)
        if match is None:
            raise self.fail(f"unexpected {char!r}")
        self.position = match.end()
        number = match.group()
        return float(number) if any(c in number for c in ".eE") else int(number)

    def object(self, depth: int) -> JObject:
        self.position += 1
        result = JObject()
        self.skip()
        if self.source.startswith("}", self.position):
            self.position += 1
            return result
        while True:
            self.skip()
            if not self.source.startswith('"', self.position):
                raise self.fail("expected a key in double quotes")
            key = self.string()
            self.skip()
            if not self.source.startswith(":", self.position):
                raise self.fail("expected ':'")
            self.position += 1
            result.members.append((key, self.value(depth + 1)))
            self.skip()
            if self.source.startswith(",", self.position):
                self.position += 1
                continue
            if self.source.startswith("}", self.position):
                self.position += 1
                return result
            raise self.fail("expected ',' or '}'")

    def array(self, depth: int) -> JArray:
        self.position += 1
        result = JArray()
        self.skip()
        if self.source.startswith("]", self.position):
            self.position += 1
            return result
        while True:
            result.items.append(self.value(depth + 1))
            self.skip()
            if self.source.startswith(",", self.position):
                self.position += 1
                continue
            if self.source.startswith("]", self.position):
                self.position += 1
                return result
            raise self.fail("expected ',' or ']'")

    def string(self) -> JString:
        source = self.source
        start = self.position
        position = start + 1
        pieces: list[Piece] = []
        run = position
        while True:
            if position >= len(source):
                raise self.fail("unterminated string")
            char = source[position]
            if char == '"':
                break
            if char == "\\":
                if run < position:
                    pieces.append((source[run:position], run, position))
                escape = source[position + 1 : position + 2]
                if escape in _ESCAPES:
                    pieces.append((_ESCAPES[escape], position, position + 2))
                    position += 2
                elif escape == "u" and re.fullmatch(r"[0-9a-fA-F]{4}", source[position + 2 : position + 6]):
                    code = int(source[position + 2 : position + 6], 16)
                    end = position + 6
                    low = source[end + 2 : end + 6] if source.startswith("\\u", end) else ""
                    if 0xD800 <= code < 0xDC00 and re.fullmatch(r"[dD][c-fC-F][0-9a-fA-F]{2}", low):
                        code = 0x10000 + ((code - 0xD800) << 10) + (int(low, 16) - 0xDC00)
                        end += 6
                    pieces.append((chr(code), position, end))
                    position = end
                else:
                    self.position = position
                    raise self.fail("invalid escape in a string")
                run = position
                continue
            if char == "\n":
                self.position = position
                raise self.fail("line break inside a string")
            position += 1
        if run < position:
            pieces.append((source[run:position], run, position))
        self.position = position + 1
        return JString(Text.join(pieces, Span(start + 1, position)), Span(start, position + 1))


def load(source: str) -> JValue:
    """Read JSON text into position-carrying values; raises ``JsonError``."""
    reader = _Reader(source)
    value = reader.value()
    reader.skip()
    if reader.position != len(source):
        raise reader.fail("unexpected text after the JSON value")
    return value


def plain(value: JValue) -> Any:
    """``value`` as the standard ``json`` module reads it (dicts, lists, strings), for a schema validator."""
    if isinstance(value, JString):
        return value.text.value
    if isinstance(value, JObject):
        return {key.text.value: plain(member) for key, member in value.members}
    if isinstance(value, JArray):
        return [plain(item) for item in value.items]
    return value


def _partial(text: Text) -> PartialDate | None:
    value = text.value.strip()
    match = _ISO_DATE.match(value)
    offset = text.span.start + (len(text.value) - len(text.value.lstrip()))
    if match is not None:
        month = int(match.group("month")) if match.group("month") else None
        style = "YYYY-MM-DD" if match.group("day") else ("YYYY-MM" if month else "YYYY")
        return PartialDate(int(match.group("year")), month, style, offset, offset + len(value))
    found = find_dates(text.value, text.span.start)
    return found[0].first if found else None


_START_END = (("startDate", "endDate"), ("start", "end"), ("from", "to"))
"""The schema's date keys, then those of JSON résumés in layouts of their own (``"from": "May 2022"``)."""
_RANGE_KEYS = ("dates", "period")


def _at_source(date: PartialDate, text: Text) -> PartialDate:
    """``date``, found in ``text``'s value, at its source characters."""
    return replace(date, start=text.source_start(date.start), end=text.source_end(date.end - 1))


def _range(item: JObject) -> DateRange | None:
    """A whole range written in one string (``"dates": "2022 \\u2013 Present"``), at its source characters."""
    for key in _RANGE_KEYS:
        value = item.string(key)
        found = find_dates(value.text.value) if value is not None else []
        if value is None or not found or not found[0].is_range:
            continue
        text, where = value.text, found[0]
        return replace(
            where,
            start=text.source_start(where.start),
            end=text.source_end(where.end - 1),
            first=_at_source(where.first, text),
            last=None if where.last is None else _at_source(where.last, text),
            separator_start=None if where.separator_start is None else text.source_start(where.separator_start),
            ongoing_start=None if where.ongoing_start is None else text.source_start(where.ongoing_start),
        )
    return None


def _dates(item: JObject, source: str) -> DateRange | None:
    keys = next(((s, e) for s, e in _START_END if item.string(s) is not None), None)
    if keys is None:
        return _range(item)
    start = item.string(keys[0])
    assert start is not None
    first = _partial(start.text)
    if first is None:
        return None
    end_string = item.string(keys[1])
    last = _partial(end_string.text) if end_string is not None else None
    ongoing = None if end_string is not None else ""
    if end_string is not None and last is None:
        ongoing = end_string.text.value  # "Present" and similar words
    finish = last.end if last is not None else first.end
    shown = f"{source[first.start : first.end]} – {source[last.start : last.end] if last else ongoing or 'present'}"
    return DateRange(first.start, finish, shown, first, last, None, None, ongoing, None)


def _text(value: JValue) -> Text | None:
    return value.text if isinstance(value, JString) and value.text.value.strip() else None


def _entry(item: JObject, role: SectionRole, source: str) -> Entry:
    if role == "education":
        parts = [item.string(key) for key in ("studyType", "area")]
        title = next((p.text for p in parts if p is not None), None)
        organisation = _text(item.get("institution"))
    elif role == "projects":
        title = _text(item.get("name"))
        organisation = _text(item.get("entity"))
    else:
        title = _text(item.get("position")) or _text(item.get("title")) or _text(item.get("role"))
        organisation = _text(item.get("name")) or _text(item.get("company")) or _text(item.get("organization"))
    spans = [t.span for t in (title, organisation) if t is not None]
    start = min((s.start for s in spans), default=0)
    entry = Entry(Span(start, max((s.end for s in spans), default=start)), title, organisation)
    entry.location = _text(item.get("location"))
    entry.dates = _dates(item, source)
    for name in ("summary", "description"):
        text = _text(item.get(name))
        if text is not None:
            entry.paragraphs.append(Paragraph(text.span, text))
    for name in ("highlights", "courses"):
        values = item.get(name)
        if isinstance(values, JArray):
            for value in values.items:
                if isinstance(value, JString):
                    quote = Span(value.span.start, value.span.start + 1)
                    entry.bullets.append(Bullet(value.span, quote, '"', value.text))
    return entry


def _section(key: JString, role: SectionRole, end: int) -> Section:
    heading = Heading(key.text.span, key.text, 2)
    return Section(heading, role, Span(key.span.start, end))


def kind_of(value: JValue) -> str:
    """What a JSON value is, as the schema messages say it (``array of strings``, ``null``)."""
    if isinstance(value, JString):
        return "string"
    if isinstance(value, JObject):
        return "object"
    if isinstance(value, JArray):
        if not value.items:
            return "empty array"
        if all(isinstance(item, JString) for item in value.items):
            return "array of strings"
        return "array of objects" if all(isinstance(item, JObject) for item in value.items) else "mixed array"
    if value is None:
        return "null"
    return "boolean" if isinstance(value, bool) else "number"


def _note(
    obj: JObject,
    expected: frozenset[str],
    prefix: str,
    keys: list[DataKey],
    fields: list[DataField],
    renames: dict[str, str] | None = None,
) -> None:
    names = {key.text.value for key, _ in obj.members}
    for key, value in obj.members:
        renamed = (renames or {}).get(key.text.value)
        taken = renamed in names
        keys.append(DataKey(key.text.value, key.text.span, expected, "JSON Resume", renamed, taken))
        string = value if isinstance(value, JString) else None
        fields.append(
            DataField(
                prefix + key.text.value,
                key.text.span,
                kind_of(value),
                string.text if string else None,
                string.span if string else None,
            )
        )


def _schema(root: JObject) -> tuple[list[DataKey], list[DataField]]:
    """The keys and fields of the parts of a JSON Resume that the schema describes."""
    keys: list[DataKey] = []
    fields: list[DataField] = []
    _note(root, TOP_KEYS, "", keys, fields)
    for key, value in root.members:
        name = key.text.value
        if name == "basics" and isinstance(value, JObject):
            _note(value, BASICS_KEYS, "basics.", keys, fields, V0_NAMES["basics"])
        elif name in TOP_KEYS and isinstance(value, JArray):
            for index, item in enumerate(value.items):
                if isinstance(item, JObject):
                    _note(item, ITEM_KEYS, f"{name}[{index}].", keys, fields, V0_NAMES.get(name))
    return keys, fields


def read_json_resume(
    source: str,
) -> tuple[list[Line], Heading | None, list[Section], list[DataKey], list[DataField]]:
    """Lines, title, sections, keys and schema fields of a JSON Resume document.

    Raises ``JsonError`` for invalid JSON.
    """
    root = load(source)
    lines = [Line(n + 1, Span(s, e), source[s:e], ending) for n, (s, e, ending) in enumerate(split_lines(source))]
    title: Heading | None = None
    sections: list[Section] = []
    if not isinstance(root, JObject):
        return lines, None, sections, [], []
    keys, fields = _schema(root)
    basics = root.get("basics")
    if isinstance(basics, JObject):
        full_name = basics.string("name")
        if full_name is not None:
            title = Heading(full_name.text.span, full_name.text, 1)
        preamble = Section(None, "contact", Span(0, 0))
        for field_name in ("label", "email", "phone", "url"):
            text = _text(basics.get(field_name))
            if text is not None:
                preamble.paragraphs.append(Paragraph(text.span, text))
        sections.append(preamble)
        summary = basics.string("summary")
        if summary is not None:
            summary_key = next(k for k, v in basics.members if v is summary)
            section = _section(summary_key, "summary", summary.span.end)
            section.paragraphs.append(Paragraph(summary.text.span, summary.text))
            sections.append(section)
    for key, value in root.members:
        name = key.text.value
        if name == "skills" and isinstance(value, JArray):
            section = _section(key, "skills", len(source))
            for skill in value.items:
                if isinstance(skill, JObject):
                    for text in [_text(skill.get("name")), *_keywords(skill)]:
                        if text is not None:
                            section.paragraphs.append(Paragraph(text.span, text))
            sections.append(section)
        elif isinstance(value, JArray) and (name in SECTIONS or section_role(name) != "other"):
            role: SectionRole = SECTIONS[name] if name in SECTIONS else section_role(name)
            section = _section(key, role, len(source))
            section.entries.extend(_entry(item, role, source) for item in value.items if isinstance(item, JObject))
            sections.append(section)
    return lines, title, sections, keys, fields


def _keywords(skill: JObject) -> list[Text | None]:
    keywords = skill.get("keywords")
    return [_text(item) for item in keywords.items] if isinstance(keywords, JArray) else []


def escape(text: str) -> str:
    """``text`` as the inside of a JSON string."""
    return json.dumps(text, ensure_ascii=False)[1:-1]


def looks_like_json_resume(source: str) -> bool:
    """True for JSON whose top level has JSON Resume's keys."""
    head = source.lstrip("\ufeff \t\r\n")[:4000]
    return head.startswith("{") and bool(re.search(r'"(?:basics|work|education|skills)"\s*:', head))
