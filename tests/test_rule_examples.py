"""Every rule's documented examples are tests: bad yields the rule, good does not, fixed is what --fix makes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from cvlint.catalogue import CatalogueError, Example, Rule, load_catalogue
from cvlint.engine import lint_source, resolve_settings
from cvlint.fixes import fix_until_stable
from cvlint.resources import rules_dir

CATALOGUE = load_catalogue()
CASES = [(rule, example) for rule in CATALOGUE for example in rule.examples]


def _lint(rule: Rule, example: Example, text: str) -> list[str]:
    settings = _settings(rule, example)
    return [f.rule for f in lint_source(text, _path(example), settings)[1]]


def _path(example: Example) -> str:
    return {"markdown": "resume.md", "text": "resume.txt", "yaml": "cv.yaml", "latex": "cv.tex", "json": "cv.json"}[
        example.format
    ]


def _settings(rule: Rule, example: Example):  # type: ignore[no-untyped-def]
    from cvlint.config import parse_config

    config = parse_config({"rules": {rule.name: dict(example.options)}}, None, CATALOGUE) if example.options else None
    today = dt.date.fromisoformat(example.today) if example.today else dt.date(2026, 6, 1)
    return resolve_settings(
        config,
        kind=example.kind,  # type: ignore[arg-type]
        today=today,
        catalogue=CATALOGUE,
        extend_select=(rule.name,),  # rules off by default too
    )


def test_every_rule_has_bad_and_good_examples() -> None:
    for rule in CATALOGUE:
        assert any(e.bad for e in rule.examples), f"{rule.name} has no bad example"
        assert any(e.good for e in rule.examples), f"{rule.name} has no good example"
        if rule.fix in ("safe", "unsafe", "sometimes"):
            assert any(e.fixed for e in rule.examples), f"{rule.name} can fix but shows no fixed example"


@pytest.mark.parametrize(("rule", "example"), CASES, ids=[f"{r.name}:{e.title}" for r, e in CASES])
def test_example(rule: Rule, example: Example) -> None:
    if example.bad is not None:
        assert rule.name in _lint(rule, example, example.bad), f"{rule.name} missed its bad example"
    if example.good is not None:
        found = _lint(rule, example, example.good)
        assert rule.name not in found, f"{rule.name} fired on its good example"
    if example.fixed is not None:
        assert example.bad is not None
        settings = _settings(rule, example)
        path = _path(example)
        result = fix_until_stable(example.bad, lambda t: lint_source(t, path, settings)[1], unsafe=example.unsafe)
        assert not result.unconverged, f"{', '.join(result.unconverged)} did not converge"
        assert result.text == example.fixed
        assert rule.name not in [f.rule for f in result.remaining]


def test_examples_come_last_in_a_rule_file(tmp_path: Path) -> None:
    # Examples are parsed only when wanted, so a table after them would be missed: it is an error.
    source = next(p for p in rules_dir().glob("*.toml") if "[options." in p.read_text(encoding="utf-8"))
    text = source.read_text(encoding="utf-8")
    start = text.index("[options.")
    options = text[start : text.index("\n\n", start) + 1]
    (tmp_path / source.name).write_text(text.replace(options, "") + "\n" + options, encoding="utf-8")
    rule = load_catalogue(tmp_path).rules[0]
    with pytest.raises(CatalogueError, match=r"\['options'\] must come before the \[\[examples\]\]"):
        rule.examples  # noqa: B018
