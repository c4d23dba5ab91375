"""The résumé model: what every parser produces and every rule reads.

Every node records where it stands in the decoded source text as character offsets
(``Span``); text a reader sees is a ``Text`` that maps each of its characters back to
the source, so rules never need to know which format a document came from.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Literal

from cvlint.dates import DateRange
from cvlint.lines import LineIndex

DocumentKind = Literal["resume", "cover-letter"]


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open range ``[start, end)`` of character offsets into the source."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"invalid span {self.start}..{self.end}")


@dataclass(frozen=True, slots=True)
class Text:
    """Text as a reader sees it, with the source range of each character.

    ``starts[i]``/``ends[i]`` give the source range that produced ``value[i]``. Markup that a
    reader does not see (``**``, link targets, LaTeX commands) has no character here.
    """

    value: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    span: Span

    @classmethod
    def verbatim(cls, source: str, start: int, end: int) -> Text:
        """The source slice ``[start, end)`` shown exactly as written."""
        return cls(source[start:end], tuple(range(start, end)), tuple(range(start + 1, end + 1)), Span(start, end))

    @classmethod
    def from_pieces(cls, pieces: list[tuple[str, int, int]], span: Span) -> Text:
        """Join ``(shown, source_start, source_end)`` pieces.

        A piece whose shown text is as long as its source range maps character for character;
        any other piece maps each of its characters to the whole range.
        """
        value: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        for shown, src_start, src_end in pieces:
            value.append(shown)
            if len(shown) == src_end - src_start:
                starts.extend(range(src_start, src_end))
                ends.extend(range(src_start + 1, src_end + 1))
            else:
                starts.extend([src_start] * len(shown))
                ends.extend([src_end] * len(shown))
        return cls("".join(value), tuple(starts), tuple(ends), span)

    def source_span(self, start: int, end: int) -> Span:
        """The source span covering ``value[start:end]``."""
        if start >= end:
            offset = self.starts[start] if start < len(self.starts) else self.span.end
            return Span(offset, offset)
        return Span(self.starts[start], self.ends[end - 1])

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
        return iter(sorted(items, key=lambda b: b.span.start))


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

    def bullets(self) -> Iterator[Bullet]:
        """Every bullet of the document in source order."""
        for section in self.sections:
            yield from section.all_bullets()

    def entries(self) -> Iterator[tuple[Section, Entry]]:
        """Every entry with the section it belongs to."""
        for section in self.sections:
            for entry in section.entries:
                yield section, entry

    def prose_lines(self) -> Iterator[Line]:
        """Lines that hold prose (not code, front matter or comments)."""
        return (line for line in self.lines if not line.verbatim)
