"""Sections, roles and dates in the shapes résumés write them that no template names: each test reads a
document written for it into the expected sections, entries with dates, and bullets with exact spans."""

from __future__ import annotations

import datetime as dt

from cvlint.api import lint_text
from cvlint.parse import parse
from reading_helpers import bullet_sources, section_with_role, written_dates


def test_markdown_headings_without_a_space_and_in_capitals() -> None:
    source = (
        "Dana Quill, dana@example.org\n\nWORK EXPERIENCE\n\n##Northwind\n2019 - 2022\n\n"
        "- Cut deploy time by 40%\n\n##Education\n\nBSc Physics, Leeds, 2015\n"
    )
    document = parse(source, "resume.md")
    experience = section_with_role(document, "experience")
    assert experience.heading is not None and experience.heading.text.value == "WORK EXPERIENCE"
    (entry,) = experience.entries
    assert entry.title is not None and entry.title.value == "Northwind"
    assert written_dates(entry) == "2019 - 2022"
    assert bullet_sources(source, entry) == ["- Cut deploy time by 40%"]
    assert section_with_role(document, "education").heading is not None


def test_a_table_of_roles_and_a_role_heading_over_its_dated_row() -> None:
    source = (
        "# Dana Quill\n\ndana@example.org\n\n## Applications Engineer\n\n| Employer | Time |\n|-|-|\n"
        "| Echodyne Corp | August 2022 - Present |\n\n- Led integration of 12 radar platforms\n\n"
        "## Other Work Experience\n\n| Employer | Role | Location | Time |\n|-|-|-|-|\n"
        "| Arc'Teryx Seattle | Product Guide | Seattle, WA | September 2019 - December 2019 |\n"
        "| Blue Force | Apprentice | Durham, NC | 2012-2013 |\n\n"
        "## Skills\n\n| Skill | Level |\n|-|-|\n| Python | Expert |\n"
    )
    document = parse(source, "resume.md")
    roles = [entry for section in document.sections if section.role == "experience" for entry in section.entries]
    assert [(e.title.value if e.title else None, written_dates(e)) for e in roles] == [
        ("Applications Engineer", "August 2022 - Present"),
        ("Arc'Teryx Seattle", "September 2019 - December 2019"),
        ("Blue Force", "2012-2013"),
    ]
    assert roles[0].organisation is not None and roles[0].organisation.value == "Echodyne Corp"
    assert bullet_sources(source, roles[0]) == ["- Led integration of 12 radar platforms"]
    assert not section_with_role(document, "skills").paragraphs  # a table with no dates is not prose


def test_a_top_level_item_of_dates_opens_the_role_its_items_name() -> None:
    source = (
        "Dana Quill, dana@example.org\n\n## Work experience\n\n- 09/2019–Present\n    - Researcher\n"
        "    - University of Žilina\n    - Žilina\n    - Taught Informatics 3 to 120 students\n"
        "- 02/2019–03/2019\n    - Java developer\n    - Scheidt & Bachmann\n    - Java training project\n"
    )
    document = parse(source, "resume.md")
    first, second = section_with_role(document, "experience").entries
    assert (
        written_dates(first),
        first.title and first.title.value,
        first.organisation and first.organisation.value,
    ) == (
        "09/2019–Present",
        "Researcher",
        "University of Žilina",
    )
    assert first.location is not None and first.location.value == "Žilina"
    assert bullet_sources(source, first) == ["- Taught Informatics 3 to 120 students"]
    assert second.location is None  # "Java training project" says what the role was, not where
    assert bullet_sources(source, second) == ["- Java training project"]


def test_section_names_of_other_templates() -> None:
    source = (
        "# Dana Quill\n\n## Professional Appointments\n\nSince June 2022\n: **Maintainer**, The Carpentries\n\n"
        "## Technical Experience\n\n### Gift Exchange Website\n\n- Built it on Kubernetes for 30 users\n\n"
        "## Outside of Work\n\n- Climbing, 2 marathons\n\n## Occupation\n\n`1600`\n__Royal Mint__, London\n"
    )
    document = parse(source, "resume.md")
    roles = [(section.heading.text.value if section.heading else None, section.role) for section in document.sections]
    assert roles == [
        ("Professional Appointments", "experience"),
        ("Technical Experience", "projects"),
        ("Outside of Work", "other"),
        ("Occupation", "experience"),
    ]
    (appointment,) = section_with_role(document, "experience").entries
    assert appointment.dates is not None and appointment.dates.ongoing == ""  # "Since June 2022" is open


def test_a_summary_of_dated_roles_is_experience_and_a_footer_date_is_no_entry() -> None:
    source = (
        "# Dana Quill\n\ndana@example.org\n\n## Summary\n\n### Northwind, 2020 - 2023\n\n- Led 4 engineers\n\n"
        "### Contoso, 2018 - 2020\n\n- Built the billing pipeline for 3 markets\n\n## Projects\n\n"
        "### Planner\n\n- Used by 200 people\n\n---\n\n*Last updated: October 1, 2025*\n"
    )
    document = parse(source, "resume.md")
    assert [len(s.entries) for s in document.sections if s.role == "experience"] == [2]
    assert [written_dates(e) for e in section_with_role(document, "projects").entries] == [None]


def test_plain_text_headings_with_a_rule_and_a_label_opening_a_line() -> None:
    source = (
        "Dana Quill\nEmail: dana@example.org\n\nSKILLS " + "-" * 60 + "\n\n  - Python, Go\n\n"
        "EMPLOYMENT " + "-" * 56 + "\n\nSoftware Engineer, Northwind (2013-05 -- 2013-08)\n"
        "  - Moved 40 repositories from Mercurial to Git\n\n"
        "EDUCATION Leeds University, BSc Physics, May 2015\n\nEXPERIENCIA\n\nAnalista (2001?2007)\n"
        "  - Desarrollo de 3 plataformas\n\nEDUCACI?N\n\nUniversidad de Chile, 1998\n"
    )
    document = parse(source, "resume.txt")
    names = [(section.heading.text.value, section.role) for section in document.sections if section.heading]
    assert names == [
        ("SKILLS", "skills"),
        ("EMPLOYMENT", "experience"),
        ("EDUCATION", "education"),
        ("EXPERIENCIA", "experience"),
        ("EDUCACI?N", "education"),
    ]
    job, analyst = (entry for s in document.sections if s.role == "experience" for entry in s.entries)
    assert written_dates(job) == "2013-05 -- 2013-08"
    assert bullet_sources(source, job) == ["- Moved 40 repositories from Mercurial to Git"]
    assert written_dates(analyst) == "2001?2007"
    (degree,) = [e for s in document.sections if s.heading and s.heading.text.value == "EDUCATION" for e in s.entries]
    assert written_dates(degree) == "May 2015"


YAML_CV = """\
name: Dana Quill
links:
  - txt: dana.example.org
    url: https://dana.example.org
  - txt: dana@example.org
    url: mailto:dana@example.org
technicalExperience:
  - name: Python
    experience: 4
schoolExperience:
  - name: Leeds University
    duration: 2012 - 2015
workExperience:
  - company: Northwind
    position: Engineer
    duration: Summer'19 - Fall'20
    highlights:
      - Cut deploy time by 40%
"""


def test_yaml_keys_by_their_meaning_and_contact_in_a_list_of_links() -> None:
    document = parse(YAML_CV, "resume.yaml")
    assert [s.role for s in document.sections if s.heading and s.role != "contact"] == [
        "projects",
        "education",
        "experience",
    ]
    (job,) = section_with_role(document, "experience").entries
    assert written_dates(job) == "Summer'19 - Fall'20"
    assert bullet_sources(YAML_CV, job) == ["- Cut deploy time by 40%"]
    findings = lint_text(YAML_CV, path="resume.yaml", today=dt.date(2026, 12, 1))
    assert not [f for f in findings if f.rule == "missing-contact"]


def test_a_rendercv_lone_date_is_not_an_ongoing_range() -> None:
    source = (
        "cv:\n  name: Dana Quill\n  sections:\n    experience:\n      - company: Northwind\n"
        "        position: Engineer\n        date: 2021-04\n        highlights:\n          - Led 4 engineers\n"
    )
    ((_, entry),) = list(parse(source, "cv.yaml").entries())
    assert entry.dates is not None and entry.dates.ongoing is None and entry.dates.last is None
    assert entry.dates.text == "2021-04"


def test_html_blocks_read_as_a_browser_shows_them() -> None:
    source = (
        "# Dana Quill\n\ndana@example.org\n\n## Employment\n\n<table>\n<tr>\n<th>\nNorthwind / Staff Engineer\n"
        '</th>\n<th class="right">\nJan 2014 - Current\n</th>\n</tr>\n</table>\n\n'
        '## Current Appointment\n<ol class="fa-ul">\n  <li><span class="fa-li"><i class="fa"></i></span>'
        "Assistant Professor, Leeds (2022)</li>\n</ol>\n\n<div>\n<span>Education</span>\n</div>\n\n"
        "<!--\n## Old Experience\n\nAcme, 2001 - 2002\n-->\n\n<style>\n.title { display: flex; }\n</style>\n"
    )
    document = parse(source, "resume.md")
    names = [(s.heading.text.value, s.role) for s in document.sections if s.heading]
    assert names == [("Employment", "experience"), ("Current Appointment", "experience"), ("Education", "education")]
    first, second = (entry for s in document.sections if s.role == "experience" for entry in s.entries)
    assert first.title is not None and first.title.value == "Northwind / Staff Engineer"
    assert written_dates(first) == "Jan 2014 - Current"
    assert second.title is not None and second.title.value == "Assistant Professor"
    assert written_dates(second) == "2022"
    assert source[second.span.start : second.span.end] == "Assistant Professor, Leeds (2022)"
    texts = [p.text.value for s in document.sections for p in s.paragraphs]
    assert not any("Acme" in text or "display" in text for text in texts)  # a comment and a style show no prose


def test_a_misspelt_month_is_read_as_its_month_and_still_reported_as_a_slip() -> None:
    source = (
        "# Dana Quill\n\ndana@example.org\n\n## Experience\n\n### Northwind, Febuary 2010 - August 2012\n\n"
        "- Cut deploy time by 40%\n\n### Contoso, March 2008 - January 2010\n\n- Led 4 engineers\n"
    )
    findings = lint_text(source, path="resume.md", today=dt.date(2026, 12, 1))
    assert [
        (f.rule, source[f.start : f.end], f.suggestion) for f in findings if f.rule.startswith(("spell", "date"))
    ] == [("spelling", "Febuary", "did you mean 'February'? (or add the word to .cvlint-words.txt)")]


def test_html_text_shows_one_space_and_a_lost_dash_has_no_style() -> None:
    html = (
        "# Dana Quill\n\ndana@example.org\n\n## Employment\n\n<div>\n"
        "<p>Northwind    Staff Engineer, 2019 - 2022</p>\n</div>\n"
    )
    assert not [f for f in lint_text(html, path="resume.md") if f.rule == "typography"]
    text = (
        "Dana Quill, dana@example.org\n\nEXPERIENCIA\n\nAnalista, Newsystems (2001?2007)\n"
        "  - Desarrollo de 3 sistemas\n\n"
        "Jefe de Proyecto, Salas (1998 ? 2001)\n  - Implementación de 2 sistemas\n"
    )
    assert not [f for f in lint_text(text, path="cv.txt") if f.rule == "date-format-inconsistent"]


def test_a_plain_text_resume_in_a_text_fence_is_read_as_plain_text() -> None:
    source = (
        "---\ntitle: Dana Quill - Resume\n---\n\n```text\n\nDana Quill\n\ndana@example.org\n\nEXPERIENCE\n\n"
        "2018-2023    NORTHWIND, Staff Engineer\n     Led the catalogue team of 6 engineers.\n\nEDUCATION\n\n"
        "2012-2016    Leeds University, BSc Physics\n\n```\n"
    )
    document = parse(source, "resume.md")
    (entry,) = section_with_role(document, "experience").entries
    assert written_dates(entry) == "2018-2023"
    assert entry.title is not None and source[entry.title.span.start : entry.title.span.end] == "NORTHWIND"
    assert not document.mostly_verbatim()
    assert document.format == "text"  # aligned columns are plain text's layout, not double spaces
    assert section_with_role(document, "education").entries


def test_a_jekyll_page_keeps_its_divs_raw_html() -> None:
    """kramdown renders a ``<div>`` as HTML (pandoc reads its contents as Markdown): indented lines in it are
    the page's text, not code."""
    source = (
        '---\nlayout: page\ntitle: CV\n---\n\ndana@example.org\n\n<div class="entry custom-title">\n'
        '    <span>Work Experience</span>\n</div>\n<div class="entry">\n'
        '    <span class="fat-text">Staff Engineer,</span>\n    <span>Northwind</span>\n'
        '    <span class="gray">2020 – 2022</span>\n</div>\n'
    )
    document = parse(source, "cv.md")
    (entry,) = section_with_role(document, "experience").entries
    assert written_dates(entry) == "2020 – 2022"
    assert entry.title is not None and entry.title.value == "Northwind"


def test_a_section_of_courses_is_the_education_missing_section_asks_for() -> None:
    source = (
        "# Dana Quill\n\ndana@example.org\n\n## Experience\n\n### Northwind, 2020 - 2022\n\n- Led 4 engineers\n\n"
        "## Completed Online Courses\n\n| Course | Institution | Completion Date |\n|-|-|-|\n"
        "| React | Purple School | June 22, 2024 |\n"
    )
    assert not [f for f in lint_text(source, path="resume.md") if f.rule == "missing-section"]


def test_links_of_html_blocks_are_checked_and_those_of_comments_are_not() -> None:
    source = (
        '# Dana Quill\n\ndana@example.org\n\n<div id="links">\n<a href="#">Portfolio</a>\n</div>\n\n'
        '<!--\n<a href="#">Old portfolio</a>\n-->\n'
    )
    found = [(f.rule, f.start) for f in lint_text(source, path="resume.md") if f.rule == "placeholder-link"]
    assert found == [("placeholder-link", source.index('"#"') + 1)]


def test_a_scripted_link_is_a_button_not_a_placeholder() -> None:
    source = '# Dana Quill\n\ndana@example.org\n\n<a class="no-print" href="#" onclick="window.print()">Print</a>\n'
    assert not [f for f in lint_text(source, path="resume.md") if f.rule == "placeholder-link"]
