"""Experience sections written in shapes the readers once read as nothing: each test reads a document
written for it into the expected sections, entries with dates, and bullets with exact spans."""

from __future__ import annotations

from cvlint.api import lint_text
from cvlint.parse import parse
from cvlint.parse.structure import section_role
from reading_helpers import bullet_sources, section_with_role, written_dates


def test_a_section_name_qualified_by_what_it_holds() -> None:
    assert section_role("Experience as Senior Perl Developer") == "experience"
    assert section_role("Professional Experience (selected, most recent first)") == "experience"
    assert section_role("Education (Bachelor and Master of Science)") == "education"
    assert section_role("Experience with Python and Django development") == "other"
    assert section_role("MEAN Stack Developer at Some Big Company Ltd") == "other"
    assert section_role("A Developer (Backend and Frontend) Team") == "other"


def test_markdown_experience_heading_qualified_by_the_role() -> None:
    source = (
        "# Dana Quill\n\ndana@example.org\n\n# Experience as Senior Go Developer\n\n## Northwind\n\n"
        "**March 2019 - present**; remote\n\n- Cut deploy time by 40%\n- Wrote the billing service\n\n"
        "# Education\n\n## Leeds University\n\n**2012 - 2015**\n"
    )
    document = parse(source, "resume.md")
    experience = section_with_role(document, "experience")
    (entry,) = experience.entries
    assert entry.title is not None and entry.title.value == "Northwind"
    assert written_dates(entry) == "March 2019 - present"
    assert bullet_sources(source, entry) == ["- Cut deploy time by 40%", "- Wrote the billing service"]


def test_latex_headings_drawn_by_hand_in_a_column_and_as_items() -> None:
    source = (
        "\\documentclass{article}\n\\begin{document}\n"
        "\\begin{minipage}[t]{0.15\\textwidth}\n\t\\small \\textsc{Experience}\n\\end{minipage}\n\\hfill\n"
        "\\begin{minipage}[t]{0.80\\textwidth}\n"
        "\t\\noindent \\textbf{Northwind,} Leeds\\hfill {\\scriptsize July 2015 - Aug 2016}\\\\\n"
        "\t\\begin{itemize}\n\t\t\\item[-] Cut deploy time by 40\\%\n\t\\end{itemize}\n\\end{minipage}\n\n"
        "\\begin{trivlist}\n\\item \\textcolor{Gray}{{\\textbf{\\Large Education}}}\n"
        "\\item \\textbf{Leeds University} \\hfill 2012 -- 2015\n\\end{trivlist}\n"
        "\\textbf{Languages:} English, Welsh\n\\end{document}\n"
    )
    document = parse(source, "resume.tex")
    experience = section_with_role(document, "experience")
    assert experience.heading is not None and experience.heading.text.value == "Experience"
    (entry,) = experience.entries
    assert entry.title is not None and entry.title.value == "Northwind"
    assert written_dates(entry) == "July 2015 - Aug 2016"
    assert bullet_sources(source, entry) == ["\\item[-] Cut deploy time by 40\\%"]
    education = section_with_role(document, "education")
    assert education.heading is not None and education.heading.text.value == "Education"
    assert [b.text.value for b in education.bullets] == ["Leeds University 2012 – 2015"]
    assert [section.role for section in document.sections] == ["experience", "education"]


def test_an_html_page_saved_as_text_is_read_as_a_browser_shows_it() -> None:
    source = (
        "<!DOCTYPE html>\n<html>\n<head>\n\t<title>Dana Quill&rsquo; Resume</title>\n"
        "\t<style>h2 { color: red; }</style>\n</head>\n<body>\n\t<h1>Dana Quill</h1>\n"
        "\t\t<p>E-mail: dana@example.org</p>\n\n<h2><strong>Work History</strong></h2>\n"
        "\t<h3>Northwind</h3>\n\t<p><em>Sales Advisor</em></p>\n\t<p>June 2012 &ndash; September 2013</p>\n"
        "\t<ul>\n\t\t<li>Sold 300 memberships a month</li>\n\t\t<li>Ran the front desk</li>\n\t</ul>\n\n"
        "\t<h1>Skills</h1>\n\t<ul>\n\t\t<li>Excel</li>\n\t</ul>\n<!-- <h2>Awards</h2> -->\n</body>\n</html>\n"
    )
    document = parse(source, "Resume.txt")
    assert document.format == "markdown"
    experience = section_with_role(document, "experience")
    assert experience.heading is not None and experience.heading.text.value == "Work History"
    (entry,) = experience.entries
    assert entry.title is not None and entry.title.value == "Northwind"
    assert written_dates(entry) == "June 2012 – September 2013"
    assert [b.text.value for b in entry.bullets] == ["Sold 300 memberships a month", "Ran the front desk"]
    assert [source[b.marker.start : b.marker.end] for b in entry.bullets] == ["<li>", "<li>"]
    assert [b.text.value for b in section_with_role(document, "skills").bullets] == ["Excel"]
    assert "awards" not in {section.role for section in document.sections}  # in a comment
    assert not any("Resume" in p.text.value for s in document.sections for p in s.paragraphs)  # its <title>


def test_markdown_html_list_items_over_several_lines_are_bullets() -> None:
    source = (
        "# Dana Quill\n\ndana@example.org\n\n## Experience\n\n### Web Developer\n* Northwind\n"
        '* Jan 2023 &ndash; present\n\n<ul class="description">\n    <li>\n'
        "        Built a key management library,\n        enabling end-to-end encryption.\n    </li>\n"
        "    <li>Cut page load time by 40%</li>\n</ul>\n"
    )
    document = parse(source, "resume.md")
    (entry,) = section_with_role(document, "experience").entries
    assert written_dates(entry) == "Jan 2023 – present"
    assert [b.text.value for b in entry.bullets] == [
        "Built a key management library, enabling end-to-end encryption.",
        "Cut page load time by 40%",
    ]
    first = entry.bullets[0]
    assert source[first.text.span.start : first.text.span.end].startswith("Built a key")
    assert source[first.text.span.end - 1] == "."


def test_roles_written_as_sections_beside_sections_with_no_experience_heading() -> None:
    source = (
        "# Dana Quill\n\ndana@example.org\n\n## Education\n\n**Leeds University** BSc Physics, 2005\n\n"
        "### Talks\n\nPyCon 2019: Fast parsers\n\n### Northwind Traders\n2008 - 2011\n\n"
        "Led a team of 8 engineers to build a test framework.\n\n"
        "C++; MFC; Windows API; Visual Studio 6 & 2005;\n\n"
        "### Initech\nNovember 2006 - September 2008\n\nWrote the billing service.\n\n"
        "### Travel\n\nTen countries.\n"
    )
    document = parse(source, "resume.md")
    experience = section_with_role(document, "experience")
    assert experience.heading is None
    assert [(e.title.value if e.title else None, written_dates(e)) for e in experience.entries] == [
        ("Northwind Traders", "2008 - 2011"),
        ("Initech", "November 2006 - September 2008"),
    ]
    assert [p.text.value for p in experience.entries[0].paragraphs] == [
        "Led a team of 8 engineers to build a test framework.",
        "C++; MFC; Windows API; Visual Studio 6 & 2005;",
    ]
    assert [(s.heading.text.value if s.heading else None, s.role) for s in document.sections][1:] == [
        ("Education", "education"),
        ("Talks", "publications"),
        (None, "experience"),
        ("Travel", "other"),
    ]


def test_a_named_experience_section_keeps_dated_headings_beside_sections_as_they_were() -> None:
    source = (
        "# Dana Quill\n\n## Experience\n\n### Northwind\n2019 - 2021\n\n- Cut deploy time by 40%\n\n"
        "### Education\n\n### Leeds University\n2015 - 2019\n"
    )
    document = parse(source, "resume.md")
    assert [s.role for s in document.sections if s.role == "experience"] == ["experience"]
    (entry,) = section_with_role(document, "experience").entries
    assert entry.title is not None and entry.title.value == "Northwind"


def test_a_date_in_a_semicolon_list_is_a_header_field_only_when_alone_in_its_field() -> None:
    source = (
        "# Dana Quill\n\n## Courses\n\nScalable Machine Learning\n\n"
        ": Apache Spark, Python; final grade: 100%; August 2015;\n"
    )
    (entry,) = section_with_role(parse(source, "resume.md"), "certifications").entries
    assert written_dates(entry) == "August 2015"


def test_an_html_list_item_showing_no_words_is_no_empty_bullet() -> None:
    source = (
        "# Dana Quill\n\n## Experience\n\n### Northwind\n2019 - 2021\n\n<ul>\n  <li>\n"
        '    <img src="logo.png">\n  </li>\n  <li>Cut deploy time by 40%</li>\n</ul>\n'
    )
    document = parse(source, "resume.md")
    (entry,) = section_with_role(document, "experience").entries
    assert [b.text.value for b in entry.bullets] == ["Cut deploy time by 40%"]
    assert not [f for f in lint_text(source, "resume.md") if f.rule == "empty-bullet"]
