"""The Python API: pure, picklable, and usable from Dask worker processes."""

from __future__ import annotations

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
