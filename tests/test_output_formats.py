"""Every machine output format, produced by a real run and parsed back."""

from __future__ import annotations

import json
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema

from conftest import FIXTURES, run_cli

SCHEMA = json.loads((Path(__file__).parent / "schemas" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))


def _run(tmp_path: Path, fmt: str) -> str:
    shutil.copy(FIXTURES / "flawed_resume.txt", tmp_path / "cv.txt")
    result = run_cli("check", "--today=2026-11-24", "--output-format", fmt, "cv.txt", cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    return result.stdout.decode("utf-8")


def test_sarif_validates_against_the_schema(tmp_path: Path) -> None:
    log = json.loads(_run(tmp_path, "sarif"))
    jsonschema.Draft4Validator(SCHEMA).validate(log)
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert {"id", "name", "shortDescription", "fullDescription", "help"} <= set(rules[0])
    results = run["results"]
    assert results and all(r["ruleId"] == rules[r["ruleIndex"]]["id"] for r in results)
    location = results[0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert location == {"uri": "cv.txt", "uriBaseId": "SRCROOT"}
    assert all(len(r["partialFingerprints"]["cvlintFindingHash/v1"]) == 20 for r in results)
    assert any("fixes" in r for r in results)


def test_github_annotations(tmp_path: Path) -> None:
    lines = _run(tmp_path, "github").splitlines()
    assert lines and all(
        line.startswith(("::warning file=cv.txt,", "::error file=cv.txt,", "::notice file=cv.txt,")) for line in lines
    )
    assert any("title=CV101 empty-bullet::empty bullet" in line for line in lines)


def test_junit_xml(tmp_path: Path) -> None:
    root = ET.fromstring(_run(tmp_path, "junit"))
    suite = root.find("testsuite")
    assert suite is not None
    failures = suite.findall("testcase/failure")
    assert int(suite.get("failures", "0")) == len(failures) > 0
    assert any(f.get("type") == "CV101 empty-bullet" for f in failures)


def test_gitlab_code_quality(tmp_path: Path) -> None:
    issues = json.loads(_run(tmp_path, "gitlab"))
    assert issues and {"description", "check_name", "fingerprint", "severity", "location"} <= set(issues[0])
    assert len({issue["fingerprint"] for issue in issues}) == len(issues)
    assert all(issue["location"]["path"] == "cv.txt" for issue in issues)
    assert {issue["severity"] for issue in issues} <= {"info", "minor", "major", "critical", "blocker"}


def test_rdjsonl_with_suggestions(tmp_path: Path) -> None:
    diagnostics = [json.loads(line) for line in _run(tmp_path, "rdjsonl").splitlines()]
    assert all(d["location"]["path"] == "cv.txt" and d["source"]["name"] == "cvlint" for d in diagnostics)
    mojibake = next(d for d in diagnostics if d["code"]["value"] == "CV201 encoding-corruption")
    assert mojibake["suggestions"][0]["text"] == "é"


def test_json_lines(tmp_path: Path) -> None:
    records = [json.loads(line) for line in _run(tmp_path, "json-lines").splitlines()]
    whole = json.loads(_run(tmp_path, "json"))
    assert records == whole


def test_every_format_is_listed() -> None:
    from cvlint.cli import OUTPUT_FORMATS
    from cvlint.output import FORMATS

    assert set(OUTPUT_FORMATS) == set(FORMATS)
    from cvlint.output import renderer

    assert all(callable(renderer(name)) for name in FORMATS)
