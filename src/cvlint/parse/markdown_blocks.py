"""Markdown block structure: where CommonMark blocks (and GitHub tables) start and end, by line.

cvlint reads inline text itself and needs no HTML, only the lines each block covers. This parser
follows the CommonMark specification's parsing strategy: each line first continues the open
container blocks it can (block quotes, list items), then may open new blocks, else continues a
paragraph lazily or starts one. Tabs count as spaces to the next multiple of four.
"""

from __future__ import annotations

import re

from cvlint.lazy_pattern import lazy_compile

_HTML_TAG_NAMES = (
    "address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|"
    "dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h1|h2|h3|h4|h5|h6|head|header|hr|html|iframe|"
    "legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|"
    "tbody|td|tfoot|th|thead|title|tr|track|ul"
)
_ATTRIBUTE = r"""(?:\s+[a-zA-Z_:][a-zA-Z0-9:._-]*(?:\s*=\s*(?:[^"'=<>`\x00-\x20]+|'[^']*'|"[^"]*"))?)"""
_HTML_BLOCKS: tuple[tuple[re.Pattern[str], re.Pattern[str] | None], ...] = (
    (
        lazy_compile(r"<(?:script|pre|style|textarea)(?=\s|>|$)", re.IGNORECASE | re.ASCII),
        lazy_compile(r"</(?:script|pre|style|textarea)>", re.IGNORECASE | re.ASCII),
    ),
    (lazy_compile(r"<!--"), lazy_compile(r"-->")),
    (lazy_compile(r"<\?"), lazy_compile(r"\?>")),
    (lazy_compile(r"<![A-Za-z]"), lazy_compile(r">")),
    (lazy_compile(r"<!\[CDATA\["), lazy_compile(r"\]\]>")),
    (lazy_compile(rf"</?(?:{_HTML_TAG_NAMES})(?=\s|/?>|$)", re.IGNORECASE | re.ASCII), None),
    (lazy_compile(rf"(?:<[A-Za-z][A-Za-z0-9-]*{_ATTRIBUTE}*\s*/?>|</[A-Za-z][A-Za-z0-9-]*\s*>)\s*$"), None),
)
"""CommonMark's seven kinds of HTML block: how each starts, and the sequence that ends it (None: a
blank line). The seventh (any lone tag) cannot interrupt a paragraph."""
_ATX = re.compile(r"#{1,6}(?:[ \t]+|$)")
_FENCE = lazy_compile(r"`{3,}(?!.*`)|~{3,}")
_CLOSING_FENCE = lazy_compile(r"(?:`{3,}|~{3,})[ \t]*$")
_SETEXT = lazy_compile(r"(?:=+|-+)[ \t]*$")
_THEMATIC_BREAK = lazy_compile(r"(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")
_BULLET = re.compile(r"[*+-]")
_ORDERED = lazy_compile(r"(\d{1,9})[.)]")
_REFERENCE = lazy_compile(
    r"""\[((?:[^\[\]\\]|\\.){0,999})\]:[ \t]*\n?[ \t]*(?:<[^<>\n]*>|[^\s<]\S*)"""
    r"""(?:(?:[ \t]+|[ \t]*\n[ \t]*)(?:"[^"]*"|'[^']*'|\([^()]*\)))?[ \t]*(?=\n|$)"""
)
"""A link reference definition (``[id]: https://… "title"``; destination and title may each start
on the next line): not a paragraph."""
_DELIMITER_CELL = lazy_compile(r":?-+:?")
_SPACES = re.compile(r"[ \t]*")
_MAYBE_SPECIAL = frozenset("#`~*+_=<>0123456789-|:")
"""Characters a block other than a paragraph can begin with; other lines skip the block starts."""
_CONTAINERS = frozenset({"document", "blockquote", "list", "item"})


class Block:
    """A block of the document: its kind, first line and the line after its last (0-based)."""

    __slots__ = (
        "children",
        "content_offset",
        "end",
        "fence",
        "fence_offset",
        "html_end",
        "kind",
        "level",
        "lines",
        "marker",
        "open",
        "ordered",
        "parent",
        "setext",
        "start",
    )

    def __init__(self, kind: str, start: int, parent: Block | None) -> None:
        self.kind = kind
        self.start = start
        self.end = start + 1
        self.parent = parent
        self.children: list[Block] = []
        self.open = True
        self.level = 0
        """A heading's level (1–6)."""
        self.setext = False
        """A heading underlined with ``===`` or ``---`` rather than opened with ``#``."""
        self.ordered = False
        self.marker = ""
        """A list's bullet character, or an ordered list's delimiter (``.`` or ``)``)."""
        self.content_offset = 0
        """Where a list item's content starts: later lines indented this far belong to it."""
        self.fence = ""
        self.fence_offset = 0
        self.html_end: re.Pattern[str] | None = None
        """The closing sequence of an HTML block, or None when a blank line ends it."""
        self.lines: list[tuple[int, str]] = []
        """A paragraph's lines (number, text from the first non-space character)."""

    def __repr__(self) -> str:
        return f"Block({self.kind!r}, {self.start}, {self.end})"


class BlockToken:
    """An opening, closing or leaf block in document order, as the Markdown reader walks them."""

    __slots__ = ("block", "map", "type")

    def __init__(self, type_: str, block: Block) -> None:
        self.type = type_
        self.block = block
        self.map: tuple[int, int] | None = None if type_.endswith("_close") else (block.start, block.end)
        """The block's first line and the line after its last; None for a closing token (tokens are made
        once the tree is complete, so the block's lines no longer move)."""

    def __repr__(self) -> str:
        return f"{self.type}{self.map or ''}"


def _table_cells(row: str) -> list[str]:
    """The cells of a table row: split at unescaped ``|``, without empty edge cells."""
    cells: list[str] = []
    current: list[str] = []
    escaped = False
    for char in row:
        if char == "|" and not escaped:
            cells.append("".join(current))
            current = []
        elif char == "|":
            current[-1] = "|"
        else:
            current.append(char)
        escaped = char == "\\"
    cells.append("".join(current))
    if cells and cells[0] == "":
        cells.pop(0)
    if cells and cells[-1] == "":
        cells.pop()
    return cells


def _delimiter_columns(row: str) -> int:
    """How many columns a table's delimiter row (``| --- | :-: |``) sets, or 0 when it is not one."""
    if len(row) < 2 or row[0] not in "|-:" or (row[1] not in "|-: \t") or (row[0] == "-" and row[1] in " \t"):
        return 0
    if any(char not in "|-: \t" for char in row):
        return 0
    parts = row.split("|")
    columns = 0
    for index, part in enumerate(parts):
        cell = part.strip(" \t")
        if not cell:
            if index in (0, len(parts) - 1):
                continue
            return 0
        if not _DELIMITER_CELL.fullmatch(cell):
            return 0
        columns += 1
    return columns


class _Parser:
    def __init__(self) -> None:
        self.document = Block("document", 0, None)
        self.tip = self.document
        self.old_tip = self.document
        self.last_matched = self.document
        self.all_closed = True
        self.number = 0
        self.line = ""
        self.offset = 0
        self.next_nonspace = 0
        self.indent = 0
        self.blank = True
        self.scanned = -1
        """The offset ``next_nonspace``, ``indent`` and ``blank`` were found from on the current line."""

    # -- positions within the current line

    def find_next_nonspace(self) -> None:
        if self.offset == self.scanned:
            return  # asked again at the same place of the same line
        line, position = self.line, self.offset
        self.scanned = position
        if position < len(line) and line[position] in " \t" and (spaces := _SPACES.match(line, position)):
            position = spaces.end()
        self.next_nonspace = position
        self.indent = position - self.offset
        self.blank = position == len(line)

    def advance_to_nonspace(self) -> None:
        self.offset = self.next_nonspace

    def pass_quote_marker(self) -> None:
        """Move past the ``>`` at the next non-space character and the one space or tab after it."""
        self.offset = self.next_nonspace + 1
        if self.offset < len(self.line) and self.line[self.offset] in " \t":
            self.offset += 1

    # -- the tree

    def add_child(self, kind: str, start: int) -> Block:
        while not _can_contain(self.tip.kind, kind):
            self.finalize(self.tip)
        block = Block(kind, start, self.tip)
        self.tip.children.append(block)
        self.tip = block
        return block

    def finalize(self, block: Block) -> None:
        block.open = False
        parent = block.parent
        if block.kind == "paragraph":
            self.finalize_paragraph(block)
        elif block.kind == "code":
            while block.end - 1 > block.start and not block.lines[-1][1].strip():
                block.lines.pop()
                block.end -= 1
        assert parent is not None
        self.tip = parent

    def finalize_paragraph(self, block: Block) -> None:
        """Leading link reference definitions are not part of the paragraph (nor is it, if only they)."""
        _drop_references(block)
        if not block.lines:
            assert block.parent is not None
            block.parent.children.remove(block)

    def close_unmatched(self) -> None:
        if not self.all_closed:
            while self.old_tip is not self.last_matched:
                parent = self.old_tip.parent
                self.finalize(self.old_tip)
                assert parent is not None
                self.old_tip = parent
            self.all_closed = True

    # -- continuing open blocks (0: continues, 1: does not, 2: the line is used up)

    def continues(self, block: Block) -> int:
        kind = block.kind
        if kind == "list":
            return 0
        if kind == "paragraph":
            return 1 if self.blank else 0
        if kind == "blockquote":
            if self.indent <= 3 and not self.blank and self.line[self.next_nonspace] == ">":
                self.pass_quote_marker()
                return 0
            return 1
        if kind == "item":
            if self.blank:
                if not block.children:
                    return 1  # an item that began with a blank line ends at a second one
                self.advance_to_nonspace()
            elif self.indent >= block.content_offset:
                self.offset += block.content_offset
            else:
                return 1
            return 0
        if kind == "fence":
            if self.indent <= 3 and _CLOSING_FENCE.match(self.line, self.next_nonspace):
                closing = self.line[self.next_nonspace :].rstrip(" \t")
                if closing[0] == block.fence[0] and len(closing) >= len(block.fence):
                    block.end = self.number + 1
                    self.finalize(block)
                    return 2
            skip = block.fence_offset
            while skip > 0 and self.offset < len(self.line) and self.line[self.offset] == " ":
                self.offset += 1
                skip -= 1
            return 0
        if kind == "code":
            if self.indent >= 4:
                self.offset += 4
            elif self.blank:
                self.advance_to_nonspace()
            else:
                return 1
            return 0
        if kind in ("html", "paragraph", "table"):
            return 1 if self.blank and (kind != "html" or block.html_end is None) else 0
        if kind in ("list", "document"):
            return 0
        return 1  # headings and thematic breaks hold one line

    # -- starting blocks (0: none here, 1: a container, 2: a leaf)

    def start_block(self, container: Block) -> int:
        line, at = self.line, self.next_nonspace
        char = line[at]
        if self.indent >= 4:
            if self.tip.kind == "paragraph":
                return 0  # indented code cannot interrupt a paragraph
            self.offset += 4
            self.close_unmatched()
            self.add_child("code", self.number)
            return 2
        if container.kind == "paragraph" and self.start_table(container):
            return 2
        if char == ">":
            self.pass_quote_marker()
            self.close_unmatched()
            self.add_child("blockquote", self.number)
            return 1
        if char == "#" and (match := _ATX.match(line, at)) is not None:
            self.close_unmatched()
            heading = self.add_child("heading", self.number)
            heading.level = len(match.group().rstrip(" \t"))
            self.finalize(heading)
            self.offset = len(line)
            return 2
        if char in "`~" and (match := _FENCE.match(line, at)) is not None:
            self.close_unmatched()
            fence = self.add_child("fence", self.number)
            fence.fence = match.group()
            fence.fence_offset = self.indent
            return 2
        if char == "<":
            for kind, (start, end) in enumerate(_HTML_BLOCKS):
                if not start.match(line, at):
                    continue
                if kind == 6 and (container.kind in ("paragraph", "table") or self.lazy()):
                    break
                self.close_unmatched()
                self.add_child("html", self.number).html_end = end
                return 2
        if container.kind == "paragraph" and char in "=-" and _SETEXT.match(line, at):
            return self.start_setext_heading(container, char)
        # The strip test looks only at the line's end: with `- - - … - x` nested 10,000 deep, the
        # pattern alone would read the rest of the line once a level.
        if char in "*-_" and len(line.rstrip(char + " \t")) <= at and _THEMATIC_BREAK.match(line, at):
            self.close_unmatched()
            self.finalize(self.add_child("hr", self.number))
            self.offset = len(line)
            return 2
        return self.start_list_item(container)

    def start_setext_heading(self, paragraph: Block, char: str) -> int:
        """An underline turns the paragraph above into a heading, unless it held only link references."""
        self.close_unmatched()
        _drop_references(paragraph)
        if not paragraph.lines:
            return 0  # the underline is the paragraph's text
        parent = paragraph.parent
        assert parent is not None
        heading = Block("heading", paragraph.start, parent)
        heading.level = 1 if char == "=" else 2
        heading.setext = True
        heading.end = self.number + 1
        heading.open = False
        parent.children[-1] = heading
        self.tip = parent
        self.offset = len(self.line)
        return 2

    def lazy(self) -> bool:
        return not self.all_closed and not self.blank and self.tip.kind == "paragraph"

    def start_table(self, paragraph: Block) -> bool:
        """A delimiter row under a paragraph's last line with as many cells: that line heads a table."""
        columns = _delimiter_columns(self.line[self.next_nonspace :].rstrip(" \t"))
        if not columns or not paragraph.lines:
            return False
        number, header = paragraph.lines[-1]
        if number != self.number - 1 or "|" not in header or len(_table_cells(header.strip(" \t"))) != columns:
            return False
        self.close_unmatched()
        paragraph.lines.pop()
        if paragraph.lines:
            paragraph.end = paragraph.lines[-1][0] + 1
        parent = paragraph.parent
        assert parent is not None
        self.finalize(paragraph)
        self.tip = parent
        table = self.add_child("table", number)
        table.end = self.number + 1
        return True

    def start_list_item(self, container: Block) -> int:
        line, at = self.line, self.next_nonspace
        ordered = False
        bullet = _BULLET.match(line, at)
        if bullet is not None:
            marker_end, marker = bullet.end(), bullet.group()
        else:
            number = _ORDERED.match(line, at)
            if number is None or (container.kind == "paragraph" and number.group(1) != "1"):
                return 0
            marker_end, marker, ordered = number.end(), number.group()[-1], True
        if marker_end < len(line) and line[marker_end] not in " \t":
            return 0
        rest_blank = not line[marker_end:].strip(" \t")
        if container.kind == "paragraph" and rest_blank:
            return 0
        spaces = 0
        position = marker_end
        while position < len(line) and line[position] == " " and spaces < 5:
            position += 1
            spaces += 1
        marker_width = marker_end - at
        padding = marker_width + 1 if spaces >= 5 or spaces < 1 or rest_blank else marker_width + spaces
        content_offset = self.indent + padding
        self.offset = at + padding if not rest_blank else len(line)
        self.close_unmatched()
        if self.tip.kind != "list" or self.tip.ordered != ordered or self.tip.marker != marker:
            listing = self.add_child("list", self.number)
            listing.ordered, listing.marker = ordered, marker
        item = self.add_child("item", self.number)
        item.content_offset = content_offset
        return 1

    # -- one line

    def add_line(self, number: int, text: str) -> None:
        self.number = number
        self.line = text.expandtabs(4) if "\t" in text else text
        self.offset = 0
        self.scanned = -1
        tip = self.tip
        if (
            tip.kind == "paragraph"
            and tip.lines[0][1].startswith("[")
            and text.lstrip(" \t>")[:1] not in "\"'("
            and _references(tip.lines) == len(tip.lines)
        ):
            self.finalize(tip)  # the definitions are complete: this line starts a block of its own
        self.old_tip = self.tip
        container = self.document
        while container.children and container.children[-1].open:
            child = container.children[-1]
            self.find_next_nonspace()
            result = self.continues(child)
            if result == 2:
                return
            if result == 1:
                break
            container = child
        self.all_closed = container is self.old_tip
        self.last_matched = container
        while container.kind not in ("fence", "code", "html"):
            self.find_next_nonspace()
            if self.blank or (self.indent < 4 and self.line[self.next_nonspace] not in _MAYBE_SPECIAL):
                self.advance_to_nonspace()
                break
            started = self.start_block(container)
            if started == 0:
                self.advance_to_nonspace()
                break
            container = self.tip
            if started == 2:
                break
        self.find_next_nonspace()
        if self.lazy():
            self.extend_paragraph(self.tip)
            return
        self.close_unmatched()
        if container.kind in ("fence", "code", "html", "table"):
            if container.kind == "table" and self.blank:
                return
            container.end = number + 1
            if container.kind == "code":
                container.lines.append((number, self.line))
            if container.html_end is not None and container.html_end.search(self.line, self.offset):
                self.finalize(container)
            return
        if container.kind == "paragraph":
            self.extend_paragraph(container)
        elif not self.blank:
            self.advance_to_nonspace()
            paragraph = self.add_child("paragraph", number)
            self.extend_paragraph(paragraph)

    def extend_paragraph(self, paragraph: Block) -> None:
        paragraph.lines.append((self.number, self.line[self.next_nonspace :]))
        paragraph.end = self.number + 1

    def finish(self) -> Block:
        while self.tip is not self.document:
            self.finalize(self.tip)
        return self.document


def _references(lines: list[tuple[int, str]]) -> int:
    """How many of a paragraph's first lines are link reference definitions."""
    count = 0
    while count < len(lines) and lines[count][1].startswith("["):
        window = "\n".join(text for _, text in lines[count : count + 3])
        match = _REFERENCE.match(window)
        if match is None or not match.group(1).strip():
            break
        count += match.group().count("\n") + 1
    return count


def _drop_references(paragraph: Block) -> None:
    """Take the link reference definitions (``[id]: https://…``) off the top of a paragraph."""
    del paragraph.lines[: _references(paragraph.lines)]
    if paragraph.lines:
        paragraph.start = paragraph.lines[0][0]


def _can_contain(parent: str, child: str) -> bool:
    """A list holds only items and an item stands only in a list; leaf blocks hold nothing."""
    if parent == "list":
        return child == "item"
    return parent in _CONTAINERS and child != "item"


def parse_blocks(lines: list[str]) -> Block:
    """The block tree of a Markdown text given as its lines (without line endings)."""
    parser = _Parser()
    for number, text in enumerate(lines):
        parser.add_line(number, text)
    return parser.finish()


_LEAF_TOKENS = {"code": "code_block", "html": "html_block"}
_CONTAINER_TOKENS = {"blockquote": "blockquote", "item": "list_item"}


def _container_name(block: Block) -> str:
    if block.kind == "list":
        return "ordered_list" if block.ordered else "bullet_list"
    return _CONTAINER_TOKENS[block.kind]


def block_tokens(lines: list[str]) -> list[BlockToken]:
    """The blocks of a Markdown text (its lines, without endings) in document order: containers
    opened and closed around their children (``bullet_list``, ``ordered_list``, ``list_item``,
    ``blockquote`` with ``_open``/``_close``), leaves once (``paragraph``, ``heading``, ``table``,
    ``hr``, ``fence``, ``code_block``, ``html_block``)."""
    tokens: list[BlockToken] = []
    children = [iter(parse_blocks(lines).children)]
    containers: list[tuple[Block, str]] = []
    """The containers open around the children being walked, each with its token's name."""
    while children:
        for child in children[-1]:
            if child.kind in _CONTAINERS:
                name = _container_name(child)
                tokens.append(BlockToken(f"{name}_open", child))
                containers.append((child, name))
                children.append(iter(child.children))
                break
            tokens.append(BlockToken(_LEAF_TOKENS.get(child.kind, child.kind), child))
        else:
            children.pop()
            if containers:
                block, name = containers.pop()
                tokens.append(BlockToken(f"{name}_close", block))
    return tokens
