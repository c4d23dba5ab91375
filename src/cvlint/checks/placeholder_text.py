"""placeholder-text: template leftovers (Lorem ipsum, [Company Name], START_DATE, (123)-456-7890, XXX-XXXX,
Company A, City, State, the JSON Resume and RenderCV samples' content, TODO).

The listed leftovers are data (``[matchers.placeholders]`` in ``rules/CV603-placeholder-text.toml``); slots,
variables, unknown digits, dummy phones, stand-in names and the samples' content need code
(``cvlint.text.leftovers``)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from cvlint.model.document import Document
from cvlint.model.findings import Finding
from cvlint.rule.context import RuleContext
from cvlint.text import leftovers
from cvlint.text.needles import holding

STAND_INS = {
    "name": "a stand-in for a name",
    "place": "a stand-in for a place",
    "details": "a stand-in for your details",
}
"""What a stand-in (``leftovers.stand_ins``) is said to be, by what it stands for."""


def _reader_texts(document: Document, joined: leftovers.Joined) -> Iterator[tuple[int, int, str]]:
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
    for finder, what in finders:
        for start, end in joined.offsets(finder(joined.text)):
            yield start, end, what


def _found(document: Document, pattern: Any, needles: Any) -> Iterator[tuple[int, int, str]]:
    """``(start, end, what)`` of every leftover: the listed ``pattern`` and fields' prompts by line, unknown
    digits, dummy phones and postcodes, slots and variables, the samples' content, placeholder people and
    stand-in names in the lines read as one."""
    lines = [(line.span.start, line.text) for line in document.prose_lines()]
    joined = leftovers.Joined(lines)
    for index in holding(needles, [text for _, text in lines]):  # the few that may hold one
        offset, text = lines[index]
        for match in pattern.finditer(text):
            yield offset + match.start(), offset + match.end(), "a template placeholder"
    finders: list[tuple[Callable[[str], Iterator[tuple[int, int]]], str]] = [
        (leftovers.unknowns, "a placeholder for what was to be filled in"),
        (leftovers.phones, "a dummy phone number"),
        (leftovers.postcodes, "a dummy postal code"),
    ]
    for finder, what in finders:
        for start, end in joined.offsets(finder(joined.text)):
            yield start, end, what
    if "…" in joined.text or "..." in joined.text:
        for offset, text in lines:
            for start, end in leftovers.field_echoes(text):
                yield offset + start, offset + end, "a template's prompt for a field"
    yield from _reader_texts(document, joined)
    for start, end, _ in leftovers.sample_content(joined):
        yield start, end, "sample content of the JSON Resume or RenderCV template"
    for start, end in joined.offsets(leftovers.placeholder_people(joined.text)):
        yield start, end, "a placeholder name"
    found = list(leftovers.stand_ins(joined.text))
    spans = joined.offsets((start, end) for start, end, _ in found)
    for (start, end), (_, _, kind) in zip(spans, found, strict=True):
        yield start, end, STAND_INS[kind]


def check(document: Document, context: RuleContext) -> Iterator[Finding]:
    """Report each template leftover in prose once, the first kind found for a span winning."""
    taken: list[tuple[int, int]] = []
    listed = context.active.rule.matchers["placeholders"]  # the listed ones, one scan a line that may hold one
    found = _found(document, listed.regex(), listed.needles())
    for start, end, what in sorted(found, key=lambda found: (found[0], -found[1])):
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
