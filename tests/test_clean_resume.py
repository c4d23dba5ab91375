"""A clean, well-written résumé, in either format, gets no findings at all."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from cvlint import lint_text

CLEAN = ["clean_resume.md", "clean_resume.txt", "cover-letter.md"]


@pytest.mark.parametrize("name", CLEAN)
def test_no_findings(name: str) -> None:
    path = Path(__file__).parent / "fixtures" / name
    findings = lint_text(path.read_text(encoding="utf-8"), path=name, today=dt.date(2026, 11, 24))
    assert [(f.line, f.rule, f.message) for f in findings] == []


def test_api_fix_text() -> None:
    from cvlint import fix_text

    fixed, remaining = fix_text("- Led 4 engineers\n-\n- Ran 3 teams\n", path="cv.md", config={"select": ["CV1"]})
    assert fixed == "- Led 4 engineers\n- Ran 3 teams\n"
    assert remaining == []
