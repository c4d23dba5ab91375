"""placeholder-link: links that point nowhere real (``#``, empty, example.com, ``TODO``, template paths)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from cvlint.model.document import Document
from cvlint.model.findings import Finding
from cvlint.rule.context import RuleContext
from cvlint.text.links import links, placeholder

LATEX = re.compile(r"\\(?:href|url)\{(?P<target>[^{}\s]*)\}")
"""A LaTeX link's target (``\\href{mailto:x@x.com}{…}``), which holds what a bare URL does not (``mailto:``)."""


def shown_links(document: Document) -> Iterator[tuple[int, int, str]]:
    """``(start, end, target)`` of every link a reader is shown: those of ``links`` (HTML blocks' ``href``
    included), and LaTeX's ``\\href`` and ``\\url`` targets in place of the bare URLs inside them."""
    latex = []
    if document.format == "latex":
        for line in document.prose_lines():
            if "\\" in line.text:
                for match in LATEX.finditer(line.text):
                    start = line.span.start + match.start("target")
                    latex.append((start, start + len(match.group("target")), match.group("target")))
    yield from latex
    for start, end, target in links(document):
        if not any(start >= other_start and end <= other_end for other_start, other_end, _ in latex):
            yield start, end, target


def check(document: Document, context: RuleContext) -> Iterator[Finding]:
    """Report each placeholder link target."""
    for start, end, target in shown_links(document):
        if not placeholder(target):
            continue
        shown = target or "an empty target"
        yield context.finding(
            start,
            end,
            f"link to {shown!r} is a placeholder" if target else "link has an empty target",
            "point the link at the real page, or remove the link",
            context=shown,
        )
