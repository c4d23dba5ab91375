"""invisible-character: characters a reader cannot see that break search, parsing and copy-paste."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from cvlint.lazy_pattern import lazy_compile
from cvlint.model.document import Document
from cvlint.model.findings import Finding, Fix
from cvlint.rule.context import RuleContext

_CANDIDATES = re.compile(r"[\u00a0\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
_DIRECTION_MARKS = "\u200e\u200f\u061c"
_RTL = lazy_compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_NAMES = {
    "\u00a0": "non-breaking space",
    "\u00ad": "soft hyphen",
    "\u061c": "Arabic letter mark",
    "\u180e": "Mongolian vowel separator",
    "\u200b": "zero-width space",
    "\u200c": "zero-width non-joiner",
    "\u200d": "zero-width joiner",
    "\u200e": "left-to-right mark",
    "\u200f": "right-to-left mark",
    "\u2060": "word joiner",
    "\ufeff": "byte-order mark",
}


def _name(char: str) -> str:
    return _NAMES.get(char) or unicodedata.name(char, "invisible character").lower()


def _ascii_context(text: str, index: int) -> bool:
    before = text[index - 1] if index > 0 else " "
    after = text[index + 1] if index + 1 < len(text) else " "
    return before.isascii() and after.isascii()


def _latin_letter(char: str) -> bool:
    return char.isalpha() and (char.isascii() or "LATIN" in unicodedata.name(char, ""))


def _verdict(text: str, index: int, in_rtl_line: bool) -> str | None:
    """The replacement for the character at ``index``, or None when it is legitimate there (a direction
    mark is, in a line of right-to-left letters: ``in_rtl_line``)."""
    char = text[index]
    if char == "\u00a0":
        before = text[index - 1] if index > 0 else ""
        after = text[index + 1] if index + 1 < len(text) else ""
        return " " if before and after and _latin_letter(before) and _latin_letter(after) else None
    if char in "\u200c\u200d":
        return "" if _ascii_context(text, index) else None
    if char in _DIRECTION_MARKS:
        return None if in_rtl_line else ""
    return ""


_YAML_INDICATORS = frozenset("'\"[]{}#&*!|>%@`,?:-")


def _opens_yaml_scalar(source: str, index: int) -> bool:
    """True when the character at ``index`` stands before a YAML indicator at the start of a value
    (``key: \u200b'quoted' text``): without it, the value would read as another kind, or not at all."""
    before = index - 1
    while before >= 0 and source[before] in " \t":
        before -= 1
    after = index + 1
    while after < len(source) and source[after] in " \t":
        after += 1
    at_start = before < 0 or source[before] in ":-?[{,\n"
    return at_start and after < len(source) and source[after] in _YAML_INDICATORS


def check(document: Document, context: RuleContext) -> Iterator[Finding]:
    """Report invisible characters; the fix removes them (a non-breaking space becomes a space)."""
    source = document.source
    yaml = document.format == "yaml"
    rtl_lines: dict[int, bool] = {}
    for match in _CANDIDATES.finditer(source):
        index = match.start()
        in_rtl_line = False
        if source[index] in _DIRECTION_MARKS:  # legitimate in a line of Arabic or Hebrew: asked once a line
            number = document.line_index.position(index)[0]
            if number not in rtl_lines:
                rtl_lines[number] = _RTL.search(document.lines[number - 1].text) is not None
            in_rtl_line = rtl_lines[number]
        replacement = _verdict(source, index, in_rtl_line)
        if replacement is None:
            continue
        char = source[index]
        word_start = index
        while word_start > 0 and not source[word_start - 1].isspace() and index - word_start < 20:
            word_start -= 1
        word_end = index + 1
        while word_end < len(source) and not source[word_end].isspace() and word_end - index < 20:
            word_end += 1
        around = source[word_start:word_end].replace(char, "")
        action = "replace it with a plain space" if replacement == " " else "delete it"
        yield context.finding(
            index,
            index + 1,
            f"invisible {_name(char)} (U+{ord(char):04X}) in '{around}'",
            f"{action}: it breaks search, spell checking and applicant-tracking parsers",
            None if yaml and _opens_yaml_scalar(source, index) else Fix.replace(index, index + 1, replacement),
            context=f"U+{ord(char):04X} {around}",
        )
