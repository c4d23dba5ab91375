"""The Python API: pure, picklable, and usable from Dask worker processes."""

from __future__ import annotations

import dataclasses
import datetime as dt
import pickle
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from conftest import FIXTURES, ROOT
from cvlint import fix_text, lint_text


def test_lint_text_is_pure_and_findings_pickle() -> None:
    text = (FIXTURES / "flawed_resume.txt").read_text(encoding="utf-8")
    first = lint_text(text, path="cv.txt", today=dt.date(2026, 11, 24))
    second = lint_text(text, path="cv.txt", today=dt.date(2026, 11, 24))
    assert first == second and first
    assert pickle.loads(pickle.dumps(first)) == first
    ignored = lint_text(text, path="cv.txt", config={"ignore": ["unquantified-bullet"]}, today=dt.date(2026, 11, 24))
    assert "unquantified-bullet" not in {f.rule for f in ignored}


def test_lint_text_and_fix_text_read_no_words_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from conftest import run_cli

    text = "# Dana Example\n\n## Experience\n\n- Led the team that recieved 3 awards\n"
    (tmp_path / "resume.md").write_text(text, encoding="utf-8")
    (tmp_path / ".cvlint-words.txt").write_text("recieved\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    config = {"select": ["spelling"]}
    assert [f.context for f in lint_text(text, config=config)] == ["recieved"], "the folder's word list is not read"
    assert "team that received" in fix_text(text, config=config, unsafe=True)[0]
    assert lint_text(text, config={**config, "words": ["recieved"]}) == [], "words come in through config"
    result = run_cli("check", "--no-cache", "--select=spelling", "resume.md", cwd=tmp_path)
    assert result.returncode == 0, "the CLI passes the folder's word list"


def test_lint_text_looks_at_no_file_beside_the_named_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from conftest import run_cli

    text = "# Dana Example\n\n[Portfolio](portfolio.pdf) · [Blog](htps://dana.dev)\n"
    (tmp_path / "resume.md").write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    config = {"select": ["broken-link"]}
    assert [f.context for f in lint_text(text, config=config)] == ["htps://dana.dev"]
    assert fix_text(text, config=config)[1] == lint_text(text, config=config)
    result = run_cli(
        "check", "--no-cache", "--select=broken-link", "--output-format=concise", "resume.md", cwd=tmp_path
    )
    assert "'portfolio.pdf' does not exist next to resume.md" in result.stdout.decode()


def test_lint_text_and_fix_text_touch_no_file_once_their_data_is_loaded(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "# Dana Example\n\n## Experience\n\n- Led the team that recieved 3 awards, see [notes](notes.md)\n"
    config = {"per-file-ignores": {"letters/*.md": ["spelling"]}, "words": ["Zalando"]}
    expected = lint_text(text, "cv/resume.md", config), lint_text(text, "letters/a.md", config)
    fixed = fix_text(text, "cv/resume.md", config, unsafe=True)
    assert "spelling" in {f.rule for f in expected[0]} - {f.rule for f in expected[1]}

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"read the file system: {args}")

    with monkeypatch.context() as sealed:  # undone before pytest reports a failure (which reads files)
        for name in ("stat", "lstat", "open", "listdir", "scandir", "getcwd"):
            sealed.setattr(f"os.{name}", refuse)
        sealed.setattr("builtins.open", refuse)
        again = lint_text(text, "cv/resume.md", config), lint_text(text, "letters/a.md", config)
        fixed_again = fix_text(text, "cv/resume.md", config, unsafe=True)
    assert again == expected and fixed_again == fixed


def test_findings_are_immutable() -> None:
    finding = lint_text("- \n")[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        finding.message = "changed"  # type: ignore[misc]


def test_missing_section_honours_its_configured_severity() -> None:
    text = "# Dana Example\n\n## Skills\n\nGo, Python\n"
    by_default = lint_text(text, config={"select": ["missing-section"]})
    assert [(f.context, f.severity) for f in by_default] == [("experience", "warning"), ("education", "info")]
    configured = {"select": ["missing-section"], "rules": {"missing-section": {"severity": "error"}}}
    assert [f.severity for f in lint_text(text, config=configured)] == ["error", "error"]


def test_fix_text_matches_cli_fix(tmp_path: Path) -> None:
    from conftest import run_cli

    text = (ROOT / "examples" / "resume.md").read_text(encoding="utf-8")
    fixed, remaining = fix_text(text, path="resume.md", today=dt.date(2026, 11, 24))
    path = tmp_path / "resume.md"
    path.write_text(text, encoding="utf-8")
    run_cli("check", "--today=2026-11-24", "--fix", str(path))
    assert path.read_text(encoding="utf-8") == fixed
    assert all(f.fix is None or f.fix.applicability == "unsafe" for f in remaining)


def test_dask_example_over_a_folder(tmp_path: Path) -> None:
    pytest.importorskip("dask")
    for index, name in enumerate(["flawed_resume.txt", "clean_resume.md", "clean_resume.txt"] * 4):
        (tmp_path / f"{index}-{name}").write_bytes((FIXTURES / name).read_bytes())
    result = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "dask_lint.py"), str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    rows = {
        line.split("\t")[0]: (int(line.split("\t")[1]), int(line.split("\t")[2])) for line in result.stdout.splitlines()
    }
    expected: Counter[str] = Counter()
    for path in sorted(tmp_path.iterdir()):
        expected.update(f.rule for f in lint_text(path.read_text(encoding="utf-8"), path=str(path)))
    assert {rule: count for rule, (count, _) in rows.items()} == dict(expected)
    assert rows["empty-bullet"] == (4, 4)
