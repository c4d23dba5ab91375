"""Edits that rules share: removing a whole line, adding text after the words a reader sees."""

from __future__ import annotations

import re

from cvlint.model.document import Document, Line, Text
from cvlint.model.findings import Edit

_CLOSING_BRACE = re.compile(r"\}")


def line_at(document: Document, offset: int) -> Line:
    """The line that holds source offset ``offset``."""
    return document.lines[document.line_index.position(offset)[0] - 1]


def delete_line(document: Document, line: Line) -> Edit:
    """Remove ``line`` and one line ending, keeping the file's final-newline state."""
    if line.ending:
        return Edit(line.span.start, line.span.end + len(line.ending), "")
    if line.number > 1:
        previous = document.lines[line.number - 2]
        return Edit(previous.span.end, line.span.end, "")
    return Edit(line.span.start, line.span.end, "")


def end_after_markup(document: Document, text: Text, length: int) -> int | None:
    """Where text added right after ``text.value[:length]`` belongs in the source.

    That is past the markup that closes there (``**``, ``](url)``, a LaTeX ``}``), so that a period
    lands after a link or a macro and not inside it, and before the whitespace that follows. None
    when more than closing markup stands there (a comment, a link title), so no place is certain.
    A LaTeX ``}`` is stepped over only when its group opened inside the text (``\\textbf{X}``), never
    the brace that closes the argument holding the text (``\\resumeItem{…}``): a period added after
    that brace is outside the item, which would then still lack one on every ``--fix``.
    """
    start = text.source_end(length - 1)
    limit = text.source_start(length) if length < len(text.value) else text.span.end
    if limit <= start:  # the text ends inside a LaTeX argument: step over the braces that close in it
        source = document.source
        while (brace := _CLOSING_BRACE.match(source, start)) is not None and _opened_within(
            source, brace.end() - 1, text.span.start
        ):
            start = brace.end()
        return start
    closing = document.source[start:limit].rstrip()
    if any(char.isspace() for char in closing):
        return None
    return start + len(closing)


def _opened_within(source: str, close: int, start: int) -> bool:
    """True when the ``}`` at ``close`` closes a group whose ``{`` stands at or after ``start``."""
    depth = 0
    for index in range(close - 1, start - 1, -1):
        char = source[index]
        if char not in "{}" or _escaped(source, index):
            continue
        if char == "}":
            depth += 1
        elif depth == 0:
            return True
        else:
            depth -= 1
    return False


def _escaped(source: str, index: int) -> bool:
    """True when an odd number of backslashes stands right before ``index`` (``\\{`` is no group)."""
    count = 0
    while index - count > 0 and source[index - count - 1] == "\\":
        count += 1
    return count % 2 == 1
