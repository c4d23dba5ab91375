"""False-positive classes the accuracy annotation found (issue 12), each on a document written for it."""

from __future__ import annotations

import datetime as dt
import json

from cvlint import lint_text
from cvlint.model.dates import find_dates
from cvlint.model.findings import Finding
from cvlint.parse import parse
from cvlint.text.bullets import is_record

TODAY = dt.date(2026, 12, 1)


def _rules(text: str, path: str = "resume.md", rule: str | None = None) -> list[Finding]:
    findings = lint_text(text, path=path, today=TODAY)
    return [f for f in findings if rule is None or f.rule == rule]


ACADEMIC = (
    "# Ada Ionescu\n\nada@example.org\n\n## Experience\n\n"
    "### Research Fellow, Institute of Ecology (Jan 2019 – Present)\n\n"
    "- Built a model of habitat loss across 40 countries\n\n## Publications\n\n"
    "- Corniciuc, I., Lotti L., Ferrini S., and Ionescu A. 2026. Spatial Scale Effects on Environmental "
    "Donations: Evidence from a Revised Dictator Game Experiment. Ecological Economics 240: 108794. "
    "DOI: https://doi.org/10.1016/x.\n"
    "- Smith, J. and I. Jones. 2024. Geography and Availability of Natural Habitat Determine Whether Cropland "
    "Intensification or Expansion Is More Detrimental to Biodiversity. Nature Ecology & Evolution, 1–16.\n\n"
    "## Talks\n\n"
    "- Ionescu A., Lotti L. 2025. Land use and pollinator loss: what the tropical crops tell us. Annual Meeting "
    "of the British Ecological Society, Edinburgh, UK. Invited talk.\n"
)


def test_citations_are_not_long_bullets_and_initials_are_not_pronouns() -> None:
    findings = _rules(ACADEMIC)
    assert [f for f in findings if f.rule in ("long-bullet", "first-person")] == []


def test_long_bullets_and_the_pronoun_are_still_found_in_experience() -> None:
    text = ACADEMIC.replace(
        "- Built a model of habitat loss across 40 countries",
        "- I built a model of habitat loss. It covers 40 countries. It runs every week. It is used by 3 agencies.",
    )
    rules = {f.rule for f in _rules(text)}
    assert {"long-bullet", "first-person"} <= rules


def test_an_academic_cv_is_not_long_for_its_publication_list() -> None:
    entry = "- Author A., Author B. 2020. A title of some length about a result. Journal of Things 12: 1–9.\n"
    text = ACADEMIC + "\n## Selected Publications\n\n" + entry * 120
    assert _rules(text, rule="document-length") == []
    longer = text.replace("- Built a model", "- Built " + "a long model " * 400 + "of")
    [finding] = _rules(longer, rule="document-length")
    assert "outside its publications" in finding.message
    few = ACADEMIC.replace("- Built a model", "- Built " + "a long model " * 340 + "of")
    [finding] = _rules(few, rule="document-length")  # two citations do not make its length
    assert "outside" not in finding.message


RESUME_WITH_LINK = """# Chris Hann

c.hann@example.org · (925) 555-0100

I provide computational consulting for researchers. Recruiters may also [read my cover letter](cover_letter.md).

## Experience

### Director of Informatics, Genomics Core (Aug 2020 – Present)

- Directing a core facility providing sequencing and computational services to 300 labs

## Education

### PhD, Plant Biology, UC Berkeley (2012 – 2018)
"""


def test_a_resume_that_links_its_cover_letter_is_a_resume() -> None:
    assert parse(RESUME_WITH_LINK, "README.md").kind == "resume"
    padded = RESUME_WITH_LINK + "\n" + "- Wrote pipelines used by 12 groups\n" * 100
    assert [f.message for f in _rules(padded, "README.md", "document-length")] == []


def test_a_letter_is_a_cover_letter_by_its_salutation_or_closing() -> None:
    letter = "Sage Recruiting\n\nJuly 18, 2015\n\nHi Rita,\n\nMy friend referred me to this job.\n\nThank you,\nEli\n"
    assert parse(letter, "letter.md").kind == "cover-letter"
    closing = "Acme Hiring Team\n\nI would like to join your team as a data engineer.\n\nKind regards,\nEli\n"
    assert parse(closing, "letter.md").kind == "cover-letter"
    assert parse("% ModernCV CV and Cover Letter template\n" + RESUME_WITH_LINK, "cv.md").kind == "resume"


def test_to_the_present_and_till_date_are_ongoing() -> None:
    for written in (
        "8/2017 to the present",
        "8/2017 to present",
        "Aug 2017 - Present",
        "2017 till date",
        "2017 – ongoing",
    ):
        [found] = find_dates(written)
        assert found.ongoing is not None, written
    text = """# Bert Arnie

bert@example.org

## Experience

### Senior Developer, SPS Commerce

_Minneapolis, MN, 8/2017 to the present_

- Develop integrations for 40 retail partners
"""
    assert _rules(text, rule="tense-mismatch") == []


M_YYYY = """# Bert Arnie

bert@example.org

## Experience

### Developer, Wells Fargo (6/2015 – 3/2017)

- Wrote 12 services

### Developer, Target (12/2013 – 5/2015)

- Wrote 9 services

### Analyst, Best Buy (2/2010 – 11/2013)

- Wrote 4 reports
"""


def test_a_two_digit_month_fits_m_yyyy() -> None:
    assert _rules(M_YYYY, rule="date-format-inconsistent") == []
    named = M_YYYY.replace("6/2015", "Jun 2015").replace("3/2017", "Mar 2017").replace("2/2010", "Feb 2010")
    flagged = [f for f in _rules(named, rule="date-format-inconsistent") if "written as MM/YYYY" in f.message]
    assert flagged, "a numeric month among month names is still reported"


def test_a_closed_dash_between_years_beside_spaced_month_ranges() -> None:
    text = """# Dana Tol

dana@example.org

## Experience

### Engineer, Acme (Sep 2018 – Oct 2020)

- Shipped 4 releases

### Engineer, Initech (Jan 2014 – Aug 2018)

- Shipped 9 releases

## Education

### MSc, Computer Science, Ben-Gurion University (2010–2013)

### BSc, Mathematics, Ben-Gurion University (2007–2009)
"""
    assert _rules(text, rule="date-format-inconsistent") == []
    mixed = text.replace("Jan 2014 – Aug 2018", "Jan 2014–Aug 2018")
    assert [f.message for f in _rules(mixed, rule="date-format-inconsistent")] != []
    hyphens = text.replace(" – ", " - ").replace("–", "-")
    assert _rules(hyphens, rule="date-format-inconsistent") == []  # each section is one style on its own
    one_closed = hyphens.replace("(Jan 2014 - Aug 2018)", "(2014-2018)")
    assert [f.line for f in _rules(one_closed, rule="date-format-inconsistent")] == [11]


def test_a_venue_shared_by_two_talks_is_not_a_duplicate() -> None:
    text = """# Brian Xu

brian@example.org

## Talks

### RenderNet: 3D Voxel Rendering with Deep Networks (2021)

- Artificial Intelligence @ UCI

### BERT: Bidirectional NLP with Transformers (2020)

- Artificial Intelligence @ UCI

## Experience

### Intern, Meta (Jun 2022 – Sep 2022)

- integration with social networks' api
- Cut build times by 30%

### Intern, Amazon (Jun 2021 – Sep 2021)

- integration with social networks' api
- [GitHub Repository](https://github.com/example/one)

### Freelance (2020 – 2021)

- [GitHub Repository](https://github.com/example/two)
"""
    findings = _rules(text, rule="duplicate-line")
    assert [f.line for f in findings] == [24]


def test_a_line_of_links_or_names_gets_no_grade() -> None:
    links = (
        "- [Policies](https://github.com/example/policies) using [Common Expression Language](https://example.org/"
        "docs/reference/validating-admission-policy/), [Open Policy Agent](https://www.openpolicyagent.org/), "
        "[Kyverno](https://kyverno.io/), [Kubewarden](https://www.kubewarden.io/) and [Gatekeeper](https://open-"
        "policy-agent.github.io/gatekeeper/website/docs/) admission rules for multi-tenant Kubernetes clusters\n"
    )
    names = (
        "- Medical Imaging & Physics: PET/CT, reconstruction, denoising, motion correction, image registration, "
        "surrogate signal extraction, dynamic PET, kinetic modelling, radiotracer quantification, electrophysiology\n"
    )
    text = "# Lee\n\nlee@example.org\n\n## Experience\n\n### Engineer, Acme (2019 – 2021)\n\n" + links + names
    assert _rules(text, rule="readability") == []


def test_a_photo_in_json_resume_yaml_and_latex() -> None:
    resume = {"basics": {"name": "Alfie Renn", "email": "a@example.org", "image": "https://example.org/me.png"}}
    [json_photo] = _rules(json.dumps(resume, indent=2), "resume.json", "privacy")
    assert json_photo.line == 5
    resume["basics"]["image"] = ""
    assert _rules(json.dumps(resume, indent=2), "resume.json", "privacy") == []
    rendercv = "cv:\n  name: Lux Miranda\n  photo: lux.png\n  email: lux@example.org\n"
    assert [f.line for f in _rules(rendercv, "cv.yaml", "privacy")] == [3]
    latex = (
        "\\documentclass{altacv}\n\\name{Andrea}\n\\photoL{3.2cm}{picture}\n% \\photo{2cm}{old}\n"
        "\\begin{document}\n\\section{Experience}\nBuilt things.\n\\end{document}\n"
    )
    assert [f.line for f in _rules(latex, "cv.tex", "privacy")] == [3]


RECORDS = (
    "# Mara Quell\n\nmara@example.org\n\n## Experience\n\n"
    "### Lecturer, Northfield University (2015 – 2019)\n\n"
    "- Intro to Programming for Biologists (Summers 2015-2017, Winters 2016-2018)\n"
    "- Attended SciPy 2018 in Austin\n"
    "- Earned the AWS Solutions Architect certification\n"
    "- Expertise in statistical genetics and population models\n"
    "- Used Git, Snakemake, Docker and SLURM\n"
    "- Course notes available on [GitHub](https://github.com/mquell/notes)\n"
    "- **Teaching.** Have taught these courses: Cell Biology; Molecular Genetics; Field Ecology\n"
    "- Built a lab notebook service used by the department\n"
)


def test_records_are_not_achievements_to_quantify() -> None:
    findings = _rules(RECORDS, rule="unquantified-bullet")
    assert [f.line for f in findings] == [16]
    assert [f.rule for f in _rules(RECORDS, rule="missing-action-verb")] == []


PRODUCT_AND_LABELS = (
    "# Mara Quell\n\nmara@example.org\n\n## Projects\n\n"
    "### Trailhead (2019)\n\n"
    "- A browser extension that watches trail closures\n"
    "- Send an alert when a trail reopens\n\n"
    "## Experience\n\n"
    "### Engineer, Acme (2019 – 2022)\n\n"
    "- **Mentoring & Leadership:** Supervision of 4 junior engineers\n"
    "- Messaging between 12 services over NATS\n"
    "- **Platform:** Lead the move of 30 services to Kubernetes\n"
)


def test_product_descriptions_labels_and_gerund_nouns_keep_their_tense() -> None:
    findings = _rules(PRODUCT_AND_LABELS, rule="tense-mismatch")
    assert [(f.line, f.message) for f in findings] == [(18, "'Lead' is present tense, but this role has ended")]


def test_a_grade_among_grades_is_no_article() -> None:
    text = (
        '{"basics": {"name": "Dana Example", "email": "dana@example.org"},\n "education": [{"institution": '
        '"Hill School", "courses": ["(GCSE) A* Mathematics, A English", "Wrote a essay on tides"]}]}\n'
    )
    assert [f.message for f in _rules(text, "resume.json", "article")] == [
        "'a essay': 'essay' is said with a vowel sound"
    ]


def test_a_heading_names_what_follows_and_course_details_repeat() -> None:
    text = (
        "# Dana Example\n\ndana@example.org\n\n## Self-motivated projects\n\n- Built a 3-node home cluster\n\n"
        "## Experience\n\n### Student, Online (2012 – 2013)\n\n"
        "- Machine Learning (Spring 2012)\n    - Via Stanford's online courses\n"
        "- Computer Vision (Fall 2012)\n    - Via Stanford's online courses\n"
    )
    findings = _rules(text)
    assert [f for f in findings if f.rule in ("buzzword", "duplicate-line")] == []


def test_a_list_of_method_names_is_graded_as_one_word() -> None:
    text = (
        "# Dana Example\n\ndana@example.org\n\n## Experience\n\n### Analyst, Liver Lab (2019 – 2022)\n\n"
        "- Additionally partnered with other hepatology laboratories, offering bioinformatics expertise on a "
        "wide range of topics, such as: single-cell RNA-sequencing, single-nuclei RNA-sequencing, spatial "
        "transcriptomics, and ATAC-sequencing.\n"
    )
    assert _rules(text, rule="readability") == []
    assert [f.rule for f in _rules(text.replace("such as: ", "such as "), rule="readability")] == []
    assert [f.rule for f in _rules(text.replace(", such as:", " in"), rule="readability")] == ["readability"]


def test_a_line_saying_what_a_company_is_records_rather_than_tells() -> None:
    assert is_record("[PeoplewareAI](https://peopleware.ai) is a spin-off company of the University of Bari")
    assert is_record("Acme Robotics is a startup building warehouse robots")
    assert not is_record("I was the lead engineer of the billing team for 3 years")
    assert not is_record("Led the team that built the billing service")
