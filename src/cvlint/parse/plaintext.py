"""Plain-text résumés: headings, bullets and entries recognised from the shape of each line."""

from __future__ import annotations

import re

from cvlint.lazy_pattern import lazy_compile
from cvlint.model.dates import ONGOING_WORDS, find_date_ranges, find_dates, find_single_dates
from cvlint.model.document import Bullet, Heading, Line, Piece, Span, Text
from cvlint.model.lines import split_lines
from cvlint.parse.structure import (
    BULLET_LINE,
    BreakItem,
    BulletItem,
    HeadingItem,
    Item,
    TextItem,
    names_section,
    section_role,
)

_RULE_LINE = re.compile(r"[ \t]*([-=_~.*#+•·])\1{2,}[ \t]*$")
_DECORATED = re.compile(
    r"[ \t]*(?:[-=_~*#+]{1,6}[ \t]*)?(?P<title>[^\W\d_][^:]*?)[ \t]*:?[ \t]*(?:[-=_~*#+]{1,6})?[ \t]*$"
)
_TRAILING_RULE = re.compile(r"[ \t]+([-=_~*#+])\1{2,}[ \t]*$")
"""A rule drawn after a heading on its own line, out to the page's width (``SKILLS ------…``)."""
_LABEL_HEADING = re.compile(r"[ \t]*(?P<title>[A-Z][A-Z&/]+(?: [A-Z][A-Z&/]+){0,3})[ \t]+(?=[A-Z][a-z])")
"""A section's name in capitals opening the line of its first entry (``EDUCATION Rochester Institute…``)."""
_RANGE_SEPARATOR = re.compile(r"--|[-–—~]|to|until", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[.!?:;]['\")\]]*$")
"""A line that ends a sentence or opens a list: what follows it is not more of the same bullet."""
_MARKDOWN_SIGNS = (
    re.compile(r"^#{1,6}[ \t]+\S", re.MULTILINE),
    re.compile(r"\[[^\[\]\n]+\]\([^()\n]+\)"),
    re.compile(r"\*\*[^*\n]+\*\*"),
)


HTML_PAGE = lazy_compile(r"\s*(?:<!--.*?-->\s*)*<(?:!doctype[ \t]+html|html)\b", re.IGNORECASE | re.DOTALL)
"""An HTML page (``<!DOCTYPE html>``, ``<html>``): the Markdown reader reads it as a browser shows it."""


def looks_like_markdown(source: str) -> bool:
    """True for a ``.txt`` file that is really Markdown (ATX headings, links, bold) or an HTML page."""
    if source.lstrip()[:1] == "<" and HTML_PAGE.match(source):
        return True
    signs = sum(1 for sign in _MARKDOWN_SIGNS if sign.search(source))
    return (bool(_MARKDOWN_SIGNS[0].search(source)) and signs >= 2) or signs >= 3


def _heading_title(line: str) -> re.Match[str] | None:
    rule = _TRAILING_RULE.search(line)
    if rule is not None:
        line = line[: rule.start()]
    if len(line.strip()) > 60:
        return None
    match = _DECORATED.match(line)
    if match is None or len(match.group("title").split()) > 6:
        return None
    return match


def _is_heading(lines: list[Line], index: int) -> re.Match[str] | None:
    line = lines[index].text
    match = _heading_title(line)
    if match is None:
        return None
    title = match.group("title")
    if title[-1] in ".,;" or (title[0].islower() and " " in title):
        return None  # the end or the middle of a sentence, not a title
    if BULLET_LINE.match(line) or find_dates(line):
        return None
    if section_role(title) != "other":
        return match
    letters = [c for c in title if c.isalpha()]
    following = lines[index + 1].text if index + 1 < len(lines) else ""
    if _RULE_LINE.match(following) and len(letters) >= 3:
        return match
    previous_blank = index == 0 or not lines[index - 1].text.strip()
    if len(letters) >= 4 and all(c.isupper() for c in letters) and previous_blank and not find_dates(following):
        return match
    return None


def _date_only(text: str) -> bool:
    found = find_single_dates(text)
    return len(found) == 1 and found[0].start == 0 and found[0].end == len(text)


def _split_range(source: str, lines: list[Line], index: int) -> Text | None:
    """A date range that a text export broke over three lines (``June 2000`` / ``-`` / ``October 2001``),
    as one line of text whose characters keep their places."""
    if index + 2 >= len(lines):
        return None
    parts = [lines[index + n].text.strip() for n in range(3)]
    if not (_RANGE_SEPARATOR.fullmatch(parts[1]) and _date_only(parts[0])):
        return None
    if not (_date_only(parts[2]) or parts[2].lower() in ONGOING_WORDS):
        return None
    pieces: list[Piece] = []
    end = 0
    for n in range(3):
        line = lines[index + n]
        begin = line.span.start + len(line.text) - len(line.text.lstrip())
        if n:
            pieces.append((" ", end, begin))
        end = line.span.start + len(line.text.rstrip())
        pieces.append(Text.verbatim(source, begin, end))
    first = lines[index]
    text = Text.join(pieces, Span(first.span.start + len(first.text) - len(first.text.lstrip()), end))
    return text if find_date_ranges(text.value) else None


def read_plaintext(source: str) -> tuple[list[Line], list[Item]]:
    """Lines of a plain-text source and the items read from them."""
    lines = [Line(n + 1, Span(s, e), source[s:e], ending) for n, (s, e, ending) in enumerate(split_lines(source))]
    items: list[Item] = []
    bullet_parts: list[Text] | None = None
    bullet_indent = marker_indent = 0
    first_text = True

    def continues(index: int, indent: int, before: str) -> bool:
        """Whether a line goes on with the bullet above it: indented under its text, or wrapped back to
        its marker's column in the middle of a sentence (a text export's hanging lines)."""
        raw = lines[index].text
        if BULLET_LINE.match(raw):
            return False
        if indent >= bullet_indent:
            return True
        if indent < marker_indent or _CLAUSE_END.search(before):
            return False
        return not find_date_ranges(raw) and _is_heading(lines, index) is None

    def close_bullet() -> None:
        nonlocal bullet_parts
        if bullet_parts is None:
            return
        item = items[-1]
        assert isinstance(item, BulletItem)
        if len(bullet_parts) > 1:
            parts: list[Piece] = []
            for index, part in enumerate(bullet_parts):
                if index:
                    parts.append((" ", bullet_parts[index - 1].span.end, part.span.start))
                parts.append(part)
            span = Span(bullet_parts[0].span.start, bullet_parts[-1].span.end)
            old = item.bullet
            item.bullet = Bullet(
                Span(old.span.start, span.end), old.marker, old.marker_text, Text.join(parts, span), old.level
            )
        bullet_parts = None

    joined_until = -1
    for index, line in enumerate(lines):
        if index <= joined_until:
            continue
        raw = line.text
        start = line.span.start
        stripped = raw.strip()
        if not stripped or _RULE_LINE.match(raw):
            close_bullet()
            items.append(BreakItem())
            continue
        indent = len(raw) - len(raw.lstrip(" \t"))
        if bullet_parts is not None and continues(index, indent, bullet_parts[-1].value):
            content_end = start + len(raw.rstrip())
            bullet_parts.append(Text.verbatim(source, start + indent, content_end))
            continue
        close_bullet()
        bullet = BULLET_LINE.match(raw)
        if bullet is not None:
            marker = Span(start + bullet.start("marker"), start + bullet.end("marker"))
            if bullet.group("text") is not None:
                text = Text.verbatim(source, start + bullet.start("text"), start + len(raw.rstrip()))
            else:
                text = Text.empty(marker.end)
            level = len(bullet.group("indent").expandtabs(4)) // 2
            items.append(
                BulletItem(
                    Bullet(
                        Span(marker.start, max(marker.end, text.span.end)), marker, bullet.group("marker"), text, level
                    )
                )
            )
            bullet_parts = [text] if text.value else None
            marker_indent = marker.start - start
            bullet_indent = bullet.start("text") if bullet.group("text") is not None else 0
            continue
        heading = _is_heading(lines, index)
        if heading is not None and first_text and section_role(heading.group("title")) == "other":
            heading = None
        first_text = False
        if heading is not None:
            text = Text.verbatim(source, start + heading.start("title"), start + heading.end("title"))
            items.append(HeadingItem(Heading(text.span, text, 1)))
            items.append(BreakItem())
            continue
        label = _LABEL_HEADING.match(raw)
        if label is not None and names_section(label.group("title")):
            text = Text.verbatim(source, start + label.start("title"), start + label.end("title"))
            items.append(HeadingItem(Heading(text.span, text, 1)))
            items.append(TextItem(Text.verbatim(source, start + label.end(), start + len(raw.rstrip()))))
            continue
        split = _split_range(source, lines, index)
        if split is not None:
            items.append(TextItem(split))
            joined_until = index + 2
            continue
        items.append(TextItem(Text.verbatim(source, start + indent, start + len(raw.rstrip()))))
    close_bullet()
    return lines, items
