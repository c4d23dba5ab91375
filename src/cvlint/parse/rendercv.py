"""YAML résumés (RenderCV's ``cv.sections`` layout and similar) into the résumé model.

ruamel.yaml's round-trip loader gives the line and column of every key and value. A scalar becomes
text only where its characters can be mapped to the source exactly: plain and quoted scalars on one
line, and block scalars (``|``, ``>``) line by line. Anything else is left out rather than mapped
loosely, so a fix can never land on the wrong characters.
"""

from __future__ import annotations

import re
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from cvlint.dates import DateRange, PartialDate, find_dates
from cvlint.lines import LineIndex, split_lines
from cvlint.model import Bullet, DataKey, Entry, Heading, Line, Paragraph, Piece, Section, SectionRole, Span, Text
from cvlint.parse.structure import section_role
from cvlint.quiet import quiet

_ISO = re.compile(r"(?P<year>\d{4})(?:-(?P<month>\d{1,2})(?:-(?P<day>\d{1,2}))?)?")
ENTRY_KEYS = frozenset(
    {
        "company",
        "position",
        "institution",
        "area",
        "degree",
        "date",
        "start_date",
        "end_date",
        "location",
        "summary",
        "highlights",
        "name",
        "title",
        "authors",
        "doi",
        "url",
        "journal",
        "label",
        "details",
        "bullet",
        "number",
        "reversed_number",
    }
)
"""The keys RenderCV reads in an entry; others are ignored when the PDF is made."""
CV_KEYS = frozenset(
    {
        "name",
        "headline",
        "label",
        "location",
        "email",
        "photo",
        "phone",
        "website",
        "social_networks",
        "custom_connections",
        "sections",
    }
)
TOP_KEYS = frozenset({"cv", "design", "locale", "locale_catalog", "rendercv_settings", "settings"})
START_KEYS = ("start_date", "date", "start", "from", "startDate", "since")
END_KEYS = ("end_date", "end", "to", "endDate", "until")
BULLET_KEYS = ("highlights", "achievements", "responsibilities", "bullets", "items")
_EXPERIENCE_KEYS = {"companies", "jobs", "roles", "employers"}


def key_role(key: str) -> SectionRole:
    """The section role a YAML key names ("workExperience", "work_experience", "companies")."""
    words = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", key).replace("_", " ").replace("-", " ")
    if words.lower() in _EXPERIENCE_KEYS:
        return "experience"
    return section_role(words)


class YamlError(ValueError):
    """Text that is not valid YAML; the message gives the line and column."""


class _Reader:
    def __init__(self, source: str) -> None:
        self.source = source
        self.index = LineIndex(source)
        self.keys: list[DataKey] = []
        self.rendercv = False
        """True for RenderCV's layout (``cv.sections``): only then are its keys known, and checked."""

    def offset(self, line: int, column: int) -> int:
        return self.index.line_start(line + 1) + column

    def scalar(self, value: Any, line: int, column: int) -> Text | None:
        """The source-mapped text of a string scalar at 0-based ``line``/``column``, or None."""
        if not isinstance(value, str) or not value.strip():
            return None
        start = self.offset(line, column)
        source = self.source
        if source.startswith(value, start):
            return Text.verbatim(source, start, start + len(value))
        if source[start : start + 1] in "'\"" and source.startswith(value, start + 1) and "\n" not in value:
            return Text.verbatim(source, start + 1, start + 1 + len(value))
        if source[start : start + 1] in "|>":
            return self.block(value, start)
        return None

    def block(self, value: str, start: int) -> Text | None:
        """A block scalar's text, line by line (folded lines joined by a space)."""
        parts: list[Piece] = []
        position = self.source.index("\n", start) + 1 if "\n" in self.source[start:] else len(self.source)
        for wanted in value.rstrip("\n").split("\n"):
            line_end = self.source.find("\n", position)
            line_end = len(self.source) if line_end < 0 else line_end
            found = self.source.find(wanted, position, line_end) if wanted else position
            if found < 0:
                return None
            if parts:
                parts.append((" ", position - 1, position))
            if wanted:
                parts.append(Text.verbatim(self.source, found, found + len(wanted)))
            position = line_end + 1
        if not parts:
            return None
        first, last = parts[0], parts[-1]
        begin = first.span.start if isinstance(first, Text) else first[1]
        end = last.span.end if isinstance(last, Text) else last[2]
        return Text.join(parts, Span(begin, end))

    def value_text(self, mapping: Any, key: str) -> Text | None:
        if key not in mapping:
            return None
        line, column = mapping.lc.value(key)
        return self.scalar(mapping[key], line, column)

    def note_keys(self, mapping: Any, expected: frozenset[str]) -> None:
        for key in mapping:
            if isinstance(key, str):
                line, column = mapping.lc.key(key)
                start = self.offset(line, column)
                self.keys.append(DataKey(key, Span(start, start + len(key)), expected))

    def date(self, mapping: Any, key: str) -> PartialDate | DateRange | str | None:
        """A date value as written: an ISO-like date, another date form, or an ongoing word."""
        if key not in mapping or mapping[key] in (None, ""):
            return None
        line, column = mapping.lc.value(key)
        start = self.offset(line, column)
        end = self.source.find("\n", start)
        raw = self.source[start : len(self.source) if end < 0 else end].split(" #")[0].strip().strip("'\"")
        if self.source[start] in "'\"":
            start += 1
        match = _ISO.fullmatch(raw)
        if match is not None:
            month = int(match.group("month")) if match.group("month") else None
            style = "YYYY-MM-DD" if match.group("day") else ("YYYY-MM" if month else "YYYY")
            return PartialDate(int(match.group("year")), month, style, start, start + len(raw))
        found = find_dates(raw, start)
        if found:
            return found[0] if found[0].is_range else found[0].first  # "date: 2023 - present" is a range
        return raw

    def first_date(self, item: Any, keys: tuple[str, ...]) -> PartialDate | DateRange | str | None:
        return next((found for key in keys if (found := self.date(item, key)) is not None), None)

    def dates(self, item: Any) -> DateRange | None:
        first = self.first_date(item, START_KEYS)
        if isinstance(first, DateRange):
            return first
        if not isinstance(first, PartialDate):
            return None
        last = self.first_date(item, END_KEYS)
        if isinstance(last, DateRange):
            last = last.first
        ongoing: str | None = None
        if isinstance(last, str):
            ongoing, last = last, None
        elif last is None and any(key in item for key in START_KEYS if key != "date"):
            ongoing = ""
        finish = last.end if last is not None else first.end
        shown = (
            self.source[first.start : first.end]
            + " – "
            + (self.source[last.start : last.end] if last else ongoing or "present")
        )
        return DateRange(first.start, finish, shown, first, last, None, None, ongoing, None)

    def first_text(self, item: Any, keys: tuple[str, ...]) -> Text | None:
        return next((text for key in keys if (text := self.value_text(item, key)) is not None), None)

    def entry(self, item: Any, role: SectionRole) -> Entry:
        if self.rendercv:
            self.note_keys(item, ENTRY_KEYS)
        if role == "education":
            title = self.first_text(item, ("degree", "area", "studyType", "title"))
            organisation = self.first_text(item, ("institution", "school", "university", "name"))
        else:
            title = self.first_text(item, ("position", "title", "role", "name"))
            organisation = self.first_text(item, ("company", "organization", "organisation", "employer"))
        spans = [t.span for t in (title, organisation) if t is not None]
        start = min((s.start for s in spans), default=0)
        entry = Entry(Span(start, max((s.end for s in spans), default=start)), title, organisation)
        entry.location = self.value_text(item, "location")
        entry.dates = self.dates(item)
        summary = self.first_text(item, ("summary", "description"))
        if summary is not None:
            entry.paragraphs.append(Paragraph(summary.span, summary))
        highlights = next((item[key] for key in BULLET_KEYS if isinstance(item.get(key), CommentedSeq)), None)
        if isinstance(highlights, CommentedSeq):
            entry.bullets.extend(b for position in range(len(highlights)) if (b := self.bullet(highlights, position)))
        return entry

    def bullet(self, items: CommentedSeq, position: int) -> Bullet | None:
        """The string item at ``position`` of a sequence as a bullet with its marker, or None.

        The marker is the ``-`` of a block sequence, or the ``[`` or ``,`` before an item of a flow
        sequence (``[en, sv]``).
        """
        line, column = items.lc.item(position)
        text = self.scalar(items[position], line, column)
        if text is None:
            return None
        if items.fa.flow_style():
            marker_at = max(self.source.rfind("[", 0, text.span.start), self.source.rfind(",", 0, text.span.start))
        else:
            marker_at = self.source.rfind("-", 0, text.span.start)
        marker = Span(max(marker_at, 0), max(marker_at, 0) + 1)
        return Bullet(Span(marker.start, text.span.end), marker, self.source[marker.start], text)

    def section(self, title: str, items: Any, heading: Text, end: int) -> Section:
        role = key_role(title)
        section = Section(Heading(heading.span, heading, 2), role, Span(heading.span.start, end))
        if not isinstance(items, CommentedSeq):
            return section
        for position, item in enumerate(items):
            if isinstance(item, CommentedMap):
                section.entries.append(self.entry(item, role))
            elif (bullet := self.bullet(items, position)) is not None:
                section.bullets.append(bullet)
        return section


def read_rendercv(source: str) -> tuple[list[Line], Heading | None, list[Section], list[DataKey]]:
    """Lines, title, sections and the keys used, of a RenderCV-style YAML résumé."""
    from ruamel.yaml import YAML
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    try:
        with quiet():  # a reused anchor, say, is valid YAML
            root = YAML(typ="rt").load(source)
    except MarkedYAMLError as error:
        mark = error.problem_mark
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark is not None else ""
        raise YamlError(f"not valid YAML: {where}{error.problem or error.context}") from error
    except YAMLError as error:
        raise YamlError(f"not valid YAML: {error}") from error
    except RecursionError as error:  # ruamel.yaml reads nested collections recursively
        raise YamlError("cannot read: the YAML is nested too deeply") from error
    lines = [Line(n + 1, Span(s, e), source[s:e], ending) for n, (s, e, ending) in enumerate(split_lines(source))]
    for line in lines:
        if line.text.lstrip().startswith("#"):
            line.verbatim = True
    reader = _Reader(source)
    title: Heading | None = None
    sections: list[Section] = []
    if not isinstance(root, CommentedMap):
        return lines, title, sections, reader.keys
    cv = root.get("cv", root)
    if not isinstance(cv, CommentedMap):
        return lines, title, sections, reader.keys
    groups = cv.get("sections")
    reader.rendercv = cv is not root and isinstance(groups, CommentedMap)
    if reader.rendercv:
        reader.note_keys(root, TOP_KEYS)
        reader.note_keys(cv, CV_KEYS)
    name = reader.value_text(cv, "name")
    if name is not None:
        title = Heading(name.span, name, 1)
    contact = Section(None, "contact", Span(0, 0))
    for key in ("headline", "label", "email", "phone", "website", "location"):
        text = reader.value_text(cv, key)
        if text is not None:
            contact.paragraphs.append(Paragraph(text.span, text))
    sections.append(contact)
    # RenderCV keeps sections under cv.sections; other layouts keep them beside the name, as lists
    # under keys that name a section ("workExperience", "education").
    holder = groups if reader.rendercv else cv
    for key in holder:
        value = holder[key]
        if not reader.rendercv and (not isinstance(value, CommentedSeq) or key_role(str(key)) == "other"):
            continue
        line, column = holder.lc.key(key)
        heading = reader.scalar(str(key), line, column)
        if heading is not None:
            sections.append(reader.section(str(key), value, heading, len(source)))
    return lines, title, sections, reader.keys


def escape(text: str) -> str:
    """``text`` as it may stand inside a YAML scalar that already holds plain text: unchanged."""
    return text


def looks_like_rendercv(source: str) -> bool:
    """True for YAML with a ``cv:`` mapping or RenderCV's ``sections:``."""
    return bool(re.search(r"^cv\s*:|^\s+sections\s*:", source[:20000], re.MULTILINE))
