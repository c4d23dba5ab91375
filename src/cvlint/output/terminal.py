"""Text made safe for a terminal and measured as it shows there.

A résumé or a file name may hold control characters: an ESC starts a sequence that can retitle or
rewrite the terminal, a bidi control reorders what follows it. Every such character is shown as a
visible stand-in (``␛`` for ESC, ``␇`` for BEL, ``<U+202E>`` for a bidi override), so what cvlint
prints is exactly what a reader sees and nothing in a file reaches the terminal raw.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Mapping

from cvlint.lazy_pattern import lazy_compile

UNSAFE = lazy_compile(
    "[\x00-\x1f\x7f-\x9f\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200f"
    "\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\ud800-\udfff"
    "\U000110bd\U000110cd\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a"
    "\U000e0001\U000e0020-\U000e007f]"
)
"""Control (Cc), format (Cf) and separator (Zl, Zp) characters, and lone surrogates."""


def stand_in(char: str) -> str:
    """What shows in place of one unsafe character: a control picture for C0 and DEL, else ``<U+XXXX>``."""
    code = ord(char)
    if code < 0x20:
        return chr(0x2400 + code)
    if code == 0x7F:
        return "\u2421"
    return f"<U+{code:04X}>"


def escape(text: str) -> str:
    """``text`` with every control, format and separator character replaced by its stand-in."""
    return UNSAFE.sub(lambda match: stand_in(match.group()), text)


def cells(line: str, tab_size: int = 4) -> list[tuple[str, int]]:
    """What each character of ``line`` shows as, and how many columns that takes.

    Tabs advance to the next multiple of ``tab_size``; wide characters (CJK, most emoji) take two
    columns, combining marks none; unsafe characters show as their stand-ins.
    """
    shown: list[tuple[str, int]] = []
    column = 0
    for char in line:
        if " " <= char <= "~":  # printable ASCII, most of any résumé
            shown.append((char, 1))
            column += 1
            continue
        if char == "\t":
            width = tab_size - column % tab_size
            shown.append((" " * width, width))
        elif UNSAFE.match(char):
            text = stand_in(char)
            shown.append((text, len(text)))
        else:
            shown.append((char, char_width(char)))
        column += shown[-1][1]
    return shown


@functools.lru_cache(maxsize=4096)
def char_width(char: str) -> int:
    """Columns a printable character takes in a terminal."""
    if unicodedata.category(char) in ("Mn", "Me"):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def use_color(choice: str, is_terminal: bool, environ: Mapping[str, str]) -> bool:
    """Whether to colour: ``always`` and ``never`` decide; ``auto`` follows ``FORCE_COLOR``, then
    ``NO_COLOR`` (either counts when set and not empty), then whether the output is a terminal."""
    if choice != "auto":
        return choice == "always"
    if environ.get("FORCE_COLOR"):
        return True
    if environ.get("NO_COLOR"):
        return False
    return is_terminal
