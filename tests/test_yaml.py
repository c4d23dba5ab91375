"""YAML (RenderCV): findings at the scalar's line and column; fixes keep comments, quoting and validity."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from ruamel.yaml import YAML

from conftest import FIXTURES, run_cli
from cvlint import lint_text
from cvlint.parse import parse

SOURCE = (FIXTURES / "cv.yaml").read_text(encoding="utf-8")


def test_structure() -> None:
    document = parse(SOURCE, "cv.yaml")
    assert document.format == "yaml"
    assert document.title is not None and document.title.text.value == "Ines Ferreira"
    experience = next(s for s in document.sections if s.role == "experience")
    first, second = experience.entries
    assert first.organisation is not None and first.organisation.value == "Northwind Payments"
    assert first.dates is not None and first.dates.ongoing == "present"
    assert [b.text.value for b in first.bullets][1] == "Moved 60 services to Kubernetes: zero downtime"
    quoted = first.bullets[1].text
    assert SOURCE[quoted.span.start - 1] == "'" and SOURCE[quoted.span.start : quoted.span.end] == quoted.value
    assert second.dates is not None and second.dates.last is not None and second.dates.last.year == 2021


def test_findings() -> None:
    findings = lint_text(SOURCE, path="cv.yaml", today=dt.date(2026, 11, 24))
    by_rule = {f.rule: f for f in findings}
    key = by_rule["unknown-key"]
    assert (key.line, key.column) == (25, 9) and SOURCE[key.start : key.end] == "degre"
    assert by_rule["unknown-key"].suggestion == "did you mean 'degree'?"
    tense = by_rule["tense-mismatch"]
    assert SOURCE[tense.start : tense.end] == "Develop" and tense.line == 20


def test_fix_keeps_comments_quotes_and_validity(tmp_path: Path) -> None:
    path = tmp_path / "cv.yaml"
    shutil.copy(FIXTURES / "cv.yaml", path)
    run_cli("check", "--today=2026-11-24", "--fix", "--unsafe-fixes", str(path))
    fixed = path.read_text(encoding="utf-8")
    data = YAML(typ="rt").load(fixed)
    job = data["cv"]["sections"]["experience"][1]
    assert job["highlights"][0] == "Developed the billing exports for 300 customers"
    assert data["cv"]["sections"]["education"][0]["degree"] == "BSc"
    assert "# RenderCV input" in fixed and "# personal address" in fixed
    assert '"Ran the on-call rotation for 12 services"' in fixed
    changed = [(a, b) for a, b in zip(SOURCE.splitlines(), fixed.splitlines(), strict=True) if a != b]
    assert len(changed) == 2


def test_invalid_yaml_is_one_line_and_exit_2(tmp_path: Path) -> None:
    path = tmp_path / "cv.yaml"
    path.write_text("cv:\n  name: [Ines\n", encoding="utf-8")
    result = run_cli("check", str(path))
    assert result.returncode == 2
    lines = result.stderr.decode().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"{path}: error: not valid YAML: line ")


def test_a_reused_anchor_is_linted_without_library_chatter(tmp_path: Path) -> None:
    # Valid YAML (the later anchor wins); ruamel.yaml warns of it in lines of its own.
    path = tmp_path / "cv.yaml"
    text = "cv:\n  name: Kim Lee\n  sections:\n    skills:\n      - &a Python\n      - &a Go\n"
    path.write_text(text, encoding="utf-8")
    result = run_cli("check", "--today=2026-11-24", str(path))
    assert b"CV707 [missing-section]" in result.stdout
    assert result.stderr == b""
