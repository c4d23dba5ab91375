"""typography: doubled words, stray hyphens, spaces before punctuation, cramped brackets, double spaces,
unbalanced brackets."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from cvlint.model.document import Document, Span, Text
from cvlint.model.findings import Finding, Fix
from cvlint.rule.context import RuleContext
from cvlint.text.bullets import is_latin
from cvlint.text.code_spans import in_code_or_url
from cvlint.text.prose import prose

# The patterns below start with what they consume first and look behind it afterwards, so that the engine
# skips to that character instead of trying the look-behind at every position.
_DOUBLED = re.compile(
    r"([A-Za-z\u0130\u0131\u017f\u212a](?<![\w'’-].)[A-Za-z\u0130\u0131\u017f\u212a]*)(\s+)((?i:\1))(?![\w'’-])"
)
"""A word and its repeat, the second in any case ("the The"): letters after none of ``\\w'’-`` (the
letters a case-insensitive ``[A-Za-z]`` takes, the Kelvin sign and long s among them). The look-behind
follows the first letter and only the repeat ignores case, so that the search jumps from letter to letter."""
_ALLOWED_DOUBLES = {"that", "had", "is", "do", "bye", "ha", "no", "yada", "tom", "pom", "so", "very"}
_STRAY_HYPHEN = re.compile(r" -(?<=[a-z] -)(?=[a-z]{2})")
_SPACE_BEFORE = re.compile(r"[ \t](?<=[\w)\]%'’\"][ \t])[ \t]*([,.])(?=\s|$)")
_CRAMPED = re.compile(r"\((?<=[A-Za-z\u00c0-\u024f]\()(?=[^\W\d_]{2})(?![a-z]{1,2}\))")
"""A Latin word right before "(": CJK text takes no space there ("경험(UX)")."""
_DOUBLE_SPACE = re.compile(r"  (?<=\S  ) *(?=\S)")
_ENUMERATION = re.compile(r".{0,3}?(?:(?:^|(?<=\s))(?:\d{1,2}\.?|[a-z])\)|[:;]-?\))")
"""An enumeration ("1)", "a)", "2.)") or a smiley: a closing bracket with no opening one on purpose."""
_BRACKET = re.compile(r"[()\[\]]")


def _doubled(text: Text) -> Iterator[tuple[Span, str, str, Fix | None]]:
    for match in _DOUBLED.finditer(text.value):
        word = match.group(1)
        if word.lower() in _ALLOWED_DOUBLES or (len(word) == 1 and word.lower() != "a"):
            continue
        if word[0].isupper() and match.group(3)[0].isupper():
            continue  # "Nico Nico Douga", "Walla Walla", "Bora Bora": a name written so, not a slip
        # The finding names what its fix deletes: the repeat and the space before it.
        removed = span = text.source_span(match.start(2), match.end(3))
        # Deleting is safe only where the source holds just the words a reader sees: markup between the
        # two (``Daroch}\n\\surnames{Daroch``) would go with them.
        verbatim = text.copied(match.start(2), match.end(3))
        yield (
            span,
            f"'{word} {match.group(3)}': the word is doubled",
            "delete the repeat",
            Fix.replace(removed.start, removed.end, "") if verbatim else None,
        )


def _stray_hyphens(text: Text) -> Iterator[tuple[Span, str, str, Fix | None]]:
    for match in _STRAY_HYPHEN.finditer(text.value):
        span = text.source_span(match.start(), match.end())
        after = text.value[match.end() : match.end() + 40].split(" ", 1)[0]
        yield (
            span,
            f"stray hyphen before '{after}'",
            "join the words with a hyphen and no space, or remove the hyphen",
            None,
        )


def _space_before(text: Text) -> Iterator[tuple[Span, str, str, Fix | None]]:
    for match in _SPACE_BEFORE.finditer(text.value):
        span = text.source_span(match.start(), match.start(1))
        mark = match.group(1)
        yield span, f"space before '{mark}'", f"delete the space before '{mark}'", Fix.replace(span.start, span.end, "")


def _cramped(text: Text) -> Iterator[tuple[Span, str, str, Fix | None]]:
    matches = list(_CRAMPED.finditer(text.value))
    if not matches or not is_latin(text.value):
        return  # CJK writing takes no space before a bracket, even after a Latin word
    for match in matches:
        span = text.source_span(match.start(), match.start() + 1)
        token = re.search(r"\S*$", text.value[max(0, match.start() - 80) : match.start()])
        before = token.group() if token else ""
        if any(mark in before for mark in "._/@:"):
            continue  # code such as call(x) or a path
        yield (
            span,
            "no space before '('",
            "put a space before the opening bracket",
            Fix.replace(span.start, span.start, " "),
        )


def _double_spaces(text: Text) -> Iterator[tuple[Span, str, str, Fix | None]]:
    line_start = 0
    for match in _DOUBLE_SPACE.finditer(text.value):
        span = text.source_span(match.start(), match.end())
        if span.end - span.start != match.end() - match.start():
            continue  # markup stands between the spaces
        line_start = text.value.rfind("\n", line_start, match.start()) + 1 or line_start
        if text.value[max(line_start, match.start() - 8) : match.start()].strip() in (":", "~") and (
            match.start() - line_start < 8
        ):
            continue  # a definition list's marker (":   term")
        # One finding a place, each fixing only its own spaces.
        yield (
            span,
            "several spaces between words",
            "use one space between words",
            Fix.replace(span.start, span.end, " "),
        )


def _unbalanced(text: Text) -> Iterator[tuple[Span, str, str, Fix | None]]:
    value = text.value
    brackets = [(match.start(), match.group()) for match in _BRACKET.finditer(value)]
    for opening, closing in (("(", ")"), ("[", "]")):
        open_at: list[int] = []
        stray: list[int] = []
        for index, char in brackets:
            if char == opening:
                open_at.append(index)
            elif char == closing:
                if open_at:
                    open_at.pop()
                elif not _ENUMERATION.match(value, max(0, index - 3)) or opening == "[":
                    stray.append(index)
        for index in open_at[:1] or stray[:1]:
            span = text.source_span(index, index + 1)
            extra = value[index]
            yield (
                span,
                f"unbalanced '{extra}': no matching '{closing if extra == opening else opening}'",
                (f"close the bracket or remove the extra '{extra}'"),
                None,
            )


def check(document: Document, context: RuleContext) -> Iterator[Finding]:
    """Run each typography check over the text a reader sees, skipping code and URLs."""
    # Each check with the pieces of text one of its matches needs: a text with none of them is not scanned.
    checks: list[tuple[Callable[[Text], Iterator[tuple[Span, str, str, Fix | None]]], tuple[str, ...]]] = [
        (_doubled, ()),
        (_stray_hyphens, (" -",)),
        (_space_before, (" ,", " .", "\t")),
        (_cramped, ("(",)),
        (_unbalanced, ("(", ")", "[", "]")),
    ]
    if document.format == "markdown":
        checks.append((_double_spaces, ("  ",)))  # plain text uses runs of spaces to align columns
    for _, text in prose(document).texts(entry_parts=False):
        value = text.value
        for run, needles in checks:
            if needles and not any(map(value.__contains__, needles)):
                continue
            for span, message, suggestion, fix in run(text):
                if in_code_or_url(document, span):
                    continue
                yield context.finding(span.start, span.end, message, suggestion, fix, context=text.value[:80])
