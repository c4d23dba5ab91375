"""A YAML document's values mapped back to their source characters, shared by the YAML readers.

ruamel.yaml's round-trip loader gives the line and column of every key and value. A scalar becomes
text only where its characters can be mapped to the source exactly: plain and quoted scalars on one
line, and block scalars (``|``, ``>``) line by line. Anything else is left out rather than mapped
loosely, so a fix can never land on the wrong characters.
"""

from __future__ import annotations

import re
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from cvlint.model.dates import DateRange, PartialDate, find_dates
from cvlint.model.document import Bullet, DataKey, Line, Piece, SectionRole, Span, Text
from cvlint.model.lines import LineIndex, split_lines
from cvlint.parse.library_warnings import quiet
from cvlint.parse.structure import section_role

_ISO = re.compile(r"(?P<year>\d{4})(?:-(?P<month>\d{1,2})(?:-(?P<day>\d{1,2}))?)?")
_TAG = re.compile(r"!!?[\w:/.-]*\s+")
_GAP = re.compile(r"[ \t]*\n[ \t\n]*")
"""Where a scalar written over several lines breaks: spaces, a line break and the next line's indentation."""
_SPACES = re.compile(r"[ \t\n]+")
_HEADER_LINE = re.compile(r"[^\n]*\n[ \t]*")
_EXPERIENCE_KEYS = {"companies", "jobs", "roles", "employers", "positions", "employment"}


class YamlError(ValueError):
    """Text that is not valid YAML; the message gives the line and column."""


def key_role(key: str) -> SectionRole:
    """The section role a YAML key names ("workExperience", "work_experience", "companies")."""
    words = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", key).replace("_", " ").replace("-", " ")
    if words.lower() in _EXPERIENCE_KEYS:
        return "experience"
    return section_role(words)


_TOO_DEEP = "cannot read: the YAML is nested too deeply"
_MAX_FLOW_DEPTH = 200
"""Flow collections (``[`` and ``{``) nested deeper than this are refused before ruamel.yaml reads them (it
recurses, and took seconds to fail on 20,000 levels); JSON's reader has the same limit."""


def _flow_too_deep(source: str) -> bool:
    """True when ``source``'s brackets open more than ``_MAX_FLOW_DEPTH`` levels at once (brackets in strings
    count too: a résumé's text never opens two hundred)."""
    depth = 0
    for bracket in re.findall(r"[\[\]{}]", source):
        depth = depth + 1 if bracket in "[{" else max(0, depth - 1)
        if depth > _MAX_FLOW_DEPTH:
            return True
    return False


def load(source: str) -> Any:
    """The round-trip tree of ``source``; raises ``YamlError`` with the line and column."""
    from ruamel.yaml import YAML
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    if _flow_too_deep(source):
        raise YamlError(_TOO_DEEP)
    try:
        with quiet():  # a reused anchor, say, is valid YAML
            return YAML(typ="rt").load(source)
    except MarkedYAMLError as error:
        mark = error.problem_mark
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark is not None else ""
        raise YamlError(f"not valid YAML: {where}{error.problem or error.context}") from error
    except YAMLError as error:
        raise YamlError(f"not valid YAML: {error}") from error
    except RecursionError as error:  # ruamel.yaml reads nested collections recursively
        raise YamlError(_TOO_DEEP) from error


def source_lines(source: str) -> list[Line]:
    """The lines of a YAML document, comment lines marked verbatim."""
    lines = [Line(n + 1, Span(s, e), source[s:e], ending) for n, (s, e, ending) in enumerate(split_lines(source))]
    for line in lines:
        if line.text.lstrip().startswith("#"):
            line.verbatim = True
    return lines


def _first_line(source: str, header: int) -> int:
    """Where a block scalar's text begins: on the line after its header (at ``header``), past the indent."""
    line = _HEADER_LINE.match(source, header)
    return len(source) if line is None else line.end()


class YamlSource:
    """Source positions of a loaded YAML tree's scalars, and the keys a reader has noted."""

    def __init__(self, source: str, reader: str = "RenderCV") -> None:
        self.source = source
        self.index = LineIndex(source)
        self.keys: list[DataKey] = []
        self.reader = reader

    def offset(self, line: int, column: int) -> int:
        """The source offset of a 0-based ``line`` and ``column``."""
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
        mark = source[start : start + 1]
        if mark in "|>":
            return self.block(value, start) or self.folded(value.rstrip("\n"), _first_line(source, start), "")
        return self.folded(value, start + 1, mark) if mark in "'\"" else self.folded(value, start, "")

    def folded(self, value: str, start: int, quote: str) -> Text | None:
        """The text of a scalar written over several lines from ``start`` (a quoted one's first character, a
        plain one's, a block's first line), or None where its characters do not map to the source.

        Each run of spaces and line breaks that holds a line break is where YAML folded the lines: the
        run of spaces and line breaks the value has there stands for it whole. In single quotes ``''`` is
        one quote; a double-quoted scalar with an escape (``\\``) is left out.
        """
        source, position, index = self.source, start, 0
        parts: list[Piece] = []
        while index < len(value):
            if position >= len(source):
                return None
            gap = _GAP.match(source, position)
            if gap is not None:
                shown = _SPACES.match(value, index)
                if shown is None:
                    return None
                parts.append((shown.group(), position, gap.end()))
                position, index = gap.end(), shown.end()
            elif quote == "'" and value[index] == "'" and source.startswith("''", position):
                parts.append(("'", position, position + 2))
                position, index = position + 2, index + 1
            elif source[position] == value[index] and not (quote == '"' and value[index] == "\\"):
                end = position + 1
                while index + end - position < len(value) and end < len(source):
                    if source[end] != value[index + end - position] or source[end] in "\n'\\ \t":
                        break
                    end += 1
                parts.append(Text.verbatim(source, position, end))
                index += end - position
                position = end
            else:
                return None
        if not parts or (quote and not source.startswith(quote, position)):
            return None
        first, last = parts[0], parts[-1]
        begin = first.span.start if isinstance(first, Text) else first[1]
        finish = last.span.end if isinstance(last, Text) else last[2]
        return Text.join(parts, Span(begin, finish))

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
        """The text of ``mapping[key]`` when it is a source-mapped string."""
        if not isinstance(mapping, CommentedMap) or key not in mapping:
            return None
        line, column = mapping.lc.value(key)
        return self.scalar(mapping[key], line, column)

    def first_text(self, mapping: Any, keys: tuple[str, ...]) -> Text | None:
        """The text of the first of ``keys`` that holds one."""
        return next((text for key in keys if (text := self.value_text(mapping, key)) is not None), None)

    def key_text(self, mapping: CommentedMap, key: Any) -> Text | None:
        """The text of a key as written."""
        line, column = mapping.lc.key(key)
        return self.scalar(str(key), line, column)

    def note_keys(self, mapping: Any, expected: frozenset[str]) -> None:
        """Record the keys of ``mapping`` with the keys its level expects, for ``unknown-key``."""
        for key in mapping:
            if isinstance(key, str):
                line, column = mapping.lc.key(key)
                start = self.offset(line, column)
                self.keys.append(DataKey(key, Span(start, start + len(key)), expected, self.reader))

    def date(self, mapping: Any, key: str) -> PartialDate | DateRange | str | None:
        """A date value as written: an ISO-like date, another date form, or an ongoing word."""
        if not isinstance(mapping, CommentedMap) or key not in mapping or mapping[key] in (None, ""):
            return None
        if isinstance(mapping[key], CommentedMap | CommentedSeq):
            return None
        line, column = mapping.lc.value(key)
        start = self.offset(line, column)
        tag = _TAG.match(self.source, start)  # !!timestamp 2016-05-01
        start = tag.end() if tag else start
        end = self.source.find("\n", start)
        raw = self.source[start : len(self.source) if end < 0 else end].split(" #")[0].strip()
        if raw[:1] in "'\"":
            start += 1
            raw = raw[1:-1] if raw[-1:] == raw[:1] else raw[1:]
        match = _ISO.fullmatch(raw)
        if match is not None:
            month = int(match.group("month")) if match.group("month") else None
            style = "YYYY-MM-DD" if match.group("day") else ("YYYY-MM" if month else "YYYY")
            return PartialDate(int(match.group("year")), month, style, start, start + len(raw))
        found = find_dates(raw, start)
        if found:
            return found[0] if found[0].is_range else found[0].first  # "date: 2023 - present" is a range
        return raw or None

    def first_date(self, mapping: Any, keys: tuple[str, ...]) -> PartialDate | DateRange | str | None:
        """The first of ``keys`` that holds a date or an ongoing word."""
        return next((found for key in keys if (found := self.date(mapping, key)) is not None), None)

    def dates(
        self, mapping: Any, start_keys: tuple[str, ...], end_keys: tuple[str, ...], single: frozenset[str]
    ) -> DateRange | None:
        """The range of an entry from its start and end keys; a start alone (not one of ``single``) is ongoing."""
        first = self.first_date(mapping, start_keys)
        if isinstance(first, DateRange):
            return first
        if not isinstance(first, PartialDate):
            return None
        last = self.first_date(mapping, end_keys)
        if isinstance(last, DateRange):
            last = last.first
        ongoing: str | None = None
        if isinstance(last, str):
            ongoing, last = last, None
        elif last is None and any(key in mapping for key in start_keys if key not in single):
            ongoing = ""
        elif last is None:  # a lone date ("date: 2021")
            return DateRange(
                first.start, first.end, self.source[first.start : first.end], first, None, None, None, None, None
            )
        finish = last.end if last is not None else first.end
        shown = (
            self.source[first.start : first.end]
            + " – "
            + (self.source[last.start : last.end] if last else ongoing or "present")
        )
        return DateRange(first.start, finish, shown, first, last, None, None, ongoing, None)

    def bullet(
        self, items: CommentedSeq, position: int, value: Any = None, at: tuple[int, int] | None = None
    ) -> Bullet | None:
        """The string item at ``position`` of a sequence as a bullet with its marker, or None.

        The marker is the ``-`` of a block sequence, or the ``[`` or ``,`` before an item of a flow
        sequence (``[en, sv]``). ``value`` and ``at`` give the string when it stands in a one-key
        mapping of the item (RenderCV's ``- bullet: …``).
        """
        line, column = at if at is not None else items.lc.item(position)
        text = self.scalar(items[position] if at is None else value, line, column)
        if text is None:
            return None
        item_line, item_column = items.lc.item(position)
        item_start = self.offset(item_line, item_column)
        if items.fa.flow_style():
            marker_at = max(self.source.rfind("[", 0, item_start), self.source.rfind(",", 0, item_start))
        else:
            marker_at = self.source.rfind("-", 0, item_start)
        marker = Span(max(marker_at, 0), max(marker_at, 0) + 1)
        return Bullet(Span(marker.start, text.span.end), marker, self.source[marker.start], text)
