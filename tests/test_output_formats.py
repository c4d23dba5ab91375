"""Every machine output format, produced by a real run and checked against its consumer's schema or rules."""

from __future__ import annotations

import json
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from lxml import etree

from conftest import FIXTURES, ROOT, run_cli
from cvlint.output.line_hash import line_hashes
from cvlint.output.sarif import MAX_DESCRIPTION, MAX_NAME, shorten
from cvlint.project import REPOSITORY_URL

SCHEMAS = Path(__file__).parent / "schemas"
SCHEMA = json.loads((SCHEMAS / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
REVIEWDOG = json.loads((SCHEMAS / "reviewdog" / "Diagnostic.json").read_text(encoding="utf-8"))
JUNIT = etree.XMLSchema(etree.parse(str(SCHEMAS / "junit-10.xsd")))
TODAY = "--today=2026-11-24"

# A line where code points, UTF-8 bytes and UTF-16 code units all count differently before "Github".
MIGRATED = "- 🚀 Migrated café’s 12 services to Github Actions"
RESUME = f"""# Ana Lima

ana@example.org

## Experience

### Engineer, Acme

2020 – 2023

{MIGRATED}
- Led 4 engineers in javascript and Github work
"""


def _run(tmp_path: Path, fmt: str) -> str:
    shutil.copy(FIXTURES / "flawed_resume.txt", tmp_path / "cv.txt")
    result = run_cli("check", TODAY, "--output-format", fmt, "cv.txt", cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    return result.stdout.decode("utf-8")


def _resume(tmp_path: Path, text: str = RESUME, name: str = "resume.md") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _sarif(tmp_path: Path, *args: str) -> dict[str, Any]:
    result = run_cli("check", TODAY, "--output-format", "sarif", *args, cwd=tmp_path)
    assert result.returncode in (0, 1), result.stderr
    log: dict[str, Any] = json.loads(result.stdout)
    jsonschema.Draft4Validator(SCHEMA).validate(log)
    return log


def test_sarif_validates_against_the_schema(tmp_path: Path) -> None:
    log = json.loads(_run(tmp_path, "sarif"))
    jsonschema.Draft4Validator(SCHEMA).validate(log)
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert {"id", "name", "shortDescription", "fullDescription", "help", "helpUri"} <= set(rules[0])
    results = run["results"]
    assert results and all(r["ruleId"] == rules[r["ruleIndex"]]["id"] for r in results)
    location = results[0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert location == {"uri": "cv.txt", "uriBaseId": "SRCROOT"}
    assert all(len(r["partialFingerprints"]["cvlintFindingHash/v1"]) == 20 for r in results)
    assert any("fixes" in r for r in results)


def test_sarif_rules_meet_github_limits_and_link_their_documentation(tmp_path: Path) -> None:
    _resume(tmp_path)
    driver = _sarif(tmp_path, "--select", "ALL", "resume.md")["runs"][0]["tool"]["driver"]
    assert driver["informationUri"] == REPOSITORY_URL and "pypi.org" not in driver["informationUri"]
    assert len(driver["rules"]) == len(list((ROOT / "rules").glob("CV*.toml")))
    for rule in driver["rules"]:
        assert 0 < len(rule["shortDescription"]["text"]) <= MAX_DESCRIPTION, rule["id"]
        assert 0 < len(rule["fullDescription"]["text"]) <= MAX_DESCRIPTION, rule["id"]
        assert 0 < len(rule["name"]) <= MAX_NAME and rule["help"]["text"], rule["id"]
        assert len(rule["properties"]["tags"]) <= 10
        prefix = f"{REPOSITORY_URL}/blob/v"
        assert rule["helpUri"].startswith(prefix), rule["id"]
        documented = ROOT / "rules" / rule["helpUri"].rsplit("/rules/", 1)[1]
        assert documented.is_file() and documented.name.startswith(rule["id"] + "-")


def test_sarif_lists_only_the_selected_rules(tmp_path: Path) -> None:
    _resume(tmp_path)
    driver = _sarif(tmp_path, "--select", "CV509,empty-bullet", "resume.md")["runs"][0]["tool"]["driver"]
    assert [rule["id"] for rule in driver["rules"]] == ["CV101", "CV509"]
    driver = _sarif(tmp_path, "--ignore", "CV5", "resume.md")["runs"][0]["tool"]["driver"]
    assert not any(rule["id"].startswith("CV5") for rule in driver["rules"])


def test_sarif_columns_are_utf16_code_units(tmp_path: Path) -> None:
    _resume(tmp_path)
    run = _sarif(tmp_path, "--select", "term-casing", "resume.md")["runs"][0]
    assert run["columnKind"] == "utf16CodeUnits"
    result = run["results"][0]
    region = result["locations"][0]["physicalLocation"]["region"]
    line = RESUME.splitlines()[region["startLine"] - 1].encode("utf-16-le")
    assert line[2 * (region["startColumn"] - 1) : 2 * (region["endColumn"] - 1)].decode("utf-16-le") == "Github"
    deleted = result["fixes"][0]["artifactChanges"][0]["replacements"][0]["deletedRegion"]
    assert deleted == region


def test_github_line_hash_matches_the_upload_action() -> None:
    # The cases and hashes of github/codeql-action's own tests of src/fingerprints.ts.
    assert line_hashes("") == ["c129715d7a2bc9a3:1"]
    assert line_hashes(" a\nb\n  \t\tc\n d") == [
        "271789c17abda88f:1",
        "54703d4cd895b18:1",
        "180aee12dab6264:1",
        "a23a3dc5e078b07b:1",
    ]
    expected = ["e9496ae3ebfced30:1", "fb7c023a8b9ccb3f:1", "ce8ba1a563dcdaca:1", "e20e36e16fcb0cc8:1"]
    expected += ["b3edc88f2938467e:1", "c8e28b0b4002a3a0:1", "c129715d7a2bc9a3:1"]
    for text in (
        " hello; \t\nworld!!!\n\n\n  \t\tGreetings\n End\n",
        " hello; \t\nworld!!!\r\r\r  \t\tGreetings\r End\r",
        " hello; \t\r\nworld!!!\r\n\r\n\r\n  \t\tGreetings\r\n End\r\n",
        " hello; \t\nworld!!!\r\n\n\r  \t\tGreetings\r End\r\n",
    ):
        assert line_hashes(text) == expected
    repeated = [f"a7f2ff13bc495cf2:{n}" for n in range(1, 7)]
    repeated += ["a7f2ff1481e87703:1", "a9cf91f7bbf1862b:1", "55ec222b86bcae53:1", "cc97dc7b1d7d8f7b:1"]
    assert line_hashes("Lorem ipsum dolor sit amet.\n" * 10) == [*repeated, "c129715d7a2bc9a3:1"]


def _line_hashes(log: dict[str, Any]) -> dict[tuple[str, str], list[str]]:
    found: dict[tuple[str, str], list[str]] = {}
    for result in log["runs"][0]["results"]:
        message = result["message"]["text"].split("'")[1]
        line_hash = result["partialFingerprints"]["primaryLocationLineHash"]
        found.setdefault((result["ruleId"], message), []).append(line_hash)
    return found


def test_sarif_line_hash_follows_the_text_not_the_line_number(tmp_path: Path) -> None:
    _resume(tmp_path)
    log = _sarif(tmp_path, "--select", "term-casing", "resume.md")
    hashes = line_hashes(RESUME)
    migrated = RESUME.splitlines().index(MIGRATED)
    before = _line_hashes(log)
    assert before[("CV509", "Github")][0] == hashes[migrated], "the first finding on a line has GitHub's own hash"
    second_line = hashes[migrated + 1]
    assert before[("CV509", "javascript")] == [second_line]
    assert before[("CV509", "Github")][1] == f"{second_line}:2", "a second finding of the rule on the line"
    assert len({h for values in before.values() for h in values}) == 3
    _resume(tmp_path, RESUME.replace("## Experience\n", "## Experience\n\nShipped software for ten years.\n\n"))
    assert _line_hashes(_sarif(tmp_path, "--select", "term-casing", "resume.md")) == before, "lines moved down"


def test_sarif_keeps_within_githubs_result_limit(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import cvlint.output.sarif as sarif
    from cvlint.model.findings import Finding, Position
    from cvlint.output.view import View
    from cvlint.report.file_report import FileReport

    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(sarif, "MAX_RESULTS", 2)
    findings = [
        Finding(code, rule, severity, start, start + 1, message, path="cv.md", begin=at, finish=at)
        for code, rule, severity, start, message in (
            ("CV509", "term-casing", "warning", 0, "w1"),
            ("CV201", "encoding-corruption", "error", 2, "e1"),
            ("CV707", "missing-section", "info", 4, "i1"),
            ("CV509", "term-casing", "warning", 6, "w2"),
        )
        for at in (Position(1, start + 1),)
    ]
    log = json.loads(sarif.render_sarif([FileReport("cv.md", findings, text="abcdefgh\n")], View()))
    jsonschema.Draft4Validator(SCHEMA).validate(log)
    run = log["runs"][0]
    assert [r["message"]["text"] for r in run["results"]] == ["w1", "e1"]
    assert "4 findings" in run["invocations"][0]["toolExecutionNotifications"][0]["message"]["text"]


def test_descriptions_are_shortened_at_a_sentence_or_a_word() -> None:
    text = "One sentence here. " * 80
    short = shorten(text, MAX_DESCRIPTION)
    assert len(short) <= MAX_DESCRIPTION and short.endswith("here.")
    words = shorten("word " * 300, 100)
    assert len(words) <= 100 and words.endswith("word…")
    assert shorten("short", 100) == "short"


def test_github_annotations(tmp_path: Path) -> None:
    lines = _run(tmp_path, "github").splitlines()
    assert lines and all(
        line.startswith(("::warning file=cv.txt,", "::error file=cv.txt,", "::notice file=cv.txt,")) for line in lines
    )
    assert any("title=CV101 empty-bullet::empty bullet" in line for line in lines)
    levels = [line.split(" ", 1)[0] for line in lines]
    assert levels == sorted(levels, key=["::error", "::warning", "::notice"].index), "errors first"


def test_github_annotations_are_capped_per_level_with_the_rest_in_the_step_summary(tmp_path: Path) -> None:
    bullets = "".join(f"- Ran {n} Github pipelines\n" for n in range(1, 26))
    _resume(tmp_path, RESUME.replace(f"{MIGRATED}\n", bullets))
    summary = tmp_path / "summary.md"
    summary.write_text("earlier step\n", encoding="utf-8")
    env = {"GITHUB_STEP_SUMMARY": str(summary)}
    result = run_cli("check", TODAY, "--output-format", "github", "resume.md", cwd=tmp_path, env=env)
    assert result.returncode == 1, result.stderr
    lines = result.stdout.decode("utf-8").splitlines()
    warnings = [line for line in lines if line.startswith("::warning ")]
    assert len(warnings) == 10 and ",line=11," in warnings[0], "the first ten, in file order"
    assert sum(line.startswith("::notice ") for line in lines) <= 10
    table = summary.read_text(encoding="utf-8")
    assert table.startswith("earlier step\n## cvlint\n"), "appended, as GitHub expects"
    rows = [row for row in table.splitlines() if row.startswith("| warning | resume.md |")]
    assert len(rows) >= 26 and "'Github' is usually written 'GitHub'" in rows[0]
    plain = [line for line in lines if line.startswith("resume.md:")]
    assert len(plain) == len(rows) - 10 and all(": warning: " in line for line in plain)
    assert f"{len(plain)} more findings" in result.stdout.decode("utf-8")


def test_github_step_summary_stays_within_a_mebibyte(tmp_path: Path) -> None:
    bullets = "".join(f"- Ran {n} Github pipelines\n" for n in range(1, 26))
    _resume(tmp_path, RESUME.replace(f"{MIGRATED}\n", bullets))
    summary = tmp_path / "summary.md"
    summary.write_text("x" * (1024 * 1024 - 2500) + "\n", encoding="utf-8")
    env = {"GITHUB_STEP_SUMMARY": str(summary)}
    assert run_cli("check", TODAY, "--output-format", "github", "resume.md", cwd=tmp_path, env=env).returncode == 1
    written = summary.read_bytes()
    assert len(written) <= 1024 * 1024 and b"| warning | resume.md |" in written
    assert b"more findings left off: a step summary holds at most 1 MiB." in written


def test_github_annotation_for_an_unreadable_file_and_escaping(tmp_path: Path) -> None:
    (tmp_path / "bad.md").write_bytes(b"\x89PNG\r\n\x1a\n....")
    _resume(tmp_path, RESUME, name="a,b:c%.md")
    env = {"GITHUB_STEP_SUMMARY": ""}
    result = run_cli("check", TODAY, "--output-format", "github", "bad.md", "a,b:c%.md", cwd=tmp_path, env=env)
    assert result.returncode == 2
    lines = result.stdout.decode("utf-8").splitlines()
    assert lines[0] == "::error file=bad.md,title=cvlint::not a text file: looks like a PNG image"
    assert any(line.startswith("::warning file=a%2Cb%3Ac%25.md,line=11,") for line in lines)
    assert all("\n" not in line and "%0A" in line for line in lines if "help" in line)


def test_github_annotation_columns_only_on_one_line(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from cvlint.model.findings import Finding, Position
    from cvlint.output.github import render_github
    from cvlint.output.view import View
    from cvlint.report.file_report import FileReport

    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    across = Finding(
        "CV102",
        "duplicate-line",
        "warning",
        0,
        9,
        "repeated",
        path="cv.md",
        begin=Position(2, 5),
        finish=Position(3, 2),
    )
    within = Finding(
        "CV509", "term-casing", "warning", 0, 9, "casing", path="cv.md", begin=Position(4, 3), finish=Position(4, 9)
    )
    lines = render_github([FileReport("cv.md", [across, within])], View()).splitlines()
    assert lines[0].startswith("::warning file=cv.md,line=2,endLine=3,title="), "GitHub drops columns across lines"
    assert lines[1].startswith("::warning file=cv.md,line=4,endLine=4,col=3,endColumn=9,title=")


def _junit(tmp_path: Path, *args: str) -> tuple[int, ET.Element]:
    result = run_cli("check", TODAY, "--output-format", "junit", *args, cwd=tmp_path)
    document = etree.fromstring(result.stdout)
    JUNIT.assertValid(document)
    return result.returncode, ET.fromstring(result.stdout)


def test_junit_xml(tmp_path: Path) -> None:
    root = ET.fromstring(_run(tmp_path, "junit"))
    JUNIT.assertValid(etree.fromstring(_run(tmp_path, "junit").encode()))
    suite = root.find("testsuite")
    assert suite is not None
    failures = suite.findall("testcase/failure")
    assert int(suite.get("failures", "0")) == len(failures) > 0
    assert any(f.get("type") == "CV101 empty-bullet" for f in failures)


def test_junit_is_valid_for_jenkins_with_one_suite_a_file(tmp_path: Path) -> None:
    _resume(tmp_path)
    shutil.copy(FIXTURES / "flawed_resume.txt", tmp_path / "cv.txt")
    (tmp_path / "bad.md").write_bytes(b"\x89PNG\r\n\x1a\n....")
    clean = _resume(tmp_path, RESUME.replace("javascript and Github", "JavaScript"), name="clean.md")
    clean.write_text(clean.read_text(encoding="utf-8").replace(MIGRATED + "\n", ""), encoding="utf-8")
    code, root = _junit(tmp_path, "--select", "CV509,CV101,CV201", "clean.md", "resume.md", "cv.txt", "bad.md")
    assert code == 2
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == ["clean.md", "resume.md", "cv.txt", "bad.md"]
    for suite in suites:
        cases = suite.findall("testcase")
        assert {case.get("classname") for case in cases} == {suite.get("name")}, "one classname a file"
        assert int(suite.get("tests", "")) == len(cases) and suite.get("file") == suite.get("name")
        assert float(suite.get("time", "")) >= 0 and all(case.get("time") for case in cases)
    assert [case.get("name") for case in suites[0]] == ["cvlint"] and not suites[0].findall("testcase/*")
    assert suites[3].find("testcase/error") is not None and suites[3].get("errors") == "1"
    assert root.get("tests") == str(sum(int(s.get("tests", "")) for s in suites))
    assert root.get("failures") == str(len(root.findall("testsuite/testcase/failure")))


def test_junit_info_findings_pass_as_the_exit_code_does(tmp_path: Path) -> None:
    _resume(tmp_path, RESUME.replace("javascript and Github", "JavaScript").replace(MIGRATED + "\n", ""))
    code, root = _junit(tmp_path, "resume.md")
    assert code == 0
    cases = root.findall("testsuite/testcase")
    assert cases and not root.findall("testsuite/testcase/failure") and root.get("failures") == "0"
    assert any((case.findtext("system-out") or "").startswith("info: resume.md:1:1: CV707") for case in cases)
    code, root = _junit(tmp_path, "--fail-on", "info", "resume.md")
    assert code == 1 and root.findall("testsuite/testcase/failure")


def test_gitlab_code_quality(tmp_path: Path) -> None:
    issues = json.loads(_run(tmp_path, "gitlab"))
    assert issues and {"description", "check_name", "fingerprint", "severity", "location"} <= set(issues[0])
    assert len({issue["fingerprint"] for issue in issues}) == len(issues)
    assert all(issue["location"]["path"] == "cv.txt" for issue in issues)
    assert {issue["severity"] for issue in issues} <= {"info", "minor", "major", "critical", "blocker"}


def test_rdjsonl_with_suggestions(tmp_path: Path) -> None:
    diagnostics = [json.loads(line) for line in _run(tmp_path, "rdjsonl").splitlines()]
    for diagnostic in diagnostics:
        jsonschema.Draft4Validator(REVIEWDOG).validate(diagnostic)
    assert all(d["location"]["path"] == "cv.txt" and d["source"]["name"] == "cvlint" for d in diagnostics)
    mojibake = next(d for d in diagnostics if d["code"]["value"] == "CV201 encoding-corruption")
    assert mojibake["suggestions"][0]["text"] == "é"
    assert mojibake["code"]["url"].startswith(REPOSITORY_URL)


def _apply_at_byte_columns(data: bytes, diagnostics: list[dict[str, Any]]) -> bytes:
    """Apply every suggestion as reviewdog reads it: 1-based UTF-8 byte columns, exclusive ends."""
    starts = [0]
    for index, byte in enumerate(data):
        if byte == ord("\n"):
            starts.append(index + 1)

    def offset(position: dict[str, int]) -> int:
        return starts[position["line"] - 1] + position["column"] - 1

    edits = [
        (offset(s["range"]["start"]), offset(s["range"]["end"]), s["text"].encode("utf-8"))
        for d in diagnostics
        for s in d.get("suggestions", [])
    ]
    for start, end, text in sorted(edits, reverse=True):
        data = data[:start] + text + data[end:]
    return data


def test_rdjsonl_suggestions_at_utf8_byte_columns_give_the_fixed_file(tmp_path: Path) -> None:
    path = _resume(tmp_path)
    result = run_cli("check", TODAY, "--output-format", "rdjsonl", "resume.md", cwd=tmp_path)
    diagnostics = [json.loads(line) for line in result.stdout.decode("utf-8").splitlines()]
    for diagnostic in diagnostics:
        jsonschema.Draft4Validator(REVIEWDOG).validate(diagnostic)
    migrated = next(d for d in diagnostics if d["location"]["range"]["start"]["line"] == 11)
    assert migrated["location"]["range"]["start"]["column"] == MIGRATED.encode().index(b"Github") + 1
    suggested = _apply_at_byte_columns(path.read_bytes(), diagnostics)
    assert "- 🚀 Migrated café’s 12 services to GitHub Actions".encode() in suggested
    assert run_cli("check", TODAY, "--fix", "resume.md", cwd=tmp_path).returncode in (0, 1)
    assert suggested == path.read_bytes(), "the same bytes as --fix"


def test_json_lines(tmp_path: Path) -> None:
    records = [json.loads(line) for line in _run(tmp_path, "json-lines").splitlines()]
    whole = json.loads(_run(tmp_path, "json"))
    assert records == whole


@pytest.mark.parametrize("marker", ["folder", "file"])
def test_paths_are_relative_to_the_repository_root(tmp_path: Path, marker: str) -> None:
    if marker == "folder":
        (tmp_path / ".git").mkdir()
    else:
        (tmp_path / ".git").write_text("gitdir: /elsewhere/.git/worktrees/cv\n", encoding="utf-8")
    _resume(tmp_path)
    sub = tmp_path / "notes"
    sub.mkdir()
    log = _sarif(sub, "../resume.md")
    run = log["runs"][0]
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in run["results"]}
    assert uris == {"resume.md"} and run["originalUriBaseIds"]["SRCROOT"]["uri"] == tmp_path.as_uri() + "/"
    env = {"GITHUB_STEP_SUMMARY": ""}
    github = run_cli("check", TODAY, "--output-format", "github", "../resume.md", cwd=sub, env=env).stdout.decode()
    assert github and all(line.startswith("::") and " file=resume.md," in line for line in github.splitlines())
    gitlab = json.loads(run_cli("check", TODAY, "--output-format", "gitlab", "../resume.md", cwd=sub).stdout)
    assert {issue["location"]["path"] for issue in gitlab} == {"resume.md"}
    rdjsonl = run_cli("check", TODAY, "--output-format", "rdjsonl", "../resume.md", cwd=sub).stdout.decode()
    assert {json.loads(line)["location"]["path"] for line in rdjsonl.splitlines()} == {"../resume.md"}


def test_paths_outside_a_repository_are_relative_to_the_working_directory(tmp_path: Path) -> None:
    _resume(tmp_path)
    sub = tmp_path / "notes"
    sub.mkdir()
    gitlab = json.loads(run_cli("check", TODAY, "--output-format", "gitlab", "resume.md", cwd=tmp_path).stdout)
    assert {issue["location"]["path"] for issue in gitlab} == {"resume.md"}
    log = _sarif(sub, "../resume.md")
    results = log["runs"][0]["results"]
    locations = {json.dumps(r["locations"][0]["physicalLocation"]["artifactLocation"]) for r in results}
    assert locations == {json.dumps({"uri": (tmp_path / "resume.md").as_uri()})}, "outside the root: an absolute URI"


def test_every_format_is_listed() -> None:
    from cvlint.cli.options import OUTPUT_FORMATS
    from cvlint.output import FORMATS

    assert set(OUTPUT_FORMATS) == set(FORMATS)
    from cvlint.output import renderer

    assert all(callable(renderer(name)) for name in FORMATS)


def test_a_docx_keeps_its_paragraph_positions_in_sarif(tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_heading("Kim Lee", level=0)
    document.add_paragraph("kim@lee.dev")
    document.add_heading("Experience", level=1)
    document.add_paragraph("🚀 Moved café’s 12 services to Github Actions", style="List Bullet")
    document.save(str(tmp_path / "cv.docx"))
    text = json.loads(run_cli("check", TODAY, "--output-format", "json", "cv.docx", cwd=tmp_path).stdout)
    casing = next(f for f in text if f["code"] == "CV509")
    results = _sarif(tmp_path, "cv.docx")["runs"][0]["results"]
    region = next(r for r in results if r["ruleId"] == "CV509")["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"]) == (casing["line"], casing["column"]), "a paragraph, as given"
    assert all("primaryLocationLineHash" not in r["partialFingerprints"] for r in results), "no lines to hash"
