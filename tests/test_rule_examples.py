"""Every rule's documented examples are tests, run with only that rule selected: bad gives exactly the
findings it pins, good gives none, fixed is what --fix makes; and a rule's declared fix kind is what it emits.

``scripts/pin_rule_examples.py`` rewrites the pins from what the rules give now (and shows the change)."""

from __future__ import annotations

from pathlib import Path

import pytest

from cvlint.engine.catalogue import Rule, load_catalogue
from cvlint.engine.example_tables import Example
from cvlint.engine.rule_examples import example_findings, example_fixed, pin_of, pinned
from cvlint.engine.rule_files import CatalogueError
from cvlint.model.findings import Finding
from cvlint.resources import rules_dir

CATALOGUE = load_catalogue()
CASES = [(rule, example) for rule in CATALOGUE for example in rule.examples]
REPIN = "if the change is meant, run scripts/pin_rule_examples.py"


def _shown(findings: list[Finding]) -> str:
    return "\n".join(f"  {pin_of(f)}" for f in findings) or "  (none)"


def test_every_rule_has_bad_and_good_examples() -> None:
    for rule in CATALOGUE:
        assert any(e.bad for e in rule.examples), f"{rule.name} has no bad example"
        assert any(e.good for e in rule.examples), f"{rule.name} has no good example"
        if rule.fix in ("safe", "unsafe", "sometimes"):
            assert any(e.fixed for e in rule.examples), f"{rule.name} can fix but shows no fixed example"


@pytest.mark.parametrize(("rule", "example"), CASES, ids=[f"{r.name}:{e.title}" for r, e in CASES])
def test_example(rule: Rule, example: Example) -> None:
    if example.bad is not None:
        found = example_findings(rule, example, example.bad, CATALOGUE)
        assert found, f"{rule.name} missed its bad example"
        assert example.findings, f"the bad example pins no findings; it gives:\n{_shown(found)}\n{REPIN}"
        matched = len(found) == len(example.findings) and all(map(pinned, example.findings, found))
        pins = "\n".join(f"  {pin}" for pin in example.findings)
        assert matched, f"the bad example pins:\n{pins}\nbut gives:\n{_shown(found)}\n{REPIN}"
    if example.good is not None:
        found = example_findings(rule, example, example.good, CATALOGUE)
        assert not found, f"{rule.name} fired on its good example:\n{_shown(found)}"
    if example.fixed is not None:
        result = example_fixed(rule, example, CATALOGUE)
        assert not result.unconverged, f"{', '.join(result.unconverged)} did not converge"
        assert result.text == example.fixed
        assert rule.name not in [f.rule for f in result.remaining if f.fix is not None]


@pytest.mark.parametrize("rule", list(CATALOGUE), ids=[rule.name for rule in CATALOGUE])
def test_a_rule_emits_the_fix_kind_it_declares(rule: Rule) -> None:
    fixes = [
        finding.fix.applicability if finding.fix else None
        for example in rule.examples
        if example.bad is not None
        for finding in example_findings(rule, example, example.bad, CATALOGUE)
    ]
    emitted = set(fixes)
    expected = {"none": {None}, "safe": {"safe"}, "unsafe": {"unsafe"}}.get(rule.fix)
    if expected is None:  # sometimes: some findings have a fix and some none, or fixes of both kinds
        assert len(emitted) > 1, f"{rule.name} declares fix = 'sometimes' but its examples show only {emitted}"
    else:
        assert emitted == expected, f"{rule.name} declares fix = {rule.fix!r} but its examples emit {emitted}"


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


@pytest.mark.parametrize(
    "pins",
    [
        "findings = [{line = 1, message = 'x'}]",
        "findings = [{line = 0, column = 1, message = 'x'}]",
        "findings = [{line = 1, column = 1, message = 'x', fix = 'maybe'}]",
        "findings = [{line = 1, column = 1, message = 'x', end = 3}]",
    ],
)
def test_a_pin_that_is_not_line_column_message_fix_is_a_catalogue_error(tmp_path: Path, pins: str) -> None:
    source = rules_dir() / "CV701-long-bullet.toml"
    text = source.read_text(encoding="utf-8")
    start = text.index("findings = [")
    text = text[:start] + pins + "\n" + text[text.index("]\n", start) + 2 :]
    (tmp_path / source.name).write_text(text, encoding="utf-8")
    with pytest.raises(CatalogueError, match="each of findings needs a line, a column, a message"):
        load_catalogue(tmp_path).rules[0].examples  # noqa: B018
