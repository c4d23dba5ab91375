"""JSON Resume: findings at the exact line and column of the JSON string; fixes keep the file valid."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

from conftest import FIXTURES, run_cli
from cvlint import lint_text
from cvlint.parse import parse

SOURCE = (FIXTURES / "resume.json").read_text(encoding="utf-8")


def test_structure_and_spans() -> None:
    document = parse(SOURCE, "resume.json")
    assert document.format == "json"
    assert document.title is not None and document.title.text.value == "Sam Okafor"
    experience = next(s for s in document.sections if s.role == "experience")
    first, second = experience.entries
    assert first.title is not None and first.title.value == "Senior Data Engineer"
    assert first.organisation is not None and first.organisation.value == "Globex"
    assert first.dates is not None and first.dates.ongoing is not None
    assert second.dates is not None and second.dates.last is not None and second.dates.last.month == 2
    quoted = first.bullets[0].text
    assert quoted.value == 'Cut the nightly load from 6 hours to 50 minutes for 40 "critical" tables'
    start = quoted.value.index('"critical"')
    span = quoted.source_span(start, start + len('"critical"'))
    assert SOURCE[span.start : span.end] == '\\"critical\\"'
    escaped = second.bullets[1].text
    index = escaped.value.index("é")
    assert SOURCE[escaped.source_start(index) : escaped.source_end(index)] == "\\u00e9"


def test_findings_point_at_the_json_strings() -> None:
    findings = lint_text(SOURCE, path="resume.json", today=dt.date(2026, 11, 24))
    by_rule = {f.rule: f for f in findings}
    tense = by_rule["tense-mismatch"]
    assert SOURCE[tense.start : tense.end] == "Build" and tense.line == 26
    assert SOURCE[by_rule["term-casing"].start : by_rule["term-casing"].end] == "Clickhouse"
    assert by_rule["empty-bullet"].message == "empty list item: the string has no text"
    assert by_rule["empty-bullet"].fix is None, "deleting a JSON line could break the file"
    assert "unquantified-bullet" not in by_rule


def test_fix_keeps_the_json_valid_and_changes_only_the_fixed_text(tmp_path: Path) -> None:
    path = tmp_path / "resume.json"
    shutil.copy(FIXTURES / "resume.json", path)
    result = run_cli("check", "--today=2026-11-24", "--fix", "--unsafe-fixes", str(path))
    assert b"Traceback" not in result.stderr
    fixed = path.read_text(encoding="utf-8")
    data = json.loads(fixed)
    highlights = data["work"][1]["highlights"]
    assert highlights[0] == "Built the reporting API for 300 customers"
    assert data["work"][0]["highlights"][2].startswith("Moved 2 TB a day to ClickHouse")
    assert "caf\\u00e9" in fixed, "escapes outside the fixes stay as written"
    changed = [(a, b) for a, b in zip(SOURCE.splitlines(), fixed.splitlines(), strict=True) if a != b]
    assert len(changed) == 2


def test_invalid_json_is_one_line_and_exit_2(tmp_path: Path) -> None:
    path = tmp_path / "resume.json"
    path.write_text('{\n  "basics": {"name": "Sam",}\n}\n', encoding="utf-8")
    result = run_cli("check", str(path))
    assert result.returncode == 2
    assert (
        result.stderr.decode().strip()
        == f"{path}: error: not valid JSON: line 2, column 28: expected a key in double quotes"
    )


def test_directory_picks_up_resume_named_json_only(tmp_path: Path) -> None:
    shutil.copy(FIXTURES / "resume.json", tmp_path / "resume.json")
    (tmp_path / "package.json").write_text('{"name": "x"}', encoding="utf-8")
    result = run_cli("check", "--today=2026-11-24", "--output-format", "json", str(tmp_path))
    paths = {record["path"] for record in json.loads(result.stdout)}
    assert paths == {str(tmp_path / "resume.json")}


def test_txt_that_looks_like_json_but_is_not_falls_back_to_plain_text() -> None:
    source = '{\n  "work": [\n    "Led 4 engineers"\n  ]\n  "oops"\n}\n'
    assert parse(source, "cv.txt").format == "text"


SCHEMA_SLIPS = """{
  "basics": {"name": "Dana Example", "email": "dana@example.org", "location": "Leeds"},
  "work": [
    {"name": "Northwind", "position": "Engineer", "startDate": "Mar 2021", "endDate": "Present",
     "highlights": "Cut \\"checkout\\" latency by 40% for 2M users", "pinned": true},
    {"name": "Acme", "position": "Intern", "startDate": "2019-3", "endDate": "Summer 2020",
     "highlights": ["Built a CLI used by 30 teams", 4]}
  ],
  "education": {"institution": "Leeds"}
}
"""


def test_schema_findings_name_the_field_the_entry_and_what_is_expected(tmp_path: Path) -> None:
    path = tmp_path / "resume.json"
    path.write_text(SCHEMA_SLIPS, encoding="utf-8")
    result = run_cli("check", "--select", "json-resume-schema", "--output-format", "json", str(path))
    assert result.returncode == 1, result.stderr
    found = {(f["line"], f["column"], f["message"]) for f in json.loads(result.stdout)}
    iso = "JSON Resume expects an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD"
    assert found == {
        (
            2,
            68,
            "basics.location is a string; JSON Resume expects an object, "
            "so validators reject it and themes may leave it out",
        ),
        (4, 65, f"work[0].startDate is 'Mar 2021'; {iso}"),
        (4, 88, f"work[0].endDate is 'Present'; {iso}, and an ongoing role has no endDate"),
        (
            5,
            7,
            "work[0].highlights is a string; JSON Resume expects an array of strings, "
            "so validators reject it and themes may leave it out",
        ),
        (6, 58, f"work[1].startDate is '2019-3'; {iso}"),
        (6, 79, f"work[1].endDate is 'Summer 2020'; {iso}"),
        (
            7,
            7,
            "work[1].highlights is a mixed array; JSON Resume expects an array of strings, "
            "so validators reject it and themes may leave it out",
        ),
        (
            9,
            4,
            "education is an object; JSON Resume expects an array of objects, "
            "so validators reject it and themes may leave it out",
        ),
    }


def test_schema_fixes_convert_losslessly_and_keep_the_json_valid(tmp_path: Path) -> None:
    path = tmp_path / "resume.json"
    path.write_text(SCHEMA_SLIPS, encoding="utf-8")
    run_cli("check", "--select", "json-resume-schema", "--fix", str(path))
    fixed = path.read_text(encoding="utf-8")
    data = json.loads(fixed)
    assert data["work"][0]["startDate"] == "2021-03" and data["work"][1]["startDate"] == "2019-03"
    assert data["work"][0]["highlights"] == ['Cut "checkout" latency by 40% for 2M users']
    assert '["Cut \\"checkout\\" latency' in fixed, "the escapes are kept as written"
    assert data["work"][0]["endDate"] == "Present", "no fix guesses what to do with 'Present'"
    changed = [(a, b) for a, b in zip(SCHEMA_SLIPS.splitlines(), fixed.splitlines(), strict=True) if a != b]
    assert len(changed) == 3
    again = run_cli("check", "--select", "json-resume-schema", "--fix", str(path))
    assert path.read_text(encoding="utf-8") == fixed, again.stdout


V0_RESUME = """{
  "basics": {"name": "Dana Example", "picture": "me.png", "website": "https://dana.example"},
  "work": [
    {"company": "Northwind", "website": "https://northwind.example", "position": "Engineer",
     "startDate": "2021-03", "endDate": "", "highlights": ["Cut checkout latency by 40% for 2M users"]},
    {"company": "Acme", "name": "Acme Ltd", "position": "Intern", "startDate": "2019-03", "endDate": "2020-06",
     "highlights": ["Built a CLI used by 30 teams"]}
  ],
  "education": [{"institution": "Leeds", "gpa": "3.9", "startDate": "", "endDate": ""}]
}
"""


def test_v0_keys_are_read_and_reported_with_their_1_0_names(tmp_path: Path) -> None:
    document = parse(V0_RESUME, "resume.json")
    work = next(s for s in document.sections if s.role == "experience")
    assert [e.organisation.value for e in work.entries if e.organisation] == ["Northwind", "Acme Ltd"]
    assert work.entries[0].dates is not None and work.entries[0].dates.ongoing == ""  # "endDate": "" is ongoing
    findings = lint_text(V0_RESUME, path="resume.json", today=dt.date(2026, 12, 1))
    renamed = [(V0_RESUME[f.start : f.end], f.suggestion) for f in findings if f.rule == "unknown-key"]
    assert renamed == [
        ("picture", "rename it 'image'"),
        ("website", "rename it 'url'"),
        ("company", "rename it 'name'"),
        ("website", "rename it 'url'"),
        ("gpa", "rename it 'score'"),
    ]
    first = next(f for f in findings if f.rule == "unknown-key")
    assert (
        first.message
        == "'picture' is the JSON Resume 0.x name of 'image': themes made for JSON Resume 1.0 leave it out"
    )
    path = tmp_path / "resume.json"
    path.write_text(V0_RESUME, encoding="utf-8")
    run_cli("check", "--select", "unknown-key", "--fix", "--unsafe-fixes", str(path))
    fixed = path.read_text(encoding="utf-8")
    data = json.loads(fixed)
    assert data["basics"]["image"] == "me.png" and data["work"][0]["name"] == "Northwind"
    assert data["work"][1]["company"] == "Acme" and data["education"][0]["score"] == "3.9"
    expected = V0_RESUME
    for old, new in (
        ('"picture"', '"image"'),
        ('"website"', '"url"'),
        ('"company": "Northwind"', '"name": "Northwind"'),
    ):
        expected = expected.replace(old, new, 2 if old == '"website"' else 1)
    assert fixed == expected.replace('"gpa"', '"score"'), "only the renamed keys change"


def test_an_empty_end_date_is_reported_like_null_and_undated_entries_are_left_alone() -> None:
    findings = lint_text(V0_RESUME, path="resume.json", today=dt.date(2026, 12, 1))
    schema = [(f.line, f.message, f.suggestion) for f in findings if f.rule == "json-resume-schema"]
    iso = "JSON Resume expects an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD"
    ongoing = "delete the endDate member; themes then show the role as ongoing"
    assert schema == [(5, f"work[0].endDate is empty; {iso}, and an ongoing role has no endDate", ongoing)]
    null = V0_RESUME.replace('"endDate": ""', '"endDate": null', 1)
    found = [f for f in lint_text(null, path="resume.json") if f.rule == "json-resume-schema"]
    assert [(f.message, f.suggestion) for f in found] == [
        (f"work[0].endDate is null; {iso}, and an ongoing role has no endDate", ongoing)
    ]
    assert null[found[0].start : found[0].end] == "endDate"


def test_the_whole_official_schema_is_checked_at_every_depth() -> None:
    source = (
        '{"basics": {"name": "Dana Example", "location": {"city": 7},\n'
        ' "profiles": [{"network": "GitHub", "username": ["dana"]}]},\n'
        ' "skills": [{"name": "Go", "keywords": "Go, gRPC"}]}\n'
    )
    found = [(source[f.start : f.end], f.message) for f in lint_text(source, path="resume.json")]
    expects = "so validators reject it and themes may leave it out"
    assert [f for f in found if "JSON Resume expects" in f[1]] == [
        ("city", f"basics.location.city is a number; JSON Resume expects a string, {expects}"),
        ("username", f"basics.profiles[0].username is an array of strings; JSON Resume expects a string, {expects}"),
        ("keywords", f"skills[0].keywords is a string; JSON Resume expects an array of strings, {expects}"),
    ]


def test_the_bundled_schema_is_the_recorded_release() -> None:
    folder = Path(__file__).resolve().parents[1] / "rules" / "schemas"
    record = tomllib.loads((folder / "json-resume.source.toml").read_text(encoding="utf-8"))
    digest = hashlib.sha256((folder / record["file"]).read_bytes()).hexdigest()
    assert digest == record["sha256"] and record["licence"].startswith("MIT")
    assert (folder / "json-resume.LICENSE.md").read_text(encoding="utf-8").startswith("The MIT License")


def test_linting_markdown_does_not_import_jsonschema() -> None:
    code = (
        "import sys; from cvlint import lint_text; lint_text('# Dana\\n\\n- Led a team\\n'); "
        "print('jsonschema' in sys.modules)"
    )
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout == "False\n"


def test_entries_in_a_layout_of_their_own_are_dated_from_their_keys() -> None:
    source = (
        '{"basics": {"name": "Dana Example"}, "experience": [\n'
        ' {"company": "Northwind", "position": "Engineer", "from": "May 2022", "to": "Current"},\n'
        ' {"organization": "Acme", "role": "Researcher", "dates": "2018 \\u2013 2022"}]}\n'
    )
    entries = next(s for s in parse(source, "resume.json").sections if s.role == "experience").entries
    first, second = (entry.dates for entry in entries)
    assert first is not None and first.first.month == 5 and first.ongoing == "Current"
    assert second is not None and second.last is not None and second.last.year == 2022
    assert source[second.start : second.end] == "2018 \\u2013 2022"
    assert source[second.last.start : second.last.end] == "2022"
    assert entries[1].title is not None and entries[1].title.value == "Researcher"


def test_a_date_given_as_a_number_is_named_with_what_is_expected() -> None:
    source = '{"basics": {"name": "Dana Example"}, "work": [{"name": "Acme", "startDate": 2020}]}\n'
    (finding,) = [f for f in lint_text(source, path="resume.json") if f.rule == "json-resume-schema"]
    assert source[finding.start : finding.end] == "startDate" and finding.suggestion == 'write "2020"'
    assert finding.message.startswith("work[0].startDate is a number; JSON Resume expects an ISO 8601 date")
