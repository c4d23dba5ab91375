"""Where a document links: Markdown ``[text](target)``, HTML ``href="…"`` and bare URLs, and whether a
target is a placeholder (``#``, empty, example.com, ``TODO``, template paths)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from cvlint.model.document import Document
from cvlint.resources import wordlist

LINK = re.compile(
    r"(?<!!)\[(?P<text>[^\[\]\n]*)\]\((?P<target>[^()\s]*(?:\([^()\s]*\))?[^()\s]*)(?:\s+\"[^\"\n]*\")?\)"
)
HREF = re.compile(r"""\bhref\s*=\s*(?P<q>["'])(?P<target>[^"'\n]*)(?P=q)""", re.IGNORECASE)
BARE = re.compile(r"(?<![\w/(\[<\"'])(?P<target>https?://[^\s<>()\[\]\"']+)")
_SCANS = ((LINK, "]("), (HREF, "="), (BARE, "://"))
"""Each pattern with a piece of text every match of it holds."""


@cache
def _targets() -> tuple[frozenset[str], tuple[re.Pattern[str], ...]]:
    data = wordlist("phrases")["placeholder-link-targets"]
    return frozenset(data["exact"]), tuple(re.compile(p) for p in data["patterns"])


def placeholder(target: str) -> bool:
    """True when a link target points nowhere real."""
    exact, patterns = _targets()
    clean = target.strip()
    return clean.lower() in exact or any(pattern.search(clean) for pattern in patterns)


def _scripted(text: str, at: int) -> bool:
    """True when the tag holding the attribute at ``at`` runs a script on a click (``<a href="#"
    onclick="window.print()">``): a button, whose ``#`` goes nowhere on purpose."""
    tag = text[text.rfind("<", 0, at) + 1 : (text.find(">", at) + 1 or len(text) + 1) - 1]
    return "onclick" in tag.lower()


_KEY = "links"


def links(document: Document) -> tuple[tuple[int, int, str], ...]:
    """``(start, end, target)`` of every link target in prose lines (Markdown, HTML and bare URLs), and of
    the ``href`` links of HTML blocks; read once a document, for each rule that checks links."""
    kept = document.derived.get(_KEY)
    if not isinstance(kept, tuple):
        kept = document.derived[_KEY] = tuple(_links(document))
    return kept


def _links(document: Document) -> Iterator[tuple[int, int, str]]:
    for line in document.lines:
        if line.verbatim and not line.html:
            continue
        for pattern, needle in _SCANS if not line.verbatim else _SCANS[1:2]:
            if needle not in line.text:
                continue  # most lines hold no link: a substring test is cheaper than a scan
            for match in pattern.finditer(line.text):
                if pattern is HREF and _scripted(line.text, match.start()):
                    continue
                start = line.span.start + match.start("target")
                yield start, start + len(match.group("target")), match.group("target")
