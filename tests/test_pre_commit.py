"""The hooks, through the real pre-commit, on a temporary git repository."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
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


@dataclass(frozen=True)
class Hooks:
    """This checkout as pre-commit installs a hook repository, and the pre-commit home this module shares."""

    repository: Path
    rev: str
    home: Path


@pytest.fixture(scope="module")
def hooks(tmp_path_factory: pytest.TempPathFactory) -> Hooks:
    """A clone of this checkout at one commit holding its uncommitted changes too (what `pre-commit try-repo`
    makes), and one pre-commit home for the module, so pre-commit builds each hook environment once."""
    base = tmp_path_factory.mktemp("pre-commit")
    clone = base / "cvlint"
    _git(base, "clone", "-q", "--no-checkout", str(ROOT), str(clone))
    _git(clone, "fetch", "-q", str(ROOT), "HEAD")
    _git(clone, "checkout", "-q", "-b", "hooks", "FETCH_HEAD")
    changes = subprocess.run(["git", "diff", "--binary", "HEAD"], cwd=ROOT, capture_output=True, check=True).stdout
    if changes:
        subprocess.run(["git", "apply", "--index"], cwd=clone, input=changes, capture_output=True, check=True)
        _git(clone, "-c", "user.email=kim@example.org", "-c", "user.name=Kim", "commit", "-q", "-m", "uncommitted")
    rev = subprocess.run(["git", "rev-parse", "HEAD"], cwd=clone, capture_output=True, text=True, check=True).stdout
    return Hooks(clone, rev.strip(), base / "home")


def _try(repo: Path, hook: str, hooks: Hooks) -> subprocess.CompletedProcess[str]:
    """Run one hook of ``hooks`` on ``repo`` through `pre-commit run` with a configuration naming only it (as
    `pre-commit try-repo` does, but in the shared home); pre-commit's own log joins stdout when it crashed."""
    config = repo.parent / f"{hook}.pre-commit-config.yaml"
    entry = {"repo": str(hooks.repository), "rev": hooks.rev, "hooks": [{"id": hook}]}
    config.write_text(yaml.safe_dump({"repos": [entry]}), encoding="utf-8")
    env = dict(os.environ, PRE_COMMIT_HOME=str(hooks.home), PRE_COMMIT_COLOR="never")
    done = subprocess.run(
        [sys.executable, "-m", "pre_commit", "run", hook, "--config", str(config), "--all-files", "--verbose"],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    log = hooks.home / "pre-commit.log"
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


def test_hooks_through_real_pre_commit(tmp_path: Path, hooks: Hooks) -> None:
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
    failed = _try(repo, "cvlint", hooks)
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert "resume.md:11:1: CV101 [empty-bullet]" in failed.stdout, failed.stdout
    assert "notes.md" not in failed.stdout, "cvlint's résumé detection keeps hooks off other files"
    assert "Priya_Raman_2026.md:11:1: CV101 [empty-bullet]" in failed.stdout, "its content says it is a résumé"
    assert "opencv-setup.md" not in failed.stdout, "'cv' inside a word does not make a résumé"

    fixed = _try(repo, "cvlint-fix", hooks)
    assert fixed.returncode == 1, fixed.stdout + fixed.stderr
    assert resume.read_text(encoding="utf-8") == CLEAN
    assert "-\n" in (repo / "notes" / "opencv-setup.md").read_text(encoding="utf-8")
    assert "Fixed 2 problems" in fixed.stdout

    _git(repo, "commit", "-q", "-am", "fixed")
    passed = _try(repo, "cvlint", hooks)
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert _try(repo, "cvlint-fix", hooks).returncode == 0


def test_github_action_is_a_composite_that_installs_and_runs_cvlint() -> None:
    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    assert action["runs"]["using"] == "composite"
    runs = " ".join(step.get("run", "") for step in action["runs"]["steps"])
    assert 'pip install --quiet "${{ github.action_path }}"' in runs
    assert "cvlint check --output-format" in runs
    assert set(action["inputs"]) >= {"paths", "args", "format"}
    assert any(step.get("uses", "").startswith("github/codeql-action/upload-sarif") for step in action["runs"]["steps"])


def test_documents_hook_through_real_pre_commit(tmp_path: Path, hooks: Hooks) -> None:
    """The DOCX/PDF hook installs its extras in pre-commit's own environment and reads the file."""
    from test_documents import _docx

    repo = _repository(tmp_path / "cv")
    _docx(repo / "resume.docx")
    _docx(repo / "brochure.docx")
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "résumé")
    before = (repo / "resume.docx").read_bytes()

    result = _try(repo, "cvlint-documents", hooks)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "resume.docx:6:1: CV501 [tense-mismatch]" in result.stdout, result.stdout
    assert "brochure.docx" not in result.stdout, "cvlint's name detection keeps the hook off other documents"
    assert (repo / "resume.docx").read_bytes() == before
