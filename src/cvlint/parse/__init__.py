"""Turning a source text into a ``Document``: choose the format and kind, then parse."""

from __future__ import annotations

import re
from pathlib import PurePath

from cvlint.lines import LineIndex
from cvlint.model import Document, DocumentKind
from cvlint.parse.structure import assemble

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd", ".mkdn"})
TEXT_SUFFIXES = frozenset({".txt", ".text"})
SUPPORTED_SUFFIXES = MARKDOWN_SUFFIXES | TEXT_SUFFIXES
"""File name endings that ``cvlint check DIR`` picks up."""

_COVER_NAME = re.compile(
    r"cover[\W_]*letter|motivation[\W_]*letter|anschreiben|lettre[\W_]*de[\W_]*motivation", re.IGNORECASE
)


def detect_format(path: str, source: str) -> str:
    """``markdown`` or ``text``, from the file name and, for ``.txt``, the content."""
    suffix = PurePath(path).suffix.lower()
    if suffix in MARKDOWN_SUFFIXES:
        return "markdown"
    from cvlint.parse.plaintext import looks_like_markdown

    return "markdown" if looks_like_markdown(source) else "text"


def detect_kind(path: str, source: str) -> DocumentKind:
    """``cover-letter`` when the file name or the opening lines say so, else ``resume``."""
    if _COVER_NAME.search(PurePath(path).name):
        return "cover-letter"
    opening = source[:600]
    if _COVER_NAME.search(opening):
        return "cover-letter"
    return "resume"


def parse(source: str, path: str = "resume.md", kind: DocumentKind | None = None, encoding: str = "utf-8") -> Document:
    """Parse ``source`` (already decoded) into the résumé model."""
    fmt = detect_format(path, source)
    if fmt == "markdown":
        from cvlint.parse.markdown import read_markdown

        lines, items = read_markdown(source)
    else:
        from cvlint.parse.plaintext import read_plaintext

        lines, items = read_plaintext(source)
    title, sections = assemble(items, len(source))
    return Document(
        source=source,
        path=path,
        format=fmt,
        kind=kind or detect_kind(path, source),
        lines=lines,
        line_index=LineIndex(source),
        title=title,
        sections=sections,
        encoding=encoding,
    )
