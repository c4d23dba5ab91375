"""pandoc's Markdown as résumé templates write it (pandoc_resume and its forks): read whole, into the model."""

from __future__ import annotations

import datetime as dt

from cvlint.api import lint_text
from cvlint.model.document import Document
from cvlint.parse import parse

PANDOC_RESUME = """\
---
title: Ada Quill
lang: en
...

Ada Quill
=========

> Platform engineer who ships reliable systems.

| Lisbon, Portugal
| ada&#64;example.org

<div class="section">
Experience {#experience .unnumbered}
----------

2019 - present
:   **Staff Engineer**; Northwind Analytics (Lisbon)

    * Led the migraton of 40 services to Kubernetes
    * Reduced deploy time from 2 hours to 9 minutes

2015-2019
:   **Software Engineer**; Contoso Labs (Porto)

    * Build the billing pipline for 3 markets
    * Mentored 4 junior engineers
</div>

::: {.education}
Education
---------

2011-2015
:   **BSc, Computer Science**; University of Porto

    *Thesis: Consensus protocols for sensor netwroks*
:::

---
keywords: [resume]
---

**Skills**

* Go, Python, Terraform, Kubernetes
"""


def _read(text: str) -> Document:
    return parse(text, "resume.md")


def test_definition_lists_are_dated_entries_with_their_bullets() -> None:
    document = _read(PANDOC_RESUME)
    roles = [section.role for section in document.sections if section.heading is not None]
    assert roles == ["experience", "education", "skills"]
    experience = next(section for section in document.sections if section.role == "experience")
    assert [entry.dates.text if entry.dates else None for entry in experience.entries] == [
        "2019 - present",
        "2015-2019",
    ]
    assert [len(entry.bullets) for entry in experience.entries] == [2, 2]
    assert experience.bullets == []
    bullet = experience.entries[0].bullets[0]
    assert bullet.text.value == "Led the migraton of 40 services to Kubernetes"
    assert document.source[bullet.text.span.start : bullet.text.span.end] == bullet.text.value
    assert document.source[bullet.marker.start : bullet.marker.end] == "*"
    (education_entry,) = next(s for s in document.sections if s.role == "education").entries
    assert education_entry.dates is not None and education_entry.dates.text == "2011-2015"
    assert [p.text.value for p in education_entry.paragraphs] == [
        "BSc, Computer Science; University of Porto",
        "Thesis: Consensus protocols for sensor netwroks",
    ]


def test_header_attributes_are_not_heading_text() -> None:
    document = _read(PANDOC_RESUME)
    headings = [section.heading.text.value for section in document.sections if section.heading is not None]
    assert headings == ["Experience", "Education", "Skills"]


def test_divs_and_metadata_are_markup_and_their_contents_are_read() -> None:
    document = _read(PANDOC_RESUME)
    verbatim = {line.text for line in document.lines if line.verbatim}
    assert {'<div class="section">', "</div>", "::: {.education}", ":::", "keywords: [resume]", "lang: en"} <= verbatim
    assert not any(line.verbatim for line in document.lines if "Led the migraton" in line.text)


def test_line_block_lines_are_text_without_their_bars() -> None:
    document = _read(PANDOC_RESUME)
    shown = [paragraph.text.value for section in document.sections for paragraph in section.paragraphs]
    assert any("Lisbon, Portugal" in value and "|" not in value for value in shown)


def test_a_pandoc_resume_with_typos_and_a_tense_error_gets_findings() -> None:
    findings = lint_text(PANDOC_RESUME, today=dt.date(2026, 1, 1))
    misspelt = sorted(f.message.split("'")[1] for f in findings if f.code == "CV510")
    assert misspelt == ["migraton", "netwroks", "pipline"]
    tense = [f for f in findings if f.code == "CV501"]
    assert [PANDOC_RESUME[f.start : f.end] for f in tense] == ["Build"]
    assert not any(f.code == "CV706" for f in findings)  # the entity-encoded address is an e-mail


def test_bold_line_names_a_section_and_other_bold_lines_do_not() -> None:
    document = _read("Ada Quill\n\n**Education**\n\nBSc, University of Porto, 2011 - 2015\n\n**Research Assistant**\n")
    assert [(s.role, s.heading.text.value if s.heading else None) for s in document.sections] == [
        ("other", None),
        ("education", "Education"),
    ]
    assert document.sections[1].entries[0].dates is not None


def test_heading_one_level_deeper_than_its_siblings_is_a_section() -> None:
    document = _read(
        "# Ada Quill\n\n## Experience\n\nEngineer, Initech — 2019 – 2021\n\n- Led 4 engineers\n\n"
        "### Education\n\nBSc, Porto — 2015 – 2019\n\n## Skills\n\nGo\n"
    )
    assert [section.role for section in document.sections] == ["experience", "education", "skills"]


def test_a_term_is_one_line_that_starts_a_block() -> None:
    document = _read("## Skills\n\nGo and Python\nRust\n: not a definition: its term line does not start a block\n")
    skills = document.sections[0]
    assert skills.entries == []
    assert [p.text.value for p in skills.paragraphs] == [
        "Go and Python\nRust\n: not a definition: its term line does not start a block"
    ]


def test_several_definitions_of_a_term_under_a_dated_role_are_its_items() -> None:
    text = (
        "## Experience\n\n### Northwind: Staff Engineer (2019 - 2023)\n\nLed the platform group.\n\n"
        "Performance\n"
        ":    Moved the API to a *shared* cache\n"
        ":    Cut page load time by 40%\n"
        "     across 3 regions\n\n"
        "### Initech: Engineer (2015 - 2019)\n\n"
        "Billing\n:   Kept the invoicing service running.\n"
    )
    document = _read(text)
    (experience,) = document.sections
    first, second = experience.entries
    assert [bullet.text.value for bullet in first.bullets] == [
        "Moved the API to a shared cache",
        "Cut page load time by 40% across 3 regions",
    ]
    assert {document.source[b.marker.start : b.marker.end] for b in first.bullets} == {":"}
    assert [p.text.value for p in first.paragraphs] == ["Led the platform group.", "Performance"]
    assert second.bullets == [] and second.paragraphs[-1].text.value == "Kept the invoicing service running."
    findings = lint_text(text, path="resume.md", today=dt.date(2026, 11, 24))
    assert [f.line for f in findings if f.rule == "unquantified-bullet"] == [8]
    assert not any(f.rule == "bullet-marker" for f in findings)
    loose = _read("## Skills\n\nLanguages\n:   I write Go daily.\n\n:   I read Rust.\n")
    assert loose.sections[0].bullets == [] and loose.sections[0].entries[0].bullets == []
    spacer = _read("## Positions\n\nJune 2019-\n: []()\n: **Visiting Scholar**, Lakeside University\n")
    (entry,) = spacer.sections[0].entries
    assert entry.bullets == [] and entry.dates is not None and entry.dates.ongoing == ""


def test_html_headings_name_sections_and_the_plain_lines_after_them_are_read() -> None:
    text = (
        '<h1 class="cv-name">Dana Example</h1>\n\n<h2 class="cv-section">Profile</h2>\n'
        "Engineer who ships reliable systems.\n\n"
        '<h2 class="cv-section">Experience</h2>\n\n'
        "### Engineer | Initech | Jan 2020 – Dec 2023\n\n- Cut costs by 30%\n"
    )
    document = _read(text)
    assert [(s.role, s.heading and s.heading.text.value) for s in document.sections] == [
        ("summary", "Profile"),
        ("experience", "Experience"),
    ]
    assert document.title is not None and document.title.text.value == "Dana Example"
    assert [p.text.value for p in document.sections[0].paragraphs] == ["Engineer who ships reliable systems."]
    (entry,) = document.sections[1].entries
    assert entry.dates is not None and entry.dates.text == "Jan 2020 – Dec 2023"
