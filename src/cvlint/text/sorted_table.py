"""Look keys up in a sorted text table without splitting it into lines.

A table is a file of lines sorted by their text, each ``key`` or ``key<TAB>value``; lines starting
with ``#`` come first and are skipped. Reading one is a single file read plus an index of the first
key of every few thousand characters (a few hundred keys for a 100,000-line word list). A lookup
bisects that index, then searches one block of text for the line, both in C.
"""

from __future__ import annotations

from bisect import bisect_right
from functools import cache
from pathlib import Path

BLOCK = 4096
"""Characters of table text between two entries of the index (a block ends where its last line does)."""


class SortedTable:
    """One sorted table held as a single string, with the first key of each block."""

    __slots__ = ("_keys", "_starts", "_text")

    def __init__(self, text: str, block: int = BLOCK) -> None:
        start = 0
        while text.startswith("#", start):
            start = text.index("\n", start) + 1
        if start == 0:
            text, start = "\n" + text, 1  # every line, the first too, follows a line break
        self._text = text
        self._keys: list[str] = []
        self._starts: list[int] = []
        while start < len(text):
            end = text.find("\n", start)
            end = len(text) if end < 0 else end
            self._keys.append(text[start:end].split("\t", 1)[0])
            self._starts.append(start)
            following = text.find("\n", start + block)
            start = len(text) if following < 0 else following + 1
        self._starts.append(len(text))

    def get(self, key: str) -> str | None:
        """The value of ``key`` ("" for a line that is only the key), or None when it is absent."""
        index = bisect_right(self._keys, key) - 1
        if index < 0:
            return None
        text, needle = self._text, "\n" + key
        position, end = self._starts[index] - 1, self._starts[index + 1]
        while (position := text.find(needle, position, end)) >= 0:
            after = position + len(needle)
            if after == len(text) or text[after] == "\n":
                return ""
            if text[after] == "\t":
                line_end = text.find("\n", after)
                return text[after + 1 : len(text) if line_end < 0 else line_end]
            position = after  # a longer key that begins with this one
        return None


@cache
def table(path: Path) -> SortedTable:
    """The table in ``path``, read once."""
    return SortedTable(path.read_text(encoding="utf-8"))
