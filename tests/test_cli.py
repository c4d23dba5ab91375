"""The command line, run as a real subprocess."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

from conftest import FIXTURES, ROOT, run_cli

FLAWED = FIXTURES / "flawed_resume.txt"
TODAY = "--today=2026-11-24"


def _lines(data: bytes) -> list[str]:
    return data.decode("utf-8").splitlines()


def test_clean_file_exits_zero() -> None:
    result = run_cli("check", TODAY, str(FIXTURES / "clean_resume.md"))
    assert result.returncode == 0, result.stdout
    assert b"All checks passed" in result.stdout


def test_findings_exit_one_with_concise_format() -> None:
    result = run_cli("check", TODAY, "--output-format", "concise", str(FLAWED))
    assert result.returncode == 1
    lines = _lines(result.stdout)
    assert f"{FLAWED}:10:1: CV101 [empty-bullet] empty bullet: the marker '-' has no text after it [*]" in lines
    assert any(line.startswith("  help: ") for line in lines)
    assert lines[-1].startswith("Found ") and "fixable with --fix" in lines[-1]
    assert "more fixable with --fix --unsafe-fixes" in lines[-1]


def test_json_format_is_the_documented_contract() -> None:
    result = run_cli("check", TODAY, "--output-format", "json", str(FLAWED))
    assert result.returncode == 1
    records = json.loads(result.stdout)
    keys = {
        "path",
        "line",
        "column",
        "end_line",
        "end_column",
        "code",
        "rule",
        "severity",
        "message",
        "suggestion",
        "fix",
    }
    assert all(set(record) == keys for record in records)
    empty = next(r for r in records if r["rule"] == "empty-bullet")
    assert (empty["line"], empty["column"], empty["end_line"], empty["end_column"]) == (10, 1, 10, 2)
    assert empty["fix"] == {
        "applicability": "safe",
        "edits": [{"line": 10, "column": 1, "end_line": 11, "end_column": 1, "replacement": ""}],
    }
    tense = next(r for r in records if r["rule"] == "tense-mismatch")
    assert tense["fix"]["applicability"] == "unsafe"
    assert tense["fix"]["edits"][0]["replacement"] == "Built"
    assert next(r for r in records if r["rule"] == "unquantified-bullet")["fix"] is None


def test_stdin_with_filename() -> None:
    data = FLAWED.read_bytes()
    result = run_cli("check", TODAY, "--stdin-filename", "cv.txt", "-", stdin=data)
    assert result.returncode == 1
    assert _lines(result.stdout)[0].startswith("cv.txt:")


def test_stdin_fix_prints_fixed_text() -> None:
    result = run_cli(
        "check",
        TODAY,
        "--fix",
        "--select",
        "empty-bullet",
        "--stdin-filename",
        "cv.md",
        "-",
        stdin=b"- Led 4 people\n-\n",
    )
    assert result.stdout == b"- Led 4 people\n"
    assert result.returncode == 0


def test_directory_recursion_and_select_ignore(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    shutil.copy(FLAWED, tmp_path / "sub" / "cv.txt")
    shutil.copy(FIXTURES / "clean_resume.md", tmp_path / "clean.md")
    (tmp_path / "notes.rst").write_text("-\n", encoding="utf-8")
    result = run_cli("check", TODAY, "--select", "CV1", "--ignore", "duplicate-line", str(tmp_path))
    lines = _lines(result.stdout)
    assert result.returncode == 1
    assert all(" CV101 " in line for line in lines if ": CV" in line)
    assert any("sub/cv.txt" in line for line in lines)
    assert "notes.rst" not in result.stdout.decode()


def test_unknown_rule_is_a_usage_error() -> None:
    result = run_cli("check", "--select", "no-such-rule", str(FLAWED))
    assert result.returncode == 2
    assert result.stderr.decode().strip() == "cvlint: error: unknown rule 'no-such-rule' (see 'cvlint rules')"


def test_bad_inputs_one_line_errors_others_still_linted(tmp_path: Path) -> None:
    (tmp_path / "empty.md").write_bytes(b"")
    (tmp_path / "image.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "resume.md").mkdir()
    shutil.copy(FLAWED, tmp_path / "cv.txt")
    result = run_cli(
        "check",
        TODAY,
        str(tmp_path / "empty.md"),
        str(tmp_path / "image.md"),
        str(tmp_path / "missing.md"),
        str(tmp_path / "cv.txt"),
    )
    assert result.returncode == 2
    errors = _lines(result.stderr)
    assert errors == [
        f"{tmp_path / 'empty.md'}: error: file is empty",
        f"{tmp_path / 'image.md'}: error: not a text file: looks like a PNG image",
        f"{tmp_path / 'missing.md'}: error: no such file",
    ]
    assert b"Traceback" not in result.stderr
    assert b"cv.txt:10:1: CV101" in result.stdout


def test_legacy_encoding_is_read_and_reported(tmp_path: Path) -> None:
    path = tmp_path / "cv.md"
    path.write_bytes("## Expérience\n\n- Réduit les coûts de 30 % à Genève\n".encode("cp1252"))
    result = run_cli("check", TODAY, "--select", "CV1,CV2", "--output-format", "json", str(path))
    records = json.loads(result.stdout)
    assert [r["rule"] for r in records] == ["encoding-corruption"]
    assert "Windows-1252" in records[0]["message"] or "cp1252" in records[0]["message"]


def test_rules_and_rule_commands() -> None:
    listing = run_cli("rules")
    assert listing.returncode == 0
    assert b"CV101   empty-bullet" in listing.stdout
    explained = run_cli("rule", "CV501")
    assert explained.returncode == 0
    text = explained.stdout.decode()
    assert text.startswith("CV501 tense-mismatch")
    assert "current-role-tense" in text and "Example:" in text
    assert run_cli("rule", "nope").returncode == 2


def test_config_file_nearest_wins_and_unknown_keys_fail(tmp_path: Path) -> None:
    shutil.copy(FLAWED, tmp_path / "cv.txt")
    (tmp_path / "pyproject.toml").write_text(
        '[tool.cvlint]\nignore = ["unquantified-bullet"]\n[tool.cvlint.rules.empty-bullet]\nseverity = "info"\n',
        encoding="utf-8",
    )
    result = run_cli("check", TODAY, "--output-format", "json", str(tmp_path / "cv.txt"))
    records = json.loads(result.stdout)
    assert "unquantified-bullet" not in {r["rule"] for r in records}
    assert next(r for r in records if r["rule"] == "empty-bullet")["severity"] == "info"
    nested = tmp_path / "nested"
    nested.mkdir()
    shutil.copy(FLAWED, nested / "cv.txt")
    (nested / ".cvlint.toml").write_text('select = ["empty-bullet"]\n', encoding="utf-8")
    result = run_cli("check", TODAY, "--output-format", "json", str(nested / "cv.txt"))
    assert {r["rule"] for r in json.loads(result.stdout)} == {"empty-bullet"}
    (nested / ".cvlint.toml").write_text('selekt = ["empty-bullet"]\n', encoding="utf-8")
    result = run_cli("check", str(nested / "cv.txt"))
    assert result.returncode == 2
    assert "unknown key 'selekt'" in result.stderr.decode()
    (nested / ".cvlint.toml").write_text("[rules.unquantified-bullet]\nmin-wrods = 3\n", encoding="utf-8")
    result = run_cli("check", str(nested / "cv.txt"))
    assert result.returncode == 2
    assert "unknown option 'min-wrods'" in result.stderr.decode()
    (nested / ".cvlint.toml").write_bytes(b'select = ["\xff"]\n')
    result = run_cli("check", str(nested / "cv.txt"))
    assert result.returncode == 2
    expected = f"cvlint: error: {nested / '.cvlint.toml'}: not valid TOML: not UTF-8 text (byte 12)\n"
    assert result.stderr.decode() == expected


def test_per_file_ignores_and_kind(tmp_path: Path) -> None:
    shutil.copy(FLAWED, tmp_path / "cv.txt")
    (tmp_path / ".cvlint.toml").write_text('[per-file-ignores]\n"cv.txt" = ["CV1", "CV2", "CV4"]\n', encoding="utf-8")
    result = run_cli("check", TODAY, "--output-format", "json", "--kind", "cover-letter", str(tmp_path / "cv.txt"))
    assert json.loads(result.stdout) == []
    assert result.returncode == 0
    (tmp_path / ".cvlint.toml").write_text('[per-file-ignores]\n"**/*.txt" = ["ALL"]\n', encoding="utf-8")
    result = run_cli("check", TODAY, "--output-format", "json", str(tmp_path / "cv.txt"))
    assert json.loads(result.stdout) == [], "'**/' matches no folder too, as in .gitignore and ruff"


def test_suppression_comments(tmp_path: Path) -> None:
    path = tmp_path / "cv.md"
    path.write_text(
        "- Led 4 people\n<!-- cvlint-disable-next-line empty-bullet -->\n-\n- Ran 3 teams\n"
        "<!-- cvlint-disable CV101 -->\n-\n<!-- cvlint-enable -->\n-\n",
        encoding="utf-8",
    )
    result = run_cli("check", TODAY, "--select", "empty-bullet", "--output-format", "json", str(path))
    assert [r["line"] for r in json.loads(result.stdout)] == [8]
    path.write_text("<!-- cvlint-disable-file -->\n- Led 4 people\n-\n", encoding="utf-8")
    assert json.loads(run_cli("check", "--output-format", "json", str(path)).stdout) == []


def test_cover_letter_skips_resume_only_rules() -> None:
    result = run_cli("check", TODAY, str(FIXTURES / "cover-letter.md"))
    assert result.returncode == 0


def test_bundled_example_shows_findings() -> None:
    result = run_cli("check", TODAY, str(ROOT / "examples" / "resume.md"))
    assert result.returncode == 1
    out = result.stdout.decode()
    for rule in (
        "empty-bullet",
        "duplicate-line",
        "encoding-corruption",
        "unquantified-bullet",
        "date-format-inconsistent",
        "tense-mismatch",
    ):
        assert f"[{rule}]" in out


def test_ctrl_c_is_one_line_and_exit_130(tmp_path: Path) -> None:
    # Click alone would print "Aborted!" and exit 1, which CI reads as "findings".
    for number in range(400):
        shutil.copy(FLAWED, tmp_path / f"cv{number}.txt")
    process = subprocess.Popen(
        [sys.executable, "-m", "cvlint", "check", "--no-cache", "--jobs", "1", str(tmp_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "NO_COLOR": "1"},
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),  # as a terminal would leave it
    )
    assert process.stdout is not None
    process.stdout.read(1)  # linting has begun
    process.send_signal(signal.SIGINT)
    _, error = process.communicate(timeout=60)
    assert process.returncode == 130
    assert error.decode().strip() == "cvlint: interrupted"
