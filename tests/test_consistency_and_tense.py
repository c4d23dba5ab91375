"""Consistency rules judge within one list or section and never fix towards a tie; tense reads context."""

from __future__ import annotations

import datetime as dt

import pytest

from cvlint.engine.fixes import fix_until_stable
from cvlint.engine.lint import lint_source, resolve_settings
from cvlint.model.findings import Finding


def _lint(text: str, rule: str, path: str = "resume.md") -> list[Finding]:
    settings = resolve_settings(None, select=(rule,), today=dt.date(2026, 6, 1))
    return lint_source(text, path, settings)[1]


def _fixed(text: str, rule: str, path: str = "resume.md", unsafe: bool = False) -> str:
    settings = resolve_settings(None, select=(rule,), today=dt.date(2026, 6, 1))
    result = fix_until_stable(text, lambda t: lint_source(t, path, settings)[1], unsafe=unsafe)
    assert not result.unconverged
    return result.text


def _line(text: str, finding: Finding) -> str:
    return text[: finding.start].rsplit("\n", 1)[-1] + text[finding.start :].split("\n", 1)[0]


ROLES = """\
## Experience

### Engineer, Acme (2021 – 2023)

{first}

### Engineer, Initech (2019 – 2021)

{second}
"""


def test_bullet_marker_judges_each_list_on_its_own() -> None:
    text = ROLES.format(
        first="- Cut checkout latency by 40% for 2M users\n- Led 4 engineers through the payments migration",
        second="* Wrote the on-call runbook for 12 services\n* Moved 30 nightly jobs to the new scheduler",
    )
    assert _lint(text, "bullet-marker") == []


def test_bullet_marker_fixes_only_towards_a_clear_majority_of_the_list() -> None:
    # The document has more '*' than '-', but the first list is mostly '-': its odd '*' becomes '-'.
    first = "- Cut latency by 40% for 2M users\n- Led 4 engineers in the migration\n* Wrote the runbook for 12 services"
    second = "* Moved 30 jobs to the scheduler\n* Cut failed runs from 8% to 1%\n* Wrote alerts for 40 late jobs"
    text = ROLES.format(first=first, second=second)
    findings = _lint(text, "bullet-marker")
    assert [_line(text, f) for f in findings] == ["* Wrote the runbook for 12 services"]
    assert findings[0].fix is not None and findings[0].fix.applicability == "safe"
    assert _fixed(text, "bullet-marker") == text.replace("* Wrote the runbook", "- Wrote the runbook")


@pytest.mark.parametrize(
    "bullets",
    [
        "- Cut latency by 40% for 2M users\n* Led 4 engineers in the migration",
        "- Cut latency by 40% for 2M users\n* Led 4 engineers in the migration\n"
        "- Wrote the runbook for 12 services\n* Moved 30 jobs to the scheduler",
    ],
    ids=["a list of two", "a tie"],
)
def test_bullet_marker_reports_a_tie_or_a_list_of_two_without_a_fix(bullets: str) -> None:
    text = ROLES.format(first=bullets, second="- Moved 30 jobs to the new scheduler")
    findings = _lint(text, "bullet-marker")
    assert findings and all(f.fix is None for f in findings)
    assert _fixed(text, "bullet-marker") == text


def test_a_blank_line_and_another_marker_begin_a_new_list() -> None:
    # "- Period / - Tech" then a blank line, then the achievements with '*': two lists, as CommonMark reads it.
    first = "- Period: 2021 – 2023\n- Tech: Python, FastAPI\n\n* Built the serving backend for 2M users"
    text = ROLES.format(first=first, second="- Moved 30 jobs to the new scheduler")
    assert _lint(text, "bullet-marker") == []
    loose = "- Cut latency by 40% for 2M users\n\n- Led 4 engineers in the migration\n\n* Wrote the runbook"
    findings = _lint(ROLES.format(first=loose, second="- Moved 30 jobs"), "bullet-marker")
    assert len(findings) == 1 and findings[0].fix is not None  # a loose list keeps its stray marker


def test_sub_bullets_are_a_list_of_their_own() -> None:
    first = (
        "- Led the payments migration for 2M users\n  * Moved 30 services\n  * Cut latency by 40%\n"
        "- Wrote the runbook for 12 services\n- Cut cloud spend by 20%"
    )
    assert _lint(ROLES.format(first=first, second="- Moved 30 jobs"), "bullet-marker") == []


def test_bullet_punctuation_judges_each_list_on_its_own() -> None:
    text = ROLES.format(
        first="- Cut checkout latency by 40% for 2M users.\n- Led 4 engineers through the migration.\n"
        "- Wrote the on-call runbook for 12 services.",
        second="- Moved 30 nightly jobs to the new scheduler\n- Cut the failed-run rate from 8% to 1%\n"
        "- Wrote alerts for every job that runs late",
    )
    assert _lint(text, "bullet-punctuation") == []


def test_bullet_punctuation_never_makes_a_short_bullet_the_odd_one_out() -> None:
    # Three sentences, two with a period; but the list's two short bullets have none: no side to take.
    first = (
        "- Cut checkout latency by 40% for 2M users.\n- Led 4 engineers through the migration.\n"
        "- Wrote the on-call runbook for 12 services\n- Go\n- Kafka"
    )
    text = ROLES.format(first=first, second="- Moved 30 nightly jobs to the new scheduler")
    findings = _lint(text, "bullet-punctuation")
    assert len(findings) == 1 and findings[0].fix is None
    assert _fixed(text, "bullet-punctuation") == text


def test_bullet_punctuation_fixes_towards_the_majority_of_the_list() -> None:
    first = (
        "- Cut checkout latency by 40% for 2M users.\n- Led 4 engineers through the migration.\n"
        "- Wrote the on-call runbook for 12 services"
    )
    second = "- Moved 30 nightly jobs to the new scheduler\n- Cut the failed-run rate from 8% to 1%"
    text = ROLES.format(first=first, second=second)
    assert _fixed(text, "bullet-punctuation") == text.replace("12 services", "12 services.")


SECTIONS = """\
## Experience

### Engineer, Acme
{one}

### Engineer, Initech
{two}

### Intern, Globex
{three}

## Education

### BSc Physics, Uni of Somewhere
{degree}
"""


def test_date_format_judges_each_section_on_its_own() -> None:
    text = SECTIONS.format(
        one="Jan 2022 – Present",
        two="Mar 2019 – Dec 2021",
        three="Jun 2018 – Sep 2018",
        degree="September 2015 - June 2018",
    )
    assert _lint(text, "date-format-inconsistent") == []


def test_date_format_fixes_only_towards_a_clear_majority() -> None:
    text = SECTIONS.format(
        one="Jan 2022 – Present", two="Mar 2019 – Dec 2021", three="06/2018 – 09/2018", degree="2015"
    )
    assert _fixed(text, "date-format-inconsistent") == text.replace("06/2018 – 09/2018", "Jun 2018 – Sep 2018")
    tie = SECTIONS.format(one="2022 – 2023", two="2019 - 2021", three="", degree="2015")
    findings = _lint(tie, "date-format-inconsistent")
    assert findings and all(f.fix is None for f in findings)
    assert _fixed(tie, "date-format-inconsistent") == tie


def test_heading_level_judges_each_section_and_fixes_only_a_clear_majority() -> None:
    three = "## Experience\n\n### A, Acme\n2021 – 2022\n\n### B, Globex\n2019 – 2021\n\n## C, Initech\n2018 – 2019\n"
    assert _fixed(three, "heading-level") == three.replace("## C, Initech", "### C, Initech")
    two = "## Experience\n\n### A, Acme\n2021 – 2022\n\n## B, Initech\n2019 – 2021\n"
    findings = _lint(two, "heading-level")
    assert len(findings) == 1 and findings[0].fix is None
    other = (
        "## Experience\n\n### A, Acme\n2021 – 2022\n\n### B, Globex\n2019 – 2021\n\n"
        "## Education\n\n#### BSc\n2015 – 2019\n"
    )
    assert _lint(other, "heading-level") == []


@pytest.mark.parametrize(
    "text",
    [
        "EXPERIENCE\n\nAcme Corp, Engineer\nJune 2000\n-\nOctober 2001\n- Built the billing system for 2M users\n",
        "EXPERIENCE\n\nAcme Corp\n\nJune 2000\n\n-\n\nOctober 2001\n\nBuilt the billing system for 2M users\n",
        "EXPERIENCE\n\n- Engineer, Acme\n- June 2000\n-\n- October 2001\n",
        "EXPERIENCE\n\nGlobex\nMarch 2002\n–\nPresent\n",
    ],
    ids=["tight", "spaced", "dates as bullets", "ongoing"],
)
def test_a_dash_between_two_dates_is_not_an_empty_bullet(text: str) -> None:
    assert _lint(text, "empty-bullet", "resume.txt") == []


def test_a_dash_after_a_bullet_is_still_an_empty_bullet() -> None:
    text = "EXPERIENCE\n\nAcme, 2020 - 2022\n- Built the billing system for 2M users\n-\n- Led 4 engineers\n"
    findings = _lint(text, "empty-bullet", "resume.txt")
    assert len(findings) == 1 and findings[0].fix is not None


TENSE = "## Experience\n\n### Engineer, Acme\n2019 – 2022\n\n{bullets}\n"


@pytest.mark.parametrize(
    ("bullet", "fixed"),
    [
        ("Lead the team of 6 engineers through the migration", "Led the team of 6 engineers through the migration"),
        ("Lead development of the billing service for 2M users", "Led development of the billing service for 2M users"),
        (
            "Proposed and lead the move to Kubernetes for 30 services",
            "Proposed and led the move to Kubernetes for 30 services",
        ),
        ("Maintain and update documentation for 12 services", "Maintained and updated documentation for 12 services"),
        ("Troubleshoot network outages across 4 data centres", "Troubleshot network outages across 4 data centres"),
        ("Works with clients across 3 regions", "Worked with clients across 3 regions"),
    ],
)
def test_tense_finds_present_verbs_in_an_ended_role(bullet: str, fixed: str) -> None:
    text = TENSE.format(bullets=f"- {bullet}")
    assert _fixed(text, "tense-mismatch", unsafe=True) == TENSE.format(bullets=f"- {fixed}")
    assert all(f.fix is not None and f.fix.applicability == "unsafe" for f in _lint(text, "tense-mismatch"))


@pytest.mark.parametrize(
    "bullet",
    [
        "Images of the build farm published for 200 developers",
        "Service Providers integrated through one gateway for 3 regions",
        "Hibernate, Spring, Kafka, PostgreSQL",
        "Lead engineer for the payments team of 6",
        "Lead Database Consultant for 3 banks",
        "Design and development of the billing API",
        "Tools for deploying cloud native applications on 3 clouds",
        "Languages and tools: PHP, MySQL, Java, R",
        "Languages and tools:",
        "Query tuning and performance for 40 databases",
        '"Build Better APIs", a talk given at PyCon 2020 to 400 people',
        "*Design Patterns for Data Teams* (O'Reilly, 2020), chapter 3",
        "Leap4Life, a charity app for 2,000 runners",
        "Implementé un sistema de comunicación en tiempo real",
        "[cite_start]Leveraged MVC with Laravel and VueJS[cite: 128].",
    ],
)
def test_tense_leaves_nouns_names_and_titles_alone(bullet: str) -> None:
    assert _lint(TENSE.format(bullets=f"- {bullet}"), "tense-mismatch") == []


def test_tense_leaves_an_italic_latex_title_alone() -> None:
    latex = (
        "\\documentclass{article}\n\\begin{document}\n\\section{Experience}\n"
        "\\textbf{Speaker}, Acme \\hfill 2019 -- 2020\n\\begin{itemize}\n"
        "  \\item \\emph{Lead the Way}, a talk given to 400 people\n"
        "  \\item Develop the billing API used by 300 customers\n"
        "\\end{itemize}\n\\end{document}\n"
    )
    found = [latex[f.start : f.end] for f in _lint(latex, "tense-mismatch", "cv.tex")]
    assert found == ["Develop"]


def test_tense_leaves_the_organisation_name_alone() -> None:
    text = (
        "## Experience\n\n### Engineer, Build a Sign\n2019 – 2022\n\n"
        "- Build a Sign web store moved to AWS for 2M users\n- Develop the billing API used by 300 customers\n"
    )
    assert [text[f.start : f.end] for f in _lint(text, "tense-mismatch")] == ["Develop"]


def test_a_two_digit_month_fits_both_numeric_styles_and_a_season_is_not_a_month() -> None:
    text = (
        "## Experience\n\n### A, Acme\n12/2013 to 6/2015\n\n### B, Globex\n3/2012 to 11/2013\n\n"
        "### C, Initech\n1/2010 to 2/2012\n\n## Awards\n\n### Prize, Uni\nSpring 2014\n\n"
        "### Medal, Uni\n2015\n\n### Cup, Uni\n2016\n"
    )
    assert _lint(text, "date-format-inconsistent") == []


def test_bullet_punctuation_leaves_urls_and_link_only_bullets_alone() -> None:
    first = (
        "- Cut checkout latency by 40% for 2M users.\n- Led 4 engineers through the migration.\n"
        "- Wrote the on-call runbook for 12 services.\n- Source code at https://github.com/example/checkout\n"
        "- [Checkout service on GitHub](https://github.com/example/checkout)"
    )
    assert _lint(ROLES.format(first=first, second="- Moved 30 jobs"), "bullet-punctuation") == []


def test_heading_level_leaves_an_employer_over_its_roles_alone() -> None:
    text = (
        "## Experience\n\n### Google (2013 – Present)\n\n#### Staff Engineer (2016 – Present)\n\n"
        "#### Engineer (2013 – 2016)\n\n### Initech (2010 – 2013)\n\n#### Engineer (2010 – 2013)\n\n"
        "#### Intern (2010 – 2010)\n"
    )
    assert _lint(text, "heading-level") == []


def test_date_precision_compares_an_employer_with_employers_and_its_years_with_each_other() -> None:
    text = (
        "## Experience\n\n### Acme (Jun 2009 - Mar 2013)\n\n#### 2012 - 2013\n\n- Led 4 engineers\n\n"
        "#### 2009 - 2012\n\n- Built the billing API\n\n### Initech (Apr 2003 - May 2009)\n\n"
        "#### 2006 - 2009\n\n- Wrote the runbook\n\n#### 2003 - 2006\n\n- Moved 30 jobs\n"
    )
    assert _lint(text, "date-format-inconsistent") == []


def test_bullet_punctuation_reports_a_tie_without_a_fix() -> None:
    first = (
        "- Cut checkout latency by 40% for 2M users.\n- Led 4 engineers through the migration.\n"
        "- Wrote the on-call runbook for 12 services\n- Moved 30 nightly jobs to the new scheduler"
    )
    text = ROLES.format(first=first, second="- Cut cloud spend by 20% for 3 teams.\n- Wrote alerts for 40 jobs.")
    findings = _lint(text, "bullet-punctuation")
    assert [_line(text, f) for f in findings] == [
        "- Wrote the on-call runbook for 12 services",
        "- Moved 30 nightly jobs to the new scheduler",
    ]
    assert all(f.fix is None for f in findings)
