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

from cvlint import toml_store
from cvlint.model.findings import SEVERITIES, Severity
from cvlint.parse.read_files import InputError, read_data_file
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
_EXAMPLE_KEYS = frozenset(
    {"title", "bad", "good", "fixed", "format", "kind", "today", "options", "unsafe", "findings", "extend-select"}
)
_OPTION_KEYS = frozenset({"default", "description", "choices", "min", "max"})


class CatalogueError(Exception):
    """A rule file that does not describe a rule correctly."""


@dataclass(frozen=True, slots=True)
class OptionSpec:
    """A rule option: its default (which fixes its type), its range or its choices, each with its meaning."""

    name: str
    default: Any
    description: str
    choices: tuple[Any, ...] = ()
    meanings: dict[Any, str] = field(default_factory=dict)
    """What each choice means, for people (``cvlint rule NAME``)."""
    choice_data: dict[Any, dict[str, Any]] = field(default_factory=dict)
    """What each choice means to the rule's check (privacy: the kinds of data a market ``reports``)."""
    minimum: int | float | None = None
    maximum: int | float | None = None

    def range_text(self) -> str:
        """The values a number option allows: ``at least 1``, ``at most 5``, ``from 0.0 to 1.0`` (or empty)."""
        if self.minimum is not None and self.maximum is not None:
            return f"from {self.minimum} to {self.maximum}"
        if self.minimum is not None:
            return f"at least {self.minimum}"
        return "" if self.maximum is None else f"at most {self.maximum}"

    def validate(self, value: Any) -> Any:
        """``value`` if it fits this option, else ``ValueError`` saying what is expected."""
        expected = type(self.default)
        if expected is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if type(value) is not expected:
            raise ValueError(f"option '{self.name}' takes a {expected.__name__}, not {value!r}")
        if self.choices and value not in self.choices:
            allowed = ", ".join(repr(c) for c in self.choices)
            raise ValueError(f"option '{self.name}' must be one of {allowed}, not {value!r}")
        if (self.minimum is not None and value < self.minimum) or (self.maximum is not None and value > self.maximum):
            raise ValueError(f"option '{self.name}' must be {self.range_text()}, not {value!r}")
        return value


def _option(name: str, spec: Any, where: str) -> OptionSpec:
    """An option from its table: ``default``, ``description``, a number's ``min``/``max``, or ``choices``,
    a table of ``value = "meaning"`` or ``value = { description = "meaning", ... }`` (data for the check);
    a true-or-false option's choices are ``true`` and ``false``."""
    if not isinstance(spec, dict) or "default" not in spec or set(spec) - _OPTION_KEYS:
        raise CatalogueError(
            f"{where}: option '{name}' needs a default (and may have description, min, max or choices)"
        )
    default = spec["default"]
    number = isinstance(default, int | float) and not isinstance(default, bool)
    bounds = [spec.get(key) for key in ("min", "max")]
    for key, bound in zip(("min", "max"), bounds, strict=True):
        if bound is not None and (not number or type(bound) is not type(default)):
            raise CatalogueError(f"{where}: option '{name}': {key} must be a {type(default).__name__} like its default")
    choices = spec.get("choices", {})
    boolean = isinstance(default, bool)
    if (
        not isinstance(choices, dict)
        or (choices and not isinstance(default, str) and not boolean)
        or (choices and boolean and set(choices) != {"true", "false"})
    ):
        raise CatalogueError(
            f"{where}: option '{name}': choices must be a table of value = meaning, for an option taking a string "
            "(or of true and false, for one taking true or false)"
        )
    if boolean:
        choices = {value == "true": meaning for value, meaning in choices.items()}
    meanings: dict[Any, str] = {}
    data: dict[Any, dict[str, Any]] = {}
    for value, meaning in choices.items():
        table = {"description": meaning} if isinstance(meaning, str) else meaning
        if not isinstance(table, dict) or not isinstance(table.get("description"), str):
            raise CatalogueError(f"{where}: option '{name}': choice '{value}' needs its meaning (a description)")
        meanings[value] = table["description"]
        data[value] = {key: item for key, item in table.items() if key != "description"}
    option = OptionSpec(name, default, spec.get("description", ""), tuple(choices), meanings, data, *bounds)
    try:
        option.validate(default)
    except ValueError as error:
        raise CatalogueError(f"{where}: the default of {error}") from error
    return option


@dataclass(frozen=True, slots=True)
class Pin:
    """A finding a ``bad`` example must give: where it starts, its message (or a part of it), its fix."""

    line: int
    column: int
    message: str
    fix: str | None = None
    """``safe`` or ``unsafe``: the applicability of the finding's fix; None when it has none."""

    def matches(self, line: int, column: int, message: str, fix: str | None) -> bool:
        """Whether a finding at ``line``, ``column`` with ``message`` and a fix of ``fix`` is this one."""
        return (self.line, self.column, self.fix) == (line, column, fix) and self.message in message


@dataclass(frozen=True, slots=True)
class Example:
    """A documented example, run as a test with only its rule selected: ``bad`` gives exactly the findings
    it pins (``findings``), ``good`` gives none, ``fixed`` is what ``--fix`` makes of ``bad``."""

    title: str
    bad: str | None
    good: str | None
    fixed: str | None
    format: str
    kind: str | None
    today: str | None
    options: dict[str, Any]
    unsafe: bool
    findings: tuple[Pin, ...] = ()
    extend_select: tuple[str, ...] = ()
    """Rules run besides the example's own (unused-suppression reads what their findings used); only the
    example's rule's findings are pinned and checked."""


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
        return self.inline_examples or _examples_from_toml(self.examples_toml, str(self.path))

    @property
    def fixable(self) -> bool:
        """True when the rule can offer fixes."""
        return self.fix != "none"

    def load_check(self) -> CheckFunction:
        """Import the rule's check function."""
        if self.matcher is not None:
            return partial(_run_data_rule, self.matcher)
        module = importlib.import_module(f"cvlint.checks.{self.name.replace('-', '_')}")
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


def _toml(text: str, where: object, stored: str | None = None) -> dict[str, Any]:
    """The table of ``text``; ``stored`` names a bundled file, whose table may come from the store."""
    try:
        if stored is not None:
            return toml_store.parsed(stored, text)
        import tomllib

        return tomllib.loads(text)
    except ValueError as error:  # tomllib.TOMLDecodeError, imported only by a run that parses TOML
        raise CatalogueError(f"{where}: {error}") from error
    except RecursionError as error:
        raise CatalogueError(f"{where}: not valid TOML: arrays or tables nested too deeply") from error


def _read_text(path: Path) -> str:
    try:
        return read_data_file(path)
    except OSError as error:
        raise CatalogueError(f"{path}: cannot read: {error.strerror or error}") from error
    except InputError as error:
        raise CatalogueError(f"{path}: {error}") from error


def read_rule_file(path: Path) -> dict[str, Any]:
    """The TOML table of a rule file; ``CatalogueError`` when it cannot be read or parsed."""
    return _toml(_read_text(path), path)


_EXAMPLES_START = re.compile(r"^\[\[examples\]\]", re.MULTILINE)


def _parse_rule(path: Path, stored: bool) -> Rule:
    """A rule of the catalogue (``stored``: the bundled one); its examples, which come last in the file, are
    parsed only when wanted."""
    text = _read_text(path)
    key = path.name if stored else None
    start = _EXAMPLES_START.search(text)
    if start is None:
        return rule_from_data(_toml(text, path, key), path)
    rule = rule_from_data(_toml(text[: start.start()], path, key), path)
    return replace(rule, examples_toml=text[start.start() :])


@cache
def _examples_from_toml(text: str, where: str) -> tuple[Example, ...]:
    data = _toml(text, where)
    if set(data) - {"examples"}:
        raise CatalogueError(f"{where}: {sorted(set(data) - {'examples'})} must come before the [[examples]]")
    return _examples(data, where)


def _examples(data: dict[str, Any], where: str) -> tuple[Example, ...]:
    examples: list[Example] = []
    for index, example in enumerate(data.get("examples", [])):
        if set(example) - _EXAMPLE_KEYS or not ({"bad", "good"} & set(example)):
            raise CatalogueError(f"{where}: example {index + 1} needs bad or good text and only known keys")
        if "findings" in example and "bad" not in example:
            raise CatalogueError(f"{where}: example {index + 1} pins findings but has no bad text")
        examples.append(
            Example(
                title=example.get("title", f"example {index + 1}"),
                bad=example.get("bad"),
                good=example.get("good"),
                fixed=example.get("fixed"),
                format=example.get("format", "markdown"),
                kind=example.get("kind"),
                today=example.get("today"),
                options=example.get("options", {}),
                unsafe=example.get("unsafe", False),
                findings=tuple(_pin(pin, f"{where}: example {index + 1}") for pin in example.get("findings", [])),
                extend_select=tuple(example.get("extend-select", ())),
            )
        )
    return tuple(examples)


def _pin(data: Any, where: str) -> Pin:
    """A pinned finding from its inline table ``{ line = 2, column = 3, message = "...", fix = "safe" }``."""
    if (
        not isinstance(data, dict)
        or set(data) - {"line", "column", "message", "fix"}
        or not all(isinstance(data.get(key), int) and data[key] > 0 for key in ("line", "column"))
        or not isinstance(data.get("message"), str)
        or data.get("fix", "safe") not in ("safe", "unsafe")
    ):
        raise CatalogueError(
            f"{where}: each of findings needs a line, a column, a message (or part of it) "
            "and may have fix = 'safe' or 'unsafe'"
        )
    return Pin(data["line"], data["column"], data["message"], data.get("fix"))


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
        options[option_name] = _option(option_name, spec, where)
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
        inline_examples=_examples(data, where),
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
