"""Columns in the units other tools count: cvlint counts code points of the decoded line; reviewdog wants
UTF-8 bytes, SARIF for GitHub UTF-16 code units."""

from __future__ import annotations

from pathlib import PurePath
from typing import TYPE_CHECKING

from cvlint.model.findings import Position
from cvlint.model.lines import LineIndex
from cvlint.parse.extract import DOCUMENT_SUFFIXES

if TYPE_CHECKING:
    from cvlint.report.file_report import FileReport


def line_text(report: FileReport) -> str | None:
    """The text whose lines the report's positions count, or None for a DOCX or PDF (whose positions are
    paragraphs, or pages and lines, not lines of the extracted text)."""
    if PurePath(report.path).suffix.lower() in DOCUMENT_SUFFIXES:
        return None
    return report.text


def _utf8_length(text: str) -> int:
    try:
        # A byte that no encoding decoded is held as a surrogate escape: it stands for one byte of the file.
        return len(text.encode("utf-8", "surrogateescape"))
    except UnicodeEncodeError:
        return len(text.encode("utf-8", "surrogatepass"))


def _utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


class Columns:
    """Converts positions in one file's decoded text; with no text (DOCX, PDF) positions stay as they are."""

    __slots__ = ("_index", "_text")

    def __init__(self, text: str | None) -> None:
        self._text = text
        self._index = LineIndex(text) if text is not None else None

    def _before(self, position: Position) -> str | None:
        """The text of ``position``'s line before it, or None when it cannot be placed."""
        if self._text is None or self._index is None or not 1 <= position.line <= self._index.line_count:
            return None
        start = self._index.line_start(position.line)
        return self._text[start : start + position.column - 1]

    def utf8(self, position: Position) -> Position:
        """``position`` with its column counted in UTF-8 bytes (1-based)."""
        before = self._before(position)
        return position if before is None else Position(position.line, _utf8_length(before) + 1)

    def utf16(self, position: Position) -> Position:
        """``position`` with its column counted in UTF-16 code units (1-based)."""
        before = self._before(position)
        return position if before is None else Position(position.line, _utf16_length(before) + 1)
