"""Look keys up in a sorted text table where it lies, without reading it into memory or splitting it.

A table is a UTF-8 file of lines sorted by their text, each ``key`` or ``key<TAB>value``; lines starting
with ``#`` come first and are skipped. A table is mapped into memory, not read: the system brings in only
the pages looked at. Opening one builds an index of the first key of every few thousand bytes (a few
hundred keys for a 100,000-line word list). A lookup bisects that index, then searches one block of the
table for the line, both in C. UTF-8 sorts as the text it encodes, so bytes are compared as text would be.
"""

from __future__ import annotations

import mmap
from bisect import bisect_right
from collections.abc import Iterable
from functools import cache
from pathlib import Path

BLOCK = 4096
"""Bytes of table between two entries of the index (a block ends where its last line does)."""
FEW = 16
"""Keys of one block that ``SortedTable.values`` finds by reading the block whole: a search for each of
fewer is quicker."""


class SortedTable:
    """One sorted table (text, bytes or a mapped file), with the first key of each block."""

    __slots__ = ("_data", "_first", "_keys", "_starts")

    def __init__(self, data: str | bytes | mmap.mmap, block: int = BLOCK) -> None:
        self._data = data.encode("utf-8") if isinstance(data, str) else data
        data = self._data
        start = 0
        while data[start : start + 1] == b"#":
            newline = data.find(b"\n", start)
            start = len(data) if newline < 0 else newline + 1
        self._first = start
        """Where the first line of the table proper starts (after the comments)."""
        self._keys: list[bytes] = []
        self._starts: list[int] = []
        while start < len(data):
            end = data.find(b"\n", start)
            end = len(data) if end < 0 else end
            tab = data.find(b"\t", start, end)
            self._keys.append(data[start : end if tab < 0 else tab])
            self._starts.append(start)
            following = data.find(b"\n", start + block)
            start = len(data) if following < 0 else following + 1
        self._starts.append(len(data))

    def get(self, key: str) -> str | None:
        """The value of ``key`` ("" for a line that is only the key), or None when it is absent."""
        try:
            wanted = key.encode("utf-8")
        except UnicodeEncodeError:
            return None  # a lone surrogate: no line of a UTF-8 table holds one
        index = bisect_right(self._keys, wanted) - 1
        return None if index < 0 else self._in_block(index, wanted)

    def values(self, keys: Iterable[str]) -> dict[str, str]:
        """``get`` of many keys at once: those of ``keys`` in the table, with their values. A block that
        ``FEW`` keys or more fall in is read whole once, not searched for each."""
        blocks: dict[int, list[tuple[str, bytes]]] = {}
        for key in keys:
            try:
                wanted = key.encode("utf-8")
            except UnicodeEncodeError:
                continue
            index = bisect_right(self._keys, wanted) - 1
            if index >= 0:
                blocks.setdefault(index, []).append((key, wanted))
        found: dict[str, str] = {}
        for index, asked in blocks.items():
            if len(asked) < FEW:
                for key, encoded in asked:
                    value = self._in_block(index, encoded)
                    if value is not None:
                        found[key] = value
                continue
            lines = self._data[self._starts[index] : self._starts[index + 1]].decode("utf-8").split("\n")
            block = {line_key: rest for line_key, _, rest in reversed([line.partition("\t") for line in lines])}
            for key, encoded in asked:
                value = block.get(key) if "\t" not in key and "\n" not in key else self._in_block(index, encoded)
                if value is not None:
                    found[key] = value
        return found

    def starts(self, prefix: str) -> bool:
        """True when some key of the table begins with ``prefix``: the first key after it does, which is in the
        block ``prefix`` falls in or the first of the next."""
        try:
            wanted = prefix.encode("utf-8")
        except UnicodeEncodeError:
            return False
        if b"\t" in wanted or b"\n" in wanted:
            return False  # no key holds either
        index = bisect_right(self._keys, wanted) - 1
        if index >= 0:
            data, begin = self._data, self._starts[index]
            if begin == self._first and data[begin : begin + len(wanted)] == wanted:
                return True
            if data.find(b"\n" + wanted, max(begin - 1, 0), self._starts[index + 1]) >= 0:
                return True
        return index + 1 < len(self._keys) and self._keys[index + 1].startswith(wanted)

    def _in_block(self, index: int, wanted: bytes) -> str | None:
        """The value of the encoded key ``wanted`` in block ``index``, or None when the block lacks it."""
        data, needle = self._data, b"\n" + wanted
        begin, end = self._starts[index], self._starts[index + 1]
        if begin == self._first and data[begin : begin + len(wanted)] == wanted:
            start = begin  # the table's first line, which may have no line break before it
        else:
            found = data.find(needle, max(begin - 1, 0), end)
            start = -1 if found < 0 else found + 1
        while start >= 0:
            after = start + len(wanted)
            if after == len(data) or data[after : after + 1] == b"\n":
                return ""
            if data[after : after + 1] == b"\t":
                line_end = data.find(b"\n", after)
                return data[after + 1 : len(data) if line_end < 0 else line_end].decode("utf-8")
            found = data.find(needle, after, end)  # a longer key that begins with this one
            start = -1 if found < 0 else found + 1
        return None


@cache
def table(path: Path) -> SortedTable:
    """The table in ``path``, mapped into memory once."""
    with open(path, "rb") as handle:
        if handle.seek(0, 2) == 0:
            return SortedTable(b"")
        return SortedTable(mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ))
