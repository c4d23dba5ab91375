"""DOCX and PDF, read-only: findings by paragraph, or by page and line; --fix leaves them alone."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import run_cli

TODAY = "--today=2026-11-24"


def _docx(path: Path) -> None:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_heading("Kim Lee", level=0)
    document.add_paragraph("kim@lee.dev · +1 555 0100")
    document.add_heading("Experience", level=1)
    document.add_heading("Engineer, Acme", level=2)
    document.add_paragraph("2019 – 2022")
    document.add_paragraph("Develop the billing API for 300 customers", style="List Bullet")
    document.add_paragraph("Improved the reliability of the checkout", style="List Bullet")
    document.save(str(path))


def _pdf(path: Path, lines: list[list[str]]) -> None:
    fpdf = pytest.importorskip("fpdf")
    document = fpdf.FPDF()
    document.set_font("Helvetica", size=11)
    for page in lines:
        document.add_page()
        for line in page:
            document.cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
    document.output(str(path))


def test_docx_findings_by_paragraph(tmp_path: Path) -> None:
    path = tmp_path / "cv.docx"
    _docx(path)
    result = run_cli("check", TODAY, "--output-format", "json", str(path))
    assert result.returncode == 1, result.stderr
    records = {r["rule"]: r for r in json.loads(result.stdout)}
    assert (records["tense-mismatch"]["line"], records["tense-mismatch"]["column"]) == (6, 1)
    assert records["tense-mismatch"]["fix"] is None
    assert records["unquantified-bullet"]["line"] == 7


def test_pdf_findings_by_page_and_line_and_fix_leaves_it(tmp_path: Path) -> None:
    path = tmp_path / "cv.pdf"
    _pdf(
        path,
        [
            ["Kim Lee", "kim@lee.dev"],
            [
                "EXPERIENCE",
                "Engineer, Acme",
                "2019 - 2022",
                "- Led the develop-",
                "  ment of the billing API for 300 customers",
            ],
        ],
    )
    before = path.read_bytes()
    result = run_cli("check", TODAY, "--fix", "--output-format", "json", str(path))
    assert path.read_bytes() == before
    assert (
        result.stderr.decode().strip()
        == f"{path}: note: PDF files are read, never rewritten: make these changes in your editor"
    )
    records = json.loads(result.stdout)
    split = next(r for r in records if r["rule"] == "extraction-artifact")
    assert split["message"].startswith("page 2: 'develop-' and 'ment' are one word")
    assert split["line"] == 4


def test_pdf_without_text_and_missing_extra_messages(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    _pdf(path, [[]])
    result = run_cli("check", TODAY, "--output-format", "json", str(path))
    messages = [r["message"] for r in json.loads(result.stdout) if r["rule"] == "extraction-artifact"]
    assert messages == [
        "page 1: the PDF has no text to extract: it is probably a scan or an image",
    ]


def test_damaged_document_is_one_line_and_exit_2(tmp_path: Path) -> None:
    path = tmp_path / "cv.docx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    result = run_cli("check", str(path))
    assert result.returncode == 2
    lines = result.stderr.decode().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"{path}: error: not a readable DOCX")


def test_a_damaged_pdf_is_read_without_library_chatter(tmp_path: Path) -> None:
    # pypdf repairs a wrong cross-reference pointer and logs that it did, in lines of its own.
    path = tmp_path / "cv.pdf"
    _pdf(path, [["Kim Lee", "kim@lee.dev", "EXPERIENCE"]])
    data = path.read_bytes()
    path.write_bytes(data[: data.rindex(b"startxref")] + b"startxref\n999\n%%EOF\n")
    result = run_cli("check", TODAY, str(path))
    assert b"CV707 [missing-section] page 1: no education section" in result.stdout
    assert result.stderr == b""
