"""Running rules over a document: settings, rule contexts, suppressions, positions."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from typing import Any

from cvlint.engine.catalogue import Catalogue, Rule, load_catalogue
from cvlint.engine.config import Config
from cvlint.engine.fingerprint import fingerprint, scope_at, scopes
from cvlint.model.document import Document, DocumentKind
from cvlint.model.findings import Finding, Position, Severity
from cvlint.parse import parse
from cvlint.rule.context import RuleContext
from cvlint.rule.suppression import collect

UNUSED_SUPPRESSION = "unused-suppression"


@dataclass(frozen=True, slots=True)
class ActiveRule:
    """A selected rule with its effective severity and options."""

    rule: Rule
    severity: Severity
    options: dict[str, Any]
    configured_severity: Severity | None = None
    """The severity the configuration sets for the rule, if it sets one (it then applies to every finding)."""


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything that decides how one file is linted."""

    rules: tuple[ActiveRule, ...]
    today: dt.date
    kind: DocumentKind | None = None
    words: frozenset[str] = frozenset()
    """Words the spelling rule accepts: the configuration's and those the caller passes (the CLI's from
    .cvlint-words.txt files)."""
    known_rules: frozenset[str] = frozenset()
    """The names and codes of every rule of the catalogue, selected or not (for suppression comments)."""
    capped: bool = True
    """Whether findings are ``capped``; not while ``--fix`` applies every fix, round after round."""
    files_beside: bool = True
    """Whether rules may look at files beside the document (broken-link's relative targets); not for the
    Python API, which reads nothing but its arguments."""


def resolve_settings(
    config: Config | None,
    *,
    path: str | None = None,
    select: tuple[str, ...] | None = None,
    ignore: tuple[str, ...] = (),
    today: dt.date | None = None,
    kind: DocumentKind | None = None,
    catalogue: Catalogue | None = None,
    extend_select: tuple[str, ...] = (),
    words: frozenset[str] = frozenset(),
) -> Settings:
    """Combine the catalogue, a config file and command-line choices (which win) for ``path``; ``words``
    (those of ``.cvlint-words.txt`` files, which the caller reads) join the configuration's. Reads no file."""
    config = config or Config()
    catalogue = config.catalogue or catalogue or load_catalogue()
    chosen = select if select is not None else config.select
    ignored = (*config.ignore, *ignore, *(config.ignored_for(path) if path else ()))
    active: list[ActiveRule] = []
    for rule in catalogue.select(chosen, ignored, (*config.extend_select, *extend_select)):
        settings = config.rules.get(rule.name)
        options = {name: spec.default for name, spec in rule.options.items()}
        configured: Severity | None = None
        if settings is not None:
            options.update(settings.options)
            configured = settings.severity or None  # type: ignore[assignment]
        active.append(ActiveRule(rule, configured or rule.severity, options, configured))
    config_kind: DocumentKind | None = config.kind  # type: ignore[assignment]
    return Settings(
        tuple(active),
        today or config.today or dt.date.today(),
        kind or config_kind,
        frozenset(config.words) | words,
        catalogue.keys,
    )


MAX_FINDINGS_PER_RULE = 100
"""Findings one rule reports in one file; the rest are counted in one more finding ("and 115 more")."""


def lint_document(document: Document, settings: Settings) -> list[Finding]:
    """Every finding of the selected rules in ``document``, suppressions applied, in source order
    (``capped`` unless ``settings.capped`` is False)."""
    suppressions = collect(document.source, document.line_index)
    scope_index = scopes(document)
    findings: list[Finding] = []
    running = [
        active
        for active in settings.rules
        if document.kind in active.rule.applies_to and document.format in active.rule.formats
    ]
    # unused-suppression reads what the other rules' findings used, so it runs last.
    running.sort(key=lambda active: active.rule.name == UNUSED_SUPPRESSION)
    ran = frozenset(key for active in running for key in (active.rule.name, active.rule.code))
    position = document.line_index.position
    source = document.source
    for active in running:
        check = active.rule.load_check()
        context = RuleContext(active, settings.today, settings.words, settings.files_beside)
        unused = active.rule.name == UNUSED_SUPPRESSION
        if unused:
            context.suppressions, context.ran, context.known_rules = suppressions, ran, settings.known_rules
        for made in check(document, context):
            start, end, fix = made.start, made.end, made.fix
            begin = position(start)
            if suppressions and (
                (not unused and suppressions.holds(start, end)) or suppressions.covers(made.rule, made.code, begin[0])
            ):
                continue
            context_text = made.context or source[start:end]
            scope = scope_at(scope_index, start)
            findings.append(  # made once, every field given (not copied twice with dataclasses.replace)
                Finding(
                    made.code,
                    made.rule,
                    made.severity,
                    start,
                    end,
                    made.message,
                    made.suggestion,
                    fix,
                    document.path,
                    Position(*begin),
                    Position(*position(end)),
                    ()
                    if fix is None
                    else tuple((Position(*position(edit.start)), Position(*position(edit.end))) for edit in fix.edits),
                    context_text,
                    scope,
                    fingerprint(made.rule, context_text, scope),
                )
            )
    findings.sort(key=lambda f: (f.start, f.end, f.code))
    return capped(findings) if settings.capped else findings


def capped(findings: list[Finding]) -> list[Finding]:
    """``findings`` (in source order) with each rule's first ``MAX_FINDINGS_PER_RULE``, then one finding
    that counts the rest, so one damaged file cannot flood a terminal, a SARIF file or a CI log."""
    counts: Counter[str] = Counter()
    kept: list[Finding] = []
    first_left: dict[str, Finding] = {}
    for finding in findings:
        counts[finding.rule] += 1
        if counts[finding.rule] <= MAX_FINDINGS_PER_RULE:
            kept.append(finding)
        else:
            first_left.setdefault(finding.rule, finding)
    if not first_left:
        return findings
    kept.extend(_more(first, counts[rule] - MAX_FINDINGS_PER_RULE) for rule, first in first_left.items())
    kept.sort(key=lambda f: (f.start, f.end, f.code))
    return kept


def _more(first_left: Finding, more: int) -> Finding:
    """The finding that stands for the ``more`` a rule had past its cap, at the first of them."""
    return Finding(
        first_left.code,
        first_left.rule,
        first_left.severity,
        first_left.start,
        first_left.end,
        f"and {more} more {first_left.rule} finding{'s' if more > 1 else ''} in this file, not shown "
        f"(at most {MAX_FINDINGS_PER_RULE} a rule a file)",
        "fix those shown and lint again, or look at the file as a whole",
        path=first_left.path,
        begin=first_left.begin,
        finish=first_left.finish,
        context=f"{first_left.rule}: more",
        scope=first_left.scope,
        fingerprint=fingerprint(first_left.rule, f"{first_left.rule}: more", first_left.scope),
    )


def lint_source(
    source: str, path: str, settings: Settings, encoding: str = "utf-8", origin: str | None = None
) -> tuple[Document, list[Finding]]:
    """Parse and lint decoded text; ``origin`` (``docx``, ``pdf``) names the format it was taken out of."""
    fmt = {"docx": "markdown", "pdf": "text"}.get(origin or "")
    document = parse(source, path, settings.kind, encoding, fmt=fmt)
    if origin is not None:
        document.format = origin
    return document, lint_document(document, settings)
