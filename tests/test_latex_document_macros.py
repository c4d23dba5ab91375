"""LaTeX documents that carry their own macros: items, headings and sections the preamble or the class
defines, dash lines as items, and keys that are not words (each document written for these tests)."""

from __future__ import annotations

import datetime as dt

from cvlint import lint_text
from cvlint.model.dates import find_dates
from cvlint.parse import parse

TODAY = dt.date(2026, 11, 24)


def _lines(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def test_an_item_macro_defined_in_the_preamble_is_read_as_an_item() -> None:
    source = _lines(
        "\\documentclass{article}",
        "\\newcommand{\\pointitem}{\\item[{$\\diamond$}]}",
        "\\newcommand{\\achieved}[1]{\\item \\small{#1}}",
        "\\begin{document}",
        "\\section{Experience}",
        "Platform Engineer, Northwind \\hfill Mar 2019 -- Jun 2022",
        "\\begin{itemize}",
        "  \\pointitem Build the deployment pipeline for 40 services",
        "  \\achieved{Cut build time by 35\\% for 120 engineers}",
        "\\end{itemize}",
        "\\end{document}",
    )
    (section,) = parse(source, "cv.tex").sections
    (entry,) = section.entries
    assert [bullet.text.value for bullet in entry.bullets] == [
        "Build the deployment pipeline for 40 services",
        "Cut build time by 35% for 120 engineers",
    ]
    first = entry.bullets[0]
    assert source[first.marker.start : first.marker.end] == "\\pointitem"
    tense = [f for f in lint_text(source, path="cv.tex", today=TODAY) if f.rule == "tense-mismatch"]
    assert [source[f.start : f.end] for f in tense] == ["Build"]


def test_an_environment_the_document_defines_for_headings_opens_sections_and_entries() -> None:
    source = _lines(
        "% Résumé of Dana Example",
        "\\documentclass{article}",
        "\\newenvironment{caption}{\\bfseries\\large}{\\par}",
        "\\newenvironment{when}{\\itshape}{\\par}",
        "\\begin{document}",
        "\\begin{caption}Education\\end{caption}",
        "\\begin{caption}Lakeside University\\end{caption}",
        "\\begin{when}2012 -- 2016\\end{when}",
        "\\begin{caption}Summary\\end{caption}",
        "Engineer who ships.",
        "\\begin{caption}Northwind Payments\\end{caption}",
        "Backend Engineer",
        "\\begin{when}Jan 2019 -- Present\\end{when}",
        "\\begin{itemize}",
        "\\item Cut p99 latency by 45\\% for 2M users",
        "\\end{itemize}",
        "\\begin{caption}Beyond the desk\\end{caption}",
        "Sailing, chess.",
        "\\end{document}",
    )
    document = parse(source, "cv.tex")
    assert [(section.role, section.heading and section.heading.text.value) for section in document.sections] == [
        ("education", "Education"),
        ("summary", "Summary"),
        ("other", "Beyond the desk"),
    ]
    (school,) = document.sections[0].entries
    assert school.title is not None and school.title.value == "Lakeside University"
    assert school.dates is not None and school.dates.text == "2012 – 2016"
    (role,) = document.sections[1].entries
    assert role.title is not None and role.title.value == "Northwind Payments"
    assert role.dates is not None and role.dates.ongoing == "Present"
    assert [bullet.text.value for bullet in role.bullets] == ["Cut p99 latency by 45% for 2M users"]
    findings = lint_text(source, path="cv.tex", today=TODAY)
    assert not any(f.rule == "missing-section" and "education" in f.message for f in findings)


def test_a_macro_named_for_a_section_holds_that_section() -> None:
    source = _lines(
        "\\documentclass{twentysecondcv}",
        "\\cvname{Dana Example}",
        "\\begin{document}",
        "\\education{",
        "    Lakeside University \\newline",
        "    2016 - 2020 | BSc Computer Science",
        "}",
        "\\end{document}",
    )
    document = parse(source, "cv.tex")
    (education,) = [section for section in document.sections if section.role == "education"]
    assert education.heading is not None
    assert source[education.heading.span.start : education.heading.span.end] == "education"
    (school,) = education.entries
    assert school.dates is not None and (school.dates.first.year, school.dates.last.year) == (2016, 2020)  # type: ignore[union-attr]
    findings = lint_text(source, path="cv.tex", today=TODAY)
    assert not any(f.rule == "missing-section" and "education" in f.message for f in findings)


def test_dash_lines_in_an_entry_description_are_its_bullets() -> None:
    source = _lines(
        "\\documentclass{twentysecondcv}",
        "\\begin{document}",
        "\\section{Experience}",
        "\\begin{twenty}",
        "  \\twentyitem{2017 -- 2019}{Backend Engineer}{Initech}",
        "  {",
        "  - Develop the invoicing service for 300 clients \\newline",
        "\t- Migrated 12 batch jobs to the event queue",
        "  }",
        "\\end{twenty}",
        "\\end{document}",
    )
    (section,) = parse(source, "cv.tex").sections
    (entry,) = section.entries
    assert [bullet.text.value for bullet in entry.bullets] == [
        "Develop the invoicing service for 300 clients",
        "Migrated 12 batch jobs to the event queue",
    ]
    assert [source[b.marker.start : b.marker.end] for b in entry.bullets] == ["-", "-"]
    tense = [f for f in lint_text(source, path="cv.tex", today=TODAY) if f.rule == "tense-mismatch"]
    assert [source[f.start : f.end] for f in tense] == ["Develop"]


def test_keys_given_to_macros_are_not_prose() -> None:
    source = _lines(
        "\\documentclass{article}",
        "\\begin{document}",
        "\\section{Publications}",
        "Latency budgets in payment systems~\\cite{examplq2021}, see \\autoref{sec:talkz}.",
        "\\printpubs{wrkpprs}",
        "\\end{document}",
    )
    spelling = [f for f in lint_text(source, path="cv.tex", today=TODAY) if f.rule == "spelling"]
    assert spelling == []
    (section,) = parse(source, "cv.tex").sections
    assert "examplq" not in section.paragraphs[0].text.value


def test_a_two_digit_year_after_a_four_digit_year_ends_a_range_of_years() -> None:
    (years,) = find_dates("2010-15 Summer Fellowship")
    assert (years.first.year, years.first.month, years.last and years.last.year) == (2010, None, 2015)
    (month,) = find_dates("2019-05 release")
    assert (month.first.year, month.first.month, month.last) == (2019, 5, None)
    (academic,) = find_dates("2019-20")
    assert academic.last is not None and academic.last.year == 2020


def test_a_range_left_open_is_ongoing_in_an_argument_and_in_a_table_row() -> None:
    source = _lines(
        "\\documentclass{article}",
        "\\begin{document}",
        "\\section{Education}",
        "\\begin{tabular}{ll}",
        "  2021 - & PhD, Economics, Lakeside University \\\\",
        "  2023 & MA, Economics, Lakeside University \\\\",
        "\\end{tabular}",
        "\\section{Experience}",
        "\\datedsubsection{Data Analyst}{2022 --}",
        "\\begin{itemize}",
        "\\item Write the replication code for 3 papers",
        "\\end{itemize}",
        "\\end{document}",
    )
    document = parse(source, "cv.tex")
    phd, master = document.sections[0].entries
    assert phd.dates is not None and phd.dates.ongoing == "" and phd.dates.last is None
    assert phd.title is not None and phd.organisation is not None
    assert (phd.title.value, phd.organisation.value) == ("PhD", "Economics")
    assert master.dates is not None and master.dates.ongoing is None
    (fellow,) = document.sections[1].entries
    assert fellow.dates is not None and fellow.dates.ongoing == ""
    findings = lint_text(source, path="cv.tex", today=TODAY)
    assert not any(f.rule in ("date-order", "tense-mismatch", "date-format-inconsistent") for f in findings)
    (still,) = find_dates("2019 – | Lakeside")
    assert (still.first.year, still.last, still.ongoing) == (2019, None, "")
    assert find_dates("Built in 2019 - then")[0].ongoing is None
