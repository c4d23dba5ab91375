"""A rule's documented examples, run with only that rule selected: what the example tests check and
``scripts/pin_rule_examples.py`` pins into the rule files."""

from __future__ import annotations

import datetime as dt

from cvlint.engine.catalogue import Catalogue, Rule
from cvlint.engine.config import parse_config
from cvlint.engine.example_tables import Example, Pin
from cvlint.engine.fixes import FixResult, fix_until_stable
from cvlint.engine.lint import Settings, lint_source, resolve_settings
from cvlint.model.findings import Finding

TODAY = dt.date(2026, 6, 1)
"""The date examples are judged against unless they give their own ``today``."""
_PATHS = {"markdown": "resume.md", "text": "resume.txt", "yaml": "cv.yaml", "latex": "cv.tex", "json": "cv.json"}


def example_path(example: Example) -> str:
    """The file name an example is linted as (it picks the format)."""
    return _PATHS[example.format]


def example_settings(rule: Rule, example: Example, catalogue: Catalogue) -> Settings:
    """Settings selecting ``rule`` (even a rule off by default) and the example's ``extend-select`` alone,
    with the example's options."""
    config = parse_config({"rules": {rule.name: dict(example.options)}}, None, catalogue) if example.options else None
    return resolve_settings(
        config,
        select=(rule.name, *example.extend_select),
        kind=example.kind,  # type: ignore[arg-type]
        today=dt.date.fromisoformat(example.today) if example.today else TODAY,
        catalogue=catalogue,
    )


def example_findings(rule: Rule, example: Example, text: str, catalogue: Catalogue) -> list[Finding]:
    """The findings of ``rule`` in ``text`` (the example's ``bad`` or ``good``)."""
    found = lint_source(text, example_path(example), example_settings(rule, example, catalogue))[1]
    return [finding for finding in found if finding.rule == rule.name]


def example_fixed(rule: Rule, example: Example, catalogue: Catalogue) -> FixResult:
    """What ``--fix`` (``--unsafe-fixes`` when the example says ``unsafe``) makes of ``bad`` with ``rule`` alone."""
    assert example.bad is not None
    settings = example_settings(rule, example, catalogue)
    path = example_path(example)
    return fix_until_stable(example.bad, lambda text: lint_source(text, path, settings)[1], unsafe=example.unsafe)


def pin_of(finding: Finding) -> Pin:
    """The pin that records ``finding`` in full."""
    return Pin(finding.line, finding.column, finding.message, finding.fix.applicability if finding.fix else None)


def pinned(pin: Pin, finding: Finding) -> bool:
    """Whether ``finding`` is the one ``pin`` records."""
    return pin.matches(
        finding.line, finding.column, finding.message, finding.fix.applicability if finding.fix else None
    )
