"""JSON Resume (resume.json) into the résumé model, with every string mapped back to its source.

The standard ``json`` module gives no positions, so a small reader walks the text and keeps, for each
string, the source range of every character (escapes such as ``\\n`` or ``\\u00e9`` map to the whole
escape). Rules then see the words; fixes land inside the JSON string, escaped, and the file stays valid.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace

from cvlint.model.dates import DateRange, PartialDate, find_dates
from cvlint.model.document import (
    Bullet,
    DataField,
    DataKey,
    Entry,
    Heading,
    Line,
    Paragraph,
    Section,
    SectionRole,
    Span,
    Text,
)
from cvlint.model.lines import split_lines
from cvlint.parse.structure import section_role
from cvlint.text.json_tree import JArray, JObject, JString, JValue, kind_of, load

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
