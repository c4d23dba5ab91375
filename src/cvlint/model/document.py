"""The résumé model: what every parser produces and every rule reads.

Every node records where it stands in the decoded source text as character offsets
(``Span``); text a reader sees is a ``Text`` that maps each of its characters back to
the source, so rules never need to know which format a document came from.
"""

from __future__ import annotations

import sys
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Literal, Union

from cvlint.model.dates import DateRange
from cvlint.model.lines import LineIndex

DocumentKind = Literal["resume", "cover-letter"]
_MAX = sys.maxsize


_set = object.__setattr__
"""How the frozen classes below set their fields once, in their own ``__init__`` (made in bulk: the
generated one and a ``__post_init__`` cost a call each)."""


@dataclass(frozen=True, slots=True, init=False)
class Span:
    """A half-open range ``[start, end)`` of character offsets into the source."""

    start: int
    end: int

    def __init__(self, start: int, end: int) -> None:
        if not 0 <= start <= end:
            raise ValueError(f"invalid span {start}..{end}")
        _set(self, "start", start)
        _set(self, "end", end)


Run = tuple[int, int, int, bool]
"""``(value_start, source_start, source_end, exact)``: a stretch of a ``Text``'s characters.

An exact run copies its source character for character; any other run (``&amp;`` shown as ``&``)
maps each of its characters to its whole source range.
"""
Piece = Union["Text", tuple[str, int, int]]


@dataclass(frozen=True, slots=True, init=False)
class Text:
    """Text as a reader sees it, with a map from each character back to the source.

    Markup that a reader does not see (``**``, link targets, LaTeX commands) has no character here.
    """

    value: str
    span: Span
    runs: tuple[Run, ...] = ()

    def __init__(self, value: str, span: Span, runs: tuple[Run, ...] = ()) -> None:
        _set(self, "value", value)
        _set(self, "span", span)
        _set(self, "runs", runs)

    @classmethod
    def verbatim(cls, source: str, start: int, end: int) -> Text:
        """The source slice ``[start, end)`` shown exactly as written."""
        runs: tuple[Run, ...] = ((0, start, end, True),) if end > start else ()
        return cls(source[start:end], Span(start, end), runs)

    @classmethod
    def empty(cls, offset: int) -> Text:
        """No text, at source offset ``offset``."""
        return cls("", Span(offset, offset))

    @classmethod
    def join(cls, parts: list[Piece], span: Span) -> Text:
        """Concatenate texts and ``(shown, source_start, source_end)`` pieces.

        A piece whose shown text is as long as its source range maps character for character.
        """
        values: list[str] = []
        runs: list[Run] = []
        length = 0
        for part in parts:
            if isinstance(part, Text):
                shown = part.value
                for value_start, source_start, source_end, exact in part.runs:
                    if exact and runs:
                        previous = runs[-1]
                        if previous[3] and previous[2] == source_start:
                            runs[-1] = (previous[0], previous[1], source_end, True)
                            continue
                    runs.append((length + value_start, source_start, source_end, exact))
            else:
                shown, start, end = part
                if shown:
                    exact = len(shown) == end - start
                    last = runs[-1] if exact and runs else None
                    if last is not None and last[3] and last[2] == start:
                        runs[-1] = (last[0], last[1], end, True)
                    else:
                        runs.append((length, start, end, exact))
            values.append(shown)
            length += len(shown)
        return cls("".join(values), span, tuple(runs))

    def _run(self, index: int) -> tuple[Run, int]:
        position = bisect_right(self.runs, (index, _MAX, _MAX, True)) - 1
        run = self.runs[position]
        following = self.runs[position + 1][0] if position + 1 < len(self.runs) else len(self.value)
        return run, following - run[0]

    def copied(self, start: int, end: int) -> bool:
        """Whether ``value[start:end]`` is copied from the source as it stands, in one run (no markup in it)."""
        if start >= end:
            return True
        run, length = self._run(start)
        return run[3] and end <= run[0] + length

    def source_start(self, index: int) -> int:
        """Where the source of character ``index`` begins."""
        runs = self.runs
        run = runs[bisect_right(runs, (index, _MAX, _MAX, True)) - 1]
        return run[1] + (index - run[0]) if run[3] else run[1]

    def source_end(self, index: int) -> int:
        """Where the source of character ``index`` ends."""
        runs = self.runs
        run = runs[bisect_right(runs, (index, _MAX, _MAX, True)) - 1]
        return run[1] + (index - run[0]) + 1 if run[3] else run[2]

    def source_span(self, start: int, end: int) -> Span:
        """The source span covering ``value[start:end]``."""
        if start >= end:
            offset = self.source_start(start) if start < len(self.value) else self.span.end
            return Span(offset, offset)
        first, last = self.source_start(start), self.source_end(end - 1)
        if first > last:  # pieces joined out of source order (a LaTeX header whose dates come first)
            first = min(self.source_start(i) for i in range(start, end))
            last = max(self.source_end(i) for i in range(start, end))
        return Span(first, last)

    def slice(self, start: int, end: int) -> Text:
        """The part ``value[start:end]``, keeping its map to the source."""
        runs = self.runs
        count = len(runs)
        index = max(0, bisect_right(runs, (start, _MAX, _MAX, True)) - 1)  # the runs before it end by start
        kept: list[Run] = []
        while index < count:
            v, s, e, exact = runs[index]
            if v >= end:
                break  # it and the runs after it begin at or past the end
            index += 1
            following = runs[index][0] if index < count else len(self.value)
            low = v if v > start else start
            high = following if following < end else end
            if low >= high:
                continue
            if exact:
                kept.append((low - start, s + (low - v), s + (high - v), True))
            else:
                kept.append((low - start, s, e, False))
        return Text(self.value[start:end], self.source_span(start, end), tuple(kept))

    def strip(self, chars: str = " \t\u00a0") -> Text:
        """The text without leading and trailing ``chars``."""
        value = self.value
        start, end = 0, len(value)
        while start < end and value[start] in chars:
            start += 1
        while end > start and value[end - 1] in chars:
            end -= 1
        return self if (start, end) == (0, len(value)) else self.slice(start, end)

    def __str__(self) -> str:
        return self.value


@dataclass(slots=True)
class Line:
    """One physical line: its span excludes the line ending."""

    number: int
    span: Span
    text: str
    ending: str
    verbatim: bool = False
    """True inside code blocks, front matter and comments: prose rules skip such lines."""
    html: bool = False
    """True inside an HTML block of Markdown: verbatim, but its links are links a browser follows."""


@dataclass(slots=True)
class Heading:
    """A section or entry heading."""

    span: Span
    text: Text
    level: int


@dataclass(slots=True)
class Bullet:
    """A list item: its marker (``-``, ``•``, ``1.``) and its text."""

    span: Span
    marker: Span
    marker_text: str
    text: Text
    level: int = 0


@dataclass(slots=True)
class Paragraph:
    """Free prose that is neither a heading nor a bullet."""

    span: Span
    text: Text


@dataclass(slots=True)
class Entry:
    """One role, degree or project: a header with optional dates, then bullets."""

    span: Span
    title: Text | None = None
    organisation: Text | None = None
    location: Text | None = None
    dates: DateRange | None = None
    heading_level: int | None = None
    bullets: list[Bullet] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)


_span_start = attrgetter("span.start")

SectionRole = Literal[
    "experience",
    "education",
    "projects",
    "skills",
    "summary",
    "volunteer",
    "publications",
    "awards",
    "certifications",
    "languages",
    "contact",
    "other",
]


@dataclass(slots=True)
class Section:
    """A titled part of the document; the part before the first heading has none."""

    heading: Heading | None
    role: SectionRole
    span: Span
    entries: list[Entry] = field(default_factory=list)
    bullets: list[Bullet] = field(default_factory=list)
    """Bullets that belong to no entry."""
    paragraphs: list[Paragraph] = field(default_factory=list)
    """Paragraphs that belong to no entry."""

    def all_bullets(self) -> Iterator[Bullet]:
        """Bullets of the section, its entries' included, in source order."""
        items = list(self.bullets)
        for entry in self.entries:
            items.extend(entry.bullets)
        return iter(sorted(items, key=_span_start))


@dataclass(frozen=True, slots=True)
class DataKey:
    """A key of a data-format résumé (YAML), where it stands, and the keys its level expects."""

    key: str
    span: Span
    expected: frozenset[str]
    reader: str = "RenderCV"
    """The tool that reads the document and ignores other keys."""
    renamed: str | None = None
    """The key's name in the reader's current version, when this is an older version's name (``company``)."""
    renamed_taken: bool = False
    """True when the object also has the key of the current name: the old one is kept for older themes."""


@dataclass(frozen=True, slots=True)
class DataField:
    """A member of a data-format résumé that a schema constrains: its path, its key, its value."""

    where: str
    """A path such as ``work[1].startDate``."""
    key: Span
    """The key's name in the source."""
    kind: str
    """The JSON type of the value: string, number, boolean, null, object, or an array that is empty, of
    strings, of objects, or mixed."""
    value: Text | None = None
    """The decoded string, mapped to the source, when the value is a string."""
    quoted: Span | None = None
    """The string with its quotes, when the value is a string."""

    @property
    def name(self) -> str:
        """The key itself: the last part of ``where`` (``startDate``)."""
        return self.where.rsplit(".", 1)[-1]


_PROSE_LINES = "model.prose_lines"


def _no_escape(text: str) -> str:
    return text


@dataclass(slots=True)
class Document:
    """A parsed résumé or cover letter."""

    source: str
    path: str
    format: str
    kind: DocumentKind
    lines: list[Line]
    line_index: LineIndex
    title: Heading | None = None
    sections: list[Section] = field(default_factory=list)
    encoding: str = "utf-8"
    """The encoding the file was decoded from (``utf-8`` for text given directly)."""
    escape: Callable[[str], str] = _no_escape
    """Turns text a reader sees into source text for a fix (LaTeX and JSON escape)."""
    keys: tuple[DataKey, ...] = ()
    """The keys of a data-format document, for rules about keys its renderer would ignore."""
    fields: tuple[DataField, ...] = ()
    """Members of a data-format document that its schema constrains (JSON Resume)."""
    contact: tuple[Text, ...] = ()
    """Contact details a template keeps in macros, wherever they stand (moderncv's ``\\email`` in the preamble)."""
    derived: dict[str, object] = field(default_factory=dict, repr=False, compare=False)
    """What the text layer computes from the document once for every rule (``cvlint.text.prose``)."""

    def bullets(self) -> Iterator[Bullet]:
        """Every bullet of the document in source order."""
        for section in self.sections:
            yield from section.all_bullets()

    def entries(self) -> Iterator[tuple[Section, Entry]]:
        """Every entry with the section it belongs to."""
        for section in self.sections:
            for entry in section.entries:
                yield section, entry

    def prose(self, entry_parts: bool = True) -> Iterator[tuple[Section, Text]]:
        """Every piece of text a reader sees: headings, paragraphs, bullets and (unless
        ``entry_parts`` is False) the title, organisation and location read from entry headers."""
        for section in self.sections:
            if section.heading is not None:
                yield section, section.heading.text
            for paragraph in section.paragraphs:
                yield section, paragraph.text
            for entry in section.entries:
                for part in (entry.title, entry.organisation, entry.location) if entry_parts else ():
                    if part is not None:
                        yield section, part
                for paragraph in entry.paragraphs:
                    yield section, paragraph.text
            for bullet in section.all_bullets():
                yield section, bullet.text

    @property
    def line_fixes(self) -> bool:
        """True when deleting a whole line keeps the file valid (Markdown, plain text, LaTeX; not JSON)."""
        return self.format in ("markdown", "text", "latex", "yaml")

    def mostly_verbatim(self) -> bool:
        """True when most non-blank lines are code, HTML or front matter: the prose cannot be judged whole."""
        filled = [line for line in self.lines if line.text.strip()]
        return bool(filled) and sum(1 for line in filled if line.verbatim) * 2 > len(filled)

    def prose_lines(self) -> Iterator[Line]:
        """Lines that hold prose (not code, front matter or comments); found once, as a dozen rules ask."""
        found = self.derived.get(_PROSE_LINES)
        if not isinstance(found, list):
            found = self.derived[_PROSE_LINES] = [line for line in self.lines if not line.verbatim]
        return iter(found)
