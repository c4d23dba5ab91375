"""LaTeX template families: each test document (written for these tests) is read the way its template means it."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
from pathlib import Path

import pytest

from conftest import FIXTURES, run_cli
from cvlint import lint_text
from cvlint.model.document import Document
from cvlint.parse import parse
from cvlint.parse.latex import read_latex

TEMPLATES = FIXTURES / "latex"
TODAY = dt.date(2026, 11, 24)
FIRST = "Cut p99 latency of the payments API by 45% for 2M users."

# file: (family, [(title, organisation, dates as written)] of the experience section, bullets of each entry)
EXPECTED = {
    "moderncv.tex": (
        "moderncv",
        [
            ("Senior Backend Engineer", "Northwind Payments", "2021--Present"),
            ("Backend Engineer", "Initech", "2018--2021"),
        ],
        [5, 0],
    ),
    "awesome-cv.tex": (
        "awesome-cv",
        [
            ("Senior Backend Engineer", "Northwind Payments", "Jan. 2021 - Present"),
            ("Backend Engineer", "Initech", "Mar. 2018 - Dec. 2020"),
        ],
        [4, 0],
    ),
    "altacv.tex": (
        "altacv",
        [
            ("Senior Backend Engineer", "Northwind Payments", "Jan 2021 -- Present"),
            ("Backend Engineer", "Initech", "Mar 2018 -- Dec 2020"),
        ],
        [4, 1],
    ),
    "deedy.tex": (
        "deedy",
        [
            ("Senior Backend Engineer", "Northwind Payments", "Jan 2021 -- Present"),
            ("Backend Engineer", "Initech", "Mar 2018 -- Dec 2020"),
        ],
        [4, 1],
    ),
    "jakes.tex": ("jakes", [("Senior Backend Engineer", "Northwind Payments", "Jan. 2021 -- Present")], [4]),
    "sb2nov.tex": ("jakes", [("Senior Backend Engineer", "Northwind Payments", "Jan 2021 - Present")], [2]),
    "resume-cls.tex": (
        "resume.cls",
        [
            ("Senior Backend Engineer", "Northwind Payments", "Jan 2021 - Present"),
            ("Backend Engineer", "Initech", "Mar 2018 - Dec 2020"),
        ],
        [4, 1],
    ),
    "friggeri.tex": (
        "friggeri",
        [
            ("Senior Backend Engineer", "Northwind Payments", "2021--Present"),
            ("Backend Engineer", "Initech", "2018--2020"),
        ],
        [4, 0],
    ),
    "twentyseconds.tex": (
        "twentyseconds",
        [
            ("Senior Backend Engineer", "Northwind Payments", "2021--Present"),
            ("Backend Engineer", "Initech", "2018--2020"),
        ],
        [4, 0],
    ),
    "europass.tex": (
        "europass",
        [("Senior Backend Engineer", None, "Jan 2021 -- Present"), ("Backend Engineer", None, "Mar 2018 -- Dec 2020")],
        [4, 0],
    ),
    "article.tex": (
        "article",
        [
            ("Senior Backend Engineer", "Northwind Payments", "Jan 2021 -- Present"),
            ("Backend Engineer", "Initech", "Mar 2018 -- Dec 2020"),
        ],
        [4, 1],
    ),
}


def _read(name: str) -> tuple[str, Document]:
    source = (TEMPLATES / name).read_text(encoding="utf-8")
    return source, parse(source, name)


def test_every_template_document_is_tested() -> None:
    assert sorted(path.name for path in TEMPLATES.glob("*.tex")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_template_is_read_into_sections_dated_entries_and_bullets(name: str) -> None:
    family, entries, bullets = EXPECTED[name]
    source, document = _read(name)
    assert read_latex(source).family == family
    experience = next(section for section in document.sections if section.role == "experience")
    read = [
        (
            entry.title.value if entry.title else None,
            entry.organisation.value if entry.organisation else None,
            source[entry.dates.start : entry.dates.end] if entry.dates else None,
        )
        for entry in experience.entries
    ]
    assert read == entries
    assert [len(entry.bullets) for entry in experience.entries] == bullets
    assert not experience.bullets, "every bullet belongs to its role"
    first = experience.entries[0].bullets[0]
    if name == "sb2nov.tex":
        assert first.text.value == "Latency: " + FIRST
    else:
        assert first.text.value == FIRST
        start = first.text.source_start(0)
        end = first.text.source_end(len(first.text.value) - 1)
        assert source[start:end] == FIRST.replace("%", "\\%"), "the bullet's words map to their exact source"
    for bullet in experience.entries[0].bullets:
        assert "Initech" not in bullet.text.value and "Backend Engineer" not in bullet.text.value


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_contact_details_in_template_macros_count(name: str) -> None:
    source, _ = _read(name)
    findings = lint_text(source, path=name, today=TODAY)
    assert not any(f.rule == "missing-contact" for f in findings)


def test_without_its_preamble_contact_a_moderncv_document_has_none() -> None:
    source, _ = _read("moderncv.tex")
    bare = re.sub(r"^\\(?:phone|email|homepage|social)\b.*\n", "", source, flags=re.MULTILINE)
    assert bare != source
    assert any(f.rule == "missing-contact" for f in lint_text(bare, path="cv.tex", today=TODAY))


def test_resume_cls_environments_are_sections_and_entries_whose_items_end_at_the_next_header() -> None:
    source, document = _read("resume-cls.tex")
    assert [section.role for section in document.sections] == ["experience", "education"]
    last = document.sections[0].entries[0].bullets[-1]
    assert last.text.value == "Wrote 12 runbooks that halved the time to resolve incidents"
    assert source[last.span.end :].lstrip().startswith("\\end{rSubsection}")


def test_jakes_education_rows_put_the_dates_last() -> None:
    _, document = _read("jakes.tex")
    (school,) = next(section for section in document.sections if section.role == "education").entries
    assert school.organisation is not None and school.organisation.value == "Springfield University"
    assert school.title is not None and school.title.value == "Bachelor of Science in Computer Science"
    assert school.dates is not None and school.dates.last is not None and school.dates.last.year == 2018


def test_awesome_cv_honors_are_dated_entries() -> None:
    _, document = _read("awesome-cv.tex")
    (honor,) = next(section for section in document.sections if section.role == "awards").entries
    assert honor.title is not None and honor.title.value == "Finalist"
    assert honor.dates is not None and honor.dates.first.year == 2017


def _balanced(source: str) -> bool:
    depth = 0
    for token in re.finditer(r"\\[\s\S]|%[^\n]*|[{}]", source):
        depth += {"{": 1, "}": -1}.get(token.group(), 0)
        if depth < 0:
            return False
    return depth == 0


def test_fix_converges_and_keeps_every_template_document_valid(tmp_path: Path) -> None:
    folder = tmp_path / "latex"
    shutil.copytree(TEMPLATES, folder)
    run_cli("check", "--no-cache", "--today=2026-11-24", "--fix", str(folder))
    once = {path.name: path.read_text(encoding="utf-8") for path in folder.glob("*.tex")}
    run_cli("check", "--no-cache", "--today=2026-11-24", "--fix", str(folder))
    twice = {path.name: path.read_text(encoding="utf-8") for path in folder.glob("*.tex")}
    assert once == twice, "a second --fix changes nothing"
    for name, fixed in once.items():
        original = (TEMPLATES / name).read_text(encoding="utf-8")
        assert _balanced(fixed), name
        assert fixed.count("\\%") == original.count("\\%"), name
    assert "\\cvlistitem{Wrote 12 runbooks that halved the time to resolve incidents.}" in once["moderncv.tex"]
    assert "resolve \\textbf{incidents}.}" in once["jakes.tex"], "the period closes the item, inside its braces"
    assert "\\item {Wrote 12 runbooks that halved the time to resolve incidents.}" in once["awesome-cv.tex"]
    result = run_cli("check", "--no-cache", "--today=2026-11-24", "--output-format=json", str(folder))
    remaining = json.loads(result.stdout)
    assert not any(f["rule"] == "bullet-punctuation" for f in remaining)


def test_an_item_that_holds_an_entry_is_no_empty_bullet() -> None:
    source = (
        "\\documentclass{cv}\n\\begin{document}\n\\begin{rSection}{Experience}\n"
        "\\item \\begin{rSubsection}{Initech}{2019 - 2021}{Engineer}{}\n"
        "\\item \\begin{itemize}\n\\item Built the billing exports used by 300 clients.\n\\end{itemize}\n"
        "\\end{rSubsection}\n\\end{rSection}\n\\end{document}\n"
    )
    findings = lint_text(source, path="cv.tex", today=TODAY)
    assert not any(f.rule == "empty-bullet" for f in findings)
    (entry,) = parse(source, "cv.tex").sections[0].entries
    assert [bullet.text.value for bullet in entry.bullets] == ["Built the billing exports used by 300 clients."]


def test_a_doubled_word_across_macros_is_reported_without_a_fix_that_would_break_the_markup() -> None:
    source = (
        "\\documentclass{altacv}\n\\begin{document}\n\\cvsection{Summary}\n"
        "Led the \\textbf{the team} of 4.\n\\end{document}\n"
    )
    (finding,) = [f for f in lint_text(source, path="cv.tex", today=TODAY) if f.rule == "typography"]
    assert finding.fix is None
    plain = lint_text("# Dana\n\nLed the the team of 4.\n", path="cv.md", today=TODAY)
    assert next(f for f in plain if f.rule == "typography").fix is not None


def test_friggeri_bibliography_types_are_not_words() -> None:
    source, document = _read("friggeri.tex")
    publications = next(section for section in document.sections if section.role == "publications")
    assert [entry.title.value for entry in publications.entries if entry.title] == ["talks and posters"]
    assert not any(f.rule == "spelling" for f in lint_text(source, path="friggeri.tex", today=TODAY))


def test_a_latex_dash_between_dates_is_reported_without_a_fix_that_cannot_take() -> None:
    source = (
        "\\documentclass{article}\n\\begin{document}\n\\section{Experience}\n"
        "Engineer, Initech 2016 - 2017\n\nEngineer, Globex 2018 - 2019\n\nEngineer, Acme 2020--2022\n"
        "\\end{document}\n"
    )
    (finding,) = [f for f in lint_text(source, path="cv.tex", today=TODAY) if f.rule == "date-format-inconsistent"]
    assert "joins its dates with '–'" in finding.message
    assert finding.fix is None
