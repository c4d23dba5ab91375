"""Rules of your own, as data: TOML files in the folders a configuration names with ``rule-dirs``.

A custom rule has the fields of a built-in rule file (code, name, severity, category, summary,
rationale, examples) and a ``[match]`` table, in the manner of Vale's styles: ``existence`` reports
listed words, phrases or patterns; ``substitution`` reports them and offers their replacement.
Nothing in a rule file runs code: patterns are regular expressions, messages are templates in which
``{match}`` and ``{replacement}`` are the only fields. Patterns run with the ``regex`` package under a
time bound (``PATTERN_SECONDS`` a file), so one that backtracks without end (``(a|aa)+$``) stops the
file with one line instead of hanging the run; each pattern keeps its own groups (a branch reset).
"""

from __future__ import annotations

import re
import time
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import regex

from cvlint.engine.catalogue import CatalogueError, Rule, read_rule_file, rule_from_data
from cvlint.model.document import Document, Text
from cvlint.model.findings import Finding, Fix
from cvlint.parse import DocumentError
from cvlint.rule.context import RuleContext
from cvlint.rule.repository import path_inside
from cvlint.text.code_spans import in_code_or_url
from cvlint.text.phrases import own_group, phrase_regex

_MATCH_KEYS = frozenset(
    {"kind", "tokens", "patterns", "swap", "scope", "sections", "ignore-case", "message", "suggestion"}
)
SCOPES = ("text", "bullets", "headings")
PATTERN_SECONDS = 2.0
"""How long the patterns of one rule of your own may run on one file before the file is given up."""


class PatternTimeout(DocumentError):
    """A rule of your own whose pattern ran past ``PATTERN_SECONDS`` on one file; the message is one line."""


@dataclass(frozen=True, slots=True)
class Matcher:
    """What a custom rule looks for, where, and what it says."""

    kind: str
    """``existence`` or ``substitution``."""
    pattern: regex.Pattern[str]
    swap: tuple[tuple[str, str], ...]
    """For substitution: lower-cased listed text → its replacement."""
    scope: str
    sections: tuple[str, ...]
    """Section roles the rule looks in (``experience``…); empty for all."""
    message: str
    suggestion: str

    def fingerprint(self) -> str:
        """Everything that decides this rule's findings, for the findings cache."""
        fields = (self.kind, self.pattern.pattern, self.pattern.flags, self.swap, self.scope, self.sections)
        return repr((*fields, self.message, self.suggestion))

    def check(self, document: Document, context: RuleContext) -> Iterator[Finding]:
        """Report every match in the scope; a substitution offers its replacement as an unsafe fix."""
        replacements = dict(self.swap)
        seen: set[tuple[int, int]] = set()
        deadline = time.monotonic() + PATTERN_SECONDS
        for text in self._texts(document):
            for match in self._matches(text.value, deadline, context):
                found = match.group()
                if not found:
                    continue
                span = text.source_span(match.start(), match.end())
                if (span.start, span.end) in seen or in_code_or_url(document, span):
                    continue  # a text can be read twice (a heading inside a list item)
                seen.add((span.start, span.end))
                wanted = replacements.get(found.lower())
                if wanted is not None and found[:1].isupper():
                    wanted = wanted[:1].upper() + wanted[1:]
                fix = None
                if wanted is not None and document.source[span.start : span.end] == found:
                    fix = Fix.replace(span.start, span.end, document.escape(wanted), "unsafe")
                yield context.finding(
                    span.start,
                    span.end,
                    _fill(self.message, found, wanted),
                    _fill(self.suggestion, found, wanted) or None,
                    fix,
                    context=found,
                )

    def _matches(self, value: str, deadline: float, context: RuleContext) -> list[Any]:
        try:
            return list(self.pattern.finditer(value, timeout=max(deadline - time.monotonic(), 0.001)))
        except TimeoutError as error:
            rule = context.active.rule
            raise PatternTimeout(
                f"rule {rule.code} ({rule.name}): its patterns ran over {PATTERN_SECONDS:g} s on this file "
                "and were stopped (nested repetition such as (a|aa)+ backtracks without end): simplify them"
            ) from error

    def _texts(self, document: Document) -> Iterator[Text]:
        if self.scope == "text":
            yield from (text for section, text in document.prose() if self._looks_in(section.role))
            return
        for section in document.sections:
            if not self._looks_in(section.role):
                continue
            if self.scope == "headings":
                yield from (section.heading.text,) if section.heading is not None else ()
            else:
                yield from (bullet.text for bullet in section.all_bullets())

    def _looks_in(self, role: str) -> bool:
        return not self.sections or role in self.sections


def _fill(template: str, found: str, wanted: str | None) -> str:
    return template.replace("{match}", found).replace("{replacement}", wanted or "")


def _strings(table: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = table.get(key, [])
    if not isinstance(value, list) or not all(isinstance(item, str) and item.strip() for item in value):
        raise CatalogueError(f"{where}: match.{key} must be a list of non-empty strings")
    return tuple(value)


def _matcher(table: Any, where: str) -> Matcher:
    if not isinstance(table, dict):
        raise CatalogueError(f"{where}: a rule of your own needs a [match] table")
    unknown = set(table) - _MATCH_KEYS
    if unknown:
        raise CatalogueError(f"{where}: unknown keys in [match]: {sorted(unknown)}")
    kind = table.get("kind")
    if kind not in ("existence", "substitution"):
        raise CatalogueError(f"{where}: match.kind must be 'existence' or 'substitution'")
    swap_table = table.get("swap", {})
    if not isinstance(swap_table, dict) or not all(isinstance(v, str) for v in swap_table.values()):
        raise CatalogueError(f"{where}: match.swap must map listed text to its replacement")
    if (kind == "substitution") != bool(swap_table):
        raise CatalogueError(f"{where}: a substitution needs match.swap, and only a substitution has one")
    tokens = (*_strings(table, "tokens", where), *swap_table)
    patterns = _strings(table, "patterns", where)
    if not tokens and not patterns:
        raise CatalogueError(f"{where}: match needs tokens, patterns or swap")
    flags = regex.IGNORECASE if table.get("ignore-case", True) else 0
    parts = [phrase_regex(tokens, gap=r"\s+")] if tokens else []
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # Python's doubts ("possible nested set") are mistakes here
            for written in patterns:
                re.compile(written)  # each pattern must stand on its own, not only inside the alternation
        # A branch reset (?|…|…): each pattern numbers its groups from 1, so its \1 is its own group
        # and two patterns may use the same group name.
        compiled = regex.compile("(?|" + "|".join([*parts, *map(own_group, patterns)]) + ")", flags)
    except (re.error, regex.error, Warning) as error:
        raise CatalogueError(f"{where}: match.patterns: {error}") from error
    scope = table.get("scope", "text")
    if scope not in SCOPES:
        raise CatalogueError(f"{where}: match.scope must be one of {', '.join(SCOPES)}")
    message = table.get("message", "'{match}'")
    suggestion = table.get("suggestion", "use '{replacement}'" if kind == "substitution" else "")
    if not isinstance(message, str) or not isinstance(suggestion, str):
        raise CatalogueError(f"{where}: match.message and match.suggestion must be strings")
    return Matcher(
        kind,
        compiled,
        tuple((key.lower(), value) for key, value in swap_table.items()),
        scope,
        _strings(table, "sections", where),
        message,
        suggestion,
    )


def load_rule_dirs(folders: Iterable[Path], root: Path) -> list[Rule]:
    """The rules of every ``*.toml`` file in ``folders`` (sorted by name); ``CatalogueError`` when one is wrong.

    The folders are inside ``root`` (resolved); a rule file that is a link to a file outside it is refused, unread.
    """
    rules: list[Rule] = []
    for folder in folders:
        if not folder.is_dir():
            raise CatalogueError(f"{folder}: rule-dirs names a folder that does not exist")
        for path in sorted(folder.glob("*.toml")):
            if path_inside(root, folder, path.name) is None:
                raise CatalogueError(f"{path}: a link to a file outside {root}, the repository it configures")
            data = read_rule_file(path)
            rule = rule_from_data(data, path, custom=True)
            matcher = _matcher(data.get("match"), str(path))
            fix = "unsafe" if matcher.kind == "substitution" else "none"
            rules.append(replace(rule, matcher=matcher, fix=fix))
    return rules
