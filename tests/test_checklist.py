"""Every rule of the reviewer's checklist on one real-looking résumé: each fires on its own line."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from cvlint import lint_text
from cvlint.engine.lint import lint_source, resolve_settings

PATH = Path(__file__).parent / "fixtures" / "checklist_resume.md"
EXPECTED = {
    "missing-contact": 3,
    "placeholder-link": 3,
    "broken-link": 3,
    "buzzword": 7,
    "weak-verb": 14,
    "first-person": 15,
    "typography": 16,
    "article": 17,
    "term-casing": 17,
    "repeated-verb": 21,
    "spelling": 22,
    "placeholder-text": 23,
    "readability": 24,
    "long-bullet": 25,
    "heading-level": 27,
    "bullet-marker": 30,
    "bullet-punctuation": 25,
    "missing-action-verb": 30,
    "ai-artifact": 33,
    "privacy": 42,
    "unquantified-bullet": 23,
}


def test_each_rule_fires_where_expected() -> None:
    # As the command line lints the file (lint_text looks at no file beside it, as broken-link must).
    settings = resolve_settings(None, path=str(PATH), today=dt.date(2026, 11, 24))
    findings = lint_source(PATH.read_text(encoding="utf-8"), str(PATH), settings)[1]
    lines: dict[str, set[int]] = {}
    for finding in findings:
        lines.setdefault(finding.rule, set()).add(finding.line)
    for rule, line in EXPECTED.items():
        assert line in lines.get(rule, set()), f"{rule} did not fire on line {line}: {sorted(lines.get(rule, set()))}"


def test_every_finding_points_at_its_text() -> None:
    source = PATH.read_text(encoding="utf-8")
    for finding in lint_text(source, path=str(PATH), today=dt.date(2026, 11, 24)):
        assert 0 <= finding.start <= finding.end <= len(source)
        if finding.context and finding.end > finding.start and finding.rule in ("spelling", "term-casing", "article"):
            assert source[finding.start : finding.end] in finding.message
