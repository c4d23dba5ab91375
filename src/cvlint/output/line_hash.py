"""GitHub code scanning's line fingerprint, ``primaryLocationLineHash``, computed as its upload action does.

GitHub's ``upload-sarif`` (``src/fingerprints.ts`` of github/codeql-action) hashes, for each line, the first
100 characters from the line's start that are not spaces or tabs, with every line ending read as ``\\n``:
a rolling polynomial hash (base 37, 64-bit) over UTF-16 code units, written in hex, then ``:N`` for the
N-th line of the file with that hash. The hash depends on the text, not on the line number, so it
survives lines moving.
"""

from __future__ import annotations

import sys
from array import array

_BLOCK = 100
_BASE = 37
_MASK = (1 << 64) - 1
_FIRST_MOD = pow(_BASE, _BLOCK, 1 << 64)
_EOF = 0xFFFF
_SPACE, _TAB, _LF, _CR = 0x20, 0x09, 0x0A, 0x0D


def _code_units(text: str) -> array[int]:
    # Node reads the file as UTF-8 and puts U+FFFD for bytes that are not; cvlint holds those as escapes.
    text = "".join("\ufffd" if "\udc80" <= char <= "\udcff" else char for char in text) if _escaped(text) else text
    units = array("H")
    units.frombytes(text.encode("utf-16-le", "surrogatepass"))
    if sys.byteorder == "big":
        units.byteswap()
    return units


def _escaped(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def line_hashes(text: str) -> list[str]:
    """``hash:N`` for every line of ``text``: item 0 is line 1."""
    window = [0] * _BLOCK
    line_of = [-1] * _BLOCK
    hashes: dict[int, str] = {}
    counts: dict[str, int] = {}
    value = 0
    index = 0
    line = 0
    line_start = True
    after_cr = False

    def emit() -> None:
        digest = format(value, "x")
        counts[digest] = counts.get(digest, 0) + 1
        hashes[line_of[index]] = f"{digest}:{counts[digest]}"
        line_of[index] = -1

    def push(unit: int) -> None:
        nonlocal value, index
        value = (_BASE * value + unit - _FIRST_MOD * window[index]) & _MASK
        window[index] = unit
        index = (index + 1) % _BLOCK

    for unit in (*_code_units(text), _EOF):
        if unit in (_SPACE, _TAB) or (after_cr and unit == _LF):
            after_cr = False
            continue
        after_cr = unit == _CR
        if after_cr:
            unit = _LF
        if line_of[index] != -1:
            emit()
        if line_start:
            line_start = False
            line += 1
            line_of[index] = line
        if unit == _LF:
            line_start = True
        push(unit)
    for _ in range(_BLOCK):
        if line_of[index] != -1:
            emit()
        push(0)
    return [hashes[number] for number in sorted(hashes)]
