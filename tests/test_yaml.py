"""YAML (RenderCV): findings at the scalar's line and column; fixes keep comments, quoting and validity."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from ruamel.yaml import YAML

from conftest import FIXTURES, run_cli
from cvlint import lint_text
from cvlint.model.document import Section
from cvlint.parse import parse
from cvlint.text.bullets import is_label, label_end

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


def _sections(path: str) -> tuple[str, dict[str, Section]]:
    source = (FIXTURES / path).read_text(encoding="utf-8")
    document = parse(source, path)
    return source, {s.heading.text.value: s for s in document.sections if s.heading is not None}


def test_every_rendercv_entry_type_is_read() -> None:
    source, sections = _sections("rendercv-entry-types.yaml")
    assert [p.text.value for p in sections["summary"].paragraphs] == [
        "Platform engineer who builds calm, observable systems."
    ]  # a TextEntry is a paragraph, not a bullet
    job = sections["experience"].entries[0]
    assert (job.title and job.title.value, job.organisation and job.organisation.value) == (
        "Senior Engineer",
        "Fjord Freight",
    )
    assert job.dates is not None and job.dates.ongoing == "present" and job.dates.first.month == 3
    assert [b.text.value for b in job.bullets] == ["Cut deploy time from 40 to 6 minutes for 30 teams"]
    school = sections["education"].entries[0]
    assert school.organisation is not None and school.organisation.value == "Lund University"
    assert school.dates is not None and school.dates.last is not None and school.dates.last.year == 2018
    project = sections["projects"].entries[0]  # a NormalEntry
    assert project.title is not None and project.title.value == "tidewatch"
    assert project.dates is not None and project.dates.first.year == 2021 and not project.dates.is_range
    assert [p.text.value for p in project.paragraphs] == ["A tide-table service for harbours"]
    paper = sections["publications"].entries[0]  # a PublicationEntry: authors and journal are a citation
    assert paper.title is not None and paper.title.value == "Backpressure in Practice"
    assert paper.organisation is None and paper.dates is not None and paper.dates.text == "2020-05"
    assert [p.text.value for p in sections["skills"].paragraphs] == ["Go, Rust, Python"]  # a OneLineEntry
    for name, text in (
        ("achievements", "Led the incident review guild for 3 years"),
        ("talks", "Queues at sea, GopherCon 2023"),
        ("patents", "A tide-aware cache, granted 2024"),
    ):  # BulletEntry, NumberedEntry, ReversedNumberedEntry: one list item each, at the item's "-"
        (bullet,) = sections[name].bullets
        assert source[bullet.text.span.start : bullet.text.span.end] == bullet.text.value == text
        assert source[bullet.marker.start : bullet.marker.end] == "-"


def test_rendercv_design_locale_and_settings_keys_are_known() -> None:
    source = (FIXTURES / "rendercv-entry-types.yaml").read_text(encoding="utf-8")
    findings = [f for f in lint_text(source, path="cv.yaml", today=dt.date(2026, 12, 1)) if f.rule == "unknown-key"]
    assert [(source[f.start : f.end], f.suggestion) for f in findings] == [
        ("top_margn", "did you mean 'top_margin'?"),
        ("sort_entires", "did you mean 'sort_entries'?"),
    ]


def test_other_layouts_are_read_by_the_meaning_of_their_keys() -> None:
    source, sections = _sections("yaml-layouts.yaml")
    first, second = sections["jobs"].entries
    assert first.organisation is not None and first.organisation.value == "Harbour Labs"
    assert first.title is not None and first.title.value == "Data Engineer"
    assert first.dates is not None and first.dates.first.month == 6 and first.dates.ongoing == ""
    assert [source[b.text.span.start : b.text.span.end] for b in first.bullets] == [
        "Built the nightly ingest for 40 partner feeds",
        "Halved warehouse costs: 18k to 9k a month",
    ]
    assert second.dates is not None and second.dates.ongoing is None and second.dates.last is not None
    assert [b.text.value for b in second.bullets] == ["Wrote the churn model the sales team still uses"]
    (intern,) = sections["employment"].entries  # FRESH: employment.history
    assert intern.dates is not None and intern.dates.last is not None and intern.dates.last.month == 9
    assert sections["employment"].role == "experience"
    (research,) = sections["Research experience"].entries  # yaml-cv: when / what
    assert research.dates is not None and research.dates.last is not None and research.dates.last.year == 2014
    assert [b.text.value for b in research.bullets] == ["Modelled tidal energy output for a regional grid study"]
    assert [b.text.value for b in sections["skills"].bullets] == ["SQL", "Python"]
    document = parse(source, "resume.yaml")
    assert document.title is not None and document.title.text.value == "Tomas Okafor"
    assert any(p.text.value == "tomas@okafor.example" for p in document.sections[0].paragraphs)
    assert document.keys == ()  # RenderCV's keys are checked in RenderCV's layout only


def test_fixing_design_and_settings_keys_keeps_the_yaml_valid(tmp_path: Path) -> None:
    path = tmp_path / "cv.yaml"
    shutil.copy(FIXTURES / "rendercv-entry-types.yaml", path)
    run_cli("check", "--select", "unknown-key", "--fix", "--unsafe-fixes", str(path))
    fixed = path.read_text(encoding="utf-8")
    data = YAML(typ="rt").load(fixed)
    assert data["design"]["page"]["top_margin"] == "2cm"
    assert data["rendercv_settings"]["sort_entries"] == "chronological"
    source = (FIXTURES / "rendercv-entry-types.yaml").read_text(encoding="utf-8")
    assert fixed == source.replace("top_margn", "top_margin").replace("sort_entires", "sort_entries")


FOLDED = """Research experience:
  - when: "2022 - 2024"
    what:
      - "Built a robot lab at the
        faculy of science, with 12 robots"
      - 'Ran the lab''s robot
        competitions'
      - Wrote the grant proposal
        for the lab
    summary: >
      Studied how people see
      robots.
"""


def test_scalars_over_several_lines_are_read_and_mapped() -> None:
    # yaml-cv's layout: quoted, plain and folded scalars written over several lines.
    document = parse(FOLDED, "cv.yaml")
    entry = next(s for s in document.sections if s.role == "experience").entries[0]
    texts = [bullet.text for bullet in entry.bullets]
    assert [t.value for t in texts] == [
        "Built a robot lab at the faculy of science, with 12 robots",
        "Ran the lab's robot competitions",
        "Wrote the grant proposal for the lab",
    ]
    assert entry.paragraphs[0].text.value == "Studied how people see robots."
    at = texts[0].value.index("faculy")
    span = texts[0].source_span(at, at + len("faculy"))
    assert FOLDED[span.start : span.end] == "faculy"
    at = texts[1].value.index("competitions")
    span = texts[1].source_span(at, at + len("competitions"))
    assert FOLDED[span.start : span.end] == "competitions"
    findings = lint_text(FOLDED, path="cv.yaml", today=dt.date(2026, 11, 24))
    spelling = [f for f in findings if f.rule == "spelling"]
    assert [(f.line, FOLDED[f.start : f.end]) for f in spelling] == [(5, "faculy")]


def test_a_double_quoted_scalar_with_an_escape_over_lines_is_left_out() -> None:
    source = 'Research experience:\n  - when: "2022"\n    what:\n      - "Built a \\"lab\\"\n        for robots"\n'
    entry = next(s for s in parse(source, "cv.yaml").sections if s.role == "experience").entries[0]
    assert entry.bullets == []


def test_an_italic_label_opens_a_detail_line_not_a_sentence() -> None:
    # RenderCV project entries: "*Funded by:* …", "*Partners:* …" are labelled details, not achievements.
    line = "*Funded by:* the national research programme for digital health"
    assert is_label(line) and label_end(line) == line.index("the")
    assert label_end("Implemented two protocols: one for storage and one for search") == 0


def test_a_section_left_out_of_the_sections_list_is_not_read() -> None:
    # yaml-cv prints only the sections its "sections" list names; "Talks" is commented out of it.
    source = (
        "sections: [\n  Awards,\n  # Talks,\n]\n"
        "Awards:\n  - when: 2022\n    what:\n      - Best paper award of the robotics conference\n"
        "Talks:\n  - when: 2022\n    what:\n      - Best paper award of the robotics conference\n"
    )
    document = parse(source, "cv.yaml")
    assert [s.heading.text.value for s in document.sections if s.heading is not None] == ["Awards"]
