"""Rules of your own from rule-dirs: loaded as data, run like built-in rules, errors in one line."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema

from conftest import run_cli
from test_output_formats import SCHEMA

RESUME = (
    "# Kim Lee\n\nkim@example.org\n\n## Experience\n\n### Engineer, Acme\n2020 – 2022\n\n"
    "- Utilized Kafka to move 2 TB a day as a code ninja\n"
    "- Became the 10x engineer of a team of 4\n"
    "- Wrote `utilize()` for 3 teams\n"
    "\n## Education\n\nBSc, Leeds, 2019\n"
)
SUBSTITUTION = """code = "HS101"
name = "house-utilize"
severity = "warning"
category = "language"
summary = "Say 'use', not 'utilize'."
rationale = "Our house style prefers short words."

[match]
kind = "substitution"
message = "'{match}' is a long way to say '{replacement}' {match.__class__} {0}"
[match.swap]
utilize = "use"
utilized = "used"
"""
EXISTENCE = """code = "HS102"
name = "house-bragging"
severity = "info"
category = "language"
summary = "No ninjas, no 10x."
rationale = "Feedback from our hiring managers."

[match]
kind = "existence"
tokens = ["code ninja"]
patterns = ["\\\\b10x\\\\b"]
scope = "bullets"
sections = ["experience"]
message = "'{match}' reads as a joke to many reviewers"
suggestion = "describe the work instead"
"""


def _project(tmp_path: Path, config: str = 'rule-dirs = ["house-style"]\n') -> Path:
    (tmp_path / ".cvlint.toml").write_text(config, encoding="utf-8")
    folder = tmp_path / "house-style"
    folder.mkdir()
    (folder / "HS101-utilize.toml").write_text(SUBSTITUTION, encoding="utf-8")
    (folder / "HS102-bragging.toml").write_text(EXISTENCE, encoding="utf-8")
    (tmp_path / "resume.md").write_text(RESUME, encoding="utf-8")
    return folder


def _findings(tmp_path: Path, *args: str) -> list[dict[str, object]]:
    result = run_cli("check", "--today=2026-11-24", "--output-format", "json", *args, "resume.md", cwd=tmp_path)
    assert result.returncode in (0, 1), result.stderr
    return [f for f in json.loads(result.stdout) if str(f["code"]).startswith("HS")]


def test_rules_of_your_own_find_fix_and_take_settings(tmp_path: Path) -> None:
    _project(tmp_path, 'rule-dirs = ["house-style"]\n\n[rules.house-bragging]\nseverity = "error"\n')
    found = [(f["code"], f["line"], f["column"], f["severity"], f["message"]) for f in _findings(tmp_path)]
    assert found == [
        ("HS101", 10, 3, "warning", "'Utilized' is a long way to say 'Used' {match.__class__} {0}"),
        ("HS102", 10, 42, "error", "'code ninja' reads as a joke to many reviewers"),
        ("HS102", 11, 14, "error", "'10x' reads as a joke to many reviewers"),
    ], "templates are filled by name only; code spans are skipped"
    assert [f["code"] for f in _findings(tmp_path, "--select", "HS102")] == ["HS102", "HS102"]
    assert _findings(tmp_path, "--ignore", "HS1") == []

    listed = run_cli("rules", cwd=tmp_path).stdout.decode()
    assert "HS101   house-utilize" in listed and "HS102   house-bragging" in listed
    assert "Our house style" in run_cli("rule", "house-utilize", cwd=tmp_path).stdout.decode()

    run_cli("check", "--fix", "--unsafe-fixes", "--select", "HS101", "resume.md", cwd=tmp_path)
    assert (tmp_path / "resume.md").read_text(encoding="utf-8") == RESUME.replace("- Utilized", "- Used")


def test_editing_a_rule_file_invalidates_the_cache(tmp_path: Path) -> None:
    folder = _project(tmp_path)
    assert len(_findings(tmp_path)) == 3
    rule = folder / "HS102-bragging.toml"
    rule.write_text(rule.read_text(encoding="utf-8").replace('["code ninja"]', '["code ninja", "Kafka"]'))
    assert len(_findings(tmp_path)) == 4


def test_a_rule_runs_only_on_its_formats(tmp_path: Path) -> None:
    # Also a cache test: the second run lints the same bytes with the rule's formats changed.
    folder = _project(tmp_path)
    rule = folder / "HS102-bragging.toml"
    rule.write_text(
        rule.read_text(encoding="utf-8").replace('category = "language"', 'category = "language"\nformats = ["latex"]')
    )
    assert [f["code"] for f in _findings(tmp_path)] == ["HS101"]
    rule.write_text(rule.read_text(encoding="utf-8").replace('formats = ["latex"]', 'formats = ["markdown"]'))
    assert [f["code"] for f in _findings(tmp_path)] == ["HS101", "HS102", "HS102"]


def test_sarif_describes_rules_of_your_own(tmp_path: Path) -> None:
    _project(tmp_path)
    result = run_cli("check", "--output-format", "sarif", "--select", "HS1", "resume.md", cwd=tmp_path)
    log = json.loads(result.stdout)
    jsonschema.Draft4Validator(SCHEMA).validate(log)
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules if r["id"].startswith("HS")] == ["HS101", "HS102"]


def test_a_pattern_keeps_its_own_leading_flags(tmp_path: Path) -> None:
    # Joined into one alternation, "(?i)" or "(?x)" would sit mid-pattern, which Python refuses.
    folder = _project(tmp_path)
    (folder / "HS101-utilize.toml").unlink()
    patterns = "patterns = ['(?i)\\bKAFKA\\b', '(?x) \\b 10 x \\b  # verbose, ends in a comment']\n"
    text = EXISTENCE.replace('tokens = ["code ninja"]', 'ignore-case = false\ntokens = ["Code Ninja"]')
    rule = folder / "HS102-bragging.toml"
    rule.write_text(text.replace('patterns = ["\\\\b10x\\\\b"]\n', patterns), encoding="utf-8")
    found = [(f["line"], f["column"], str(f["message"]).split("'")[1]) for f in _findings(tmp_path)]
    assert found == [(10, 12, "Kafka"), (11, 14, "10x")], "the flags are each pattern's own: no 'code ninja' here"


def test_two_rules_of_your_own_with_one_code_name_the_later_file(tmp_path: Path) -> None:
    folder = _project(tmp_path)
    (folder / "HS103-copy.toml").write_text(SUBSTITUTION.replace('"house-utilize"', '"house-copy"'), encoding="utf-8")
    result = run_cli("check", "resume.md", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.decode().endswith(
        f"{folder / 'HS103-copy.toml'}: 'HS101' is already the code or name of another rule\n"
    )


def test_rule_files_are_data_and_mistakes_are_one_line(tmp_path: Path) -> None:
    folder = _project(tmp_path)
    target = folder / "HS102-bragging.toml"
    cases = {
        "check = \"__import__('os').system('touch pwned')\"\n" + EXISTENCE: "unknown keys ['check']",
        EXISTENCE.replace('["\\\\b10x\\\\b"]', '["(10x"]'): "[match] patterns: missing )",
        EXISTENCE.replace('["\\\\b10x\\\\b"]', '["[[x]"]'): "[match] patterns: Possible nested set at position 1",
        EXISTENCE.replace('"HS102"', '"CV101"'): "code must look like HS101",
        EXISTENCE.replace('"house-bragging"', '"spelling"'): "'spelling' is already the code or name",
        EXISTENCE.replace(
            'kind = "existence"', 'kind = "python"'
        ): "[match] kind must be one of existence, substitution",
        EXISTENCE.replace('scope = "bullets"', 'scope = "everywhere"'): "[match] scope must be one of",
        EXISTENCE.replace('kind = "existence"', 'kind = "occurrence"'): "[match] an occurrence needs min, max or both",
        EXISTENCE.replace('kind = "existence"', 'kind = "occurrence"\nmin = 3\nmax = 1'): (
            "[match] min (3) must not be more than max (1)"
        ),
        EXISTENCE.replace('kind = "existence"', 'kind = "occurrence"\nmax = -1'): "[match] max must be a whole number",
        EXISTENCE.replace(
            'kind = "existence"', 'kind = "occurrence"\nmax = 2\nper = "page"'
        ): "[match] per must be one of",
        EXISTENCE.replace('kind = "existence"', 'kind = "consistency"'): "[match] unknown keys for kind consistency",
        SUBSTITUTION.replace("[match.swap]", 'fix = "safe"\n[match.swap]'): "[match] a safe fix needs fix-reason",
        SUBSTITUTION.replace(
            "[match]", 'fix = "safe"\n[match]'
        ): "fix is 'safe' but its [match] table offers unsafe fixes",
        EXISTENCE.replace("[match]", "[matchers.x]"): "a rule of your own needs a [match] table",
    }
    for text, expected in cases.items():
        target.write_text(text, encoding="utf-8")
        for command in (["check", "resume.md"], ["rules"]):
            result = run_cli(*command, cwd=tmp_path)
            error = result.stderr.decode()
            assert result.returncode == 2 and expected in error, (command, error)
            assert error.count("\n") == 1 and "Traceback" not in error
    assert not (tmp_path / "pwned").exists()
    (tmp_path / ".cvlint.toml").write_text('rule-dirs = ["missing"]\n', encoding="utf-8")
    result = run_cli("check", "resume.md", cwd=tmp_path)
    assert result.returncode == 2 and "rule-dirs names a folder that does not exist" in result.stderr.decode()


def test_a_rule_of_your_own_selected_where_it_is_unknown_is_one_line(tmp_path: Path) -> None:
    _project(tmp_path)
    (tmp_path / "old").mkdir()
    (tmp_path / "old" / ".cvlint.toml").write_text('select = ["ALL"]\n', encoding="utf-8")
    (tmp_path / "old" / "resume.md").write_text(RESUME, encoding="utf-8")
    result = run_cli("check", "--select", "HS101", "resume.md", "old/resume.md", cwd=tmp_path)
    error = result.stderr.decode()
    assert result.returncode == 2 and "Traceback" not in error and "internal error" not in error
    assert "old/resume.md: unknown rule 'HS101'" in error and "names no rule-dirs defining it" in error
