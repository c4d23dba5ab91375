"""Entry headers written as bullets: the dates (and the place) of a role in the list under its title."""

from __future__ import annotations

from cvlint.parse import parse


def test_a_bullet_of_dates_is_the_header_of_the_entry_above() -> None:
    source = (
        "# Ada Quill\n\n## Experience\n\n### Staff Engineer, Northwind\n\n- Feb 2022 – present\n- Lisbon, Portugal\n"
        "- Led the move of 40 services to Kubernetes\n\n### Engineer\n\n* Contoso Labs\n* Period: 2019.03 - 2022.01\n"
        "* Built the billing pipeline for 3 markets\n"
    )
    document = parse(source, "resume.md")
    entries = [entry for _, entry in document.entries()]
    assert [entry.dates.text if entry.dates else None for entry in entries] == [
        "Feb 2022 – present",
        "2019.03 - 2022.01",
    ]
    assert [[bullet.text.value for bullet in entry.bullets] for entry in entries] == [
        ["Led the move of 40 services to Kubernetes"],
        ["Built the billing pipeline for 3 markets"],
    ]
    assert entries[0].location is not None and entries[0].location.value == "Lisbon, Portugal"
    assert entries[1].organisation is not None and entries[1].organisation.value == "Contoso Labs"


def test_a_bullet_that_mentions_a_date_stays_a_bullet() -> None:
    source = "## Experience\n\n### Engineer, Initech\n\n- Shipped the 2021 – 2022 roadmap on time\n- Led 4 people\n"
    ((_, entry),) = list(parse(source, "resume.md").entries())
    assert entry.dates is None
    assert len(entry.bullets) == 2


def test_an_undated_heading_under_a_dated_role_stays_in_that_role() -> None:
    source = (
        "## Experience\n\n### Northwind - Staff Engineer\n\n##### March 2023 - December 2024\n\n"
        "##### Lisbon, Portugal\n\n"
        "Hired to rebuild the data platform.\n\n#### Front-end\n\n- Rebuilt the dashboard for 300 analysts\n\n"
        "#### Back-end\n\n- Cut query time by 40%\n\n#### Tools & Technologies\n\n- React, Go\n\n"
        "### Contoso - Engineer\n\n##### 2019 - 2023\n\n- Led 4 people\n"
    )
    entries = [entry for _, entry in parse(source, "resume.md").entries()]
    assert [entry.dates.text if entry.dates else None for entry in entries] == [
        "March 2023 - December 2024",
        None,  # a list of tools: no bullet rule reads it as what the role did
        "2019 - 2023",
    ]
    assert entries[0].location is not None and entries[0].location.value == "Lisbon, Portugal"
    assert [bullet.text.value for bullet in entries[0].bullets] == [
        "Rebuilt the dashboard for 300 analysts",
        "Cut query time by 40%",
    ]
    assert [paragraph.text.value for paragraph in entries[0].paragraphs] == [
        "Hired to rebuild the data platform.",
        "Front-end",
        "Back-end",
    ]


def test_dated_role_headings_with_no_experience_heading_form_an_untitled_experience_section() -> None:
    source = (
        "# Dana Example\n\n## Introduction\n\nEngineer who ships.\n\n"
        "## Platform Engineer, Northwind *(Jul 2024 - Present)*\n\n- Built the deployment pipeline\n\n"
        "## Backend Engineer, Initech *(Jan 2020 - Jun 2024)*\n\n- Develop the billing service\n\n"
        "## Awards\n\n- Hackathon winner (2021)\n"
    )
    document = parse(source, "cv.md")
    assert [(section.role, section.heading and section.heading.text.value) for section in document.sections] == [
        ("summary", "Introduction"),
        ("experience", None),
        ("awards", "Awards"),
    ]
    first, second = document.sections[1].entries
    assert first.title is not None and first.title.value == "Platform Engineer"
    assert [bullet.text.value for bullet in second.bullets] == ["Develop the billing service"]
    assert second.dates is not None and second.dates.last is not None and second.dates.last.year == 2024
