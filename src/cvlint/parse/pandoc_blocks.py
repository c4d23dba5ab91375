"""Pandoc's Markdown block extensions, turned into lines the CommonMark block parser reads.

Pandoc résumé templates write roles as definition lists (a term line, then ``:`` and indented
text), wrap sections in ``<div>`` blocks or fenced divs (``:::``) whose contents pandoc reads as
Markdown, put YAML metadata blocks (``---`` … ``...``) anywhere, and keep line breaks with line
blocks (``| ``). CommonMark reads these as HTML, code or paragraphs with stray markers. This step
gives the block parser, for each line, the text it would see once the extension has done its work
(a div's tags and a metadata block become blank lines, a definition's body is dedented, a line
block's ``| `` is taken off), how many columns were taken off the left, and which lines are terms.
Line numbers never change, so every position still maps to the source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

from cvlint.lazy_pattern import lazy_compile

_DEFINITION = re.compile(r"( {0,3})[:~]([ \t]+)\S")
_DEFINITION_LINE = re.compile(r"^ {0,3}[:~][ \t]+\S", re.MULTILINE)
"""A line that ``_DEFINITION`` matches, found in the lines joined by newlines."""
_DIV_TAG = re.compile(r"</?div", re.IGNORECASE)
_FENCED_DIV = re.compile(r" {0,3}:{3,}(?:[ \t]*(?:\{[^{}]*\}|[\w-]+)[ \t]*:*)?[ \t]*$")
_HTML_DIV = re.compile(r"[ \t]{0,3}(?:<div\b[^<>]*>(?:[ \t]*</div>)?|</div>)[ \t]*$", re.IGNORECASE)
_METADATA_KEY = lazy_compile(r"[A-Za-z0-9_-][\w -]*:(?:\s|$)")
_METADATA_END = lazy_compile(r"(?:---|\.\.\.)[ \t]*$")
_LINE_BLOCK = re.compile(r"\|(?: |$)")
_TABLE_DELIMITER = lazy_compile(r"\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")
_FENCE = re.compile(r" {0,3}(?:`{3,}|~{3,})")
_BLOCK_START = re.compile(r" {0,3}(?:[-*+>#|]|\d{1,9}[.)])(?:[ \t]|$)")


@dataclass(slots=True)
class PandocLines:
    """What the block parser reads of each line, and what the reader must know about it."""

    texts: list[str]
    shifts: list[int]
    """Columns taken off the left of each line: a column of ``texts[n]`` is ``shifts[n]`` further in the source."""
    terms: list[int] = field(default_factory=list)
    """Lines that are a definition list's terms (blank in ``texts``): the header of what follows."""
    hidden: set[int] = field(default_factory=set)
    items: dict[int, int] = field(default_factory=dict)
    """Lines that open one of two or more definitions of a term with no blank line between them (a tight
    list of items, as pandoc résumés write a role's achievements), with the source column of their ``:``."""
    """Lines that are only markup (a div's tags, a metadata block): nothing a reader sees."""


def _blank(text: str) -> bool:
    return not text.strip()


def _indent(text: str) -> int:
    return len(text.expandtabs(4)) - len(text.expandtabs(4).lstrip(" "))


def _dedent(text: str, columns: int) -> tuple[str, int]:
    """``text`` less up to ``columns`` leading columns of white space, and how many characters went."""
    taken = width = 0
    while taken < len(text) and width < columns and text[taken] in " \t":
        width = width + 4 - width % 4 if text[taken] == "\t" else width + 1
        taken += 1
    return text[taken:], taken


class _Lines:
    def __init__(self, texts: list[str], front: int) -> None:
        self.result = PandocLines(list(texts), [0] * len(texts))
        self.front = front
        self.fenced: set[int] = set()

    @property
    def texts(self) -> list[str]:
        return self.result.texts

    def hide(self, number: int) -> None:
        self.texts[number] = ""
        self.result.hidden.add(number)

    def mark_code_fences(self) -> None:
        """Lines inside fenced code: no extension applies there."""
        fence = ""
        for number, text in enumerate(self.texts):
            stripped = text.lstrip(" ")
            if fence:
                self.fenced.add(number)
                if stripped.startswith(fence) and not stripped[len(fence) :].strip(fence[0] + " \t"):
                    fence = ""
            elif _FENCE.match(text):
                fence = stripped[: len(stripped) - len(stripped.lstrip(stripped[0]))]
                self.fenced.add(number)

    def metadata_blocks(self) -> None:
        """``---`` after a blank line, then ``key:`` lines, closed by ``---`` or ``...``: YAML metadata."""
        texts = self.texts
        number = self.front
        while number < len(texts) - 1:
            if (
                number not in self.fenced
                and texts[number].rstrip() == "---"
                and (number == self.front or _blank(texts[number - 1]))
                and _METADATA_KEY.match(texts[number + 1])
            ):
                end = next(
                    (n for n in range(number + 1, len(texts)) if _METADATA_END.match(texts[n])),
                    None,
                )
                if end is not None:
                    for line in range(number, end + 1):
                        self.hide(line)
                    number = end + 1
                    continue
            number += 1

    def divs(self) -> None:
        """A ``<div …>`` or ``</div>`` alone on a line, and a fenced div's ``:::`` lines, are only markup."""
        for number, text in enumerate(self.texts):
            markup = _FENCED_DIV.match(text) or _HTML_DIV.match(text)
            if markup and number >= self.front and number not in self.fenced:
                self.hide(number)

    def line_blocks(self) -> None:
        """Runs of lines opening with ``| `` and no table delimiter row among them: a line block."""
        texts = self.texts
        number = self.front
        while number < len(texts):
            if number in self.fenced or not _LINE_BLOCK.match(texts[number]):
                number += 1
                continue
            end = number
            while end < len(texts) and _LINE_BLOCK.match(texts[end]) and end not in self.fenced:
                end += 1
            if not any(_TABLE_DELIMITER.match(texts[n]) for n in range(number, end)):
                for line in range(number, end):
                    rest = texts[line][1:]
                    kept = rest.lstrip(" \t")
                    self.texts[line] = kept
                    self.result.shifts[line] = 1 + len(rest) - len(kept)
            number = end

    def definition_lists(self) -> None:
        """Term lines (blank for the parser, listed as terms) and their definitions' bodies, dedented."""
        texts = self.texts
        joined = "\n".join(texts)
        markers: list[int] = []
        line = offset = 0
        for match in _DEFINITION_LINE.finditer(joined):
            line += joined.count("\n", offset, match.start())
            offset = match.start()
            markers.append(line)
        # A term has a marker one or two lines below it. Only lines above the next term are changed, so
        # the markers found here still stand when a line below is asked about.
        number = self.front
        for candidate in sorted({marker - step for marker in markers for step in (1, 2)}):
            if candidate < number:
                continue
            found = self.marker_after_term(candidate)
            if found is None:
                continue
            self.result.terms.append(candidate)
            texts[candidate] = ""
            number = self.definitions(found)

    def marker_after_term(self, number: int) -> int | None:
        """The line of the first ``:`` marker when line ``number`` is a term, else None."""
        texts = self.texts
        following = number + 1
        if following < len(texts) and _blank(texts[following]):
            following += 1
        if following >= len(texts) or following in self.fenced or not _DEFINITION.match(texts[following]):
            return None  # asked first: most lines have no definition after them
        text = texts[number]
        if (
            _blank(text)
            or number in self.fenced
            or number in self.result.hidden
            or _indent(text) >= 4
            or _DEFINITION.match(text)
            or _BLOCK_START.match(text)
            or (number > self.front and not _blank(texts[number - 1]))
        ):
            return None
        return following

    def definitions(self, number: int) -> int:
        """Dedent the definitions of one term from the marker on line ``number``; the line after them."""
        markers: dict[int, int] = {}
        after = self.dedent_definitions(number, markers)
        lines = sorted(markers)
        tight = all(not any(_blank(self.texts[n]) for n in range(a, b)) for a, b in pairwise(lines))
        if len(markers) > 1 and tight:  # a loose list's definitions are paragraphs, as pandoc renders them
            self.result.items.update(markers)
        return after

    def dedent_definitions(self, number: int, markers: dict[int, int]) -> int:
        """Dedent the definitions from line ``number``, noting in ``markers`` where each ``:`` stands."""
        texts, shifts = self.texts, self.result.shifts
        while number < len(texts) and (marker := _DEFINITION.match(texts[number])):
            column = len(marker.group(1)) + 1 + len(marker.group(2).expandtabs(4))
            taken = marker.end() - 1
            markers[number] = len(marker.group(1))
            texts[number], shifts[number] = texts[number][taken:], taken
            body_column = max(column, 4)
            number += 1
            previous_blank = False
            while number < len(texts):
                text = texts[number]
                if _blank(text):
                    previous_blank = True
                    number += 1
                    continue
                if _DEFINITION.match(text):
                    break
                if previous_blank and _indent(text) < 4:
                    return number
                texts[number], shifts[number] = _dedent(text, body_column)
                previous_blank = False
                number += 1
            else:
                return number
        return number


def pandoc_lines(texts: list[str], front: int = 0, raw_html: bool = False) -> PandocLines:
    """The lines of a Markdown text as the block parser should read them after pandoc's extensions;
    ``front`` lines of front matter at the top are left alone. ``raw_html`` is a page for a reader whose
    ``<div>`` blocks are raw HTML (Jekyll's kramdown, unless a div says ``markdown="1"``)."""
    lines = _Lines(texts, front)
    joined = "\n".join(texts)  # each step is skipped when the text lacks what its lines must hold
    if "```" in joined or "~~~" in joined:
        lines.mark_code_fences()
    if "---" in joined:
        lines.metadata_blocks()
    if (not raw_html or any('markdown="1"' in text for text in texts)) and (":::" in joined or _DIV_TAG.search(joined)):
        lines.divs()
    if joined.startswith("|") or "\n|" in joined:
        lines.line_blocks()
    lines.definition_lists()
    return lines.result
