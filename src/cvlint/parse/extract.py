"""Text out of DOCX and PDF résumés, read-only, through the optional extras.

A DOCX becomes Markdown (heading styles become headings, list paragraphs bullets), one paragraph a
line; a PDF becomes plain text, page after page. Each keeps a map from its text back to where a reader
finds it: paragraph numbers for DOCX, page and line for PDF.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from pathlib import Path

from cvlint.lazy_pattern import lazy_compile
from cvlint.parse.library_warnings import quiet
from cvlint.parse.read_files import InputError

DOCUMENT_SUFFIXES = frozenset({".docx", ".pdf"})
_HEADING_STYLE = lazy_compile(r"(?:Heading|Überschrift|Titre|Título)\s*(\d)", re.IGNORECASE)


@dataclass(slots=True)
class Extracted:
    """Text taken out of a document, and where each of its lines came from."""

    text: str
    format: str
    """``docx`` or ``pdf``."""
    line_starts: list[int] = field(default_factory=list)
    """Offset in ``text`` where each place (paragraph or PDF line) begins."""
    places: list[tuple[int, int]] = field(default_factory=list)
    """For each entry of ``line_starts``: (paragraph, 0) for DOCX, (page, line on the page) for PDF."""
    prefixes: list[int] = field(default_factory=list)
    """Characters of Markdown added before a paragraph's own text ("## ", "- ")."""

    def place(self, offset: int) -> tuple[int, int, int]:
        """``(paragraph or page, line on the page, column)`` of a text offset (columns from 1)."""
        index = max(0, bisect_right(self.line_starts, offset) - 1)
        if not self.line_starts:
            return 1, 1, 1
        first, second = self.places[index]
        column = offset - self.line_starts[index] - self.prefixes[index] + 1
        return first, second, max(1, column)


def _missing(extra: str, package: str) -> InputError:
    return InputError(
        f"reading {extra.upper()} needs the {extra} extra: pip install 'cvlint-resume[{extra}]' (it installs {package})"
    )


def extract_docx(path: Path) -> Extracted:
    """Paragraphs of a DOCX as Markdown lines."""
    try:
        import docx
    except ImportError as error:
        raise _missing("docx", "python-docx") from error
    try:
        with quiet("docx"):
            document = docx.Document(str(path))
    except Exception as error:
        raise InputError(f"not a readable DOCX: {error}") from error
    result = Extracted("", "docx")
    parts: list[str] = []
    offset = 0
    for number, paragraph in enumerate(document.paragraphs, start=1):
        text = paragraph.text.replace("\n", " ").replace("\r", " ")
        style = paragraph.style.name if paragraph.style is not None else ""
        heading = _HEADING_STYLE.match(style)
        numbered = paragraph._p.pPr is not None and paragraph._p.pPr.numPr is not None
        if style.lower() == "title":
            prefix = "# "
        elif heading is not None:
            prefix = "#" * min(6, int(heading.group(1)) + 1) + " "
        elif "list" in style.lower() or numbered:
            prefix = "- "
        else:
            prefix = ""
        line = prefix + text if text.strip() else ""
        result.line_starts.append(offset)
        result.places.append((number, 0))
        result.prefixes.append(len(prefix) if line else 0)
        parts.append(line)
        offset += len(line) + 2
    result.text = "\n\n".join(parts) + "\n"
    return result


def extract_pdf(path: Path) -> Extracted:
    """Lines of a PDF's pages as plain text."""
    try:
        import pypdf
    except ImportError as error:
        raise _missing("pdf", "pypdf") from error
    try:
        with quiet("pypdf"):
            reader = pypdf.PdfReader(str(path))
            pages = [page.extract_text() or "" for page in reader.pages]
    except Exception as error:
        raise InputError(f"not a readable PDF: {error}") from error
    result = Extracted("", "pdf")
    lines: list[str] = []
    offset = 0
    for page_number, page in enumerate(pages, start=1):
        for line_number, line in enumerate(page.splitlines(), start=1):
            result.line_starts.append(offset)
            result.places.append((page_number, line_number))
            result.prefixes.append(0)
            lines.append(line)
            offset += len(line) + 1
        if page_number < len(pages):
            result.line_starts.append(offset)
            result.places.append((page_number, 0))
            result.prefixes.append(0)
            lines.append("")
            offset += 1
    result.text = "\n".join(lines) + "\n"
    return result


def extract(path: Path) -> Extracted:
    """The text of a DOCX or PDF file."""
    return extract_docx(path) if path.suffix.lower() == ".docx" else extract_pdf(path)
