"""Where inline code, URLs and addresses stand in a line, so word rules can leave them alone."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from cvlint.model.document import Document, Span
from cvlint.text.edits import line_at

_CODE = re.compile(r"(`+)(?:(?!\1).)+?\1")
_FILE_NAME = re.compile(r"\.(?:com|org|net|io|dev|md|txt|pdf|py|js|ts|json|yaml|yml|html)\b", re.IGNORECASE)
_REACH = 200
"""How far either side of a position to look for the token around it (keeps every check linear)."""


_LAST_SPACE = re.compile(r".*\s", re.DOTALL)
_SPACE = re.compile(r"\s")


def _token_at(text: str, column: int) -> str:
    """The run of non-space characters around ``column``, at most ``_REACH`` either side."""
    low = max(0, column - _REACH)
    before = _LAST_SPACE.match(text, low, column)  # ``\s`` is ``str.isspace``
    high = min(len(text), column + _REACH)
    after = _SPACE.search(text, column, high)
    end = high if after is None else after.start()
    link = text.find("](", column, end + 1)  # a Markdown link's text ends at "](": its URL is not part of the word
    return text[low if before is None else before.end() : end if link < 0 else link]


@lru_cache(maxsize=256)
def _code_spans(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Where the code spans of a line start and end, each in order: found once a line, not once a word."""
    matches = list(_CODE.finditer(text)) if "`" in text else []
    return tuple(match.start() for match in matches), tuple(match.end() for match in matches)


def in_code_or_url(document: Document, span: Span) -> bool:
    """True when ``span`` lies inside a backtick code span, a URL, an e-mail address or a file name."""
    line = line_at(document, span.start)
    column = span.start - line.span.start
    starts, ends = _code_spans(line.text)
    index = bisect_right(starts, column) - 1
    if index >= 0 and column < ends[index]:
        return True
    token = _token_at(line.text, column)
    return "//" in token or "www." in token.lower() or "@" in token or bool(_FILE_NAME.search(token))
