"""Markdown résumés: CommonMark blocks (by line, from ``markdown_blocks``) into the résumé model."""

from __future__ import annotations

import re
from itertools import pairwise

from cvlint.lazy_pattern import lazy_compile
from cvlint.model.dates import find_dates
from cvlint.model.document import Bullet, Heading, Line, Piece, Span, Text
from cvlint.model.lines import split_lines
from cvlint.parse.markdown_blocks import Block, BlockToken, block_tokens
from cvlint.parse.markdown_inline import has_markup, inline_text, normal_label
from cvlint.parse.pandoc_blocks import PandocLines, pandoc_lines
from cvlint.parse.plaintext import HTML_PAGE, read_plaintext
from cvlint.parse.structure import (
    GLYPH_BULLET_LINE,
    BreakItem,
    BulletItem,
    HeadingItem,
    Item,
    TextItem,
    names_section,
)

_LIST_MARKER = re.compile(r"[ \t>]*(?P<marker>[-*+]|\d{1,9}[.)])(?P<space>[ \t]*)")
_ATX = re.compile(r"[ \t]{0,3}#{1,6}(?:[ \t]+|$)")
_ATX_CLOSE = re.compile(r"(?:[ \t]+#+)?[ \t]*$")
_HEADER_ATTRIBUTES = re.compile(r"[ \t]*\{[ \t]*(?:[#.-][^{}]*|[\w-]+=[^{}]*)\}[ \t]*$")
"""Pandoc's header attributes: ``# Experience {#work .unnumbered}``."""
_BOLD_LINE = re.compile(r"(\*\*|__)[^*_\n]+\1:?|<(b|strong|span|u)\b[^<>]*>[^<>\n]+</\2>:?", re.IGNORECASE)
_UNSPACED_ATX = re.compile(r"[ \t]{0,3}(?P<hashes>#{2,6})(?=[^\s#])")
"""``##Education``: a heading as Markdown.pl and the first Markdown readers wrote one, with no space after
its marks (CommonMark reads a paragraph; one ``#`` is a hashtag and stays one)."""
_REFERENCE_LABEL = re.compile(r"[ \t>]*\[((?:[^\[\]\\]|\\.){1,999})\]:")
"""The label of a link reference definition (``[id]: https://…``)."""
_FRONT_MATTER_END = lazy_compile(r"(?:---|\.\.\.)[ \t]*$")
_LAYOUT_KEY = re.compile(r"layout[ \t]*:")
"""Jekyll's front matter key: the page is rendered by kramdown."""
_DATE_COLUMN = re.compile(
    r"[ \t]*(?:\*\*|__)?(?:dates?|time|period|years?|duration|when|dates[- ]attended|[\w ]{0,20}date)"
    r"(?:\*\*|__)?[ \t]*",
    re.IGNORECASE,
)
"""A table's column of dates (``| Employer | Role | Time |``): each row of the table is an entry."""


def _front_matter_end(lines: list[Line]) -> int:
    """How many lines at the top are YAML front matter (``---`` … ``---``)."""
    if not lines or lines[0].text.rstrip() != "---":
        return 0
    for index, line in enumerate(lines[1:], start=1):
        if _FRONT_MATTER_END.fullmatch(line.text):
            return index + 1
    return 0


_HTML_HEADING = lazy_compile(
    r"[ \t]*<h(?P<level>[1-6])(?:\s[^<>]*)?>[ \t]*(?P<text>[^<>]*?)[ \t]*</h(?P=level)>[ \t]*", re.IGNORECASE
)
"""An HTML heading alone on its line, its text plain (``<h2 class="cv-section">Experience</h2>``)."""
_RAW_HTML = re.compile(r"[ \t]*<(?:script|pre|style|textarea|!--|\?|!)", re.IGNORECASE)
"""An HTML block whose text is not shown as prose: a script, a style, preformatted text, a comment."""
_HIDDEN_HTML = lazy_compile(r"[ \t]*<(!--|head|script|style|pre|textarea|!doctype|\?)", re.IGNORECASE)
"""An element whose text a browser does not show as prose, opening a line."""
_HIDDEN_ENDS = {
    "!--": "-->",
    "head": "</head>",
    "script": "</script>",
    "style": "</style>",
    "pre": "</pre>",
    "textarea": "</textarea>",
    "!doctype": ">",
    "?": "?>",
}
_HTML_ITEM = lazy_compile(r"[ \t]*(<li\b[^<>]*>)[ \t]*", re.IGNORECASE)
"""A line that opens a list item: a browser shows it as a bullet."""
_HTML_ITEM_END = lazy_compile(r"</li\s*>", re.IGNORECASE)
_HTML_LIST_END = lazy_compile(r"[ \t]*</(?:ul|ol)\s*>", re.IGNORECASE)
_HTML_BREAK = re.compile(r"<(?:/(?:li|p|tr|div|ul|ol|table|dd|dt|h[1-6]|section|blockquote)|hr|br)\b", re.IGNORECASE)
"""A tag that ends a line of a browser's text: the end of an item, a row, a paragraph, a rule."""


class _MarkdownReader:
    def __init__(self, source: str, lines: list[Line], blocks: PandocLines, references: frozenset[str]) -> None:
        self.source = source
        self.lines = lines
        self.texts = blocks.texts
        """Each line as the block parser read it: ``shifts[n]`` columns fewer than the source line."""
        self.shifts = blocks.shifts
        self.references = references
        """The link reference labels the document defines."""
        self.terms = blocks.terms[::-1]
        """Definition terms not yet read, the next one last."""
        self.definition_items = blocks.items
        """Lines opening one of several definitions of a term, each an item, with its marker's column."""
        self.items: list[Item] = []
        self.page = False
        """True for an HTML page: all of it is one HTML block."""
        self.text_fence: tuple[int, list[Item]] | None = None
        """The line that opens a fence of plain text read as a plain-text résumé, and its items."""
        self.marker_search_from: dict[int, int] = {}
        """Per line, where to look for the next list marker (``- - x`` opens three items on one line)."""

    def content(self, number: int, skip: int = 0) -> tuple[int, int]:
        """Where the inline content of 0-based line ``number`` stands from column ``skip``, indentation trimmed."""
        line = self.lines[number]
        start = line.span.start + self.shifts[number] + skip
        raw = self.source[start : line.span.end]
        start += len(raw) - len(raw.lstrip(" \t>"))
        end = line.span.end
        while end > start and self.source[end - 1] in " \t":
            end -= 1
        return start, end

    def inline(self, start: int, end: int) -> Text:
        return inline_text(self.source, start, end, self.references)

    def line_text(self, number: int, skip: int = 0) -> Text:
        """Inline text of 0-based line ``number`` from column ``skip``, indentation trimmed."""
        return self.inline(*self.content(number, skip))

    def block_lines(self, ranges: list[tuple[int, int]]) -> list[Text]:
        """The inline text of each line of one block: read together, so emphasis and links may span lines."""
        if len(ranges) == 1:
            return [self.inline(*ranges[0])]
        if not has_markup(self.source, ranges[0][0], ranges[-1][1]):
            # what _within would cut from the block read whole
            return [
                Text.verbatim(self.source, start, end) if end > start else Text.empty(start) for start, end in ranges
            ]
        return _within_each(self.inline(ranges[0][0], ranges[-1][1]), ranges)

    def paragraph(self, first: int, last: int) -> None:
        if first in self.definition_items and self.definitions(first, last):
            return
        run: list[int] = []
        for number in range(first, last + 1):
            glyph = GLYPH_BULLET_LINE.match(self.texts[number]) if number < last else None
            if number < last and glyph is None:
                run.append(number)
                continue
            ranges = [self.content(n) for n in run]
            for (start, end), text in zip(ranges, self.block_lines(ranges) if run else [], strict=True):
                unspaced = _UNSPACED_ATX.match(self.source, start, end)
                if unspaced is not None:
                    heading = self.inline(unspaced.end(), end)
                    self.items.append(HeadingItem(Heading(heading.span, heading, len(unspaced.group("hashes")))))
                elif (_BOLD_LINE.fullmatch(self.source, start, end) or text.value.isupper()) and names_section(
                    text.value
                ):
                    # "**Education**", "<b>Education</b>" or "WORK EXPERIENCE" alone on a line names a section,
                    # as a heading would.
                    self.items.append(HeadingItem(Heading(text.span, text, 0), section=True))
                elif text.value.strip():
                    self.items.append(TextItem(text))
            run = []
            if glyph is not None:
                self.items.append(BulletItem(self.glyph_bullet(number, glyph)))
        self.items.append(BreakItem())

    def definitions(self, first: int, last: int) -> bool:
        """The definitions of a term (``:   Migrated the SDK …``), each an item when two or more show words
        (``: []()`` is layout); False, nothing read, when fewer do."""
        starts = [number for number in range(first, last) if number in self.definition_items]
        bullets: list[Bullet] = []
        for start, end in zip(starts, [*starts[1:], last], strict=True):
            column = self.lines[start].span.start + self.definition_items[start]
            text = _join_lines(self.block_lines([self.content(n) for n in range(start, end)]))
            marker = Span(column, column + 1)
            if text.value.strip():
                bullets.append(Bullet(Span(marker.start, text.span.end), marker, self.source[column], text))
        if len(bullets) < 2:
            return False
        self.items.extend(BulletItem(bullet) for bullet in bullets)
        self.items.append(BreakItem())
        return True

    def html_block(self, first: int, last: int) -> None:
        """Raw HTML as a browser shows it: ``<h2 class="…">Experience</h2>`` lines are headings, and so is
        an element holding only a section's name (``<span>Education</span>``); a line opening with
        ``<li>`` is an item (or, holding dates, an entry's header), every other line's words (a cell's
        text) are lines of prose, and an element that ends a row, an item or a paragraph ends its paragraph.
        Scripts, styles, ``<pre>``, comments and a page's ``<head>`` show no prose."""
        if _RAW_HTML.match(self.texts[first]) and not self.page:
            self.items.append(BreakItem())
            return
        hidden: str | None = None
        """The tag that ends what is not shown (``-->``, ``</head>``), while inside it."""
        read_to = first
        """The line after the last one an item took."""
        for number in range(first, last):
            if number < read_to:
                continue
            line = self.lines[number]
            start = line.span.start + self.shifts[number]
            raw = self.source[start : line.span.end]
            opening = _HIDDEN_HTML.match(raw) if hidden is None else None
            if opening is not None:
                hidden = _HIDDEN_ENDS[opening.group(1).lower()]
            if hidden is not None:
                self.lines[number].html = False  # its links are not shown either
                if hidden in raw.lower()[opening.end() if opening else 0 :]:
                    hidden = None
                continue
            item = _HTML_ITEM.match(raw)
            if item is not None:
                read_to = self.html_item(number, last, start + item.start(1), start + item.end(1))
                continue
            match = _HTML_HEADING.fullmatch(self.source, start, line.span.end)
            if match is not None:
                text = self.inline(match.start("text"), match.end("text"))
                if text.value:
                    self.items.append(HeadingItem(Heading(text.span, text, int(match.group("level")))))
                continue
            text = self.line_text(number).strip()
            text = _collapsed(text.slice(0, len(text.value)))  # from its first word shown, not the tags before
            if text.value and "<" in raw and names_section(text.value.rstrip(":")):
                self.items.append(HeadingItem(Heading(text.span, text, 0), section=True))
            elif text.value and not text.value.startswith("<"):
                self.items.append(TextItem(text))
            if _HTML_BREAK.search(raw):
                self.items.append(BreakItem())
        self.items.append(BreakItem())

    def html_item(self, number: int, last: int, start: int, end: int) -> int:
        """Read the list item whose ``<li>`` tag stands at ``start``–``end`` of line ``number``: its text
        runs to its ``</li>``, the next item, the end of its list or a blank line. The line after its last."""
        parts = [self.inline(end, self.lines[number].span.end).strip()]
        following = number + 1
        while not _HTML_ITEM_END.search(self.texts[following - 1]) and following < last:
            raw = self.texts[following]
            if not raw.strip() or _HTML_ITEM.match(raw) or _HTML_LIST_END.match(raw):
                break
            parts.append(self.line_text(following).strip())
            following += 1
        shown = [part for part in parts if part.value]
        text = _collapsed(_join_lines(shown)) if shown else Text.empty(end)
        text = text.slice(0, len(text.value))  # from its first word shown to its last, not the tags around
        if text.value and find_dates(text.value):
            # "<li>Assistant Professor, Leeds (2022)</li>": a line with its dates, the header of an entry
            self.items.extend((TextItem(text), BreakItem()))
        elif text.value:  # an item showing no words (an icon, an image) is no empty bullet
            marker = Span(start, end)
            self.items.append(BulletItem(Bullet(Span(start, max(end, text.span.end)), marker, "<li>", text)))
        return following

    def table(self, first: int, last: int) -> None:
        """A table of entries, one with a column of dates (``| Employer | Role | Location | Time |``): each
        row a line of its entry's fields, read as `` | ``-separated text; other tables are not prose."""
        self.items.append(BreakItem())
        if not any(_DATE_COLUMN.fullmatch(cell) for cell in _cells(self.texts[first])):
            return
        for number in range(first + 2, last):
            line = self.lines[number]
            start = line.span.start + self.shifts[number]
            parts: list[Piece] = []
            for cell_start, cell_end in _cell_spans(self.source, start, line.span.end):
                text = self.inline(cell_start, cell_end)
                if not text.value.strip():
                    continue
                if parts:
                    previous = parts[-1]
                    assert isinstance(previous, Text)
                    parts.append((" | ", previous.span.end, text.span.start))
                parts.append(text)
            if parts:
                head, tail = parts[0], parts[-1]
                assert isinstance(head, Text) and isinstance(tail, Text)
                self.items.append(TextItem(Text.join(parts, Span(head.span.start, tail.span.end))))
                self.items.append(BreakItem())

    def glyph_bullet(self, number: int, match: re.Match[str]) -> Bullet:
        line = self.lines[number]
        start = line.span.start + self.shifts[number]
        marker = Span(start + match.start("marker"), start + match.end("marker"))
        if match.group("text") is not None:
            text = self.line_text(number, match.start("text"))
        else:
            text = Text.empty(line.span.end)
        return Bullet(Span(marker.start, max(marker.end, text.span.end)), marker, match.group("marker"), text)

    def heading(self, token: BlockToken, first: int, last: int) -> None:
        level = token.block.level
        if not token.block.setext:
            line_text = self.texts[first]
            opening = _ATX.match(line_text)
            skip = opening.end() if opening else 0
            close = _ATX_CLOSE.search(line_text, skip)
            end_col = close.start() if close else len(line_text)
            attributes = _HEADER_ATTRIBUTES.search(line_text, skip, max(skip, end_col))
            if attributes is not None:
                end_col = attributes.start()
            start = self.lines[first].span.start + self.shifts[first]
            text = self.inline(start + skip, start + max(skip, end_col))
        else:
            start = self.lines[first].span.start + self.shifts[first]
            end = self.lines[last - 2].span.end
            attributes = _HEADER_ATTRIBUTES.search(self.texts[last - 2])
            if attributes is not None:
                end -= len(self.texts[last - 2]) - attributes.start()
            text = self.inline(start, end)
        self.items.append(HeadingItem(Heading(Span(text.span.start, text.span.end), text, level)))

    def list_item(self, tokens: list[BlockToken], index: int, depth: int) -> None:
        token = tokens[index]
        assert token.map is not None
        first = token.map[0]
        line_start = self.lines[first].span.start + self.shifts[first]
        marker = _LIST_MARKER.match(self.texts[first], self.marker_search_from.get(first, 0))
        assert marker is not None
        self.marker_search_from[first] = marker.end()
        marker_span = Span(line_start + marker.start("marker"), line_start + marker.end("marker"))
        child = tokens[index + 1] if index + 1 < len(tokens) else None
        text: Text | None = None
        if child is not None and child.map is not None and child.map[0] == first:
            if child.type == "paragraph":
                ranges = [self.content(first, marker.end())]
                ranges.extend(self.content(n) for n in range(first + 1, child.map[1]))
                text = _join_lines(self.block_lines(ranges))
            elif not _item_opens_on_line(tokens, index + 1, first):
                # A heading, code or quote on the marker's line: the item is not empty. (An item
                # nested there, as in `- - text` or `- > - text`, holds the text as its own.)
                text = self.line_text(first, marker.end())
        if text is None:
            text = Text.empty(marker_span.end)
        bullet = Bullet(
            Span(marker_span.start, max(marker_span.end, text.span.end)),
            marker_span,
            marker.group("marker"),
            text,
            depth,
        )
        self.items.append(BulletItem(bullet))

    def read(self, tokens: list[BlockToken]) -> list[Item]:
        depth = -1
        list_item_depth = 0
        for index, token in enumerate(tokens):
            kind = token.type
            if token.map is not None and self.terms:
                self.read_terms(token.map[0])
            if kind in ("bullet_list_open", "ordered_list_open"):
                depth += 1
            elif kind in ("bullet_list_close", "ordered_list_close"):
                depth -= 1
                if depth < 0:
                    self.items.append(BreakItem())
            elif kind == "list_item_open":
                list_item_depth += 1
                self.list_item(tokens, index, depth)
            elif kind == "list_item_close":
                list_item_depth -= 1
            elif kind == "heading" and token.map is not None:
                self.heading(token, token.map[0], token.map[1])
            elif kind == "paragraph" and token.map is not None and list_item_depth == 0:
                self.paragraph(token.map[0], token.map[1])
            elif kind == "html_block" and token.map is not None and list_item_depth == 0:
                self.html_block(token.map[0], token.map[1])
            elif kind == "table" and token.map is not None and list_item_depth == 0:
                self.table(token.map[0], token.map[1])
            elif kind == "fence" and self.text_fence is not None and token.map and token.map[0] == self.text_fence[0]:
                self.items.append(BreakItem())
                self.items.extend(self.text_fence[1])
                self.items.append(BreakItem())
            elif kind in ("hr", "fence", "code_block", "html_block", "table"):
                self.items.append(BreakItem())
        self.read_terms(len(self.lines))
        return self.items

    def read_terms(self, before: int) -> None:
        """Definition terms above line ``before``: each heads the entry its definitions describe."""
        while self.terms and self.terms[-1] < before:
            number = self.terms.pop()
            text = self.line_text(number)
            self.items.append(BreakItem())
            self.items.append(HeadingItem(Heading(text.span, text, 0), entry=True))


_SAME_LINE_CONTAINERS = frozenset({"blockquote_open", "bullet_list_open", "ordered_list_open"})


def _item_opens_on_line(tokens: list[BlockToken], index: int, line: int) -> bool:
    """Whether the containers opening from ``tokens[index]`` on ``line`` hold a list item begun there."""
    while index < len(tokens):
        token = tokens[index]
        if token.map is None or token.map[0] != line:
            return False
        if token.type == "list_item_open":
            return True
        if token.type not in _SAME_LINE_CONTAINERS:
            return False
        index += 1
    return False


def _collapsed(text: Text) -> Text:
    """``text`` with each run of white space shown as one space, as a browser shows HTML's text."""
    runs = list(re.finditer(r"[ \t\u00a0]{2,}", text.value))
    if not runs:
        return text
    parts: list[Piece] = []
    position = 0
    for run in runs:
        parts.append(text.slice(position, run.start()))
        parts.append((" ", text.source_start(run.start()), text.source_end(run.end() - 1)))
        position = run.end()
    parts.append(text.slice(position, len(text.value)))
    return Text.join(parts, text.span)


def _cells(row: str) -> list[str]:
    return [row[start:end] for start, end in _cell_spans(row, 0, len(row))]


def _cell_spans(source: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where the cells of the table row ``source[start:end]`` stand, split at unescaped ``|``, trimmed,
    without the empty cells before a leading and after a trailing ``|``."""
    spans: list[tuple[int, int]] = []
    cell = start
    position = start
    while position < end:
        char = source[position]
        if char == "\\":
            position += 2
            continue
        if char == "|":
            spans.append((cell, position))
            cell = position + 1
        position += 1
    spans.append((cell, end))
    trimmed = []
    for begin, finish in spans:
        while begin < finish and source[begin] in " \t":
            begin += 1
        while finish > begin and source[finish - 1] in " \t":
            finish -= 1
        trimmed.append((begin, finish))
    if trimmed and trimmed[0][0] == trimmed[0][1] and source[start:end].lstrip(" \t").startswith("|"):
        trimmed.pop(0)
    if trimmed and trimmed[-1][0] == trimmed[-1][1] and source[start:end].rstrip(" \t").endswith("|"):
        trimmed.pop()
    return trimmed


def _within_each(text: Text, ranges: list[tuple[int, int]]) -> list[Text]:
    """``_within`` of each of the source ranges (one block's lines, in order): each looks only at the runs
    that reach into its range when the runs go forward through the source, as an inline reader's do."""
    runs = text.runs
    if (
        any(a[0] > b[0] for a, b in pairwise(ranges))
        or any(r[1] > r[2] or r[2] > s[1] for r, s in pairwise(runs))
        or (runs and runs[-1][1] > runs[-1][2])
    ):
        return [_within(text, start, end, 0, len(runs)) for start, end in ranges]
    parts: list[Text] = []
    low = 0
    for start, end in ranges:
        while low < len(runs) and runs[low][2] < start:
            low += 1  # ends before this range, and so before the later ones
        high = low
        while high < len(runs) and runs[high][1] <= end:
            high += 1
        parts.append(_within(text, start, end, low, high))
    return parts


def _within(text: Text, start: int, end: int, first_run: int, last_run: int) -> Text:
    """The part of ``text`` whose characters come from the source range ``[start, end)``, read from
    ``text.runs[first_run:last_run]`` (the runs outside give it no character)."""
    low: int | None = None
    high = 0
    runs = text.runs
    for index in range(first_run, last_run):
        value_start, source_start, source_end, exact = runs[index]
        following = runs[index + 1][0] if index + 1 < len(runs) else len(text.value)
        if exact:
            first, last = max(source_start, start), min(source_end, end)
            if first >= last:
                continue
            first, last = value_start + first - source_start, value_start + last - source_start
        elif start <= source_start and source_end <= end:
            first, last = value_start, following
        else:
            continue
        low = first if low is None else min(low, first)
        high = max(high, last)
    if low is None:
        return Text.empty(start)
    part = text.slice(low, high)
    return Text(part.value, Span(start, end), part.runs)


def _join_lines(parts: list[Text]) -> Text:
    if len(parts) == 1:
        return parts[0]
    pieces: list[Piece] = []
    for index, part in enumerate(parts):
        if index:
            pieces.append((" ", parts[index - 1].span.end, part.span.start))
        pieces.append(part)
    return Text.join(pieces, Span(parts[0].span.start, parts[-1].span.end))


def read_markdown(source: str) -> tuple[list[Line], list[Item], bool]:
    """Lines of a Markdown source (code, HTML and front matter marked verbatim), its items, and whether it
    is a plain-text résumé in a fence of plain text (its text is then plain text, not Markdown)."""
    lines = [Line(n + 1, Span(s, e), source[s:e], ending) for n, (s, e, ending) in enumerate(split_lines(source))]
    front = _front_matter_end(lines)
    for line in lines[:front]:
        line.verbatim = True
    jekyll = any(_LAYOUT_KEY.match(line.text) for line in lines[1:front])  # kramdown: a <div> is raw HTML
    blocks = pandoc_lines([""] * front + [line.text for line in lines[front:]], front, raw_html=jekyll)
    for number in blocks.hidden:
        lines[number].verbatim = True
    tokens = block_tokens(blocks.texts)
    page = source.lstrip()[:1] == "<" and HTML_PAGE.match(source) is not None
    if page:
        tokens = [_page_token(len(lines))]
    for token in tokens:
        if token.type in ("fence", "code_block", "html_block") and token.map is not None:
            shown = token.type == "html_block" and (page or not _RAW_HTML.match(blocks.texts[token.map[0]]))
            for line in lines[token.map[0] : token.map[1]]:
                line.verbatim = True
                line.html = shown  # a browser follows its links; not a comment's or a script's
    text_fence = _text_fence(lines, tokens)
    if text_fence is not None:
        for line in lines[text_fence[0] : text_fence[1]]:
            line.verbatim = False
    references = frozenset(
        normal_label(match.group(1))
        for line in lines
        if "]:" in line.text and not line.verbatim and (match := _REFERENCE_LABEL.match(line.text)) is not None
    )
    reader = _MarkdownReader(source, lines, blocks, references)
    reader.page = page
    if text_fence is not None:
        start, end = lines[text_fence[0]].span.start, lines[text_fence[1] - 1].span.end
        body = re.sub(r"[^\n]", " ", source[:start]) + source[start:end] + re.sub(r"[^\n]", " ", source[end:])
        reader.text_fence = (text_fence[0] - 1, read_plaintext(body)[1])
    return lines, reader.read(tokens), text_fence is not None


def _page_token(count: int) -> BlockToken:
    """One HTML block of all ``count`` lines: an HTML page."""
    block = Block("html_block", 0, None)
    block.end = count
    return BlockToken("html_block", block)


_TEXT_INFO = re.compile(r"[ \t]{0,3}(?:`{3,}|~{3,})[ \t]*(?:text|txt|plain|plaintext)?[ \t]*$", re.IGNORECASE)


def _text_fence(lines: list[Line], tokens: list[BlockToken]) -> tuple[int, int] | None:
    """The lines inside a fence of plain text (```` ```text ````) that holds most of the document: a plain-text
    résumé kept in a Markdown page to keep its layout, read as a plain-text résumé."""
    filled: int | None = None
    for token in tokens:
        if token.type != "fence" or token.map is None:
            continue
        first, last = token.map
        if not _TEXT_INFO.fullmatch(lines[first].text):
            continue
        if filled is None:
            filled = sum(1 for line in lines if line.text.strip())
        body = (first + 1, last - 1 if last - 1 > first and _TEXT_INFO.fullmatch(lines[last - 1].text) else last)
        if sum(1 for line in lines[body[0] : body[1]] if line.text.strip()) * 2 > filled:
            return body
    return None
