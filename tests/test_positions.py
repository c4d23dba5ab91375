"""In every format, each finding's line and column point at the text the finding speaks of."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from cvlint import lint_text

FIXTURES = Path(__file__).parent / "fixtures"
FILES = ["checklist_resume.md", "flawed_resume.txt", "resume.json", "resume.tex", "cv.yaml"]
QUOTED_WORD_RULES = {
    "spelling",
    "term-casing",
    "tense-mismatch",
    "weak-verb",
    "first-person",
    "buzzword",
    "unknown-key",
}


def _position(source: str, offset: int) -> tuple[int, int]:
    before = source[:offset]
    return before.count("\n") + 1, offset - (before.rfind("\n") + 1) + 1


@pytest.mark.parametrize("name", FILES)
def test_positions_and_quoted_text(name: str) -> None:
    source = (FIXTURES / name).read_text(encoding="utf-8")
    findings = lint_text(source, path=str(FIXTURES / name), today=dt.date(2026, 11, 24))
    assert findings, f"the {name} fixture should have findings"
    for finding in findings:
        assert (finding.line, finding.column) == _position(source, finding.start)
        assert (finding.finish.line, finding.finish.column) == _position(source, finding.end)
        quoted = re.match(r"'([^']+)'", finding.message)
        if finding.rule in QUOTED_WORD_RULES and quoted is not None:
            assert source[finding.start : finding.end].lower() == quoted.group(1).lower(), finding
