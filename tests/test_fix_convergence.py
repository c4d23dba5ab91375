"""--fix proves it converged: a rule whose fixes never settle is undone, named, and its findings stay."""

from __future__ import annotations

from pathlib import Path

from conftest import run_cli
from cvlint.engine.fixes import fix_until_stable
from cvlint.model.findings import Finding, Fix


def _finding(rule: str, start: int, end: int, replacement: str) -> Finding:
    return Finding("CV999", rule, "warning", start, end, "m", fix=Fix.replace(start, end, replacement))


def _growing_and_settling(text: str) -> list[Finding]:
    """'grow' inserts an x before every x (never settles); 'case' fixes 'github' once (settles)."""
    findings = [_finding("grow", text.index("x"), text.index("x"), "x")]
    if "github" in text:
        start = text.index("github")
        findings.append(_finding("case", start, start + 6, "GitHub"))
    return findings


def test_a_rule_that_never_settles_is_undone_and_named() -> None:
    result = fix_until_stable("x on github", _growing_and_settling)
    assert result.unconverged == ("grow",)
    assert result.text == "x on GitHub", "the rule that settled keeps its fix; the other's edits are gone"
    assert [f.rule for f in result.remaining] == ["grow"]


def test_a_cycle_is_undone() -> None:
    def flip(text: str) -> list[Finding]:
        return [_finding("flip", 0, 1, "b" if text[0] == "a" else "a")]

    result = fix_until_stable("a, then more", flip)
    assert result.unconverged == ("flip",) and result.text == "a, then more"


def test_a_settling_rule_is_not_named() -> None:
    result = fix_until_stable("x on github", lambda t: _growing_and_settling(t)[1:])
    assert result.unconverged == () and result.text == "x on GitHub" and result.applied == 1


def test_the_cli_says_which_rule_did_not_converge(tmp_path: Path) -> None:
    (tmp_path / "house").mkdir()
    (tmp_path / "house" / "echo.toml").write_text(
        """code = "HS101"
name = "house-echo"
severity = "warning"
category = "language"
summary = "A rule whose fix brings its own match back."
rationale = "For the test."

[match]
kind = "substitution"
message = "'{match}' again"
[match.swap]
synergy = "synergy synergy"
""",
        encoding="utf-8",
    )
    (tmp_path / ".cvlint.toml").write_text('rule-dirs = ["house"]\nselect = ["house-echo"]\n', encoding="utf-8")
    resume = tmp_path / "resume.md"
    original = "# Ada\n\n## Experience\n\n- Built synergy across 4 teams\n"
    resume.write_text(original, encoding="utf-8")
    result = run_cli("check", "--fix", "--unsafe-fixes", "--no-cache", str(resume))
    assert result.returncode == 1
    assert f"{resume}: note: rule house-echo did not converge; left as it was\n".encode() in result.stderr
    assert resume.read_text(encoding="utf-8") == original
