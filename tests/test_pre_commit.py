"""The hooks, through the real pre-commit, on a temporary git repository."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import yaml
from identify import identify

from conftest import ROOT

BAD = "# Kim Lee\n\nkim@example.org\n\n## Experience\n\n### Engineer, Acme\n2020 – 2022\n\n- Led 4 engineers\n-\n"
PRIYA = (
    "# Priya Raman\n\npriya@example.org\n\n## Experience\n\n### Engineer, Acme\n2020 – 2022\n\n- Led 4 engineers\n-\n"
    "\n## Education\n\nBSc Physics, Leeds, 2019\n"
)
CLEAN = "# Kim Lee\n\nkim@example.org\n\n## Experience\n\n### Engineer, Acme\n2020 – 2022\n\n- Led 4 engineers\n"


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, capture_output=True, check=True)


def _repository(repo: Path) -> Path:
    """A new git repository at ``repo``, with a committer set."""
    repo.mkdir()
    _git(repo, "init", "-q")
    _git(repo, "config", "user.email", "kim@example.org")
    _git(repo, "config", "user.name", "Kim")
    return repo


def _try(repo: Path, hook: str, home: Path) -> subprocess.CompletedProcess[str]:
    """Run one hook through `pre-commit try-repo`; pre-commit's own log joins stdout when it crashed."""
    env = dict(os.environ, PRE_COMMIT_HOME=str(home), PRE_COMMIT_COLOR="never")
    done = subprocess.run(
        [sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), hook, "--all-files", "--verbose"],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    log = home / "pre-commit.log"
    if log.exists():
        done.stdout += log.read_text(encoding="utf-8", errors="replace")
        log.unlink()
    return done


def test_hooks_file_is_valid() -> None:
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert [hook["id"] for hook in hooks] == ["cvlint", "cvlint-fix", "cvlint-documents"]
    for hook in hooks:
        assert hook["language"] == "python" and hook["entry"].startswith("cvlint check --force-exclude")
    assert all(set(hook["types_or"]) == {"markdown", "plain-text", "json", "tex", "yaml"} for hook in hooks[:2])
    assert hooks[2]["files"] == r"(?i)\.(docx|pdf)$" and hooks[2]["additional_dependencies"]
    known = identify.ALL_TAGS
    for hook in hooks:
        tags = set(hook.get("types", [])) | set(hook.get("types_or", []))
        assert tags <= known, f"pre-commit refuses the whole manifest for an unknown type tag: {tags - known}"
    validated = subprocess.run(
        [sys.executable, "-m", "pre_commit", "validate-manifest", str(ROOT / ".pre-commit-hooks.yaml")],
        capture_output=True,
        text=True,
    )
    assert validated.returncode == 0, validated.stdout + validated.stderr
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "id: cvlint" in readme and "id: cvlint-fix" in readme


def test_hooks_through_real_pre_commit(tmp_path: Path) -> None:
    repo = _repository(tmp_path / "cv")
    resume = repo / "resume.md"
    resume.write_text(BAD, encoding="utf-8")
    (repo / "notes.md").write_text("-\n", encoding="utf-8")
    # Named like no résumé but written like one; named with "cv" inside a word but a note.
    (repo / "Priya_Raman_2026.md").write_text(PRIYA, encoding="utf-8")
    (repo / "notes").mkdir()
    (repo / "notes" / "opencv-setup.md").write_text(
        "# OpenCV setup\n\n- pip install opencv-python\n-\n", encoding="utf-8"
    )
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "résumé")
    home = tmp_path / "pre-commit-home"

    failed = _try(repo, "cvlint", home)
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert "resume.md:11:1: CV101 [empty-bullet]" in failed.stdout, failed.stdout
    assert "notes.md" not in failed.stdout, "cvlint's résumé detection keeps hooks off other files"
    assert "Priya_Raman_2026.md:11:1: CV101 [empty-bullet]" in failed.stdout, "its content says it is a résumé"
    assert "opencv-setup.md" not in failed.stdout, "'cv' inside a word does not make a résumé"

    fixed = _try(repo, "cvlint-fix", home)
    assert fixed.returncode == 1, fixed.stdout + fixed.stderr
    assert resume.read_text(encoding="utf-8") == CLEAN
    assert "-\n" in (repo / "notes" / "opencv-setup.md").read_text(encoding="utf-8")
    assert "Fixed 2 problems" in fixed.stdout

    _git(repo, "commit", "-q", "-am", "fixed")
    passed = _try(repo, "cvlint", home)
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert _try(repo, "cvlint-fix", home).returncode == 0


def test_github_action_is_a_composite_that_installs_and_runs_cvlint() -> None:
    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    assert action["runs"]["using"] == "composite"
    runs = " ".join(step.get("run", "") for step in action["runs"]["steps"])
    assert 'pip install --quiet "${{ github.action_path }}"' in runs
    assert "cvlint check --output-format" in runs
    assert set(action["inputs"]) >= {"paths", "args", "format"}
    assert any(step.get("uses", "").startswith("github/codeql-action/upload-sarif") for step in action["runs"]["steps"])


def test_documents_hook_through_real_pre_commit(tmp_path: Path) -> None:
    """The DOCX/PDF hook installs its extras in pre-commit's own environment and reads the file."""
    from test_documents import _docx

    repo = _repository(tmp_path / "cv")
    _docx(repo / "resume.docx")
    _docx(repo / "brochure.docx")
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "résumé")
    before = (repo / "resume.docx").read_bytes()

    result = _try(repo, "cvlint-documents", tmp_path / "pre-commit-home")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "resume.docx:6:1: CV501 [tense-mismatch]" in result.stdout, result.stdout
    assert "brochure.docx" not in result.stdout, "cvlint's name detection keeps the hook off other documents"
    assert (repo / "resume.docx").read_bytes() == before
