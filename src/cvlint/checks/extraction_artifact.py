"""extraction-artifact: traces of text copied out of a PDF (ligatures, words split by a hyphen at a
line end) and PDFs with no text for a parser to read."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from cvlint.model.document import Document
from cvlint.model.findings import Finding, Fix
from cvlint.rule.context import RuleContext
from cvlint.text.english_words import known_word

_LIGATURE = re.compile("[\ufb00-\ufb06]")
_SPLIT = re.compile(r"(?<![\w-])([A-Za-z]{2,})-[ \t]*\r?\n[ \t]*(?:[-*•]\s+)?([a-z]{2,})(?![\w-])")
_HYPHEN_AT_END = re.compile(r"-[ \t]*\r?\n")
"""What every ``_SPLIT`` holds after its two letters: found by its literal hyphen, at once."""


def _may_split(source: str) -> bool:
    """True when two ASCII letters stand before a hyphen at a line's end somewhere (``_SPLIT`` needs them)."""
    for match in _HYPHEN_AT_END.finditer(source):
        before = source[max(0, match.start() - 2) : match.start()]
        if len(before) == 2 and before.isascii() and before.isalpha():
            return True
    return False


def check(document: Document, context: RuleContext) -> Iterator[Finding]:
    """Report ligatures (safe fix: the letters), hyphen-split words, and a PDF with no text."""
    source = document.source
    if document.format == "pdf" and not any(char.isalnum() for char in source):
        yield context.finding(
            0,
            0,
            "the PDF has no text to extract: it is probably a scan or an image",
            "export the PDF from your editor so the text is kept: applicant-tracking systems read nothing here",
            context="no text",
        )
        return
    for match in _LIGATURE.finditer(source):
        letters = unicodedata.normalize("NFKC", match.group())
        yield context.finding(
            match.start(),
            match.end(),
            f"ligature '{match.group()}' stands for '{letters}': searches for words with '{letters}' miss it",
            f"write '{letters}'",
            Fix.replace(match.start(), match.end(), letters),
            context=match.group(),
        )
    for match in _SPLIT.finditer(source) if _may_split(source) else ():
        head, tail = match.group(1), match.group(2)
        joined = head + tail
        if not known_word(joined) or (known_word(head) and known_word(tail)):
            continue  # a real hyphenated pair ("cross-\nfunctional"), or not a word at all
        yield context.finding(
            match.start(),
            match.end(),
            f"'{head}-' and '{tail}' are one word, '{joined}', split across lines",
            f"write '{joined}' as one word",
            context=joined,
        )
