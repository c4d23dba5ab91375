"""Edits that rules share: removing a whole line without disturbing its neighbours."""

from __future__ import annotations

from cvlint.findings import Edit
from cvlint.model import Document, Line


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
