"""The CI gate story, in a real temporary git repository."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from conftest import run_cli

TODAY = "--today=2026-11-24"
RESUME = """# Sam Rivera

sam@example.org

## Experience

### Backend Engineer, Acme
Jan 2022 – Present

- Cut checkout latency by 40% for 2M users
- Improved the reliability of the billing service
-

### Engineer, Initech
Mar 2019 – Dec 2021

- Develop the reporting API for 300 customers
- Led 4 engineers through the 2020 migration

## Education

### BSc Computer Science, University of Leeds
Sep 2015 – Jun 2018
"""


def _git(repo: Path, *args: str) -> str:
    result = subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, check=True)
    return result.stdout


def _repo(tmp_path: Path) -> Path:
    repo = tmp_path / "repo"
    repo.mkdir()
    _git(repo, "init", "-q", "-b", "main")
    _git(repo, "config", "user.email", "ci@example.org")
    _git(repo, "config", "user.name", "CI")
    (repo / "resume.md").write_text(RESUME, encoding="utf-8")
    _git(repo, "add", "resume.md")
    _git(repo, "commit", "-q", "-m", "résumé")
    return repo


def test_baseline_story(tmp_path: Path) -> None:
    repo = _repo(tmp_path)
    assert run_cli("check", TODAY, "resume.md", cwd=repo).returncode == 1
    written = run_cli("baseline", TODAY, "resume.md", "-o", ".cvlint-baseline.json", cwd=repo)
    assert written.returncode == 0 and b"Wrote 3 findings" in written.stdout
    unwritable = run_cli("baseline", TODAY, "resume.md", "-o", "missing/baseline.json", cwd=repo)
    assert unwritable.returncode == 2
    assert unwritable.stderr == b"cvlint: error: cannot write missing/baseline.json: No such file or directory\n"
    gate = ["check", TODAY, "--baseline", ".cvlint-baseline.json", "resume.md"]
    passing = run_cli(*gate, cwd=repo)
    assert passing.returncode == 0, passing.stdout
    assert b"(known)" in passing.stdout and b"3 known findings not counted" in passing.stdout

    # Lines move and a new unquantified bullet arrives: only that bullet fails the gate.
    edited = RESUME.replace("sam@example.org\n", "sam@example.org · +1 555 0100\n\nA summary line.\n").replace(
        "- Led 4 engineers", "- Wrote the onboarding guide for new hires\n- Led 4 engineers"
    )
    (repo / "resume.md").write_text(edited, encoding="utf-8")
    failing = run_cli(*gate, "--output-format", "json", cwd=repo)
    assert failing.returncode == 1
    new = json.loads(failing.stdout)
    assert [(f["rule"], f["line"]) for f in new] == [("unquantified-bullet", 20)]
    assert edited.splitlines()[19] == "- Wrote the onboarding guide for new hires"

    # The baselined findings are fixed: --strict-baseline asks for the baseline to shrink.
    fixed = edited.replace("- Improved the reliability of the billing service\n-\n", "").replace(
        "- Develop", "- Developed"
    )
    fixed = fixed.replace("- Wrote the onboarding guide for new hires", "- Wrote the onboarding guide for 30 new hires")
    (repo / "resume.md").write_text(fixed, encoding="utf-8")
    assert run_cli(*gate, cwd=repo).returncode == 0
    strict = run_cli(*gate, "--strict-baseline", cwd=repo)
    assert strict.returncode == 1
    assert strict.stdout.count(b"no longer found, remove it from the baseline") == 3


def test_since_revision_counts_only_new_findings_and_score_drops(tmp_path: Path) -> None:
    repo = _repo(tmp_path)
    same = run_cli("check", TODAY, "--since", "HEAD", "resume.md", cwd=repo)
    assert same.returncode == 0, same.stdout
    assert b"since HEAD" in same.stdout and b"(+0)" in same.stdout
    (repo / "resume.md").write_text(RESUME.replace("- Led 4", "- Ran the migration project\n- Led 4"), encoding="utf-8")
    worse = run_cli("check", TODAY, "--since", "HEAD", "resume.md", cwd=repo)
    assert worse.returncode == 1
    lines = [line for line in worse.stdout.decode().splitlines() if ": CV" in line and "(known)" not in line]
    assert len(lines) == 1 and "unquantified-bullet" in lines[0]
    assert b"since HEAD" in worse.stdout and b"(-3)" in worse.stdout


def test_since_unknown_revision_is_a_clear_error(tmp_path: Path) -> None:
    repo = _repo(tmp_path)
    shallow = tmp_path / "shallow"
    subprocess.run(["git", "clone", "-q", "--depth=1", f"file://{repo}", str(shallow)], check=True)
    result = run_cli("check", TODAY, "--since", "origin/feature", "resume.md", cwd=shallow)
    assert result.returncode == 2
    message = result.stderr.decode().strip()
    assert message.startswith("cvlint: error: --since origin/feature: git knows no such revision.")
    assert "shallow clone" in message
    available = run_cli("check", TODAY, "--since", "HEAD", "resume.md", cwd=shallow)
    assert available.returncode == 0 and b"since HEAD" in available.stdout


def test_score_and_fail_under(tmp_path: Path) -> None:
    repo = _repo(tmp_path)
    scored = run_cli("score", TODAY, "--output-format", "json", "resume.md", cwd=repo)
    record = json.loads(scored.stdout)[0]
    assert record["score"] == sum(part["points"] for part in record["categories"].values())
    assert set(record["categories"]) == {"impact", "dates", "language", "formatting", "encoding"}
    assert sum(part["weight"] for part in record["categories"].values()) == 100
    score = record["score"]
    text = run_cli("score", TODAY, "resume.md", cwd=repo).stdout.decode()
    assert text.startswith(f"resume.md: {score}/100\n  impact")
    only_errors_fail = ["check", TODAY, "--fail-on", "error", "resume.md"]
    assert run_cli(*only_errors_fail, f"--fail-under={score}", cwd=repo).returncode == 0
    below = run_cli(*only_errors_fail, f"--fail-under={score + 1}", cwd=repo)
    assert below.returncode == 1
    assert f"resume.md: score {score}/100".encode() in below.stdout
    assert run_cli(*only_errors_fail, f"--fail-under={score + 1}", "--exit-zero", cwd=repo).returncode == 0


def test_fail_on_and_exit_zero(tmp_path: Path) -> None:
    repo = _repo(tmp_path)
    assert run_cli("check", TODAY, "--fail-on", "error", "resume.md", cwd=repo).returncode == 0
    assert run_cli("check", TODAY, "--fail-on", "warning", "resume.md", cwd=repo).returncode == 1
    assert run_cli("check", TODAY, "--exit-zero", "resume.md", cwd=repo).returncode == 0
    assert run_cli("check", TODAY, "--exit-zero", "missing.md", cwd=repo).returncode == 2
