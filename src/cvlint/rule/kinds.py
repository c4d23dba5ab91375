"""Rules as data: the kinds a rule's ``[match]`` table extends, in the manner of Vale's styles.

``existence`` reports listed words, phrases or patterns; ``substitution`` reports listed text and offers its
replacement; ``consistency`` reports the less used of two spellings of one thing in a document;
``occurrence`` reports a scope holding too many or too few of what it counts. Built-in rules whose logic
is a list (buzzword) are wholly such a table; rules with code keep their lists as named ``[matchers]``
their check reads (placeholder-text, ai-artifact, privacy); rules of your own are always such a table.
Nothing in a table runs code: patterns are regular expressions and messages are templates. Built-in
patterns run with ``re``; the patterns of rules of your own run with the ``regex`` package under a time
bound (``PATTERN_SECONDS`` a file), and each keeps its own groups (a branch reset).
"""

from __future__ import annotations

import re
import time
import warnings
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from cvlint.model.document import Document, Span
from cvlint.model.findings import Applicability, Finding, Fix
from cvlint.text.code_spans import in_code_or_url
from cvlint.text.fast_regex import compile_fast
from cvlint.text.needles import Needles, holding, needle_pattern
from cvlint.text.phrases import own_group, phrase_regex
from cvlint.text.prose import prose

if TYPE_CHECKING:
    from cvlint.rule.context import RuleContext

KINDS = ("existence", "substitution", "consistency", "occurrence")
SCOPES = ("text", "body", "bullets", "headings", "lines", "raw")
"""Where a matcher looks: all prose texts, the prose but section headings (a heading names what follows),
bullets, headings, prose lines as written (markup included), or
every line of the file (code, comments and front matter too)."""
PER = ("document", "section", "text")
"""What an occurrence rule counts in: the whole document, each section, or each text of its scope."""
PATTERN_SECONDS = 2.0
"""How long the patterns of one rule of your own may run on one file before the file is given up."""

_KEYS = frozenset({"kind", "scope", "sections", "ignore-case", "hyphens", "message", "suggestion"})
_KIND_KEYS = {
    "existence": frozenset({"tokens", "patterns"}),
    "substitution": frozenset({"swap", "fix", "fix-reason"}),
    "consistency": frozenset({"either", "fix", "fix-reason"}),
    "occurrence": frozenset({"tokens", "patterns", "min", "max", "per"}),
}
_MESSAGES = {
    "existence": ("'{match}'", ""),
    "substitution": ("'{match}'", "use '{replacement}'"),
    "consistency": ("'{match}' and '{other}' are both used", "keep to '{other}', as most of the document does"),
    "occurrence": ("{count} found in this {per}, where {wanted} are wanted", ""),
}


class MatchError(Exception):
    """A ``[match]`` table that does not describe a matcher correctly; the message is one line."""


class PatternTimeout(Exception):
    """A rule of your own whose pattern ran past ``PATTERN_SECONDS`` on one file; the message is one line
    (the engine reports it as the file's error, as it does a file it cannot read)."""


@dataclass(frozen=True, slots=True)
class Unit:
    """One text a matcher reads: its value, its section's index, its place, how to find it in the source."""

    value: str
    section: int
    number: int
    """The unit's place among the scope's texts (what ``per = "text"`` counts in)."""
    to_source: Callable[[int, int], Span]
    """The source span of a range of ``value``."""

    def span(self) -> Span:
        """The source span of the whole text (made only when asked: few matchers ask)."""
        return self.to_source(0, len(self.value))


@dataclass(frozen=True, slots=True)
class Matcher:
    """What a rule of data looks for, where, what it says and what it offers."""

    kind: str
    tokens: tuple[str, ...]
    """Listed words and phrases, matched as whole words (for substitution and consistency: the listed forms)."""
    patterns: tuple[str, ...]
    """Listed regular expressions."""
    ignore_case: bool
    trusted: bool
    """True for a built-in rule's matcher (``re``, no time bound); False for a rule of your own."""
    scope: str = "text"
    sections: tuple[str, ...] = ()
    """Section roles the rule looks in (``experience``…); empty for all."""
    message: str = ""
    suggestion: str = ""
    swap: tuple[tuple[str, str], ...] = ()
    """substitution: listed text → its replacement; consistency: the pairs of spellings."""
    fix: Applicability | None = None
    """The applicability of a substitution's or consistency's fix; None for the other kinds."""
    fix_reason: str = ""
    """Why a safe fix cannot change what the résumé says (required for ``fix = "safe"``)."""
    minimum: int | None = None
    maximum: int | None = None
    per: str = "document"
    hyphens: bool = False
    """Whether a space in a listed token also matches a hyphen (``results driven`` finds ``results-driven``)."""

    def fingerprint(self) -> str:
        """Everything that decides this matcher's findings, for the findings cache."""
        return repr(tuple(getattr(self, name) for name in self.__slots__))

    def describe(self) -> str:
        """One line for ``cvlint rule NAME``: the kind, how much it lists, where it looks, its fix."""
        if self.kind in ("substitution", "consistency"):
            listed = [_counted(len(self.swap), "replacement" if self.kind == "substitution" else "pair of spellings")]
        else:
            listed = [_counted(len(self.tokens), "token"), _counted(len(self.patterns), "pattern")]
        parts = [self.kind, *(part for part in listed if not part.startswith("0 "))]
        parts.append(f"scope {self.scope}" + (f" in {', '.join(self.sections)}" if self.sections else ""))
        if self.kind == "occurrence":
            parts.append(f"{_wanted(self.minimum, self.maximum)} per {self.per}")
        if self.fix is not None:
            parts.append(f"{self.fix} fix" + (f" ({self.fix_reason})" if self.fix_reason else ""))
        return ", ".join(parts)

    @property
    def sources(self) -> tuple[str, ...]:
        """The patterns to run: the tokens as one pattern of whole words, then the listed patterns."""
        return _sources(self.tokens, self.patterns, self.hyphens)

    def say(self, found: str) -> tuple[str, str]:
        """The message and suggestion for ``found`` (a check's own match)."""
        return _fill(self.message, match=found), _fill(self.suggestion, match=found)

    def regex(self) -> Any:
        """The patterns as one compiled pattern (an alternation, each pattern with its own leading flags)."""
        return _compiled(self.sources, self.ignore_case, self.trusted)

    def needles(self) -> Needles | None:
        """The literal strings one of which each match holds (:mod:`cvlint.text.needles`), to pass over the
        texts that hold none in one scan; None for a rule of your own, or when no such strings are read."""
        return _needles(self.sources, self.ignore_case) if self.trusted else None

    def each(self) -> tuple[re.Pattern[str], ...]:
        """Each pattern compiled alone, in the order listed (built-in matchers only)."""
        return _each(self.sources, self.ignore_case)

    def check(self, document: Document, context: RuleContext) -> Iterator[Finding]:
        """The findings of this matcher's kind in ``document``."""
        if self.kind == "consistency":
            yield from self._consistency(document, context)
        elif self.kind == "occurrence":
            yield from self._occurrence(document, context)
        else:
            yield from self._existence(document, context)

    def _matches(self, document: Document, context: RuleContext) -> Iterator[tuple[Unit, Span, str]]:
        """``(unit, source span, matched text)`` of every match in the scope, outside code and URLs, once each."""
        pattern = self.regex()
        seen: set[tuple[int, int]] = set()
        deadline = time.monotonic() + PATTERN_SECONDS
        units = list(self._units(document))
        for index in holding(self.needles(), [unit.value for unit in units]):  # the few that may hold one
            unit = units[index]
            for match in self._finditer(pattern, unit.value, deadline, context):
                found = match.group()
                if not found:
                    continue
                span = unit.to_source(match.start(), match.end())
                if (span.start, span.end) in seen or in_code_or_url(document, span):
                    continue  # a text can be read twice (a heading inside a list item)
                seen.add((span.start, span.end))
                yield unit, span, found

    def _finditer(self, pattern: Any, value: str, deadline: float, context: RuleContext) -> list[Any]:
        if self.trusted:
            return list(pattern.finditer(value))
        try:
            return list(pattern.finditer(value, timeout=max(deadline - time.monotonic(), 0.001)))
        except TimeoutError as error:
            rule = context.active.rule
            raise PatternTimeout(
                f"rule {rule.code} ({rule.name}): its patterns ran over {PATTERN_SECONDS:g} s on this file "
                "and were stopped (nested repetition such as (a|aa)+ backtracks without end): simplify them"
            ) from error

    def _existence(self, document: Document, context: RuleContext) -> Iterator[Finding]:
        """Every match; a substitution offers its replacement as a fix of the declared applicability."""
        replacements = {_squashed(listed): replacement for listed, replacement in self.swap}
        for _, span, found in self._matches(document, context):
            wanted = _cased(replacements.get(_squashed(found)), found)
            yield context.finding(
                span.start,
                span.end,
                _fill(self.message, match=found, replacement=wanted or ""),
                _fill(self.suggestion, match=found, replacement=wanted or "") or None,
                self._fix(document, span, found, wanted),
                context=found,
            )

    def _fix(self, document: Document, span: Span, found: str, wanted: str | None) -> Fix | None:
        if wanted is None or self.fix is None or document.source[span.start : span.end] != found:
            return None
        return Fix.replace(span.start, span.end, document.escape(wanted), self.fix)

    def _consistency(self, document: Document, context: RuleContext) -> Iterator[Finding]:
        """For each pair both of whose spellings are used: every use of the one used less (on a tie, of the
        one used later), with the other as its fix."""
        forms = [form for pair in self.swap for form in pair]
        spelling = {_squashed(form): index for index, form in enumerate(forms)}
        uses = [(span, found, spelling[_squashed(found)]) for _, span, found in self._matches(document, context)]
        counts = Counter(index for _, _, index in uses)
        first: dict[int, int] = {}
        for _, _, index in uses:
            first.setdefault(index, len(first))
        for span, found, index in uses:
            other = index ^ 1  # the pair's other spelling
            if not counts[other] or (counts[index], -first[index]) > (counts[other], -first[other]):
                continue
            yield context.finding(
                span.start,
                span.end,
                _fill(self.message, match=found, other=forms[other]),
                _fill(self.suggestion, match=found, other=forms[other]) or None,
                self._fix(document, span, found, _cased(forms[other], found)),
                context=found,
            )

    def _occurrence(self, document: Document, context: RuleContext) -> Iterator[Finding]:
        """One finding a unit (``per``) holding more than ``maximum`` matches (at the first one too many) or
        fewer than ``minimum`` (at the unit's start)."""
        units: dict[int, Span] = {}
        found: dict[int, list[tuple[Span, str]]] = {}
        for unit in self._units(document):
            units.setdefault(self._key(unit), self._unit_span(document, unit))
        for unit, span, text in self._matches(document, context):
            found.setdefault(self._key(unit), []).append((span, text))
        for key, where in units.items():
            matches = found.get(key, [])
            fields = {"count": str(len(matches)), "per": self.per, "wanted": _wanted(self.minimum, self.maximum)}
            if self.maximum is not None and len(matches) > self.maximum:
                span, text = matches[self.maximum]
            elif self.minimum is not None and len(matches) < self.minimum:
                span, text = where, ""
            else:
                continue
            yield context.finding(
                span.start,
                span.end,
                _fill(self.message, match=text, **fields),
                _fill(self.suggestion, match=text, **fields) or None,
                context=f"{self.per}: {len(matches)}",
            )

    def _key(self, unit: Unit) -> int:
        return {"document": 0, "section": unit.section, "text": unit.number}[self.per]

    def _unit_span(self, document: Document, unit: Unit) -> Span:
        """Where a finding about a whole unit stands: the document's or section's first line, or the text."""
        if self.per == "text":
            return unit.span()
        section = document.sections[unit.section] if self.per == "section" else None
        start = section.span.start if section is not None else 0
        end = document.source.find("\n", start)
        return Span(start, len(document.source) if end < 0 else end)

    def _units(self, document: Document) -> Iterator[Unit]:
        """The texts of the scope, in source order by section, in the sections the matcher looks in."""
        sections = document.sections
        looks_in = [not self.sections or section.role in self.sections for section in sections]
        if self.scope in ("lines", "raw"):
            starts = [section.span.start for section in sections]
            lines = document.lines if self.scope == "raw" else document.prose_lines()
            for number, line in enumerate(lines):
                index = max(bisect_right(starts, line.span.start) - 1, 0)
                if sections and looks_in[index]:
                    yield Unit(line.text, index, number, _offset(line.span.start))
            return
        if self.scope in ("text", "body"):
            index_of = {id(section): index for index, section in enumerate(sections)}
            texts = (
                (index_of[id(section)], text)
                for section, text in prose(document).texts()
                if self.scope == "text" or section.heading is None or text is not section.heading.text
            )
        elif self.scope == "headings":
            texts = ((index, s.heading.text) for index, s in enumerate(sections) if s.heading is not None)
        else:
            texts = ((index, bullet.text) for index, s in enumerate(sections) for bullet in s.all_bullets())
        for number, (index, text) in enumerate(texts):
            if looks_in[index]:
                yield Unit(text.value, index, number, text.source_span)


def _counted(count: int, thing: str) -> str:
    """``1 pattern``, ``2 patterns``, ``2 pairs of spellings``."""
    head, _, tail = thing.partition(" ")
    return f"{count} {head}{'s' * (count != 1)}" + (f" {tail}" if tail else "")


def _offset(start: int) -> Callable[[int, int], Span]:
    return lambda begin, end: Span(start + begin, start + end)


def _squashed(found: str) -> str:
    """``found`` as a listed text is keyed: lower case, each run of spaces and hyphens one space."""
    return re.sub(r"[\s-]+", " ", found.lower())


def _cased(wanted: str | None, found: str) -> str | None:
    """``wanted`` with a capital first letter when ``found`` has one."""
    if wanted is not None and found[:1].isupper():
        return wanted[:1].upper() + wanted[1:]
    return wanted


def _wanted(minimum: int | None, maximum: int | None) -> str:
    if minimum is not None and maximum is not None:
        return f"from {minimum} to {maximum}"
    return f"at least {minimum}" if minimum is not None else f"at most {maximum}"


def _fill(template: str, **fields: str) -> str:
    """``template`` with each ``{field}`` replaced (no other formatting: a rule file runs no code)."""
    for name, value in fields.items():
        template = template.replace("{" + name + "}", value)
    return template


@cache
def _sources(tokens: tuple[str, ...], patterns: tuple[str, ...], hyphens: bool) -> tuple[str, ...]:
    """A matcher's patterns to run (see :attr:`Matcher.sources`), made once for each list."""
    if not tokens:
        return patterns
    return (phrase_regex(tokens, gap=r"[\s\-]+" if hyphens else r"\s+"), *patterns)


@cache
def _compiled(patterns: tuple[str, ...], ignore_case: bool, trusted: bool) -> Any:
    if trusted:
        return compile_fast("|".join(map(own_group, patterns)), re.IGNORECASE if ignore_case else 0)
    import regex

    # A branch reset (?|…|…): each pattern numbers its groups from 1, so its \1 is its own group and two
    # patterns may use the same group name.
    return regex.compile("(?|" + "|".join(map(own_group, patterns)) + ")", regex.IGNORECASE if ignore_case else 0)


@cache
def _needles(patterns: tuple[str, ...], ignore_case: bool) -> Needles | None:
    return needle_pattern("|".join(map(own_group, patterns)), re.IGNORECASE if ignore_case else 0)


@cache
def _each(patterns: tuple[str, ...], ignore_case: bool) -> tuple[re.Pattern[str], ...]:
    return tuple(compile_fast(pattern, re.IGNORECASE if ignore_case else 0) for pattern in patterns)


def _strings(table: dict[str, Any], key: str) -> tuple[str, ...]:
    value = table.get(key, [])
    if not isinstance(value, list) or not all(isinstance(item, str) and item.strip() for item in value):
        raise MatchError(f"{key} must be a list of non-empty strings")
    return tuple(value)


def _pairs(table: dict[str, Any], key: str) -> tuple[tuple[str, str], ...]:
    value = table.get(key, {})
    if not isinstance(value, dict) or not all(isinstance(v, str) and v.strip() and k.strip() for k, v in value.items()):
        raise MatchError(f"{key} must be a table of listed text = its other form")
    return tuple((k, v) for k, v in value.items())


def _count(table: dict[str, Any], key: str) -> int | None:
    value = table.get(key)
    if value is not None and (type(value) is not int or value < 0):
        raise MatchError(f"{key} must be a whole number, at least 0, not {value!r}")
    return value


def _fix_of(table: dict[str, Any]) -> tuple[Applicability, str]:
    fix, reason = table.get("fix", "unsafe"), table.get("fix-reason", "")
    if fix not in ("safe", "unsafe"):
        raise MatchError("fix must be 'safe' or 'unsafe'")
    if not isinstance(reason, str) or (fix == "safe") != bool(reason.strip()):
        raise MatchError("a safe fix needs fix-reason (why it cannot change what the résumé says), and only one has it")
    return fix, reason.strip()


def _check_patterns(patterns: tuple[str, ...], sources: tuple[str, ...], ignore_case: bool) -> None:
    """Each pattern of a rule of your own valid alone (Python's doubts, such as "possible nested set", are
    mistakes here), and all of them together under ``regex``."""
    import regex

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            for written in patterns:
                re.compile(written)  # each pattern must stand on its own, not only inside the alternation
        _compiled(sources, ignore_case, False)
    except (re.error, regex.error, Warning) as error:
        raise MatchError(f"patterns: {error}") from error


def matcher_from_table(table: Any, trusted: bool, label: str = "match") -> Matcher:
    """A matcher from a ``[match]`` table (or a ``[matchers.NAME]`` one, ``label``); ``MatchError``, one line
    naming the table and the key, when it is wrong."""
    try:
        return _matcher(table, trusted)
    except MatchError as error:
        raise MatchError(f"[{label}] {error}") from None


def _matcher(table: Any, trusted: bool) -> Matcher:
    if not isinstance(table, dict):
        raise MatchError("must be a table")
    kind = table.get("kind")
    if kind not in KINDS:
        raise MatchError(f"kind must be one of {', '.join(KINDS)}, not {kind!r}")
    unknown = set(table) - _KEYS - _KIND_KEYS[kind]
    if unknown:
        raise MatchError(f"unknown keys for kind {kind}: {sorted(unknown)}")
    ignore_case, hyphens = table.get("ignore-case", True), table.get("hyphens", False)
    if not isinstance(ignore_case, bool) or not isinstance(hyphens, bool):
        raise MatchError("ignore-case and hyphens must be true or false")
    swap = _pairs(table, "swap" if kind == "substitution" else "either")
    if kind in ("substitution", "consistency") and not swap:
        raise MatchError(f"a {kind} needs {'swap' if kind == 'substitution' else 'either'}, a table of listed text")
    if kind == "consistency" and any(_squashed(one) == _squashed(other) for one, other in swap):
        raise MatchError("either: the two spellings of a pair must differ by more than case, spaces or hyphens")
    if kind == "substitution" and len({_squashed(listed) for listed, _ in swap}) < len(swap):
        raise MatchError("swap: two listed texts differ only in case, spaces or hyphens")
    tokens = tuple(form for pair in swap for form in pair) if kind == "consistency" else _strings(table, "tokens")
    if kind == "substitution":
        tokens = tuple(key for key, _ in swap)
    patterns = _strings(table, "patterns")
    if not tokens and not patterns:
        raise MatchError(f"an {kind} needs tokens or patterns")
    scope, per = table.get("scope", "text"), table.get("per", "document")
    if scope not in SCOPES:
        raise MatchError(f"scope must be one of {', '.join(SCOPES)}, not {scope!r}")
    if per not in PER:
        raise MatchError(f"per must be one of {', '.join(PER)}, not {per!r}")
    minimum, maximum = _count(table, "min"), _count(table, "max")
    if kind == "occurrence" and minimum is None and maximum is None:
        raise MatchError("an occurrence needs min, max or both")
    if minimum is not None and maximum is not None and minimum > maximum:
        raise MatchError(f"min ({minimum}) must not be more than max ({maximum})")
    message = table.get("message", _MESSAGES[kind][0])
    suggestion = table.get("suggestion", _MESSAGES[kind][1])
    if not isinstance(message, str) or not isinstance(suggestion, str):
        raise MatchError("message and suggestion must be strings")
    fix, reason = _fix_of(table) if kind in ("substitution", "consistency") else (None, "")
    matcher = Matcher(
        kind,
        tokens,
        patterns,
        ignore_case,
        trusted,
        scope=scope,
        sections=_strings(table, "sections"),
        message=message,
        suggestion=suggestion,
        swap=swap,
        fix=fix,
        fix_reason=reason,
        minimum=minimum,
        maximum=maximum,
        per=per,
        hyphens=hyphens,
    )
    if not trusted:  # a built-in rule's patterns are checked by the tests (tests/test_rule_kinds.py)
        _check_patterns(patterns, matcher.sources, ignore_case)
    return matcher
