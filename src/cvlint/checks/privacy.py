"""privacy: personal data many markets advise leaving out (birth date, ID numbers, marital status, photo).

The kinds found by pattern are data (``[matchers.NAME]`` in ``rules/CV708-privacy.toml``); the market's
choice of kinds and the photo, found as each format shows one, need code."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import TYPE_CHECKING

from cvlint.model.document import Document
from cvlint.model.findings import Finding
from cvlint.rule.context import RuleContext
from cvlint.text.fast_regex import compile_fast

if TYPE_CHECKING:
    from cvlint.rule.context import RuleEntry

_PHOTO = re.compile(r"!\[[^\]]*\]\([^)]*\)|<img\b[^>]*>", re.IGNORECASE)
_PORTRAIT = re.compile(r"photo|portrait|headshot|avatar|profile|selfie|\bme\.|DSC_?\d|IMG_?\d|PXL_\d", re.IGNORECASE)
_LATEX_PHOTO = re.compile(
    r"\\photo[LR]?\s*(?:\[[^\]\n]*\])?(?:\{[^}\n]*\})*\{[^}\n]+\}|\\includegraphics\s*(?:\[[^\]\n]*\])?\{[^}\n]+\}"
)
"""A photo in LaTeX: moderncv's and AltaCV's ``\\photo``/``\\photoL`` macros, or an included image."""
_LATEX_COMMENT = re.compile(r"(?<!\\)%")
_DATA_PHOTO = re.compile(
    r"^[ \t]{0,2}[\"']?(?:photo|picture|image|avatar|headshot|profile[-_ ]?(?:picture|photo|image))[\"']?[ \t]*:"
    r"[ \t]*[\"']?[^\s\"'#]*[./][^\s\"'#]",
    re.IGNORECASE,
)
"""A photo in a data résumé: JSON Resume's ``basics.image`` (``picture`` before 1.0), RenderCV's ``photo``,
and the like, when it names a file."""
_DATA_PHOTO_FIELDS = ("basics.image", "basics.picture")
_FILE = re.compile(r"^\S*[./]\S")
"""A value that names a file or an address (``me.jpg``, ``https://…``), not a template's word (``avatar``)."""
PHOTO = "photo"
"""The kind of data found by code, not by a listed pattern: a photo, as each format shows one."""


def kinds(rule: RuleEntry) -> frozenset[str]:
    """The kinds a market of ``rule`` may list in ``reports``: its ``[matchers]`` and the photo."""
    return frozenset({*rule.matchers, PHOTO})


@cache
def _any_kind(sources: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for the listed kinds a market reports, to pass over the lines that hold none."""
    return compile_fast("|".join(f"(?:{source})" for source in sources), re.IGNORECASE)


def check(document: Document, context: RuleContext) -> Iterator[Finding]:
    """Report personal data that the chosen market advises against (the kinds its choice ``reports``)."""
    rule = context.active.rule
    wanted = frozenset(rule.options["market"].choice_data[context.options["market"]].get("reports", ()))
    chosen = [matcher for name, matcher in rule.matchers.items() if name in wanted]
    any_kind = _any_kind(tuple(source for matcher in chosen for source in matcher.sources)) if chosen else None
    for line in document.prose_lines():
        if any_kind is None or any_kind.search(line.text) is None:
            continue  # nearly every line: none of the kinds is there
        for matcher in chosen:
            match = matcher.regex().search(line.text)
            if match is None:
                continue
            start = line.span.start + match.start()
            message, suggestion = matcher.say(match.group())
            yield context.finding(start, line.span.start + match.end(), message, suggestion, context=line.text.strip())
    if PHOTO in wanted:
        found = _photo(document)
        if found is not None:
            yield context.finding(
                found[0],
                found[1],
                "a photo near the top of the résumé: many markets advise against one",
                "remove the photo, unless you apply where one is expected (set market = 'de')",
                context="photo",
            )


def _photo(document: Document) -> tuple[int, int] | None:
    """Where the résumé shows a photo of its writer, in the way its format does."""
    if document.format == "json":
        for field in document.fields:
            if field.where in _DATA_PHOTO_FIELDS and field.value is not None and _FILE.search(field.value.value):
                return field.key.start, field.value.span.end
        return None
    if document.format == "yaml":
        for line in document.prose_lines():
            match = _DATA_PHOTO.match(line.text)
            if match is not None:
                return line.span.start + len(line.text) - len(line.text.lstrip()), line.span.start + match.end()
        return None
    name = document.title.text.value.strip() if document.title else ""
    for line in document.lines[:20]:
        match = _PHOTO.search(line.text)
        if match is not None and (_PORTRAIT.search(match.group()) or (name and name in match.group())):
            return line.span.start + match.start(), line.span.start + match.end()
    if document.format == "latex":
        for line in document.lines:  # the preamble too, where moderncv and AltaCV set the photo
            match = _LATEX_PHOTO.search(_LATEX_COMMENT.split(line.text, 1)[0])
            if match is not None and (match.group().startswith("\\photo") or _PORTRAIT.search(match.group())):
                return line.span.start + match.start(), line.span.start + match.end()
    return None
