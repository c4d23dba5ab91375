"""LaTeX résumés (article, moderncv, awesome-cv, Jake's template) into the résumé model.

Markup is turned into the words a reader sees, with every character mapped back to the source:
``\\textbf{X}`` shows X, ``\\href{url}{X}`` shows X, ``\\&`` shows ``&``, ``--`` shows ``–``, comments and
layout commands (``\\vspace{2pt}``) show nothing. Section, entry and item macros become the same items
the Markdown and plain-text readers produce, so every rule works unchanged.
"""

from __future__ import annotations

import re
from functools import lru_cache

from cvlint.lines import split_lines
from cvlint.model import Bullet, Heading, Line, Piece, Span, Text
from cvlint.parse.structure import BreakItem, BulletItem, HeadingItem, Item, TextItem, section_role

_ESCAPED = {
    "&": "&",
    "%": "%",
    "$": "$",
    "#": "#",
    "_": "_",
    "{": "{",
    "}": "}",
    " ": " ",
    ",": " ",
    ";": " ",
    "\\": " ",
}
_DROP_ARGS = {
    "vspace",
    "hspace",
    "vskip",
    "hskip",
    "label",
    "ref",
    "includegraphics",
    "setlength",
    "addtolength",
    "color",
    "textcolor",
    "definecolor",
    "fontsize",
    "setcounter",
    "addtocounter",
    "geometry",
    "usepackage",
    "documentclass",
    "newcommand",
    "renewcommand",
    "pagestyle",
    "thispagestyle",
    "titleformat",
    "titlespacing",
    "raisebox",
    "begin",
    "end",
    "fa",
    "faIcon",
    "icon",
    "rule",
    "phantom",
    "hphantom",
    "vphantom",
    "input",
    "include",
}
"""Commands whose arguments are layout, not words (the first argument of \\textcolor too)."""
_COMMAND = re.compile(r"\\([A-Za-z@]+)\*?|\\(.)", re.DOTALL)
_ENVIRONMENT_ARGUMENTS = {
    "minipage": 1,
    "tabular": 1,
    "tabularx": 2,
    "tabu": 1,
    "longtable": 1,
    "multicols": 1,
    "wrapfigure": 2,
    "adjustwidth": 2,
    "list": 2,
    "paracol": 1,
}
"""Environments whose \\begin takes arguments after the name (widths, column specs): not words."""
_OPTIONAL = re.compile(r"\s*\[[^\]\n]*\]")
_SECTION = {"section", "cvsection", "part", "chapter", "sectiontitle"}
_SUBSECTION = {"subsection", "subsubsection", "cvsubsection", "runsubsection"}
_ENTRY_MACROS = {
    # name: (number of arguments, order of the parts that make the header: title, dates, organisation, location)
    "datedsubsection": 2,
    "resumeSubheading": 4,
    "resumeSubSubheading": 2,
    "resumeProjectHeading": 2,
    "cventry": 6,
    "cvevent": 4,
    "datedentry": 2,
}
_ITEMS = {"item", "resumeItem", "resumeSubItem", "cvlistitem", "cvitemwithcomment"}
_KNOWN = frozenset(_SECTION | _SUBSECTION | set(_ENTRY_MACROS) | _ITEMS | {"cvitem"})
"""Macros the reader turns into structure: sections, entries, items."""
_SECTION_LEVELS = {name: 1 for name in _SECTION} | {name: 2 for name in _SUBSECTION}


@lru_cache(maxsize=64)
def _structure(names: frozenset[str]) -> re.Pattern[str]:
    """A pattern for the structural macros ``names`` (longest first, so ``\\item`` never takes ``\\itemize``)."""
    return re.compile(r"\\(?P<name>" + "|".join(sorted(names, key=len, reverse=True)) + r")(?![A-Za-z@])\*?")


_DEFINITION = re.compile(
    r"\\(?:re|provide)?newcommand\*?\s*\{?\s*\\(?P<name>[A-Za-z@]+)\s*\}?\s*(?:\[(?P<count>\d)\])?"
    r"|\\def\s*\\(?P<plain>[A-Za-z@]+)(?P<params>(?:#\d)*)"
)
_SECTIONING = re.compile(r"\\(?:cv)?(?:sub)*(?:section|chapter)(?![A-Za-z@])")
_HEADING_LINE = re.compile(
    r"^[ \t]*\\(?P<name>[A-Za-z@]+)\*?[ \t]*\{(?P<title>[A-Z][^{}\\\n%]{1,40})\}[ \t]*(?:%.*)?$", re.MULTILINE
)
_NOT_HEADINGS = {"begin", "end", "label", "ref", "input", "include", "usepackage", "documentclass", "item"}
_COMMENT = re.compile(r"(?<!\\)%")
_END_OF_ITEMS = re.compile(
    r"\\end\s*\{\s*(?:itemize|enumerate|description|cvitems)\s*\}|\\resumeItemListEnd\b|\\resumeSubHeadingListEnd\b"
)


_BRACE_TOKENS = re.compile(r"\\[\s\S]|%[^\n]*|[{}]")
"""Braces, and the escapes and comments in which a brace does not count."""


@lru_cache(maxsize=4)
def _group_ends(source: str) -> dict[int, int]:
    """Where each ``{`` of ``source`` closes (-1: never), escaped braces and ``%`` comments skipped.

    One pass serves every argument asked for: a scan per macro read to the end of the text for each
    unclosed group, so a line of ``\\resumeItem{`` cost the square of its length.
    """
    ends: dict[int, int] = {}
    opened: list[int] = []
    for token in _BRACE_TOKENS.finditer(source):
        if token.group() == "{":
            opened.append(token.start())
        elif token.group() == "}" and opened:
            ends[opened.pop()] = token.start()
    ends.update((start, -1) for start in opened)
    return ends


def _group_end(source: str, position: int) -> int:
    """Where the brace group opening at ``position`` closes, or -1."""
    end = _group_ends(source).get(position)
    return end if end is not None else _scan_group(source, position)  # None: a brace in a comment


def _scan_group(source: str, position: int) -> int:
    depth = 0
    for token in _BRACE_TOKENS.finditer(source, position):
        if token.group() == "{":
            depth += 1
        elif token.group() == "}":
            depth -= 1
            if depth == 0:
                return token.start()
    return -1


def _arguments(source: str, position: int, count: int) -> list[tuple[int, int]] | None:
    """The content spans of ``count`` brace groups after ``position`` (optional ``[...]`` skipped)."""
    spans = []
    for _ in range(count):
        while position < len(source) and source[position] in " \t\r\n":
            position += 1
        while position < len(source) and source[position] == "[":
            close = source.find("]", position)
            if close < 0:
                return None
            position = close + 1
            while position < len(source) and source[position] in " \t\r\n":
                position += 1
        if position >= len(source) or source[position] != "{":
            return None
        index = _group_end(source, position)
        if index < 0:
            return None
        spans.append((position + 1, index))
        position = index + 1
    return spans


def latex_text(source: str, start: int, end: int) -> Text:
    """The words a reader sees in ``source[start:end]``, mapped back to the source."""
    pieces: list[Piece] = []
    position = start
    skip_until = start
    while position < end:
        char = source[position]
        if position < skip_until:
            position += 1
            continue
        if char == "%" and (position == 0 or source[position - 1] != "\\"):
            newline = source.find("\n", position, end)
            position = end if newline < 0 else newline
            continue
        if char == "\\":
            match = _COMMAND.match(source, position, end)
            if match is None:
                position += 1
                continue
            if match.group(2) is not None:
                shown = _ESCAPED.get(match.group(2), "")
                if shown:
                    pieces.append((shown, match.start(), match.end()))
                position = match.end()
                optional = _OPTIONAL.match(source, position, end) if match.group(2) == "\\" else None
                if optional is not None:
                    position = optional.end()  # \\[2pt]: a line break's spacing
                continue
            name = match.group(1)
            position = match.end()
            while (optional := _OPTIONAL.match(source, position, end)) is not None:
                position = optional.end()
            if name == "begin":
                arguments = _arguments(source, position, 1)
                if arguments:
                    environment = source[arguments[0][0] : arguments[0][1]].strip()
                    position = arguments[0][1] + 1
                    while (optional := _OPTIONAL.match(source, position, end)) is not None:
                        position = optional.end()
                    extra = _arguments(source, position, _ENVIRONMENT_ARGUMENTS.get(environment, 0))
                    if extra:
                        position = extra[-1][1] + 1
                continue
            if name in _DROP_ARGS:
                arguments = _arguments(source, position, 2 if name == "textcolor" else 1)
                if name == "textcolor" and arguments:
                    skip_until = arguments[0][1] + 1
                    continue
                if arguments:
                    position = arguments[-1][1] + 1
                continue
            if name in ("href",):
                arguments = _arguments(source, position, 2)
                if arguments:
                    pieces.append(latex_text(source, *arguments[1]))
                    position = arguments[1][1] + 1
                continue
            continue
        if char in "{}":
            position += 1
            continue
        if char == "$":
            close = source.find("$", position + 1, end)
            if close > position:
                pieces.append((" ", position, close + 1))  # math: a separator or a symbol, not words
                position = close + 1
                continue
        if char == "&":
            pieces.append((" ", position, position + 1))  # a table's column separator
            position += 1
            continue
        if char == "-" and source.startswith("---", position):
            pieces.append(("—", position, position + 3))
            position += 3
            continue
        if char == "-" and source.startswith("--", position):
            pieces.append(("–", position, position + 2))
            position += 2
            continue
        if char == "~":
            pieces.append((" ", position, position + 1))
            position += 1
            continue
        if source.startswith("``", position) or source.startswith("''", position):
            pieces.append(("“" if char == "`" else "”", position, position + 2))
            position += 2
            continue
        run = position
        while position < end and source[position] not in "\\{}%-~`'$&":
            position += 1
        if position == run:
            position += 1
        pieces.append((source[run:position], run, position))
    text = Text.join(pieces, Span(start, end))
    return _collapse(text)


def _collapse(text: Text) -> Text:
    """Trim the text and fold runs of white space (line breaks inside a LaTeX paragraph) to one space."""
    value = text.value
    parts: list[Piece] = []
    index = 0
    for match in re.finditer(r"\s{2,}|\n", value):
        if match.start() > index:
            parts.append(text.slice(index, match.start()))
        if text.slice(match.start(), match.end()).value:
            span = text.source_span(match.start(), match.end())
            parts.append((" ", span.start, span.end))
        index = match.end()
    if index < len(value):
        parts.append(text.slice(index, len(value)))
    return Text.join(parts, text.span).strip(" ")


def _header(source: str, name: str, arguments: list[tuple[int, int]]) -> Text:
    """The header of an entry macro as one text: title | organisation | location | dates."""
    texts = [latex_text(source, *span) for span in arguments]
    if name == "cventry" and len(texts) >= 4:
        order = [texts[1], texts[2], texts[3], texts[0]]  # moderncv: {dates}{title}{organisation}{location}
    elif name == "resumeSubheading" and len(texts) == 4:
        order = [texts[0], texts[2], texts[3], texts[1]]  # Jake's: {title}{dates}{organisation}{location}
    else:
        order = texts[:2]
    parts: list[Piece] = []
    for text in order:
        if not text.value:
            continue
        if parts:
            parts.append((" | ", text.span.start, text.span.start))
        parts.append(text)
    span = Span(arguments[0][0], arguments[-1][1])
    return Text.join(parts, span)


def custom_sections(source: str, body: tuple[int, int]) -> dict[str, int]:
    """Section macros of this document's own, with their levels (1 section, 2 subsection).

    A macro is one when the file defines it with a sectioning command inside (``\\newcommand{\\mysec}[1]
    {\\section*{#1}}``) or with "section" in its name, or when the body uses it alone on a line with a
    title a reader knows as a section (``\\roottitle{Experience}``, defined in a style file).
    """
    found: dict[str, int] = {}
    for match in _DEFINITION.finditer(source, 0, body[1]):
        name = match.group("name") or match.group("plain")
        takes = int(match.group("count") or 0) if match.group("name") else len(match.group("params") or "") // 2
        definition = _arguments(source, match.end(), 1)
        if not name or takes < 1 or definition is None or name in _KNOWN:
            continue
        inner = _SECTIONING.search(source, *definition[0])
        if inner is not None:
            found[name] = 2 if "sub" in inner.group() else 1
        elif "section" in name.lower():
            found[name] = 2 if "subsection" in name.lower() else 1
    for match in _HEADING_LINE.finditer(source, body[0], body[1]):
        name = match.group("name")
        if name in found or name in _KNOWN or name in _NOT_HEADINGS or name in _DROP_ARGS:
            continue
        if section_role(match.group("title").strip()) != "other":
            found[name] = 1
    return found


class _LatexReader:
    def __init__(self, source: str, body: tuple[int, int]) -> None:
        self.source = source
        self.body = body
        self.items: list[Item] = []
        self.bullet: tuple[Span, str] | None = None
        custom = custom_sections(source, body)
        self.sections = _SECTION_LEVELS | custom
        self.structure = _structure(_KNOWN | frozenset(custom))
        self._line = (-1, -1, -1)
        """The line last asked about by ``in_comment``: its start, its end and where its comment starts."""

    def flush_text(self, start: int, end: int) -> None:
        """Text between structural macros: the current item's text, or paragraph lines."""
        if self.bullet is not None:
            marker, name = self.bullet
            stop = _END_OF_ITEMS.search(self.source, start, end)
            text = latex_text(self.source, start, stop.start() if stop else end)
            nested = re.search(r"\\begin\s*\{", self.source[start : stop.start() if stop else end])
            if text.value or nested is None:  # an item holding only a nested list is a container
                bullet = Bullet(Span(marker.start, max(marker.end, text.span.end)), marker, f"\\{name}", text)
                self.items.append(BulletItem(bullet))
            self.bullet = None
            if stop is None:
                return
            start = stop.end()
        for line_start, line_end, _ in split_lines(self.source[start:end]):
            text = latex_text(self.source, start + line_start, start + line_end)
            if any(char.isalnum() for char in text.value):
                self.items.append(TextItem(text))
            else:
                self.items.append(BreakItem())

    def in_comment(self, offset: int) -> bool:
        """True when an unescaped ``%`` stands before ``offset`` on its line.

        Offsets come in order, so each line is searched once, not once for every macro on it.
        """
        start, end, comment = self._line
        if not start <= offset <= end:
            source = self.source
            start = source.rfind("\n", 0, offset) + 1
            end = source.find("\n", offset)
            end = len(source) if end < 0 else end
            found = _COMMENT.search(source, start, end)
            comment = found.start() if found else -1
            self._line = (start, end, comment)
        return 0 <= comment < offset

    def read(self) -> list[Item]:
        source = self.source
        position, end = self.body
        for match in self.structure.finditer(source, position, end):
            if match.start() < position or self.in_comment(match.start()):
                continue
            self.flush_text(position, match.start())
            name = match.group("name")
            position = match.end()
            if name in _ITEMS:
                if name == "item":
                    self.bullet = (Span(match.start(), match.end()), name)
                    continue
                arguments = _arguments(source, position, 1)
                if arguments is None:
                    continue
                marker = Span(match.start(), match.end())
                text = latex_text(source, *arguments[0])
                self.items.append(BulletItem(Bullet(Span(marker.start, arguments[0][1]), marker, f"\\{name}", text)))
                position = arguments[0][1] + 1
                continue
            if name in self.sections:
                arguments = _arguments(source, position, 1)
                if arguments is None:
                    continue
                text = latex_text(source, *arguments[0])
                self.items.append(HeadingItem(Heading(text.span, text, self.sections[name])))
                self.items.append(BreakItem())
                position = arguments[0][1] + 1
                continue
            if name == "cvitem":
                arguments = _arguments(source, position, 2)
                if arguments is None:
                    continue
                label, value = (latex_text(source, *span) for span in arguments)
                joined = Text.join(
                    [label, (": ", label.span.end, value.span.start), value] if label.value else [value],
                    Span(arguments[0][0], arguments[1][1]),
                )
                self.items.append(TextItem(joined))
                position = arguments[1][1] + 1
                continue
            count = _ENTRY_MACROS[name]
            arguments = _arguments(source, position, count)
            if arguments is None:
                continue
            header = _header(source, name, arguments[:4] if name == "cventry" else arguments)
            self.items.append(HeadingItem(Heading(header.span, header, 2)))
            if name == "cventry" and len(arguments) == 6:
                position = arguments[5][0]  # its description holds the role's items
                continue
            position = arguments[-1][1] + 1
        self.flush_text(position, end)
        return self.items


def read_latex(source: str) -> tuple[list[Line], list[Item]]:
    """Lines of a LaTeX source (preamble and comment lines marked verbatim) and its items."""
    lines = [Line(n + 1, Span(s, e), source[s:e], ending) for n, (s, e, ending) in enumerate(split_lines(source))]
    begin = re.search(r"\\begin\s*\{\s*document\s*\}", source)
    finish = re.search(r"\\end\s*\{\s*document\s*\}", source)
    body_start = begin.end() if begin else 0
    body_end = finish.start() if finish else len(source)
    for line in lines:
        stripped = line.text.lstrip()
        if line.span.end <= body_start or line.span.start >= body_end or stripped.startswith("%"):
            line.verbatim = True
    return lines, _LatexReader(source, (body_start, body_end)).read()


def escape(text: str) -> str:
    """``text`` as LaTeX source: the characters LaTeX treats specially are escaped."""
    return re.sub(r"([&%$#_])", r"\\\1", text)


def looks_like_latex(source: str) -> bool:
    """True for LaTeX source saved under another name (a ``.txt`` holding ``\\documentclass``)."""
    return bool(re.search(r"\\documentclass|\\begin\s*\{\s*document\s*\}", source[:20000]))
