"""Where a document shows an image: Markdown ``![alt](target)`` and LaTeX ``\\includegraphics{target}``."""

from __future__ import annotations

from collections.abc import Iterator

from cvlint.lazy_pattern import lazy_compile
from cvlint.model.document import Document

MARKDOWN_IMAGE = lazy_compile(r"!\[[^\[\]\n]*\]\(\s*(?P<target>[^()\s]+)(?:\s+\"[^\"\n]*\")?\s*\)")
INCLUDEGRAPHICS = lazy_compile(r"\\includegraphics\*?\s*(?:\[[^\]\n]*\])?\s*\{(?P<target>[^{}\s]+\.[A-Za-z0-9]+)\}")
"""A LaTeX image with its extension: without one, or under ``\\graphicspath``, LaTeX searches and so
cannot be checked by its name alone."""
GRAPHICSPATH = lazy_compile(r"\\graphicspath\b")


def images(document: Document) -> Iterator[tuple[int, int, str]]:
    """``(start, end, target)`` of every image target in prose lines."""
    if document.format == "latex":
        if GRAPHICSPATH.search(document.source):
            return
        pattern, needle = INCLUDEGRAPHICS, "\\includegraphics"
    else:
        pattern, needle = MARKDOWN_IMAGE, "!["
    for line in document.prose_lines():
        if needle not in line.text:
            continue
        for match in pattern.finditer(line.text):
            start = line.span.start + match.start("target")
            yield start, start + len(match.group("target")), match.group("target")
