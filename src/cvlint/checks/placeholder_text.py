"""placeholder-text: template leftovers (Lorem ipsum, [Company Name], START_DATE, (123)-456-7890, XXX-XXXX,
the JSON Resume and RenderCV samples' content, TODO).

The listed leftovers are data (``[matchers.placeholders]`` in ``rules/CV603-placeholder-text.toml``); slots,
variables, unknown digits, dummy phones and the samples' content need code (``cvlint.text.leftovers``)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from cvlint.model.document import Document, Line
from cvlint.model.findings import Finding
from cvlint.rule.context import RuleContext
from cvlint.text import leftovers


def _reader_texts(document: Document, lines: list[Line]) -> Iterator[tuple[int, int, str]]:
    """``(start, end, what)`` of slots and variables: in prose lines, or in a data format (JSON Resume,
    RenderCV) only in the values a reader sees, since its renderer's settings hold variables of their own."""
    defined = leftovers.references(document.source)
    finders: list[tuple[Callable[[str], Iterator[tuple[int, int]]], str]] = [
        (lambda value: leftovers.slots(value, defined), "a template slot"),
        (leftovers.variables, "a template variable"),
    ]
    if document.format in ("yaml", "json"):
        finders.append((leftovers.engine_variables, "a template variable left unrendered"))
        for _, text in document.prose():
            for finder, what in finders:
                for start, end in finder(text.value):
                    span = text.source_span(start, end)
                    yield span.start, span.end, what
        return
    for line in lines:
        for finder, what in finders:
            for start, end in finder(line.text):
                yield line.span.start + start, line.span.start + end, what


def _found(document: Document, pattern: Any) -> Iterator[tuple[int, int, str]]:
    """``(start, end, what)`` of every leftover: the listed ``pattern``, unknown digits and dummy phones by
    line, slots and variables, and the samples' content."""
    lines = list(document.prose_lines())
    for line in lines:
        for match in pattern.finditer(line.text):
            yield line.span.start + match.start(), line.span.start + match.end(), "a template placeholder"
        for start, end in leftovers.unknowns(line.text):
            yield line.span.start + start, line.span.start + end, "a placeholder for what was to be filled in"
        for start, end in leftovers.phones(line.text):
            yield line.span.start + start, line.span.start + end, "a dummy phone number"
        for start, end in leftovers.postcodes(line.text):
            yield line.span.start + start, line.span.start + end, "a dummy postal code"
        for start, end in leftovers.field_echoes(line.text):
            yield line.span.start + start, line.span.start + end, "a template's prompt for a field"
    yield from _reader_texts(document, lines)
    for start, end, _ in leftovers.sample_content([(line.span.start, line.text) for line in lines]):
        yield start, end, "sample content of the JSON Resume or RenderCV template"
    for line in lines:
        for start, end in leftovers.placeholder_people(line.text):
            yield line.span.start + start, line.span.start + end, "a placeholder name"


def check(document: Document, context: RuleContext) -> Iterator[Finding]:
    """Report each template leftover in prose once, the first kind found for a span winning."""
    taken: list[tuple[int, int]] = []
    pattern = context.active.rule.matchers["placeholders"].regex()  # the listed ones, one scan a line
    for start, end, what in sorted(_found(document, pattern), key=lambda found: (found[0], -found[1])):
        if any(start < other_end and other_start < end for other_start, other_end in taken):
            continue
        taken.append((start, end))
        shown = document.source[start:end]
        yield context.finding(
            start,
            end,
            f"'{shown}' is {what}",
            "replace it with your own details, or delete it",
            context=shown,
        )
