"""Markdown inline text as a reader sees it, read in one pass over the characters (CommonMark).

Code spans, autolinks, raw HTML, escapes and entities are read where they start; link and image
brackets and emphasis delimiters are kept on stacks and resolved as the specification's "look for
link or image" and "process emphasis" procedures do. Every scan that could run to the end of the
text (a code span's closing backticks, a link destination, a title's closing quote, a comment's
end) is answered from a table built once or from a cache that only moves forward, so the work is
linear in the text's length however the markup is nested or left open.

What a reader sees: emphasis markers, link destinations and titles, HTML tags and comments
disappear; a link or image shows its text; escapes and entities show the character they stand
for; every shown character keeps its source position.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from cvlint.lazy_pattern import lazy_compile
from cvlint.model.document import Piece, Span, Text

_MARKUP = re.compile(r"[*_\[\]<\\&~`!]")
_ESCAPES = lazy_compile(r"(?:\\[!-/:-@\[-`{-~])+")
"""A run of backslash escapes: each backslash and the ASCII punctuation character after it."""
_ASCII_PUNCTUATION = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
_AUTOLINK = lazy_compile(r"<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\x00-\x20]*)>")
_EMAIL_AUTOLINK = lazy_compile(
    r"<([a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?"
    r"(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*)>"
)
_ATTRIBUTE = r"""(?:\s+[a-zA-Z_:][a-zA-Z0-9_.:-]*(?:\s*=\s*(?:[^"'=<>`\x00-\x20]+|'[^']*'|"[^"]*"))?)"""
_TAG = lazy_compile(rf"<[A-Za-z][A-Za-z0-9-]*{_ATTRIBUTE}*\s*/?>|</[A-Za-z][A-Za-z0-9-]*\s*>")
_ENTITY = lazy_compile(r"&(?:[A-Za-z][A-Za-z0-9]{0,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")
_HTML_ENDS = (("<!--", "-->"), ("<?", "?>"), ("<![CDATA[", "]]>"))


def _entity(reference: str) -> str | None:
    """The character an entity or numeric reference (``&amp;``, ``&#64;``) stands for; None if no known one."""
    if reference[1] != "#":
        from html.entities import html5  # a large table: imported by a text with a named entity only

        return html5.get(reference[1:])
    code = int(reference[3:-1], 16) if reference[2] in "xX" else int(reference[2:-1])
    return "\ufffd" if code == 0 or code > 0x10FFFF or 0xD800 <= code <= 0xDFFF else chr(code)


def _whitespace(char: str) -> bool:
    return char in " \t\n\r\f\v" or (not char.isascii() and unicodedata.category(char) == "Zs")


def _punctuation(char: str) -> bool:
    return char in _ASCII_PUNCTUATION or (not char.isascii() and unicodedata.category(char)[0] in "PS")


class _Finder:
    """``str.find`` for one needle whose answers are reused while the asking position moves forward."""

    __slots__ = ("asked", "found", "needle", "source", "stop")

    def __init__(self, source: str, needle: str, stop: int) -> None:
        self.source, self.needle, self.stop = source, needle, stop
        self.asked = stop + 1
        self.found = -1

    def find(self, position: int) -> int:
        """The first ``needle`` at or after ``position``, or -1."""
        if self.asked <= position and (self.found == -1 or position <= self.found):
            return self.found
        self.asked = position
        self.found = self.source.find(self.needle, position, self.stop)
        return self.found


@dataclass(slots=True)
class _Delimiter:
    """A run of ``*``, ``_`` or ``~`` that may open or close emphasis: where its characters are left."""

    char: str
    start: int
    end: int
    """The run's characters not yet used, ``[start, end)`` in the source."""
    length: int
    """The run's original length (the rule of three looks at it)."""
    origin: int
    """Where the run began: its place in the order of delimiters."""
    can_open: bool
    can_close: bool


@dataclass(slots=True)
class _Bracket:
    """An opening ``[`` or ``![``: where it stands in the output and whether it may still open a link."""

    start: int
    """Source offset of ``[`` (or ``!`` of ``![``)."""
    piece: int
    """Index of its piece in the output."""
    delimiters: int
    """How many emphasis delimiters stood before it."""
    image: bool
    active: bool = True


class _Reader:
    def __init__(self, source: str, start: int, end: int, references: frozenset[str] | None) -> None:
        self.source, self.start, self.end = source, start, end
        self.references = references
        self.pieces: list[tuple[str | None, int, int] | Text | None] = []
        """Shown text (None: the source range as written) with its source range; None for a piece taken
        out later (a bracket that opened a link)."""
        self.sealed = -1
        """The piece that the next verbatim text may not extend (a bracket that may yet open a link)."""
        self.delimiters: list[_Delimiter] = []
        self.brackets: list[_Bracket] = []
        self.hidden: list[tuple[int, int]] = []
        """Source ranges of delimiters that turned out to be emphasis: not shown."""
        self.backticks: dict[int, list[int]] | None = None
        self.backtick_cursor: dict[int, int] = {}
        self.destination_ends: list[int] | None = None
        self.finders: dict[str, _Finder] = {}

    # -- tables built once

    def finder(self, needle: str) -> _Finder:
        found = self.finders.get(needle)
        if found is None:
            found = self.finders[needle] = _Finder(self.source, needle, self.end)
        return found

    def backtick_runs(self) -> dict[int, list[int]]:
        """Starts of every backtick run by its length (escaped backticks open no code span but may close one)."""
        if self.backticks is None:
            runs: dict[int, list[int]] = {}
            source, position = self.source, self.start
            while (position := source.find("`", position, self.end)) != -1:
                run_end = position
                while run_end < self.end and source[run_end] == "`":
                    run_end += 1
                runs.setdefault(run_end - position, []).append(position)
                position = run_end
            self.backticks = runs
        return self.backticks

    def closing_backticks(self, length: int, after: int) -> int:
        """The start of the next run of exactly ``length`` backticks at or after ``after``, or -1."""
        runs = self.backtick_runs().get(length, [])
        cursor = self.backtick_cursor.get(length, 0)
        while cursor < len(runs) and runs[cursor] < after:
            cursor += 1
        self.backtick_cursor[length] = cursor
        return runs[cursor] if cursor < len(runs) else -1

    def destination_end(self, position: int) -> int:
        """Where a link destination without ``<>`` that starts at ``position`` ends (-1: it cannot).

        The table holds, for each offset, where a destination begun there stops: at a space or control
        character, or at a ``)`` that no ``(`` after the offset balances; -1 where a ``(`` is left open.
        """
        if self.destination_ends is None:
            source, start, end = self.source, self.start, self.end
            ends = [0] * (end - start + 2)
            ends[end - start] = end
            for offset in range(end - 1, start - 1, -1):
                char = source[offset]
                index = offset - start
                if char <= " " or char in ")\x7f":
                    ends[index] = offset
                elif char == "\\" and offset + 1 < end and source[offset + 1] in _ASCII_PUNCTUATION:
                    ends[index] = ends[index + 2]
                elif char == "(":
                    inner = ends[index + 1]
                    if inner == -1 or inner >= end or source[inner] != ")":
                        ends[index] = -1
                    else:
                        ends[index] = ends[inner - start + 1]
                else:
                    ends[index] = ends[index + 1]
            self.destination_ends = ends
        return self.destination_ends[position - self.start]

    # -- output

    def show(self, text: str, start: int, end: int) -> None:
        """Show ``text`` for the source range ``[start, end)``."""
        if text:
            self.pieces.append((text, start, end))

    def escaped(self, start: int, end: int) -> None:
        """Show a run of backslash escapes (``\\*\\_``) as the characters they escape, each mapped to its pair."""
        count = (end - start) // 2
        runs = tuple((index, start + 2 * index, start + 2 * index + 2, False) for index in range(count))
        self.pieces.append(Text(self.source[start + 1 : end : 2], Span(start, end), runs))

    def keep(self, start: int, end: int) -> None:
        """Show the source range ``[start, end)`` as written."""
        if start >= end:
            return
        pieces = self.pieces
        if pieces and len(pieces) - 1 != self.sealed:
            last = pieces[-1]
            if last is not None and not isinstance(last, Text) and last[0] is None and last[2] == start:
                pieces[-1] = (None, last[1], end)
                return
        pieces.append((None, start, end))

    def read(self) -> Text:
        source, end = self.source, self.end
        position = plain = self.start
        while True:
            match = _MARKUP.search(source, position, end)
            if match is None:
                break
            at = match.start()
            self.keep(plain, at)
            position = plain = self.inline(at)
        self.keep(plain, end)
        self.process_emphasis(0)
        return self.joined()

    def inline(self, at: int) -> int:
        """Read the construct that may start at ``at``; where reading goes on."""
        source, end = self.source, self.end
        char = source[at]
        if char == "`":
            return self.code_span(at)
        if char == "\\":
            following = source[at + 1] if at + 1 < end else ""
            if following and following in _ASCII_PUNCTUATION:
                escapes = _ESCAPES.match(source, at, end)
                assert escapes is not None
                self.escaped(at, escapes.end())
                return escapes.end()
            if following in "\r\n" and (following or (end < len(source) and source[end] in "\r\n")):
                return at + 1  # a hard line break
            self.keep(at, at + 1)
            return at + 1
        if char == "&":
            entity = _ENTITY.match(source, at, end)
            decoded = _entity(entity.group()) if entity is not None else None
            if entity is not None and decoded is not None:
                self.show(decoded, at, entity.end())
                return entity.end()
            self.keep(at, at + 1)
            return at + 1
        if char == "<":
            return self.angle(at)
        if char in "*_~":
            return self.delimiter_run(at)
        if char == "!":
            if at + 1 < end and source[at + 1] == "[":
                self.open_bracket(at, image=True)
                return at + 2
            self.keep(at, at + 1)
            return at + 1
        if char == "[":
            self.open_bracket(at, image=False)
            return at + 1
        return self.close_bracket(at)

    def code_span(self, at: int) -> int:
        source = self.source
        run_end = at
        while run_end < self.end and source[run_end] == "`":
            run_end += 1
        length = run_end - at
        closing = self.closing_backticks(length, run_end)
        if closing == -1:
            self.keep(at, run_end)
            return run_end
        content = source[run_end:closing]
        if "\n" in content or "\r" in content:
            content = content.replace("\r\n", "  ").replace("\n", " ").replace("\r", " ")
        begin, finish = run_end, closing
        if len(content) >= 2 and content[0] == " " and content[-1] == " " and content.strip(" "):
            content, begin, finish = content[1:-1], begin + 1, finish - 1
        self.show(content, begin, finish)
        return closing + length

    def angle(self, at: int) -> int:
        source, end = self.source, self.end
        close = self.finder(">").find(at)
        if close != -1:
            # Matched in place, not on a copy up to the ">": each pattern stops at the next "<" or space.
            for pattern in (_AUTOLINK, _EMAIL_AUTOLINK):
                link = pattern.match(source, at, close + 1)
                if link is not None and link.end() == close + 1:
                    self.keep(at + 1, close)
                    return close + 1
        tag = _TAG.match(source, at, end)
        if tag is not None:
            return tag.end()
        for opening, closing in _HTML_ENDS:
            if source.startswith(opening, at):
                if opening == "<!--" and source.startswith(("<!-->", "<!--->"), at):
                    return at + (5 if source.startswith("<!-->", at) else 6)
                found = self.finder(closing).find(at + len(opening))
                if found != -1:
                    return found + len(closing)
        if at + 2 < end and source[at + 1] == "!" and "A" <= source[at + 2].upper() <= "Z" and close != -1:
            return close + 1  # a declaration: <!DOCTYPE …>
        self.keep(at, at + 1)
        return at + 1

    def delimiter_run(self, at: int) -> int:
        source, end = self.source, self.end
        char = source[at]
        run_end = at
        while run_end < end and source[run_end] == char:
            run_end += 1
        before = source[at - 1] if at > self.start else " "
        after = source[run_end] if run_end < end else " "
        left = not _whitespace(after) and (not _punctuation(after) or _whitespace(before) or _punctuation(before))
        right = not _whitespace(before) and (not _punctuation(before) or _whitespace(after) or _punctuation(after))
        if char == "_":
            can_open = left and (not right or _punctuation(before))
            can_close = right and (not left or _punctuation(after))
        else:
            can_open, can_close = left, right
        length = run_end - at
        if (char == "~" and length != 2) or not (can_open or can_close):
            self.keep(at, run_end)
            return run_end
        self.keep(at, run_end)
        self.delimiters.append(_Delimiter(char, at, run_end, length, at, can_open, can_close))
        return run_end

    def open_bracket(self, at: int, image: bool) -> None:
        width = 2 if image else 1
        self.brackets.append(_Bracket(at, len(self.pieces), len(self.delimiters), image))
        self.pieces.append((None, at, at + width))
        self.sealed = len(self.pieces) - 1

    def close_bracket(self, at: int) -> int:
        if not self.brackets:
            self.keep(at, at + 1)
            return at + 1
        opener = self.brackets[-1]
        if not opener.active:
            self.brackets.pop()
            self.keep(at, at + 1)
            return at + 1
        after = self.link_tail(at + 1)
        if after == -1 and self.references:
            after = self.reference_tail(opener, at)
        if after == -1:
            self.brackets.pop()
            self.keep(at, at + 1)
            return at + 1
        self.brackets.pop()
        self.pieces[opener.piece] = None
        self.process_emphasis(opener.delimiters)
        if not opener.image:
            for bracket in self.brackets:
                if not bracket.image:
                    bracket.active = False
        return after

    def link_tail(self, position: int) -> int:
        """Past an inline link's ``(destination "title")`` or a reference's ``[label]`` after ``]``; -1: none."""
        source, end = self.source, self.end
        if position >= end:
            return -1
        if source[position] == "[" and self.references is None:
            label_end = self.finder("]").find(position + 1)
            nested = self.finder("[").find(position + 1)
            if label_end == -1 or -1 < nested < label_end:
                return -1
            return label_end + 1
        if source[position] != "(":
            return -1
        position = self.skip_space(position + 1)
        if position < end and source[position] == "<":
            close = self.unescaped(">", position + 1)
            newline, opening = self.finder("\n").find(position), self.finder("<").find(position + 1)
            if close == -1 or -1 < newline < close or -1 < opening < close:
                return -1
            position = close + 1
        elif position < end and source[position] != ")":
            destination_end = self.destination_end(position)
            if destination_end == -1:
                return -1
            position = destination_end
        spaced = self.skip_space(position)
        if spaced < end and spaced > position and source[spaced] in "\"'(":
            quote = source[spaced]
            closer = ")" if quote == "(" else quote
            close = self.unescaped(closer, spaced + 1)
            if close == -1:
                return -1
            spaced = self.skip_space(close + 1)
        if spaced < end and source[spaced] == ")":
            return spaced + 1
        return -1

    def reference_tail(self, opener: _Bracket, at: int) -> int:
        """Past ``[label]`` or ``[]`` after the ``]`` at ``at``, or past that ``]`` alone, when the label
        (or the link text itself) names a defined reference; -1 when none does."""
        source, references = self.source, self.references
        assert references is not None
        if at - opener.start > 1000:
            return -1  # a label holds at most 999 characters: no copy of a long stretch is ever made
        text = source[opener.start + (2 if opener.image else 1) : at]
        if at + 1 < self.end and source[at + 1] == "[":
            label_end = self.unescaped("]", at + 2)
            nested = self.unescaped("[", at + 2)
            if label_end != -1 and not -1 < nested < label_end and label_end - at <= 1000:
                label = source[at + 2 : label_end]
                if normal_label(label or text) in references:
                    return label_end + 1
                if label:
                    return -1
        if "[" not in text.replace("\\[", "") and normal_label(text) in references:
            return at + 1
        return -1

    def unescaped(self, char: str, position: int) -> int:
        """The first ``char`` at or after ``position`` that no backslash escapes, or -1."""
        finder = self.finder(char)
        while (found := finder.find(position)) != -1:
            slashes = found
            while slashes > self.start and self.source[slashes - 1] == "\\":
                slashes -= 1
            if (found - slashes) % 2 == 0:
                return found
            position = found + 1
        return -1

    def skip_space(self, position: int) -> int:
        while position < self.end and self.source[position] in " \t\n\r":
            position += 1
        return position

    # -- emphasis

    def process_emphasis(self, bottom: int) -> None:
        """Pair the delimiters above ``bottom`` as CommonMark's "process emphasis" does, then drop them."""
        delimiters = self.delimiters
        openers_bottom: dict[tuple[str, bool, int], int] = {}
        """Per kind of closer, the first delimiter (by origin) still worth looking back to."""
        closer = bottom
        while closer < len(delimiters):
            current = delimiters[closer]
            if not current.can_close:
                closer += 1
                continue
            key = (current.char, current.can_open, current.length % 3)
            floor = openers_bottom.get(key, -1)
            opener = closer - 1
            found = False
            while opener >= bottom and delimiters[opener].origin >= floor:
                candidate = delimiters[opener]
                if (
                    candidate.char == current.char
                    and candidate.can_open
                    and candidate.end > candidate.start
                    and not (
                        current.char != "~"
                        and (candidate.can_close or current.can_open)
                        and (candidate.length + current.length) % 3 == 0
                        and not (candidate.length % 3 == 0 and current.length % 3 == 0)
                    )
                ):
                    found = True
                    break
                opener -= 1
            if not found:
                openers_bottom[key] = current.origin
                if not current.can_open:
                    del delimiters[closer]
                else:
                    closer += 1
                continue
            candidate = delimiters[opener]
            both_long = candidate.end - candidate.start >= 2 and current.end - current.start >= 2
            used = 2 if current.char == "~" or both_long else 1
            self.hidden.append((candidate.end - used, candidate.end))
            self.hidden.append((current.start, current.start + used))
            candidate.end -= used
            current.start += used
            del delimiters[opener + 1 : closer]
            closer = opener + 1
            if candidate.end == candidate.start:
                del delimiters[opener]
                closer -= 1
            if current.end == current.start:
                del delimiters[closer]
        del delimiters[bottom:]

    def joined(self) -> Text:
        source, hidden = self.source, sorted(self.hidden)
        parts: list[Piece] = []
        cursor = 0
        for piece in self.pieces:
            if piece is None:
                continue
            if isinstance(piece, Text):
                parts.append(piece)
                continue
            shown, start, end = piece
            if shown is not None:
                parts.append((shown, start, end))
                continue
            while cursor < len(hidden) and hidden[cursor][1] <= start:
                cursor += 1
            position = start
            while cursor < len(hidden) and hidden[cursor][0] < end:
                low, high = hidden[cursor]
                if low > position:
                    parts.append((source[position:low], position, low))
                position = max(position, high)
                if high > end:
                    break
                cursor += 1
            if position < end:
                parts.append((source[position:end], position, end))
        return Text.join(parts, Span(self.start, self.end))


def normal_label(label: str) -> str:
    """A link reference's label as CommonMark matches it: case and runs of white space do not count."""
    return " ".join(label.split()).casefold()


def has_markup(source: str, start: int, end: int) -> bool:
    """Whether ``source[start:end]`` holds a character that may start inline markup (else it reads as written)."""
    return _MARKUP.search(source, start, end) is not None


def inline_text(source: str, start: int, end: int, references: frozenset[str] | None = None) -> Text:
    """The reader-visible text of inline Markdown in ``source[start:end]``.

    ``references`` holds the labels (``normal_label``) the document defines; without it, ``[text][label]``
    is read as a link and ``[text]`` as text."""
    if not has_markup(source, start, end):
        return Text.verbatim(source, start, end)
    return _Reader(source, start, end, references).read()
