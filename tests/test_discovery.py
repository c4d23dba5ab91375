"""Which files a run lints: .gitignore, exclude patterns, résumé detection, deep folders, paths given twice."""

from __future__ import annotations

import json
import subprocess
import tempfile
from pathlib import Path

import pytest

from conftest import FIXTURES, run_cli
from cvlint.app.discovery import named_like_a_resume

RESUME = (FIXTURES / "clean_resume.md").read_text(encoding="utf-8")
BAD = "# Kim Lee\n\nkim@example.org\n\n## Experience\n\n### Engineer, Acme\n2020 – 2022\n\n- Led 4 engineers\n-\n"
TODAY = "--today=2026-06-01"


def _write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")


def _linted(cwd: Path, *args: str) -> list[str]:
    """The files a run reported on (every file gets an empty-bullet finding from BAD, or is clean)."""
    result = run_cli(
        "check", TODAY, "--no-cache", "--select", "empty-bullet", "--output-format", "json", *args, cwd=cwd
    )
    assert result.returncode in (0, 1), result.stderr.decode()
    return sorted({finding["path"] for finding in json.loads(result.stdout)})


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("resume.md", True),
        ("Jane_Doe_CV.md", True),
        ("JaneDoeCV.tex", True),
        ("resume-2024.txt", True),
        ("cover-letter.md", True),
        ("CoverLetter_Acme.md", True),
        ("Lebenslauf.md", True),
        ("résumé.md", True),
        ("opencv-setup.md", False),
        ("cvs-notes.md", False),
        ("Priya_Raman_2026.md", False),
        ("curriculum-design.md", True),
        ("recover-letters.md", False),
    ],
)
def test_names_are_read_at_word_boundaries(name: str, expected: bool) -> None:
    assert named_like_a_resume(name) is expected


def _git(repo: Path) -> None:
    subprocess.run(["git", "init", "-q", str(repo)], check=True)


def test_gitignore_nested_and_negated(tmp_path: Path) -> None:
    _git(tmp_path)
    _write(
        tmp_path,
        {
            ".gitignore": "build/\n*.bak.md\n",
            "resume.md": BAD,
            "build/resume.md": BAD,
            "old.bak.md": BAD,
            "drafts/.gitignore": "*resume*.md\n!keep-resume.md\n",
            "drafts/resume.md": BAD,
            "drafts/keep-resume.md": BAD,
            "drafts/deeper/resume-v2.md": BAD,
        },
    )
    (tmp_path / ".git" / "info").mkdir(exist_ok=True)
    (tmp_path / ".git" / "info" / "exclude").write_text("private-cv.md\n", encoding="utf-8")
    _write(tmp_path, {"private-cv.md": BAD})
    assert _linted(tmp_path, ".") == ["drafts/keep-resume.md", "resume.md"]
    # From inside a subfolder, the repository's .gitignore files above still apply.
    assert _linted(tmp_path / "drafts", ".") == ["keep-resume.md"]
    # Files named directly are linted whatever ignores them.
    assert _linted(tmp_path, "build/resume.md") == ["build/resume.md"]


def test_respect_gitignore_can_be_turned_off(tmp_path: Path) -> None:
    _git(tmp_path)
    _write(tmp_path, {".gitignore": "build/\n", "build/resume.md": BAD, ".cvlint.toml": "respect-gitignore = false\n"})
    assert _linted(tmp_path, ".") == ["build/resume.md"]


def test_exclude_extend_exclude_and_include(tmp_path: Path) -> None:
    _write(
        tmp_path,
        {
            "resume.md": BAD,
            "old/resume.md": BAD,
            "drafts/cv.md": BAD,
            "node_modules/pkg/resume.md": BAD,
            ".hidden/resume.md": BAD,
            "notes/opencv-setup.md": BAD,
            ".cvlint.toml": 'extend-exclude = ["old/"]\n',
        },
    )
    assert _linted(tmp_path, ".") == ["drafts/cv.md", "resume.md"]
    assert _linted(tmp_path, "--extend-exclude", "drafts", ".") == ["resume.md"]
    # --exclude replaces the default patterns (hidden folders, node_modules); extend-exclude still adds.
    assert _linted(tmp_path, "--exclude", "drafts", ".") == [
        ".hidden/resume.md",
        "node_modules/pkg/resume.md",
        "resume.md",
    ]
    assert _linted(tmp_path, "--include", "notes/*.md", ".") == ["drafts/cv.md", "notes/opencv-setup.md", "resume.md"]
    (tmp_path / ".cvlint.toml").write_text('exclude = ["drafts"]\ninclude = ["*.md"]\n', encoding="utf-8")
    assert _linted(tmp_path, ".") == [
        ".hidden/resume.md",
        "node_modules/pkg/resume.md",
        "notes/opencv-setup.md",
        "old/resume.md",
        "resume.md",
    ]


def test_folders_lint_resumes_by_name_or_content(tmp_path: Path) -> None:
    letter = "Acme Ltd\n\nDear Ms Smith,\n\nI am writing about the role.\n\n-\n\nSincerely,\nKim Lee\n"
    _write(
        tmp_path,
        {
            "Priya_Raman_2026.md": BAD + "\n## Education\n\nBSc, Leeds, 2019\n",
            "JaneDoeCV.md": BAD,
            "letters/acme.md": letter,
            "notes/opencv-setup.md": "# OpenCV setup\n\n- pip install opencv-python\n-\n",
            "wordlist.txt": "experience\neducation\nskills\n-\n",
            "README.md": "# My project\n\n## Install\n\n-\n",
            "data.json": '{"basics": {"name": "Kim Lee"}, "work": []}\n',
            "package.json": '{"name": "site", "version": "1.0.0"}\n',
            "site/config.yaml": "title: My site\ntheme: minima\n",
            "rendercv/Kim.yaml": "cv:\n  name: Kim Lee\n",
        },
    )
    result = run_cli("check", TODAY, "--no-cache", "--output-format", "json", ".", cwd=tmp_path)
    linted = {finding["path"] for finding in json.loads(result.stdout)}
    assert linted == {"Priya_Raman_2026.md", "JaneDoeCV.md", "letters/acme.md", "data.json", "rendercv/Kim.yaml"}
    # A file named directly is always linted.
    assert _linted(tmp_path, "notes/opencv-setup.md") == ["notes/opencv-setup.md"]


def test_force_exclude_applies_the_walk_to_named_files(tmp_path: Path) -> None:
    _git(tmp_path)
    _write(
        tmp_path,
        {
            ".gitignore": "build/\n",
            "build/resume.md": BAD,
            "notes/opencv-setup.md": BAD,
            "Priya_Raman_2026.md": BAD + "\n## Education\n\nBSc, Leeds, 2019\n",
            "old/cv.md": BAD,
            ".cvlint.toml": 'extend-exclude = ["old"]\n',
        },
    )
    named = ["build/resume.md", "notes/opencv-setup.md", "Priya_Raman_2026.md", "old/cv.md"]
    assert _linted(tmp_path, "--force-exclude", *named) == ["Priya_Raman_2026.md"]
    assert _linted(tmp_path, *named) == sorted(named)
    skipped = run_cli("check", "--no-cache", "--force-exclude", "notes/opencv-setup.md", cwd=tmp_path)
    assert skipped.returncode == 0, skipped.stderr


def test_deeply_nested_folders_are_walked() -> None:
    # Outside pytest's tmp_path: pytest removes those with shutil.rmtree, which recurses as deep as the tree.
    top = Path(tempfile.mkdtemp(prefix="cvlint-deep-"))
    levels = [top / ("d/" * depth) for depth in range(1, 1001)]
    try:
        for level in levels:  # one at a time: pathlib's mkdir(parents=True) recurses itself
            level.mkdir()
        (levels[-1] / "resume.md").write_text(BAD, encoding="utf-8")
        result = run_cli("check", TODAY, "--no-cache", "--select", "empty-bullet", "-q", str(top))
        assert result.returncode == 1, result.stderr.decode()
        assert b"RecursionError" not in result.stderr and result.stdout.count(b"CV101") == 1
    finally:
        (levels[-1] / "resume.md").unlink(missing_ok=True)
        for level in reversed([top, *levels]):
            if level.is_dir():
                level.rmdir()


def test_a_path_named_twice_is_linted_once(tmp_path: Path) -> None:
    _write(tmp_path, {"resume.md": BAD})
    result = run_cli(
        "check", TODAY, "--no-cache", "resume.md", "./resume.md", ".", str(tmp_path / "resume.md"), cwd=tmp_path
    )
    assert result.stdout.count(b"CV101") == 1
    assert b"in 1 file" in result.stdout


def test_a_folder_with_no_resume_says_so(tmp_path: Path) -> None:
    _write(tmp_path, {"notes.md": "# Notes\n"})
    result = run_cli("check", "--no-cache", str(tmp_path))
    assert result.returncode == 2
    assert "is a folder with no résumé or cover letter in it" in result.stderr.decode()
