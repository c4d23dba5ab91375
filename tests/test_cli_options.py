"""Everyday options: --output-file, --statistics, --extend-select, --show-settings, --config KEY=VALUE,
config extend, did-you-mean, unused-suppression, --fail-under reasons."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import run_cli

TODAY = "--today=2026-06-01"
BAD = "# Kim Lee\n\nkim@example.org\n\n## Experience\n\n### Engineer, Acme\n2020 – 2022\n\n- Led 4 engineers\n-\n-\n"


def _resume(tmp_path: Path, text: str = BAD) -> Path:
    path = tmp_path / "resume.md"
    path.write_text(text, encoding="utf-8")
    return path


def test_output_file_gets_what_stdout_would(tmp_path: Path) -> None:
    _resume(tmp_path)
    printed = run_cli("check", TODAY, "--no-cache", "--output-format", "json", "resume.md", cwd=tmp_path)
    written = run_cli(
        "check", TODAY, "--no-cache", "--output-format", "json", "-o", "out.json", "resume.md", cwd=tmp_path
    )
    assert written.returncode == printed.returncode == 1
    assert written.stdout == b""
    assert json.loads((tmp_path / "out.json").read_text(encoding="utf-8")) == json.loads(printed.stdout)
    text = run_cli("check", TODAY, "--no-cache", "--output-file", "out.txt", "resume.md", cwd=tmp_path)
    assert text.stdout == b"" and "Found " in (tmp_path / "out.txt").read_text(encoding="utf-8")
    bad = run_cli("check", "--no-cache", "-o", str(tmp_path / "no" / "such" / "dir.txt"), "resume.md", cwd=tmp_path)
    assert bad.returncode == 2 and bad.stderr.decode().startswith("cvlint: error: cannot write")


def test_statistics_counts_findings_per_rule(tmp_path: Path) -> None:
    _resume(tmp_path)
    result = run_cli("check", TODAY, "--no-cache", "--select", "CV1,CV3", "--statistics", "resume.md", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout.decode().splitlines() == ["2  CV101  [*] empty-bullet"]
    as_json = run_cli(
        "check",
        TODAY,
        "--no-cache",
        "--select",
        "CV101",
        "--statistics",
        "--output-format",
        "json",
        "resume.md",
        cwd=tmp_path,
    )
    assert json.loads(as_json.stdout) == [{"code": "CV101", "name": "empty-bullet", "count": 2, "fixable": True}]


def test_unused_suppression_is_off_by_default_and_extend_select_adds_it(tmp_path: Path) -> None:
    text = (
        "# Kim Lee\n\nkim@example.org\n\n## Experience\n\n### Engineer, Acme\n2020 – 2022\n\n"
        "<!-- cvlint-disable-next-line empty-bullet -->\n- Led 4 engineers\n"
        "<!-- cvlint-disable-next-line empty-bulet -->\n-\n"
        "<!-- cvlint-disable-next-line empty-bullet -->\n-\n"
    )
    _resume(tmp_path, text)
    base = ("check", TODAY, "--no-cache", "--select", "empty-bullet", "--output-format", "json", "resume.md")
    plain = json.loads(run_cli(*base, cwd=tmp_path).stdout)
    assert [f["rule"] for f in plain] == ["empty-bullet"]
    found = json.loads(run_cli(*base, "--extend-select", "unused-suppression", cwd=tmp_path).stdout)
    messages = [(f["line"], f["message"]) for f in found if f["rule"] == "unused-suppression"]
    assert messages == [
        (10, "'empty-bullet' suppresses nothing: no empty-bullet finding is turned off here"),
        (12, "'empty-bulet' names no rule (did you mean 'empty-bullet'?)"),
    ]
    fixed = run_cli(*base[:-3], "--extend-select", "CV901", "--fix", "resume.md", cwd=tmp_path)
    assert fixed.returncode == 1, fixed.stderr
    assert "<!-- cvlint-disable-next-line empty-bullet -->\n- Led" not in (tmp_path / "resume.md").read_text()


def test_show_settings_with_config_overrides_and_extend(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    (shared / "base.toml").write_text(
        'ignore = ["spelling"]\n[rules.long-bullet]\nmax-words = 10\nseverity = "error"\n', encoding="utf-8"
    )
    (tmp_path / ".cvlint.toml").write_text(
        'extend = "shared/base.toml"\n[rules.long-bullet]\nseverity = "info"\n', encoding="utf-8"
    )
    _resume(tmp_path)
    result = run_cli("check", "--show-settings", "resume.md", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    shown = result.stdout.decode()
    assert f'config-file = "{tmp_path / ".cvlint.toml"}"' in shown
    assert "[rules.spelling]" not in shown, "the base file's ignore is inherited"
    assert '[rules.long-bullet]\ncode = "CV701"\nseverity = "info"\nmax-sentences = 2\nmax-words = 10\n' in shown
    overridden = run_cli(
        "check",
        "--show-settings",
        "--config",
        "rules.long-bullet.max-words = 50",
        "--config",
        "ignore = []",
        "resume.md",
        cwd=tmp_path,
    )
    assert "max-words = 50" in overridden.stdout.decode() and "[rules.spelling]" in overridden.stdout.decode()


def test_config_override_applies_where_no_file_does(tmp_path: Path) -> None:
    _resume(tmp_path)
    result = run_cli("check", TODAY, "--no-cache", "--config", "select = ['CV707']", "-q", "resume.md", cwd=tmp_path)
    assert result.returncode == 0 and b"CV707" in result.stdout and b"CV101" not in result.stdout
    broken = run_cli("check", "--no-cache", "--config", "select = [", "resume.md", cwd=tmp_path)
    assert broken.returncode == 2
    assert broken.stderr.decode().startswith("cvlint: error: --config 'select = [' is neither a file nor a TOML")


def test_config_extend_loops_and_missing_files_are_one_line(tmp_path: Path) -> None:
    _resume(tmp_path)
    (tmp_path / ".cvlint.toml").write_text('extend = "other.toml"\n', encoding="utf-8")
    (tmp_path / "other.toml").write_text('extend = ".cvlint.toml"\n', encoding="utf-8")
    looped = run_cli("check", "--no-cache", "resume.md", cwd=tmp_path)
    assert looped.returncode == 2 and "extends itself" in looped.stderr.decode()
    assert len(looped.stderr.decode().strip().splitlines()) == 1
    (tmp_path / ".cvlint.toml").write_text('extend = "gone.toml"\n', encoding="utf-8")
    missing = run_cli("check", "--no-cache", "resume.md", cwd=tmp_path)
    assert missing.returncode == 2 and "extend: no such file 'gone.toml'" in missing.stderr.decode()


def test_did_you_mean(tmp_path: Path) -> None:
    _resume(tmp_path)
    cases = {
        'selekt = ["ALL"]\n': "unknown key 'selekt' (did you mean 'select'?)",
        'ignore = ["speling"]\n': "unknown rule 'speling' (did you mean 'spelling'?)",
        "[rules.long-bulet]\nmax-words = 3\n": "unknown rule 'long-bulet' (did you mean 'long-bullet'?)",
        "[rules.long-bullet]\nmax-wrods = 3\n": "unknown option 'max-wrods' (did you mean 'max-words'?)",
    }
    for config, message in cases.items():
        (tmp_path / ".cvlint.toml").write_text(config, encoding="utf-8")
        result = run_cli("check", "--no-cache", "resume.md", cwd=tmp_path)
        assert result.returncode == 2 and message in result.stderr.decode(), result.stderr.decode()
    (tmp_path / ".cvlint.toml").unlink()
    cli = run_cli("check", "--no-cache", "--select", "tense-mismach", "resume.md", cwd=tmp_path)
    assert cli.stderr.decode().strip() == "cvlint: error: unknown rule 'tense-mismach' (did you mean 'tense-mismatch'?)"


def test_fail_under_says_which_file_and_score(tmp_path: Path) -> None:
    _resume(tmp_path)
    result = run_cli(
        "check", TODAY, "--no-cache", "--fail-on", "error", "--fail-under", "100", "resume.md", cwd=tmp_path
    )
    assert result.returncode == 1
    assert "resume.md: score " in result.stderr.decode() and "is below --fail-under 100" in result.stderr.decode()


def test_every_option_is_in_help() -> None:
    shown = run_cli("check", "--help").stdout.decode()
    for option in (
        "--output-file",
        "--statistics",
        "--extend-select",
        "--exclude",
        "--extend-exclude",
        "--include",
        "--force-exclude",
        "--show-settings",
        "PATH|KEY=VALUE",
    ):
        assert option in shown, option
