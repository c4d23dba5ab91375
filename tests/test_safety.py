"""Safe on a stranger's repository: work bounded by the input, nothing read outside the project, one clear
line and exit code 2 for what cannot be used, Ctrl-C honoured at once. Each test runs the real CLI."""

from __future__ import annotations

import json
import os
import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import FIXTURES, run_cli
from cvlint.engine.lint import MAX_FINDINGS_PER_RULE
from cvlint.parse import parse

RESUME = (
    "# Kim Lee\n\nkim@example.org\n\n## Experience\n\n### Engineer, Acme\n2020 – 2022\n\n"
    "- Led a team of 4 engineers\n\n## Education\n\nBSc, Leeds, 2019\n"
)
RULE = """code = "HS201"
name = "house-pattern"
severity = "warning"
category = "language"
summary = "A pattern of our own."
rationale = "For the test."

[match]
kind = "existence"
patterns = {patterns}
"""


def _errors(result: subprocess.CompletedProcess[bytes]) -> list[str]:
    return result.stderr.decode("utf-8").splitlines()


def test_one_long_word_lints_in_bounded_memory(tmp_path: Path) -> None:
    # Near misses of a 10 KB word took 5.3 GB; 40 KB ran out of 24 GB. Here the run has 1.5 GiB in all.
    path = tmp_path / "word.md"
    path.write_text("# Kim Lee\n\n## Experience\n\n- Built " + "a" * 40_000 + "\n", encoding="utf-8")

    def limit_memory() -> None:
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        wanted = 1536 * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (wanted if hard == resource.RLIM_INFINITY else min(wanted, hard), hard))

    env = {**os.environ, "NO_COLOR": "1"}
    command = [sys.executable, "-m", "cvlint", "check", "--no-cache", "--select", "spelling", str(path)]
    result = subprocess.run(command, capture_output=True, env=env, preexec_fn=limit_memory, timeout=300)
    assert result.returncode == 0, result.stderr
    assert result.stderr == b""


def _rule_project(tmp_path: Path, patterns: str, text: str) -> Path:
    (tmp_path / ".git").mkdir()
    (tmp_path / ".cvlint.toml").write_text('rule-dirs = ["house"]\nselect = ["HS201"]\n', encoding="utf-8")
    (tmp_path / "house").mkdir()
    (tmp_path / "house" / "HS201.toml").write_text(RULE.format(patterns=patterns), encoding="utf-8")
    (tmp_path / "resume.md").write_text(text, encoding="utf-8")
    return tmp_path / "resume.md"


def test_each_pattern_keeps_its_own_groups(tmp_path: Path) -> None:
    # Joined into one alternation, the second pattern's \1 pointed at the first's group; a name used twice
    # was refused.
    patterns = r"""['(?P<w>ab)(?P=w)', '\b(\w+) \1\b', '(?P<w>x)-(?P=w)']"""
    _rule_project(tmp_path, patterns, "# Kim Lee\n\n- met the the team, abab and x-x\n")
    result = run_cli("check", "--no-cache", "--output-format", "json", "resume.md", cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    found = [str(f["message"]) for f in json.loads(result.stdout)]
    assert found == ["'the the'", "'abab'", "'x-x'"]


@pytest.mark.parametrize("pattern", [r"(a+)+$", r"(a|aa)+$"])
def test_a_pattern_that_backtracks_without_end_stops_its_file_only(tmp_path: Path, pattern: str) -> None:
    _rule_project(tmp_path, repr([pattern]), "# Kim Lee\n\n- " + "a" * 40 + "!\n")
    (tmp_path / "other.md").write_text("# Kim Lee\n\n- Led a team\n", encoding="utf-8")
    result = run_cli("check", "--no-cache", "-q", "resume.md", "other.md", cwd=tmp_path)
    errors = _errors(result)
    if result.returncode == 2:  # the time bound stopped it: one line, and the other file was linted
        assert errors == [
            "resume.md: error: rule HS201 (house-pattern): its patterns ran over 2 s on this file and were "
            "stopped (nested repetition such as (a|aa)+ backtracks without end): simplify them"
        ]
    else:
        assert result.returncode == 0 and errors == [], errors
    assert pattern != r"(a|aa)+$" or result.returncode == 2, "this one backtracks in any engine"


@pytest.mark.parametrize("name", [".cvlint-words.txt", "house/HS201.toml", ".cvlint.toml"])
@pytest.mark.parametrize("kind", ["dev-zero", "fifo", "huge", "folder"])
def test_files_read_besides_the_resume_must_be_regular_and_small(tmp_path: Path, name: str, kind: str) -> None:
    _rule_project(tmp_path, "['ninja']", RESUME)
    target = tmp_path / name
    target.unlink(missing_ok=True)
    if kind == "dev-zero":
        target.symlink_to("/dev/zero")
    elif kind == "fifo":
        os.mkfifo(target)
    elif kind == "huge":
        target.write_bytes(b"# " + b"x" * (2 * 1024 * 1024) + b"\n")
    else:
        target.mkdir()
    config = tmp_path / ".cvlint.toml"
    args = ["--config", str(config)] if name == ".cvlint.toml" else []
    result = run_cli("check", "--no-cache", *args, "resume.md", cwd=tmp_path)
    assert result.returncode == 2, result.stdout
    if args and kind == "folder":
        assert b"not a regular file" in result.stderr and result.stderr.count(b"\n") == 1
        return
    reason = f"file is too large ({2 * 1024 * 1024 + 3} bytes; the limit is 1024 KiB)" if kind == "huge" else ""
    (line,) = _errors(result)
    where = str(target) if name != ".cvlint.toml" else ".cvlint.toml"
    assert line.startswith("cvlint: error: ") and where in line, line
    if kind == "dev-zero" and name.startswith("house/"):
        reason = f"a link to a file outside {tmp_path}, the repository it configures"
    assert line.endswith(reason or "not a regular file"), line


def test_a_config_nested_too_deeply_is_a_config_error(tmp_path: Path) -> None:
    (tmp_path / ".cvlint.toml").write_text("words = " + "[" * 50_000 + "]" * 50_000 + "\n", encoding="utf-8")
    (tmp_path / "resume.md").write_text(RESUME, encoding="utf-8")
    result = run_cli("check", "--no-cache", "resume.md", cwd=tmp_path)
    assert result.returncode == 2
    assert _errors(result) == [
        f"cvlint: error: {tmp_path / '.cvlint.toml'}: not valid TOML: arrays or tables nested too deeply"
    ]


def test_stdin_is_capped_like_files() -> None:
    result = run_cli("check", "-", stdin=b"- led a team\n" * (8 * 1024 * 1024 // 13 + 1))
    assert result.returncode == 2
    assert _errors(result) == ["-: error: standard input is too large (over 8 MiB, the limit for files too)"]


def test_findings_per_rule_per_file_are_capped_with_one_that_counts_the_rest(tmp_path: Path) -> None:
    path = tmp_path / "resume.md"
    path.write_text("# Kim Lee\n\n## Experience\n\n" + "- Ran the CafÃ© team\n" * 3000, encoding="utf-8")
    for output in ("json", "sarif"):
        result = run_cli("check", "--no-cache", "--select", "encoding-corruption", "--output-format", output, str(path))
        assert result.returncode == 1, result.stderr
        log = json.loads(result.stdout)
        found = log if output == "json" else log["runs"][0]["results"]
        assert len(found) == MAX_FINDINGS_PER_RULE + 1
    last = json.loads(run_cli("check", "--no-cache", "--select", "CV201", "--output-format", "json", str(path)).stdout)[
        -1
    ]
    assert (last["line"], last["column"]) == (5 + MAX_FINDINGS_PER_RULE, 14)
    assert last["message"] == (
        "and 2900 more encoding-corruption findings in this file, not shown (at most 100 a rule a file)"
    )
    assert last["fix"] is None


def _interrupt(args: list[str], cwd: Path) -> tuple[int, bytes]:
    """Start cvlint, wait for the report of its first file, send it SIGINT (what Ctrl-C sends) while it
    lints the next ones, and wait for its exit."""
    env = {**os.environ, "NO_COLOR": "1"}
    process = subprocess.Popen(
        [sys.executable, "-m", "cvlint", "check", "--no-cache", *args],
        cwd=cwd,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        assert process.stdout is not None
        assert process.stdout.readline(), "the first file's findings"
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=60)
    finally:
        process.kill()
    return process.returncode, stderr


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_stops_a_run_mid_file(tmp_path: Path, jobs: str) -> None:
    bullets = "".join(f"- Led team {n} to ship the platform and cut costs by {n % 90}%\n" for n in range(4000))
    for index in range(10):
        (tmp_path / f"resume{index}.md").write_text("# Kim Lee\n\n## Experience\n\n" + bullets, encoding="utf-8")
    code, stderr = _interrupt(["--jobs", jobs, "."], tmp_path)
    assert code == 130
    assert [line for line in stderr.decode().splitlines() if line] == ["cvlint: interrupted"]


def test_links_outside_the_repository_are_never_looked_at(tmp_path: Path) -> None:
    repository = tmp_path / "repository"
    (repository / ".git").mkdir(parents=True)
    (repository / "cv").mkdir()
    (tmp_path / "secret").write_text("key\n", encoding="utf-8")
    (repository / "cv" / "outside").symlink_to(tmp_path)
    (repository / "cv" / "photo.png").write_bytes(b"\x89PNG")
    text = (
        RESUME + "\n[a](../../secret) [b](../../missing) [c](outside/secret) [d](outside/missing) "
        "[e](photo.png) [f](../cv/photo.png) [g](gone.png)\n"
    )
    (repository / "cv" / "resume.md").write_text(text, encoding="utf-8")
    result = run_cli(
        "check", "--no-cache", "--select", "broken-link", "--output-format", "json", "cv/resume.md", cwd=repository
    )
    messages = [f["message"] for f in json.loads(result.stdout)]
    outside = "points outside the repository, where cvlint does not look"
    assert messages == [
        f"'../../secret' {outside}",
        f"'../../missing' {outside}",
        f"'outside/secret' {outside}",
        f"'outside/missing' {outside}",
        "'gone.png' does not exist next to resume.md",
    ], "a file outside reads the same whether it exists or not"


def test_without_git_the_files_folder_is_the_limit(tmp_path: Path) -> None:
    (tmp_path / "cv").mkdir()
    (tmp_path / "cv" / "resume.md").write_text(RESUME + "\n[a](../cv/resume.md) [b](../other.md)\n", "utf-8")
    result = run_cli(
        "check", "--no-cache", "--select", "broken-link", "--output-format", "json", str(tmp_path / "cv" / "resume.md")
    )
    assert [f["message"] for f in json.loads(result.stdout)] == [
        "'../other.md' points outside the folder of resume.md, where cvlint does not look"
    ]


@pytest.mark.parametrize("where", ["../elsewhere", "/etc", "link"])
def test_rule_dirs_stay_inside_the_repository(tmp_path: Path, where: str) -> None:
    repository = tmp_path / "repository"
    (repository / ".git").mkdir(parents=True)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "keys.toml").write_text('secret_token = "hunter2"\n', encoding="utf-8")
    (repository / "link").symlink_to(elsewhere)
    (repository / ".cvlint.toml").write_text(f'rule-dirs = ["{where}"]\n', encoding="utf-8")
    (repository / "resume.md").write_text(RESUME, encoding="utf-8")
    result = run_cli("check", "--no-cache", "resume.md", cwd=repository)
    assert result.returncode == 2
    (line,) = _errors(result)
    assert line.startswith(f"cvlint: error: {repository / '.cvlint.toml'}: rule-dirs: '")
    assert line.endswith(f"{where}' is outside {repository}, the repository it configures"), line
    assert "secret_token" not in line and "hunter2" not in line


def test_a_rule_file_linked_outside_the_repository_is_not_read(tmp_path: Path) -> None:
    repository = tmp_path / "repository"
    repository.mkdir()
    _rule_project(repository, "['ninja']", RESUME)
    (tmp_path / "keys.toml").write_text('secret_token = "hunter2"\n', encoding="utf-8")
    (repository / "house" / "keys.toml").symlink_to(tmp_path / "keys.toml")
    result = run_cli("check", "--no-cache", "resume.md", cwd=repository)
    assert result.returncode == 2
    (line,) = _errors(result)
    assert "secret_token" not in line and "hunter2" not in line
    assert line.endswith(f"keys.toml: a link to a file outside {repository}, the repository it configures")


def test_a_link_whose_arguments_span_lines_is_read_once(tmp_path: Path) -> None:
    source = (FIXTURES / "href-lines.tex").read_text(encoding="utf-8")
    document = parse(source, "href-lines.tex")
    texts = [text for _, text in document.prose()]
    shown = " ".join(text.value for text in texts)
    assert "Site Site" not in shown and "portfolio portfolio" not in shown and "wins wins" not in shown
    for text in texts:
        for index in range(len(text.value)):
            span = text.source_span(index, index + 1)
            assert text.span.start <= span.start <= span.end <= text.span.end, (text.value, index)
    result = run_cli("check", "--no-cache", "--today=2026-11-24", str(FIXTURES / "href-lines.tex"))
    assert result.returncode in (0, 1) and result.stderr == b"", result.stderr
    assert b"doubled" not in result.stdout


def test_a_flow_sequence_of_strings_is_read(tmp_path: Path) -> None:
    result = run_cli("check", "--no-cache", "--today=2026-11-24", str(FIXTURES / "flow-lists.yaml"))
    assert result.returncode in (0, 1) and result.stderr == b"", result.stderr
    source = (FIXTURES / "flow-lists.yaml").read_text(encoding="utf-8")
    skills = next(s for s in parse(source, "flow-lists.yaml").sections if s.role == "skills")
    assert [(b.marker_text, b.text.value) for b in skills.bullets] == [("[", "Python"), (",", "Go"), (",", "SQL")]


def test_mojibake_written_with_json_escapes_is_found_and_fixed(tmp_path: Path) -> None:
    path = tmp_path / "resume.json"
    written = (
        '{"basics": {"name": "Kim Lee", "summary": "Engineer \\u00e2\\u20ac\\u201d caf\\u00c3\\u00a9 owner"},\n'
        ' "work": [{"name": "Acme", "highlights": ["Led the \\u00e2\\u20ac\\u0153core\\u00e2\\u20ac\\u009d team"]}]}\n'
    )
    path.write_text(written, encoding="utf-8")
    args = ("check", "--no-cache", "--select", "encoding-corruption", "--output-format", "json", str(path))
    found = json.loads(run_cli(*args).stdout)
    lines = written.splitlines()
    escapes = [(1, r"\u00e2\u20ac\u201d"), (1, r"\u00c3\u00a9"), (2, r"\u00e2\u20ac\u0153"), (2, r"\u00e2\u20ac\u009d")]
    assert [(f["line"], f["column"], f["end_column"]) for f in found] == [
        (line, lines[line - 1].index(escape) + 1, lines[line - 1].index(escape) + 1 + len(escape))
        for line, escape in escapes
    ]
    assert found[0]["message"] == (
        "mojibake 'â€”' (written \\u00e2\\u20ac\\u201d) should read '—' (UTF-8 text read as Windows-1252)"
    )
    fixed = run_cli("check", "--no-cache", "--select", "encoding-corruption", "--fix", str(path))
    assert fixed.returncode == 0, fixed.stdout
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["basics"]["summary"] == "Engineer — café owner"
    assert data["work"][0]["highlights"] == ["Led the “core” team"]
