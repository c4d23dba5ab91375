"""Markdown résumés: CommonMark blocks (by line, from ``markdown_blocks``) into the résumé model."""

from __future__ import annotations

import re

from cvlint.lines import split_lines
from cvlint.model import Bullet, Heading, Line, Piece, Span, Text
from cvlint.parse.markdown_blocks import BlockToken, block_tokens
from cvlint.parse.structure import GLYPH_BULLET_LINE, BreakItem, BulletItem, HeadingItem, Item, TextItem

_INLINE = re.compile(
    r"(?P<img>!\[(?P<alt>[^\[\]\n]*)\]\([^)\n]*\))"
    r"|(?P<link>\[(?P<ltext>[^\[\]\n]*)\](?:\([^)\n]*\)|\[[^\[\]\n]*\]))"
    r"|(?P<auto><(?P<aurl>(?:https?://|mailto:)[^>\s]+)>)"
    r"|(?P<comment><!--.*?-->)"
    r"|(?P<tag></?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>)"
    r"|(?P<esc>\\(?P<ech>[!-/:-@\[-`{-~]))"
    r"|(?P<ent>&(?:[A-Za-z][A-Za-z0-9]*|#\d+|#[xX][0-9A-Fa-f]+);)"
    r"|(?P<mark>\*\*|__|~~|\*|`+|(?<![\w])_(?=\S)|(?<=\S)_(?![\w]))"
)
_MARKUP_CHARS = re.compile(r"[*_\[<\\&~`]")
_LIST_MARKER = re.compile(r"[ \t>]*(?P<marker>[-*+]|\d{1,9}[.)])(?P<space>[ \t]*)")
_ATX = re.compile(r"[ \t]{0,3}#{1,6}(?:[ \t]+|$)")
_ATX_CLOSE = re.compile(r"(?:[ \t]+#+)?[ \t]*$")
_FRONT_MATTER_END = re.compile(r"(?:---|\.\.\.)[ \t]*$")


def inline_text(source: str, start: int, end: int) -> Text:
    """The reader-visible text of inline Markdown in ``source[start:end]``.

    Emphasis markers, link targets, HTML tags and comments disappear; escapes and entities show
    as the character they stand for; every character keeps its source position.
    """
    if not _MARKUP_CHARS.search(source, start, end):
        return Text.verbatim(source, start, end)
    pieces: list[Piece] = []
    position = start
    for match in _INLINE.finditer(source, start, end):
        if match.start() > position:
            pieces.append((source[position : match.start()], position, match.start()))
        kind = match.lastgroup
        if match.group("img") is not None:
            pieces.append(inline_text(source, match.start("alt"), match.end("alt")))
        elif match.group("link") is not None:
            pieces.append(inline_text(source, match.start("ltext"), match.end("ltext")))
        elif match.group("auto") is not None:
            pieces.append((match.group("aurl"), match.start("aurl"), match.end("aurl")))
        elif match.group("esc") is not None:
            pieces.append((match.group("ech"), match.start(), match.end()))
        elif match.group("ent") is not None:
            import html  # here, not at the top: few résumés hold an entity

            pieces.append((html.unescape(match.group("ent")), match.start(), match.end()))
        elif kind in ("comment", "tag", "mark"):
            pass
        position = match.end()
    if position < end:
        pieces.append((source[position:end], position, end))
    return Text.join(pieces, Span(start, end))


def _front_matter_end(lines: list[Line]) -> int:
    """How many lines at the top are YAML front matter (``---`` … ``---``)."""
    if not lines or lines[0].text.rstrip() != "---":
        return 0
    for index, line in enumerate(lines[1:], start=1):
        if _FRONT_MATTER_END.fullmatch(line.text):
            return index + 1
    return 0


class _MarkdownReader:
    def __init__(self, source: str, lines: list[Line]) -> None:
        self.source = source
        self.lines = lines
        self.items: list[Item] = []
        self.marker_search_from: dict[int, int] = {}
        """Per line, where to look for the next list marker (``- - x`` opens three items on one line)."""

    def line_text(self, number: int, skip: int = 0) -> Text:
        """Inline text of 0-based line ``number`` from column ``skip``, indentation trimmed."""
        line = self.lines[number]
        start = line.span.start + skip
        raw = self.source[start : line.span.end]
        start += len(raw) - len(raw.lstrip(" \t>"))
        end = line.span.end
        while end > start and self.source[end - 1] in " \t":
            end -= 1
        return inline_text(self.source, start, end)

    def paragraph(self, first: int, last: int) -> None:
        for number in range(first, last):
            text = self.line_text(number)
            glyph = GLYPH_BULLET_LINE.match(self.lines[number].text)
            if glyph is not None:
                self.items.append(BulletItem(self.glyph_bullet(number, glyph)))
            elif text.value.strip():
                self.items.append(TextItem(text))
        self.items.append(BreakItem())

    def glyph_bullet(self, number: int, match: re.Match[str]) -> Bullet:
        line = self.lines[number]
        marker = Span(line.span.start + match.start("marker"), line.span.start + match.end("marker"))
        if match.group("text") is not None:
            text = self.line_text(number, match.start("text"))
        else:
            text = Text.empty(line.span.end)
        return Bullet(Span(marker.start, max(marker.end, text.span.end)), marker, match.group("marker"), text)

    def heading(self, token: BlockToken, first: int, last: int) -> None:
        level = token.block.level
        if not token.block.setext:
            line = self.lines[first]
            opening = _ATX.match(line.text)
            skip = opening.end() if opening else 0
            close = _ATX_CLOSE.search(line.text, skip)
            end_col = close.start() if close else len(line.text)
            text = inline_text(self.source, line.span.start + skip, line.span.start + max(skip, end_col))
        else:
            start = self.lines[first].span.start
            end = self.lines[last - 2].span.end
            text = inline_text(self.source, start, end)
        self.items.append(HeadingItem(Heading(Span(text.span.start, text.span.end), text, level)))

    def list_item(self, tokens: list[BlockToken], index: int, depth: int) -> None:
        token = tokens[index]
        assert token.map is not None
        first = token.map[0]
        line = self.lines[first]
        marker = _LIST_MARKER.match(line.text, self.marker_search_from.get(first, 0))
        assert marker is not None
        self.marker_search_from[first] = marker.end()
        marker_span = Span(line.span.start + marker.start("marker"), line.span.start + marker.end("marker"))
        child = tokens[index + 1] if index + 1 < len(tokens) else None
        text = Text.empty(marker_span.end)
        if child is not None and child.map is not None and child.map[0] == first:
            if child.type == "paragraph":
                parts = [self.line_text(first, marker.end())]
                parts.extend(self.line_text(n) for n in range(first + 1, child.map[1]))
                text = _join_lines(parts)
            elif not _item_opens_on_line(tokens, index + 1, first):
                # A heading, code or quote on the marker's line: the item is not empty. (An item
                # nested there, as in `- - text` or `- > - text`, holds the text as its own.)
                text = self.line_text(first, marker.end())
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
            elif kind in ("hr", "fence", "code_block", "html_block", "table"):
                self.items.append(BreakItem())
        return self.items


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


def _join_lines(parts: list[Text]) -> Text:
    if len(parts) == 1:
        return parts[0]
    pieces: list[Piece] = []
    for index, part in enumerate(parts):
        if index:
            pieces.append((" ", parts[index - 1].span.end, part.span.start))
        pieces.append(part)
    return Text.join(pieces, Span(parts[0].span.start, parts[-1].span.end))


def read_markdown(source: str) -> tuple[list[Line], list[Item]]:
    """Lines of a Markdown source (code, HTML and front matter marked verbatim) and its items."""
    lines = [Line(n + 1, Span(s, e), source[s:e], ending) for n, (s, e, ending) in enumerate(split_lines(source))]
    front = _front_matter_end(lines)
    for line in lines[:front]:
        line.verbatim = True
    tokens = block_tokens([""] * front + [line.text for line in lines[front:]])
    for token in tokens:
        if token.type in ("fence", "code_block", "html_block") and token.map is not None:
            for line in lines[token.map[0] : token.map[1]]:
                line.verbatim = True
    return lines, _MarkdownReader(source, lines).read(tokens)
