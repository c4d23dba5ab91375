"""Character offsets of a text and LSP positions: a 0-based line and a column in code units.

The client and the server agree on the unit at ``initialize``: UTF-16 code units (the default, in
which an emoji counts two) or UTF-8 bytes. Lines end at ``\\r\\n``, ``\\r`` or ``\\n``, as in LSP and in
cvlint's own line index.
"""

from __future__ import annotations

from cvlint.model.lines import LineIndex

UTF8 = "utf-8"
UTF16 = "utf-16"


def units(text: str, encoding: str) -> int:
    """How many code units of ``encoding`` (``utf-8`` or ``utf-16``) ``text`` takes."""
    if text.isascii():
        return len(text)
    if encoding == UTF8:
        return len(text.encode("utf-8", "surrogatepass"))
    return len(text) + sum(1 for char in text if char > "\uffff")


class PositionMap:
    """Converts between offsets of one text and LSP positions in one encoding."""

    __slots__ = ("_index", "encoding", "text")

    def __init__(self, text: str, encoding: str) -> None:
        self.text = text
        self.encoding = encoding
        self._index = LineIndex(text)

    def position(self, offset: int) -> tuple[int, int]:
        """The 0-based line and code-unit column of ``offset``."""
        offset = max(0, min(offset, len(self.text)))
        line, _ = self._index.position(offset)
        start = self._index.line_start(line)
        return line - 1, units(self.text[start:offset], self.encoding)

    def offset(self, line: int, character: int) -> int:
        """The offset of a position; a column past the line's end means its end (as LSP says)."""
        if line < 0:
            return 0
        if line >= self._index.line_count:
            return len(self.text)
        start = self._index.line_start(line + 1)
        end = self._index.line_start(line + 2) if line + 1 < self._index.line_count else len(self.text)
        content = self.text[start:end].rstrip("\r\n")
        if content.isascii():
            return start + max(0, min(character, len(content)))
        counted = 0
        for position, char in enumerate(content):
            if counted >= character:
                return start + position
            counted += units(char, self.encoding)
        return start + len(content)
