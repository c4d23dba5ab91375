"""The rule catalogue: one TOML file per rule in ``rules/``, discovered by glob.

A rule file holds the rule's documentation, defaults and examples; its logic is either data, a
``[match]`` table of one of the kinds of ``cvlint.rule.kinds`` (existence, substitution, consistency,
occurrence), or the function ``check`` in ``cvlint.checks.<name with underscores>``, imported only when
the rule runs, which may read lists of its own from named ``[matchers.NAME]`` tables.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import cache, partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cvlint.engine.example_tables import Example, examples_from_data, examples_from_toml
from cvlint.engine.rule_files import CatalogueError, read_text, toml_table
from cvlint.engine.rule_options import OptionSpec, option_from_table
from cvlint.model.findings import SEVERITIES, Severity
from cvlint.resources import rules_dir, scoring

if TYPE_CHECKING:
    from cvlint.model.document import Document
    from cvlint.model.findings import Finding
    from cvlint.rule.context import RuleContext
    from cvlint.rule.kinds import Matcher

CheckFunction = Callable[["Document", "RuleContext"], Iterable["Finding"]]

_CODE = re.compile(r"CV\d{3}")
_CUSTOM_CODE = re.compile(r"(?!CV)[A-Z]{1,4}\d{3}")
"""Codes of rules of your own: a prefix of your own (not ``CV``) and three digits, as in ``HS101``."""
_NAME = re.compile(r"[a-z]+(?:-[a-z]+)*")
_RULE_KEYS = frozenset(
    {
        "code",
        "name",
        "severity",
        "category",
        "summary",
        "rationale",
        "fix",
        "enabled-by-default",
        "applies-to",
        "formats",
        "options",
        "examples",
        "match",
        "matchers",
    }
)
FORMATS = ("markdown", "text", "latex", "json", "yaml", "docx", "pdf")
"""Every document format cvlint reads."""


@dataclass(frozen=True, slots=True)
class Rule:
    """One rule of the catalogue."""

    code: str
    name: str
    severity: Severity
    category: str
    """The score category (``rules/meta/scoring.toml``) the rule's findings count against."""
    summary: str
    rationale: str
    fix: str
    """``safe``, ``unsafe``, ``sometimes`` or ``none``: what fixes this rule can offer."""
    applies_to: tuple[str, ...]
    formats: tuple[str, ...] = FORMATS
    """The document formats the rule reads; in others it is not run (nor its module imported)."""
    options: dict[str, OptionSpec] = field(default_factory=dict)
    inline_examples: tuple[Example, ...] = ()
    """Examples given with the rule's table (rules of your own)."""
    examples_toml: str = ""
    """The ``[[examples]]`` tables of a bundled rule file, read only when the examples are wanted."""
    path: Path | None = None
    matcher: Matcher | None = None
    """For a rule that is data (its ``[match]`` table): what it matches; such a rule has no code module."""
    matchers: dict[str, Matcher] = field(default_factory=dict)
    """The lists a rule with code reads (its ``[matchers.NAME]`` tables), by name."""
    custom: bool = False
    """True for a rule of your own (``rule-dirs``)."""
    enabled_by_default: bool = True
    """False for a rule that runs only when selected by name, code, prefix or ``ALL`` (as ruff's RUF100)."""

    @property
    def examples(self) -> tuple[Example, ...]:
        """The rule's documented examples (``CatalogueError`` when its file describes them wrongly)."""
        return self.inline_examples or examples_from_toml(self.examples_toml, str(self.path))

    @property
    def fixable(self) -> bool:
        """True when the rule can offer fixes."""
        return self.fix != "none"

    def load_check(self) -> CheckFunction:
        """Import the rule's check function."""
        if self.matcher is not None:
            return partial(_run_data_rule, self.matcher)
        return _check_of(self.name)


@cache
def _check_of(name: str) -> CheckFunction:
    """The check function of the rule ``name`` (its module imported on the first call, not for each file)."""
    module = importlib.import_module(f"cvlint.checks.{name.replace('-', '_')}")
    check: CheckFunction = module.check
    return check


def _run_data_rule(matcher: Matcher, document: Document, context: RuleContext) -> Iterator[Finding]:
    """The findings of a rule that is data; patterns of your own that ran out of time are the file's error."""
    from cvlint.parse import DocumentError
    from cvlint.rule.kinds import PatternTimeout

    try:
        yield from matcher.check(document, context)
    except PatternTimeout as error:
        raise DocumentError(str(error)) from error


def _require(data: dict[str, Any], key: str, kind: type, where: str) -> Any:
    value = data.get(key)
    if not isinstance(value, kind):
        raise CatalogueError(f"{where}: '{key}' must be a {kind.__name__}")
    return value


_EXAMPLES_START = re.compile(r"^\[\[examples\]\]", re.MULTILINE)


def _parse_rule(path: Path, stored: bool) -> Rule:
    """A rule of the catalogue (``stored``: the bundled one); its examples, which come last in the file, are
    parsed only when wanted."""
    text = read_text(path)
    key = path.name if stored else None
    start = _EXAMPLES_START.search(text)
    if start is None:
        return rule_from_data(toml_table(text, path, key), path)
    rule = rule_from_data(toml_table(text[: start.start()], path, key), path)
    return replace(rule, examples_toml=text[start.start() :])


def _matchers(data: dict[str, Any], where: str, custom: bool) -> tuple[Matcher | None, dict[str, Matcher]]:
    """The rule's ``[match]`` table (required for a rule of your own) and its ``[matchers.NAME]`` tables."""
    if custom and ("match" not in data or "matchers" in data):
        raise CatalogueError(f"{where}: a rule of your own needs a [match] table (and has no [matchers])")
    if "match" in data and "matchers" in data:
        raise CatalogueError(f"{where}: a rule is either data ([match]) or code with lists ([matchers]), not both")
    named = data.get("matchers", {})
    if not isinstance(named, dict):
        raise CatalogueError(f"{where}: matchers must be a table of [matchers.NAME] tables")
    if "match" not in data and not named:
        return None, {}
    from cvlint.rule.kinds import MatchError, matcher_from_table  # only for rules that are data or hold lists

    try:
        matcher = matcher_from_table(data["match"], not custom) if "match" in data else None
        return matcher, {name: matcher_from_table(table, True, f"matchers.{name}") for name, table in named.items()}
    except MatchError as error:
        raise CatalogueError(f"{where}: {error}") from error


def rule_from_data(data: dict[str, Any], path: Path, custom: bool = False) -> Rule:
    """A rule from the table of its file; a custom rule (``custom``) must hold ``match``."""
    where = str(path)
    unknown = set(data) - _RULE_KEYS
    if unknown:
        raise CatalogueError(f"{where}: unknown keys {sorted(unknown)}")
    code = _require(data, "code", str, where)
    name = _require(data, "name", str, where)
    code_pattern, code_example = (_CUSTOM_CODE, "HS101") if custom else (_CODE, "CV101")
    if not code_pattern.fullmatch(code) or not _NAME.fullmatch(name):
        raise CatalogueError(f"{where}: code must look like {code_example} and name like empty-bullet")
    severity = _require(data, "severity", str, where)
    if severity not in SEVERITIES:
        raise CatalogueError(f"{where}: severity must be one of {SEVERITIES}")
    category = _require(data, "category", str, where)
    if category not in score_categories():
        raise CatalogueError(f"{where}: category must be one of {sorted(score_categories())}")
    matcher, matchers = _matchers(data, where, custom)
    fix = data.get("fix", "none")
    if fix not in ("safe", "unsafe", "sometimes", "none"):
        raise CatalogueError(f"{where}: fix must be safe, unsafe, sometimes or none")
    if matcher is not None:
        fix = matcher.fix or "none"
        if data.get("fix", fix) != fix:
            raise CatalogueError(f"{where}: fix is '{data['fix']}' but its [match] table offers {fix} fixes")
    options: dict[str, OptionSpec] = {}
    for option_name, spec in data.get("options", {}).items():
        options[option_name] = option_from_table(option_name, spec, where)
    enabled = data.get("enabled-by-default", True)
    if not isinstance(enabled, bool):
        raise CatalogueError(f"{where}: enabled-by-default must be true or false")
    applies_to = tuple(data.get("applies-to", ("resume", "cover-letter")))
    formats = tuple(data.get("formats", FORMATS))
    if set(formats) - set(FORMATS):
        raise CatalogueError(f"{where}: formats must be among {', '.join(FORMATS)}")
    return Rule(
        code=code,
        name=name,
        severity=severity,
        category=category,
        summary=_require(data, "summary", str, where),
        rationale=_require(data, "rationale", str, where).strip(),
        fix=fix,
        applies_to=applies_to,
        formats=formats,
        options=options,
        inline_examples=examples_from_data(data, where),
        path=path,
        matcher=matcher,
        matchers=matchers,
        custom=custom,
        enabled_by_default=enabled,
    )


def score_categories() -> frozenset[str]:
    """The categories a rule may belong to."""
    return frozenset(scoring()["categories"])


class Catalogue:
    """All rules, by code and by name."""

    def __init__(self, rules: Iterable[Rule]) -> None:
        given = list(rules)
        self._by_key: dict[str, Rule] = {}
        for rule in given:  # in the order given, so that a clash names the rule that came later
            for key in (rule.code, rule.name):
                if key in self._by_key:
                    raise CatalogueError(f"{rule.path}: '{key}' is already the code or name of another rule")
                self._by_key[key] = rule
        self.rules: list[Rule] = sorted(given, key=lambda r: r.code)
        self.keys: frozenset[str] = frozenset(self._by_key)
        """The code and the name of every rule (what a suppression comment may name)."""

    def __iter__(self) -> Iterator[Rule]:
        return iter(self.rules)

    def extended(self, rules: Iterable[Rule]) -> Catalogue:
        """This catalogue with ``rules`` added; a code or name already taken is a ``CatalogueError``."""
        return Catalogue([*self.rules, *rules])

    def get(self, key: str) -> Rule | None:
        """The rule with this code or name (codes are case-insensitive)."""
        return self._by_key.get(key) or self._by_key.get(key.upper())

    def matching(self, selector: str) -> list[Rule]:
        """Rules a selector names: ``ALL``, a code, a code prefix (``CV2``) or a name."""
        if selector.upper() == "ALL":
            return list(self.rules)
        rule = self.get(selector)
        if rule is not None:
            return [rule]
        prefix = selector.upper()
        if re.fullmatch(r"[A-Z]{1,4}\d{0,2}", prefix):
            return [r for r in self.rules if r.code.startswith(prefix)]
        return []

    def select(self, select: Iterable[str] | None, ignore: Iterable[str], extend: Iterable[str] = ()) -> list[Rule]:
        """The rules of ``select`` (those enabled by default when None) and ``extend`` minus ``ignore``;
        unknown selectors raise."""
        chosen: dict[str, Rule] = {}
        if select is None:
            chosen.update((rule.code, rule) for rule in self.rules if rule.enabled_by_default)
        for selector in (*(select or ()), *extend):
            chosen.update((rule.code, rule) for rule in self._known(selector))
        for selector in ignore:
            found = self._known(selector)
            for rule in found:
                chosen.pop(rule.code, None)
        return [rule for rule in self.rules if rule.code in chosen]

    def _known(self, selector: str) -> list[Rule]:
        found = self.matching(selector)
        if not found:
            raise CatalogueError(self.unknown_message(selector))
        return found

    def unknown_message(self, selector: str) -> str:
        """``unknown rule 'X'`` with the closest rule name or code, for a selector that names none."""
        from cvlint.text.suggest import did_you_mean

        hint = did_you_mean(selector, [key for rule in self.rules for key in (rule.name, rule.code)])
        return f"unknown rule '{selector}'" + (hint or " (see 'cvlint rules')")


@cache
def load_catalogue(directory: Path | None = None) -> Catalogue:
    """Read every ``*.toml`` rule file of the catalogue (the bundled one by default)."""
    base = directory or rules_dir()
    return Catalogue(_parse_rule(path, directory is None) for path in sorted(base.glob("*.toml")))
