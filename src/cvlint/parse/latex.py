"""LaTeX résumés (article, moderncv, awesome-cv, Jake's template) into the résumé model.

Markup is turned into the words a reader sees, with every character mapped back to the source:
``\\textbf{X}`` shows X, ``\\href{url}{X}`` shows X, ``\\&`` shows ``&``, ``--`` shows ``–``, comments and
layout commands (``\\vspace{2pt}``) show nothing. Section, entry and item macros become the same items
the Markdown and plain-text readers produce, so every rule works unchanged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from cvlint.lazy_pattern import lazy_compile
from cvlint.model.dates import find_date_ranges
from cvlint.model.document import Bullet, Heading, Line, Piece, Span, Text
from cvlint.model.lines import split_lines
from cvlint.parse.latex_families import Family, Field, family_of
from cvlint.parse.structure import BreakItem, BulletItem, HeadingItem, Item, TextItem, names_section, section_role

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
    "import",
    "subimport",
    "cite",
    "citep",
    "citet",
    "nocite",
    "autocite",
    "parencite",
    "textcite",
    "footcite",
    "fullcite",
    "pageref",
    "eqref",
    "autoref",
    "cref",
    "Cref",
    "bibliography",
    "bibliographystyle",
    "addbibresource",
    "hypersetup",
}
"""Commands whose arguments are layout or keys (citation keys, labels, file names), not words (the first
argument of \\textcolor too)."""
_KEY_ARGUMENT = re.compile(r"[ \t]*\\[A-Za-z@]+\*?[ \t]*\{[a-z][a-z0-9_:./-]*\}[ \t]*(?:%.*)?$")
"""A line that is only a macro and one lower-case word with no space (``\\printbib{talks}``): a key the
macro looks up (a bibliography's category, a file), which a reader never sees as written."""
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
_MATH_SEPARATORS = {"|": " | ", "\\vert": " | ", "\\mid": " | ", "\\cdot": " · ", "\\bullet": " · ", "\\diamond": " · "}
"""Math that a reader sees as a separator between the parts of a line (``Ledger $|$ Go``)."""
_OPTIONAL = re.compile(r"\s*\[[^\]\n]*\]")
_LABELLED = frozenset({"cvitem", "ecvitem", "ecvblueitem"})
"""Macros ``{label}{text}`` shown as one line, ``label: text`` (moderncv's and Europass's rows)."""


@lru_cache(maxsize=64)
def _structure(names: frozenset[str], environments: frozenset[str]) -> re.Pattern[str]:
    """A pattern for the structural macros ``names`` (longest first, so ``\\item`` never takes ``\\itemize``)
    and the ``\\begin`` of the structural ``environments``."""
    macros = r"\\(?P<name>" + "|".join(sorted(names, key=len, reverse=True)) + r")(?![A-Za-z@])\*?"
    if not environments:
        return re.compile(macros)
    begins = r"\\begin\s*\{\s*(?P<environment>" + "|".join(sorted(environments)) + r")\s*\}"
    return re.compile(begins + "|" + macros)


_ITEM_BOUNDS = re.compile(
    r"\\(?P<kind>begin|end)\s*\{[^{}\n]*\}|\\resumeItemListEnd(?![A-Za-z@])|\\resumeSubHeadingListEnd(?![A-Za-z@])"
)


def _item_end(source: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the text of an ``\\item`` from ``start`` ends: at the ``\\end`` of the environment holding it
    (its list, its entry, its section), past the environments it opens itself; None when it runs to ``end``."""
    depth = 0
    for match in _ITEM_BOUNDS.finditer(source, start, end):
        if match.group("kind") == "begin":
            depth += 1
        elif depth:
            depth -= 1
        else:
            return match.start(), match.end()
    return None


_DEFINITION = re.compile(
    r"\\(?:re|provide)?newcommand\*?\s*\{?\s*\\(?P<name>[A-Za-z@]+)\s*\}?\s*(?:\[(?P<count>\d)\])?"
    r"|\\def\s*\\(?P<plain>[A-Za-z@]+)(?P<params>(?:#\d)*)"
)
_SECTIONING = re.compile(r"\\(?:cv)?(?:sub)*(?:section|chapter)(?![A-Za-z@])")
_HEADING_LINE = re.compile(
    r"^[ \t]*\\(?P<name>[A-Za-z@]+)\*?[ \t]*\{(?P<title>[A-Z][^{}\\\n%]{1,40})\}[ \t]*(?:%.*)?$", re.MULTILINE
)
_NOT_HEADINGS = {
    "begin",
    "end",
    "label",
    "ref",
    "input",
    "include",
    "import",
    "subimport",
    "usepackage",
    "documentclass",
    "item",
}
_COMMENT = re.compile(r"(?<!\\)%")
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


_SPACE = re.compile(r"(?:\s|(?<!\\)%[^\n]*)*")
"""White space and comments, which LaTeX skips between a macro's arguments."""


def _arguments(source: str, position: int, count: int) -> list[tuple[int, int]] | None:
    """The content spans of ``count`` brace groups after ``position`` (optional ``[...]`` skipped)."""
    spans = []
    for _ in range(count):
        position = _SPACE.match(source, position).end()  # type: ignore[union-attr]
        while position < len(source) and source[position] == "[":
            close = source.find("]", position)
            if close < 0:
                return None
            position = _SPACE.match(source, close + 1).end()  # type: ignore[union-attr]
        if position >= len(source) or source[position] != "{":
            return None
        index = _group_end(source, position)
        if index < 0:
            return None
        spans.append((position + 1, index))
        position = index + 1
    return spans


_KNOWN_WORDS_MACROS = frozenset({"textbf", "textit", "emph", "underline", "texttt", "textsc", "section", "item"})
"""Macros whose one argument is shown as written, even a single lower-case word."""


def _key_line(source: str, position: int) -> bool:
    """True when the macro at ``position`` and its argument, a key, are all that its line holds."""
    line_start = source.rfind("\n", 0, position) + 1
    if source[line_start:position].strip():
        return False
    line_end = source.find("\n", position)
    return _KEY_ARGUMENT.match(source, line_start, len(source) if line_end < 0 else line_end) is not None


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
            if name not in _KNOWN_WORDS_MACROS and _key_line(source, match.start()):
                arguments = _arguments(source, position, 1)
                if arguments:
                    position = arguments[0][1] + 1
                continue
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
                if arguments and arguments[1][1] < end:
                    pieces.append(latex_text(source, *arguments[1]))
                    position = arguments[1][1] + 1
                elif arguments:  # the arguments run past this text (a line): the rest is the next text's
                    if arguments[1][0] < end:
                        pieces.append(latex_text(source, arguments[1][0], end))
                    position = end
                continue
            continue
        if char in "{}":
            if source.startswith("}{", position):
                pieces.append((" ", position, position + 2))  # two arguments in a row: two words
                position += 2
                continue
            position += 1
            continue
        if char == "$":
            close = source.find("$", position + 1, end)
            if close > position:
                # math: a separator or a symbol, not words; ``$|$`` and ``$\cdot$`` separate parts of a line
                shown = _MATH_SEPARATORS.get(source[position + 1 : close].strip(), " ")
                pieces.append((shown, position, close + 1))
                position = close + 1
                continue
        if char == "&":
            pieces.append((" | ", position, position + 1))  # a table's column separator: fields of a row
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


_PART_ORDER: tuple[Field, ...] = ("title", "organisation", "location", "detail", "dates")
_DATE_HINT = re.compile(r"\d{4}|\b\d{2}\b|present|now|current|today", re.IGNORECASE)


def _header(
    source: str,
    layouts: tuple[tuple[Field, ...], ...],
    arguments: list[tuple[int, int]],
    extra: list[tuple[Field, Text]],
) -> Text:
    """An entry's header as one text, ``title | organisation | location | detail | dates``.

    ``layouts`` say what each argument holds: the first whose dates argument holds a date range is taken, else
    the first. ``extra`` holds the parts that macros after the entry's own add (Deedy's ``\\descript``).
    """
    texts = [latex_text(source, *span) for span in arguments]
    roles = layouts[0]
    for layout in layouts:
        if "dates" in layout[: len(texts)] and find_date_ranges(texts[layout.index("dates")].value):
            roles = layout
            break
    shown: dict[Field, list[Text]] = {}
    for role, text in [*zip(roles, texts, strict=False), *extra]:
        if role not in ("body", "skip"):
            shown.setdefault(role, []).append(text)
    parts: list[Piece] = []
    for role in _PART_ORDER:
        for text in shown.get(role, []):
            text = text.strip(" \t|")
            if not text.value:
                continue
            if parts:
                parts.append((" | ", text.span.start, text.span.start))
            parts.append(text)
    end = max([arguments[-1][1], *(text.span.end for _, text in extra)])
    return Text.join(parts, Span(arguments[0][0], end))


def _definitions(source: str, end: int) -> dict[str, tuple[int, tuple[int, int] | None]]:
    """Macros the document defines before ``end``: their number of arguments and the span of their body."""
    found: dict[str, tuple[int, tuple[int, int] | None]] = {}
    for match in _DEFINITION.finditer(source, 0, end):
        name = match.group("name") or match.group("plain")
        takes = int(match.group("count") or 0) if match.group("name") else len(match.group("params") or "") // 2
        definition = _arguments(source, match.end(), 1)
        if name:
            found[name] = (takes, definition[0] if definition else None)
    return found


def custom_sections(source: str, body: tuple[int, int], known: frozenset[str]) -> dict[str, int]:
    """Section macros of this document's own, with their levels (1 section, 2 subsection).

    A macro is one when the file defines it with a sectioning command inside (``\\newcommand{\\mysec}[1]
    {\\section*{#1}}``) or with "section" in its name, or when the body uses it alone on a line with a
    title a reader knows as a section (``\\roottitle{Experience}``, defined in a style file). Macros the
    template family gives a meaning (``known``) are not.
    """
    found: dict[str, int] = {}
    for name, (takes, definition) in _definitions(source, body[1]).items():
        if takes < 1 or definition is None or name in known:
            continue
        inner = _SECTIONING.search(source, *definition)
        if inner is not None:
            found[name] = 2 if "sub" in inner.group() else 1
        elif "section" in name.lower():
            found[name] = 2 if "subsection" in name.lower() else 1
    for match in _HEADING_LINE.finditer(source, body[0], body[1]):
        name = match.group("name")
        if name in found or name in known or name in _NOT_HEADINGS or name in _DROP_ARGS:
            continue
        if section_role(match.group("title").strip()) != "other":
            found[name] = 1
    return found


_OPENS_ITEM = re.compile(r"(?:\s|\{)*\\item(?![A-Za-z@])")


def custom_items(
    source: str, defined: dict[str, tuple[int, tuple[int, int] | None]], known: frozenset[str]
) -> dict[str, int]:
    """Item macros of this document's own, with their arguments: those whose definition opens with
    ``\\item`` (``\\newcommand{\\lineitem}{\\item[$\\star$]}``, ``\\newcommand{\\entry}[1]{\\item #1}``)."""
    found: dict[str, int] = {}
    for name, (takes, definition) in defined.items():
        if name in known or definition is None:
            continue
        if _OPENS_ITEM.match(source, *definition):
            found[name] = min(2, takes)
    return found


_NAMED_MACRO = re.compile(r"^[ \t]*\\(?P<name>[A-Za-z]{4,})[ \t]*\{", re.MULTILINE)


def named_sections(
    source: str, body: tuple[int, int], defined: dict[str, tuple[int, tuple[int, int] | None]], known: frozenset[str]
) -> frozenset[str]:
    """Macros named for a section that hold the whole section in their one argument (``\\education{…}``,
    ``\\awards{…}`` of Twenty Seconds CV, defined in its class): a line opens with the macro, its only
    argument holds words, and the document defines it with one argument or not at all."""
    found: set[str] = set()
    for match in _NAMED_MACRO.finditer(source, body[0], body[1]):
        name = match.group("name")
        if name in known or name in found or name in _DROP_ARGS or name in _NOT_HEADINGS or not names_section(name):
            continue
        if name in defined and defined[name][0] != 1:
            continue
        close = _group_end(source, match.end() - 1)
        if close < 0 or source.startswith("{", _SPACE.match(source, close + 1).end()):  # type: ignore[union-attr]
            continue  # a second argument: an entry, not a section
        if any(char.isalnum() for char in latex_text(source, match.end(), close).value):
            found.add(name)
    return frozenset(found)


_ENVIRONMENT_DEFINITION = re.compile(r"\\(?:re)?newenvironment\*?\s*\{\s*(?P<name>[A-Za-z@]+)\s*\}")
_PLAIN_ENVIRONMENT = re.compile(
    r"\\begin\s*\{\s*(?P<name>[A-Za-z@]+)\s*\}(?P<content>[^\\{}%\n]{1,60})\\end\s*\{\s*(?P=name)\s*\}"
)


def heading_environments(source: str, body: tuple[int, int]) -> frozenset[str]:
    """Environments the document defines for its headings: one of their uses holds only a section's name
    (``\\begin{name}Education\\end{name}``)."""
    defined = {match.group("name") for match in _ENVIRONMENT_DEFINITION.finditer(source, 0, body[0])}
    found = set()
    for match in _PLAIN_ENVIRONMENT.finditer(source, body[0], body[1]):
        if match.group("name") in defined and names_section(match.group("content").strip()):
            found.add(match.group("name"))
    return frozenset(found)


def _without_comments(source: str) -> str:
    return re.sub(r"(?<!\\)%[^\n]*", "", source)


class _LatexReader:
    def __init__(self, source: str, body: tuple[int, int], family: Family) -> None:
        self.source = source
        self.body = body
        self.family = family
        self.items: list[Item] = []
        self.bullet: tuple[Span, str] | None = None
        defined = _definitions(source, body[0])
        self.item_arguments = {
            name: min(2, defined[name][0]) if name in defined and count else count
            for name, count in family.items.items()
        } | custom_items(source, defined, frozenset({*family.sections, *family.entries, *family.items}))
        known = frozenset(
            {*family.sections, *family.entries, *self.item_arguments, *family.header_parts, *_LABELLED, "item"}
        )
        custom = custom_sections(source, body, known)
        self.named = named_sections(source, body, defined, known | frozenset(custom))
        self.sections = family.sections | custom
        self.heading_environments = heading_environments(source, body) - family.section_environments
        environments = family.section_environments | frozenset(family.entry_environments) | self.heading_environments
        names = (known | frozenset(custom) | self.named) - frozenset(family.header_parts)
        self.structure = _structure(names, environments)
        self._line = (-1, -1, -1)
        """The line last asked about by ``in_comment``: its start, its end and where its comment starts."""

    def flush_text(self, start: int, end: int, header: bool = False) -> None:
        """Text between structural macros: the current item's text, or paragraph lines.

        ``header`` says that a section or entry header follows: an item holding nothing before it
        (``\\item \\begin{rSubsection}…``) holds that entry, and is no empty bullet."""
        if self.bullet is not None:
            marker, name = self.bullet
            stop = _item_end(self.source, start, end)
            text = latex_text(self.source, start, stop[0] if stop else end)
            nested = re.search(r"\\begin\s*\{", self.source[start : stop[0] if stop else end])
            container = nested is not None or (header and stop is None)
            if _section_line(self.source, start, stop[0] if stop else end, text):
                # "\item \textbf{\Large Education}": a list of sections, each item opening with its name
                self.items.append(HeadingItem(Heading(text.span, text, 1), section=True))
            elif text.value or not container:  # an item holding only a nested list or an entry is a container
                bullet = Bullet(Span(marker.start, max(marker.end, text.span.end)), marker, f"\\{name}", text)
                self.items.append(BulletItem(bullet))
            self.bullet = None
            if stop is None:
                return
            start = stop[1]
        for line_start, line_end, _ in split_lines(self.source[start:end]):
            text = latex_text(self.source, start + line_start, start + line_end)
            dash = _DASH_ITEM.match(text.value)
            if _section_line(self.source, start + line_start, start + line_end, text):
                self.items.append(HeadingItem(Heading(text.span, text, 1), section=True))
            elif dash is not None and any(char.isalnum() for char in text.value):
                # "- Built the API \newline": a line the writer marked as an item with a dash, as in plain text
                marker = text.source_span(dash.start(1), dash.end(1))
                words = text.slice(dash.end(), len(text.value))
                self.items.append(BulletItem(Bullet(Span(marker.start, words.span.end), marker, "-", words)))
            elif any(char.isalnum() for char in text.value):
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

    def header_parts(self, position: int) -> tuple[list[tuple[Field, Text]], int]:
        """The macros right after an entry's arguments that complete its header (Deedy's ``\\descript``)."""
        parts: list[tuple[Field, Text]] = []
        source = self.source
        while True:
            match = _NEXT_MACRO.match(source, position, self.body[1])
            if match is None or match.group("name") not in self.family.header_parts:
                return parts, position
            arguments = _arguments(source, match.end(), 1)
            if arguments is None:
                return parts, position
            parts.append((self.family.header_parts[match.group("name")], latex_text(source, *arguments[0])))
            position = arguments[0][1] + 1

    def environment_heading(self, environment: str, position: int) -> int:
        """Read a heading environment's content from ``position``: an entry's header when dates follow it
        before the environment's next use (``\\begin{name}`` holds employers too), else a section's; where
        reading goes on."""
        close = re.compile(r"\\end\s*\{\s*" + environment + r"\s*\}").search(self.source, position, self.body[1])
        if close is None or re.search(r"\\begin\s*\{", self.source[position : close.start()]):
            return position
        text = latex_text(self.source, position, close.start())
        if text.value:
            following = re.compile(r"\\begin\s*\{\s*" + environment + r"\s*\}").search(
                self.source, close.end(), self.body[1]
            )
            until = following.start() if following else self.body[1]
            after = _without_comments(self.source[close.end() : until])  # its raw text: dates read as well
            dated = not names_section(text.value) and bool(find_date_ranges(after))
            # a heading its dates follow is an entry's header (an employer); the others name sections
            self.items.append(HeadingItem(Heading(text.span, text, 2 if dated else 1), section=not dated, entry=dated))
        return close.end()

    def entry(self, name: str, spec: tuple[Field, ...], position: int) -> int | None:
        """Read the entry ``name`` whose arguments follow ``position``; where reading goes on, or None."""
        source = self.source
        arguments = _arguments(source, position, len(spec))
        if arguments is None:
            return None
        body = spec.index("body") if "body" in spec else None
        extra, after = self.header_parts(arguments[-1][1] + 1)
        alternative = self.family.alternatives.get(name)
        layouts = (spec, alternative) if alternative else (spec,)
        header = _header(source, layouts, arguments[:body] if body is not None else arguments, extra)
        self.items.append(HeadingItem(Heading(header.span, header, 2)))
        if body is not None:
            return arguments[body][0]  # its description holds the role's items
        return after

    def read(self) -> list[Item]:
        source = self.source
        family = self.family
        position, end = self.body
        for match in self.structure.finditer(source, position, end):
            if match.start() < position or self.in_comment(match.start()):
                continue
            environment = match.group("environment") if "environment" in self.structure.groupindex else None
            name = match.group("name")
            self.flush_text(position, match.start(), header=name not in self.item_arguments)
            position = match.end()
            if environment in family.entry_environments:
                position = self.entry(environment, family.entry_environments[environment], position) or position
                continue
            if environment in self.heading_environments:
                position = self.environment_heading(environment, position)
                continue
            if name in self.named:
                # the macro's name is the section's heading; its argument, the section, is read on
                span = match.span("name")
                text = Text.join([(name, *span)], Span(*span))
                self.items.append(HeadingItem(Heading(text.span, text, 1), section=True))
                self.items.append(BreakItem())
                position = source.index("{", match.end()) + 1
                continue
            if environment is not None or name in self.sections:
                arguments = _arguments(source, position, 1)
                if arguments is None:
                    continue
                text = latex_text(source, *arguments[0])
                level = self.sections.get(name, 1) if environment is None else 1
                self.items.append(HeadingItem(Heading(text.span, text, level)))
                self.items.append(BreakItem())
                position = arguments[0][1] + 1
                continue
            if name in self.item_arguments:
                if name == "item" or not self.item_arguments[name]:
                    self.bullet = (Span(match.start(), match.end()), name)
                    continue
                arguments = _arguments(source, position, self.item_arguments[name])
                if arguments is None:
                    continue
                marker = Span(match.start(), match.end())
                text = _labelled(source, arguments)
                self.items.append(BulletItem(Bullet(Span(marker.start, arguments[-1][1]), marker, f"\\{name}", text)))
                position = arguments[-1][1] + 1
                continue
            if name in _LABELLED:
                arguments = _arguments(source, position, 2)
                if arguments is None:
                    continue
                if self.structure.search(source, *arguments[1]):  # a row holding a list: read its items
                    label = latex_text(source, *arguments[0])
                    if label.value:
                        self.items.append(TextItem(label))
                    position = arguments[1][0]
                    continue
                self.items.append(TextItem(_labelled(source, arguments)))
                position = arguments[1][1] + 1
                continue
            position = self.entry(name, family.entries[name], position) or position
        self.flush_text(position, end)
        return self.items


_STYLED = lazy_compile(
    r"\\(?:textbf|textsc|textit|textcolor|bfseries|scshape|itshape|emph|underline|uline|large|Large|LARGE"
    r"|huge|Huge|centerline|uppercase|MakeUppercase)(?![A-Za-z@])"
)
"""Commands that set a line apart by its type: a heading a document draws by hand."""


def _section_line(source: str, start: int, end: int, text: Text) -> bool:
    """True for text that shows only a section's name, set apart by its type (``\\small \\textsc{Experience}``
    alone in its column, ``\\textbf{\\Large Education}``): a heading drawn by hand."""
    value = text.value
    return len(value) <= 60 and names_section(value.rstrip(":")) and _STYLED.search(source, start, end) is not None


_DASH_ITEM = re.compile(r"[ \t]*(-|•)[ \t]+(?=\S)")
"""A line of a macro's argument or the body that opens with a dash or a bullet glyph and a space."""
_NEXT_MACRO = re.compile(r"(?:\s|%[^\n]*\n)*\\(?P<name>[A-Za-z@]+)(?![A-Za-z@])")


def _labelled(source: str, arguments: list[tuple[int, int]]) -> Text:
    """One argument's text, or two shown as ``label: text`` (the label left out when empty)."""
    texts = [latex_text(source, *span) for span in arguments]
    if len(texts) == 1:
        return texts[0]
    label, value = texts[0], texts[-1]
    return Text.join(
        [label, (": ", label.span.end, value.span.start), value] if label.value else [value],
        Span(arguments[0][0], arguments[-1][1]),
    )


@dataclass(frozen=True, slots=True)
class LatexReading:
    """What the reader takes from a LaTeX source: its lines, its items, and the contact details of its macros."""

    lines: list[Line]
    items: list[Item]
    contact: tuple[Text, ...]
    family: str


def _contact(source: str, family: Family) -> tuple[Text, ...]:
    """The first argument of each contact macro (``\\email{…}``), in the preamble or the body."""
    if not family.contact:
        return ()
    pattern = _structure(family.contact, frozenset())
    found: list[Text] = []
    for match in pattern.finditer(source):
        line_start = source.rfind("\n", 0, match.start()) + 1
        if _COMMENT.search(source, line_start, match.start()):
            continue
        arguments = _arguments(source, match.end(), 1)
        if arguments is not None:
            found.append(latex_text(source, *arguments[0]))
    return tuple(found)


def read_latex(source: str) -> LatexReading:
    """Lines of a LaTeX source (preamble and comment lines marked verbatim), its items and contact details."""
    lines = [Line(n + 1, Span(s, e), source[s:e], ending) for n, (s, e, ending) in enumerate(split_lines(source))]
    begin = re.search(r"\\begin\s*\{\s*document\s*\}", source)
    finish = re.search(r"\\end\s*\{\s*document\s*\}", source)
    body_start = begin.end() if begin else 0
    body_end = finish.start() if finish else len(source)
    for line in lines:
        stripped = line.text.lstrip()
        if line.span.end <= body_start or line.span.start >= body_end or stripped.startswith("%"):
            line.verbatim = True
    family = family_of(_without_comments(source))
    items = _LatexReader(source, (body_start, body_end), family).read()
    return LatexReading(lines, items, _contact(source, family), family.name)


def escape(text: str) -> str:
    """``text`` as LaTeX source: the characters LaTeX treats specially are escaped."""
    return re.sub(r"([&%$#_])", r"\\\1", text)


def looks_like_latex(source: str) -> bool:
    """True for LaTeX source saved under another name (a ``.txt`` holding ``\\documentclass``)."""
    return bool(re.search(r"\\documentclass|\\begin\s*\{\s*document\s*\}", source[:20000]))
