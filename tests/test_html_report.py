"""``cvlint report`` and ``cvlint score --output-format html``, rendered in a real headless Chromium.

The page is loaded from disk by Debian's ``chromium`` (``.ci/run`` installs it); the DOM it builds is
read back with ``--dump-dom`` and checked against ``cvlint check --output-format json``, and a
screenshot is kept in the test's temporary folder.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tempfile
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from conftest import run_cli
from test_documents import _docx, _pdf
from test_no_network import GUARD

TODAY = "--today=2026-11-24"
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
]
RESUME = """# Robin Example

robin@example.org · +1 555 0100

## Experience

### Engineer, Globex
Jan 2021 – Present

- Designed the event pipeline that ingests 2 TB a day
- Improved the quality of the data platform
-

### Analyst, Initech
03/2018 – 12/2020

- Build dashboards for 120 sales managers
- Worked with the CafÃ© team on teh reporting for 30 teams

## Education

### BSc Computer Science, State University
2014 – 2018
"""
HOSTILE = (
    "ROBIN <script>document.body.setAttribute('data-owned','1')</script> EXAMPLE\n"
    "robin@example.org · +1 555 0100\n\n"
    "EXPERIENCE\n\n"
    "Engineer, Globex & Partners\n"
    "Jan 2021 – Present\n"
    "- Built the \"fast\" <img src=x onerror=alert(1)> tool for 30 teams & 4 'regions'\n"
    "- Wrote \u202egnirts desrever\u202c docs for 12 teams\n\n"
    "EDUCATION\n\n"
    "BSc, State University\n"
    "2014 – 2018\n"
)


class _Dom(HTMLParser):
    """What the tests read from the DOM Chromium built: notes, highlights, scripts, attributes, text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.notes: dict[int, str] = {}
        self.marks: dict[int, str] = {}
        self.scripts = 0
        self.attributes: list[tuple[str, str]] = []
        self.text: list[str] = []
        self._open: list[tuple[str, list[int], str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        self.attributes += list(values.items())
        self.scripts += tag == "script"
        numbers: list[int] = []
        kind = ""
        if tag == "mark" and "data-findings" in values:
            numbers, kind = [int(n) for n in values["data-findings"].split()], "mark"
        elif "data-finding" in values:
            numbers, kind = [int(values["data-finding"])], "note"
        if tag not in ("br", "meta", "rect", "path"):
            self._open.append((tag, numbers, kind))
        for number in numbers:
            (self.marks if kind == "mark" else self.notes).setdefault(number, "")

    def handle_endtag(self, tag: str) -> None:
        while self._open:
            if self._open.pop()[0] == tag:
                break

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        for _, numbers, kind in self._open:
            for number in numbers:
                target = self.marks if kind == "mark" else self.notes
                target[number] += data


def _chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        pytest.skip("no headless browser: install Debian's chromium package (.ci/run does: apt-get install chromium)")
    return found


def _render(page: Path, screenshot: Path) -> _Dom:
    """Load ``page`` in headless Chromium: return the DOM it built, and save a screenshot."""
    browser = _chromium()
    with tempfile.TemporaryDirectory() as profile:
        common = [browser, *CHROMIUM_FLAGS, f"--user-data-dir={profile}"]
        dumped = subprocess.run(
            [*common, "--dump-dom", page.as_uri()], capture_output=True, timeout=180, stdin=subprocess.DEVNULL
        )
        assert dumped.returncode == 0, dumped.stderr.decode(errors="replace")
        shot = subprocess.run(
            [*common, "--window-size=1280,2600", f"--screenshot={screenshot}", page.as_uri()],
            capture_output=True,
            timeout=180,
            stdin=subprocess.DEVNULL,
        )
        assert shot.returncode == 0, shot.stderr.decode(errors="replace")
    assert screenshot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    dom = _Dom()
    dom.feed(dumped.stdout.decode("utf-8"))
    return dom


def _findings(path: Path) -> list[dict[str, Any]]:
    result = run_cli("check", TODAY, "--output-format", "json", str(path))
    records: list[dict[str, Any]] = json.loads(result.stdout)
    return records


def _report(path: Path, out: Path) -> str:
    result = run_cli("report", TODAY, str(path), "-o", str(out))
    assert result.returncode == 0, result.stderr.decode()
    return out.read_text(encoding="utf-8")


def _assert_self_contained(page: str) -> None:
    """No URL at all: nothing to fetch, whatever a browser does with the page."""
    assert "://" not in page
    styles = "".join(re.findall(r"<style>(.*?)</style>", page, re.DOTALL)).lower()
    assert styles and "url(" not in styles and "@import" not in styles and "@font-face" not in styles
    dom = _Dom()
    dom.feed(page)
    assert dom.scripts == 0
    assert not {name for name, _ in dom.attributes} & {"src", "srcset", "action", "xmlns", "poster", "style"}
    assert all(value.startswith("#") for name, value in dom.attributes if name == "href")


def test_report_shows_every_finding_highlighted_in_place(tmp_path: Path) -> None:
    path = tmp_path / "resume.md"
    path.write_text(RESUME, encoding="utf-8")
    page = _report(path, tmp_path / "report.html")
    _assert_self_contained(page)
    dom = _render(tmp_path / "report.html", tmp_path / "report.png")
    records = _findings(path)
    assert records and sorted(dom.notes) == list(range(1, len(records) + 1))
    lines = RESUME.split("\n")
    exact = {"spelling", "encoding-corruption", "date-format-inconsistent", "tense-mismatch", "unquantified-bullet"}
    assert exact <= {record["rule"] for record in records}
    for number, record in enumerate(records, 1):
        assert record["message"] in dom.notes[number]
        if record["suggestion"]:
            assert record["suggestion"] in dom.notes[number]
        assert number in dom.marks, record
        if record["rule"] in exact:
            line = lines[record["line"] - 1]
            assert dom.marks[number] == line[record["column"] - 1 : record["end_column"] - 1], record
    assert "What to do first" in "".join(dom.text)
    assert dom.scripts == 0


def test_hostile_text_renders_as_text(tmp_path: Path) -> None:
    path = tmp_path / "resume.txt"
    path.write_text(HOSTILE, encoding="utf-8")
    page = _report(path, tmp_path / "report.html")
    _assert_self_contained(page)
    assert "\u202e" not in page and "\u202c" not in page
    dom = _render(tmp_path / "report.html", tmp_path / "hostile.png")
    shown = "".join(dom.text)
    assert dom.scripts == 0
    assert ("data-owned", "1") not in dom.attributes
    assert not any(name == "onerror" for name, _ in dom.attributes)
    assert "<script>document.body.setAttribute('data-owned','1')</script>" in shown
    assert "Built the \"fast\" <img src=x onerror=alert(1)> tool for 30 teams & 4 'regions'" in shown
    assert "Globex & Partners" in shown
    assert "U+202E" in shown and "U+202C" in shown


def test_docx_and_pdf_reports_show_their_extracted_text(tmp_path: Path) -> None:
    docx, pdf = tmp_path / "cv.docx", tmp_path / "cv.pdf"
    _docx(docx)
    _pdf(pdf, [["Kim Lee", "kim@lee.dev", "EXPERIENCE", "Engineer, Acme", "2019 - 2022", "- Develop the API"]])
    for path in (docx, pdf):
        page = _report(path, tmp_path / f"{path.suffix[1:]}.html")
        _assert_self_contained(page)
        dom = _Dom()
        dom.feed(page)
        records = _findings(path)
        assert records and sorted(dom.notes) == list(range(1, len(records) + 1))
        assert all(record["message"] in dom.notes[n] for n, record in enumerate(records, 1))
        assert "Kim Lee" in "".join(dom.text)


def test_score_html_is_the_picture_without_the_body(tmp_path: Path) -> None:
    path = tmp_path / "resume.md"
    path.write_text(RESUME, encoding="utf-8")
    result = run_cli("score", TODAY, "--output-format", "html", str(path))
    assert result.returncode == 0
    page = result.stdout.decode()
    _assert_self_contained(page)
    total = json.loads(run_cli("score", TODAY, "--output-format", "json", str(path)).stdout)[0]["score"]
    assert f'aria-label="score {total} out of 100"' in page
    assert page.count('<g class="bar"') == 5
    assert "data-finding=" not in page and "Your résumé, with notes" not in page


def test_report_opens_no_socket(tmp_path: Path) -> None:
    path = tmp_path / "resume.md"
    path.write_text(RESUME, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-c", GUARD, "report", TODAY, str(path), "-o", str(tmp_path / "r.html")],
        capture_output=True,
        timeout=120,
    )
    assert b"NETWORK-ACCESS" not in result.stderr and result.returncode == 0, result.stderr.decode()
