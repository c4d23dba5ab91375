"""Edits that rules share: removing a whole line, adding text after the words a reader sees."""

from __future__ import annotations

import re

from cvlint.findings import Edit
from cvlint.model import Document, Line, Text

_CLOSING_BRACES = re.compile(r"\}*")


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
    """
    start = text.source_end(length - 1)
    limit = text.source_start(length) if length < len(text.value) else text.span.end
    if limit <= start:  # the text ends inside a LaTeX argument: step over the braces that close it
        braces = _CLOSING_BRACES.match(document.source, start)
        return braces.end() if braces else start
    closing = document.source[start:limit].rstrip()
    if any(char.isspace() for char in closing):
        return None
    return start + len(closing)
