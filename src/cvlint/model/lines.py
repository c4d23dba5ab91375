"""Lines of a text and the conversion of offsets to 1-based line and column."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from itertools import accumulate, pairwise

_LINE = re.compile(r"([^\r\n]*)(\r\n|\r|\n|$)")


def split_lines(text: str) -> Iterator[tuple[int, int, str]]:
    """Yield ``(start, end, ending)`` for each line; ``end`` excludes the line ending.

    ``\\r\\n``, ``\\r`` and ``\\n`` all end a line. A final line with no ending is yielded
    only when it is not empty.
    """
    if "\r" not in text:
        yield from _split_newlines(text)
        return
    pos = 0
    length = len(text)
    while pos < length:
        match = _LINE.match(text, pos)
        assert match is not None
        end = match.end(1)
        ending = match.group(2)
        yield pos, end, ending
        pos = match.end()
        if not ending:
            break


def _split_newlines(text: str) -> list[tuple[int, int, str]]:
    """``split_lines`` of a text whose only line ending is ``\n``, cut by ``str.split``."""
    pieces = text.split("\n")
    last = pieces.pop()
    starts = _starts(pieces)
    found = [(start, following - 1, "\n") for start, following in pairwise(starts)]
    if last:
        found.append((starts[-1], starts[-1] + len(last), ""))
    return found


def _starts(pieces: list[str]) -> list[int]:
    """Where each line starts when ``pieces`` are the lines before the last, each ended by one character,
    and where the line after them starts."""
    return [0, *accumulate(map((1).__add__, map(len, pieces)))]


class LineIndex:
    """Maps character offsets to 1-based ``(line, column)`` pairs."""

    __slots__ = ("_length", "_starts")

    def __init__(self, text: str) -> None:
        if "\r" not in text:
            pieces = text.split("\n")
            pieces.pop()
            starts = _starts(pieces)
        else:
            starts = [0]
            for _start, end, ending in split_lines(text):
                if ending:
                    starts.append(end + len(ending))
        self._starts = starts
        self._length = len(text)

    def position(self, offset: int) -> tuple[int, int]:
        """The 1-based line and column of ``offset`` (columns count characters)."""
        offset = max(0, min(offset, self._length))
        line = bisect_right(self._starts, offset) - 1
        return line + 1, offset - self._starts[line] + 1

    def line_start(self, line: int) -> int:
        """The offset at which 1-based ``line`` starts."""
        return self._starts[line - 1]

    @property
    def line_count(self) -> int:
        """How many line starts the text has."""
        return len(self._starts)
