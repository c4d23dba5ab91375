"""The four kinds of a rule that is data (existence, substitution, consistency, occurrence), for built-in
rules and rules of your own alike, through the real CLI."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import re
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

from conftest import run_cli
from cvlint.engine.catalogue import Catalogue, load_catalogue
from cvlint.engine.custom_rules import load_rule_dirs
from cvlint.engine.lint import lint_source, resolve_settings

HEAD = """code = "{code}"
name = "{name}"
severity = "warning"
category = "language"
summary = "A rule of your own."
rationale = "House style."

[match]
"""
RESUME = (
    "# Kim Lee\n\nkim@example.org\n\n## Experience\n\n### Engineer, Acme\n2020 – 2022\n\n"
    "- Ran the e-mail campaigns of 3 teams with email templates\n"
    "- Wrote the email API and the e-mail queue for 2 M users\n"
    "- Led the email team of 4 and moved 2 TB a day, really, really fast\n"
    "\n## Education\n\nBSc, Leeds, 2019\n"
)


def _project(tmp_path: Path, rules: dict[str, str], resume: str = RESUME) -> None:
    (tmp_path / ".cvlint.toml").write_text('rule-dirs = ["house"]\n', encoding="utf-8")
    (tmp_path / "house").mkdir()
    for number, (name, match) in enumerate(rules.items()):
        code = f"HS{101 + number}"
        text = HEAD.format(code=code, name=name) + match
        (tmp_path / "house" / f"{code}-{name}.toml").write_text(text, encoding="utf-8")
    (tmp_path / "resume.md").write_text(resume, encoding="utf-8")


def _findings(tmp_path: Path, *args: str) -> list[tuple[object, ...]]:
    result = run_cli("check", "--no-cache", "--output-format", "json", *args, "resume.md", cwd=tmp_path)
    assert result.returncode in (0, 1), result.stderr
    return [
        (f["rule"], f["line"], f["column"], f["message"], f["fix"] and f["fix"]["applicability"])
        for f in json.loads(result.stdout)
        if str(f["code"]).startswith("HS")
    ]


def test_consistency_reports_the_spelling_used_less_and_offers_the_other(tmp_path: Path) -> None:
    _project(tmp_path, {"house-email": 'kind = "consistency"\n[match.either]\nemail = "e-mail"\n'})
    assert _findings(tmp_path) == [
        ("house-email", 10, 11, "'e-mail' and 'email' are both used", "unsafe"),
        ("house-email", 11, 31, "'e-mail' and 'email' are both used", "unsafe"),
    ], "three 'email' against two 'e-mail': the minority is reported"
    run_cli("check", "--no-cache", "--fix", "--unsafe-fixes", "resume.md", cwd=tmp_path)
    assert (tmp_path / "resume.md").read_text(encoding="utf-8") == RESUME.replace("e-mail", "email")


def test_consistency_on_a_tie_keeps_the_spelling_used_first(tmp_path: Path) -> None:
    resume = RESUME.replace("email templates", "templates").replace("the email team", "the team")
    _project(tmp_path, {"house-email": 'kind = "consistency"\n[match.either]\nemail = "e-mail"\n'}, resume)
    assert [found[1:3] for found in _findings(tmp_path)] == [(11, 13)], "e-mail came first: the email is reported"


def test_occurrence_reports_too_many_at_the_first_too_many_and_too_few_at_the_scope(tmp_path: Path) -> None:
    rules = {
        "house-really": 'kind = "occurrence"\ntokens = ["really"]\nmax = 1\nper = "text"\nscope = "bullets"\n',
        "house-metrics": (
            'kind = "occurrence"\npatterns = [\'\\d+\']\nmin = 2\nper = "section"\nscope = "bullets"\n'
            'sections = ["experience", "education"]\n'
            'message = "{count} numbers in this section, {wanted} wanted"\n'
        ),
    }
    _project(tmp_path, rules)
    assert _findings(tmp_path) == [
        ("house-really", 12, 57, "2 found in this text, where at most 1 are wanted", None),
    ], "experience has numbers enough; education has no bullets, so no text of the scope to count in"
    (tmp_path / "resume.md").write_text(RESUME.replace("3 teams", "teams").replace("2 M", "many"), encoding="utf-8")
    (tmp_path / "resume.md").write_text(
        (tmp_path / "resume.md").read_text(encoding="utf-8").replace("team of 4 and moved 2 TB", "team"),
        encoding="utf-8",
    )
    assert ("house-metrics", 5, 4, "0 numbers in this section, at least 2 wanted", None) in _findings(tmp_path)


def test_a_substitution_fix_is_unsafe_unless_its_rule_gives_the_reason_it_is_safe(tmp_path: Path) -> None:
    unsafe = 'kind = "substitution"\n[match.swap]\ne-mail = "email"\n'
    _project(tmp_path, {"house-spelling": unsafe})
    assert {found[4] for found in _findings(tmp_path)} == {"unsafe"}
    run_cli("check", "--no-cache", "--fix", "resume.md", cwd=tmp_path)
    assert (tmp_path / "resume.md").read_text(encoding="utf-8") == RESUME, "--fix alone applies no unsafe fix"
    rule = next((tmp_path / "house").glob("*.toml"))
    safe = unsafe.replace("[match.swap]", 'fix = "safe"\nfix-reason = "one spelling of one word"\n[match.swap]')
    rule.write_text(rule.read_text(encoding="utf-8").replace(unsafe, safe), encoding="utf-8")
    assert {found[4] for found in _findings(tmp_path)} == {"safe"}
    shown = run_cli("rule", "house-spelling", cwd=tmp_path).stdout.decode()
    assert "Kind: substitution, 1 replacement, scope text, safe fix (one spelling of one word)" in shown
    assert "Fix: safe" in shown
    run_cli("check", "--no-cache", "--fix", "resume.md", cwd=tmp_path)
    assert (tmp_path / "resume.md").read_text(encoding="utf-8") == RESUME.replace("e-mail", "email")


def test_existence_hyphens_lets_a_space_match_a_hyphen(tmp_path: Path) -> None:
    _project(tmp_path, {"house-mail": 'kind = "existence"\nhyphens = true\ntokens = ["e mail"]\n'})
    assert [found[1:3] for found in _findings(tmp_path)] == [(10, 11), (11, 31)]


def test_buzzword_is_data_with_no_check_module() -> None:
    rule = next(rule for rule in load_catalogue() if rule.name == "buzzword")
    assert rule.matcher is not None and rule.matcher.kind == "existence" and "team player" in rule.matcher.tokens
    assert importlib.util.find_spec("cvlint.checks.buzzword") is None
    shown = run_cli("rule", "buzzword").stdout.decode()
    assert "Kind: existence, 46 tokens, scope body" in shown


def test_rules_with_code_read_their_lists_from_their_rule_files() -> None:
    rules = {rule.name: rule for rule in load_catalogue()}
    assert set(rules["privacy"].matchers) == {"birth", "marital", "id", "other"}
    assert rules["ai-artifact"].matchers["artifacts"].scope == "raw"
    assert rules["placeholder-text"].matchers["placeholders"].patterns
    shown = run_cli("rule", "privacy").stdout.decode()
    assert "List birth: existence, 1 pattern, scope lines" in shown and "List other:" in shown


def test_the_kinds_import_no_engine() -> None:
    code = "import sys, cvlint.rule.kinds; print(any(name.startswith('cvlint.engine') for name in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, check=True, timeout=120)
    assert result.stdout.strip() == b"False"


MATCHES = {
    "existence": 'kind = "existence"\ntokens = ["email"]\npatterns = [\'\\bTB\\b\']\n',
    "substitution": 'kind = "substitution"\n[match.swap]\ne-mail = "email"\n',
    "consistency": 'kind = "consistency"\n[match.either]\nemail = "e-mail"\n',
    "occurrence": 'kind = "occurrence"\ntokens = ["really"]\nmax = 1\nscope = "bullets"\nper = "text"\n',
}


@pytest.mark.parametrize("kind", sorted(MATCHES))
def test_a_built_in_rule_of_each_kind_finds_what_a_rule_of_your_own_finds(tmp_path: Path, kind: str) -> None:
    """Built-in tables run with ``re``, rules of your own with ``regex`` under a time bound: one engine."""
    bundled, own = tmp_path / "rules", tmp_path / "house"
    bundled.mkdir()
    own.mkdir()
    (bundled / "CV999-example.toml").write_text(HEAD.format(code="CV999", name="example") + MATCHES[kind])
    (own / "HS999-example.toml").write_text(HEAD.format(code="HS999", name="example") + MATCHES[kind])
    found = []
    for catalogue in (load_catalogue(bundled), Catalogue(load_rule_dirs([own], tmp_path.resolve()))):
        matcher = catalogue.rules[0].matcher
        assert matcher is not None and matcher.trusted is (catalogue.rules[0].code == "CV999")
        settings = resolve_settings(None, today=dt.date(2026, 6, 1), catalogue=catalogue, select=("example",))
        findings = lint_source(RESUME, "resume.md", settings)[1]
        found.append([(f.start, f.end, f.message, f.fix) for f in findings])
    assert found[0] == found[1] and found[0], kind


def test_every_built_in_list_is_valid_as_a_rule_of_your_own_would_have_to_be() -> None:
    """Built-in tables are not checked when read (a cost at every start); here they are, as strictly."""
    for rule in load_catalogue():
        tables = {"match": rule.matcher} if rule.matcher is not None else {}
        for label, matcher in {**tables, **{f"matchers.{n}": m for n, m in rule.matchers.items()}}.items():
            assert matcher is not None
            with warnings.catch_warnings():
                warnings.simplefilter("error")
                for pattern in matcher.sources:
                    re.compile(pattern)
            assert matcher.regex().pattern and matcher.each(), f"{rule.name} [{label}]"


def test_a_substitution_found_with_a_hyphen_for_a_space_still_offers_its_replacement(tmp_path: Path) -> None:
    _project(tmp_path, {"house-mail": 'kind = "substitution"\nhyphens = true\n[match.swap]\n"e mail" = "email"\n'})
    assert [(found[1], found[4]) for found in _findings(tmp_path)] == [(10, "unsafe"), (11, "unsafe")]
