"""A 0–100 quality score per file, by category, from the weights in ``rules/meta/scoring.toml``."""

from __future__ import annotations

from dataclasses import dataclass

from cvlint.engine.catalogue import Catalogue
from cvlint.model.findings import Finding
from cvlint.resources import scoring


@dataclass(frozen=True, slots=True)
class CategoryScore:
    """What is left of one category's weight, and the findings that took the rest."""

    name: str
    weight: int
    points: int
    findings: int


@dataclass(frozen=True, slots=True)
class Score:
    """A file's score and its breakdown."""

    total: int
    categories: tuple[CategoryScore, ...]


def score(findings: list[Finding], catalogue: Catalogue) -> Score:
    """Each category starts at its weight; each finding subtracts its severity's penalty (floor 0)."""
    table = scoring()
    penalties: dict[str, int] = table["penalties"]
    lost: dict[str, int] = {}
    counts: dict[str, int] = {}
    for finding in findings:
        rule = catalogue.get(finding.code)
        category = rule.category if rule is not None else "formatting"
        lost[category] = lost.get(category, 0) + penalties[finding.severity]
        counts[category] = counts.get(category, 0) + 1
    parts = []
    for name, spec in table["categories"].items():
        weight = int(spec["weight"])
        parts.append(CategoryScore(name, weight, max(0, weight - lost.get(name, 0)), counts.get(name, 0)))
    return Score(sum(part.points for part in parts), tuple(parts))
