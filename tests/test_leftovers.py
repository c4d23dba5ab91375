"""placeholder-text finds template leftovers as kinds (slots, variables, X and ? runs, dummy phones, stand-in
names, the JSON Resume and RenderCV samples) and leaves what real résumés write alone."""

from __future__ import annotations

import re
import tomllib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cvlint.engine.lint import lint_source, resolve_settings
from cvlint.resources import rules_dir
from cvlint.text import leftovers

SETTINGS = resolve_settings(None, select=("CV603",))


def found(text: str, path: str = "cv.md") -> list[str]:
    """The text of each placeholder-text finding."""
    return [text[f.start : f.end] for f in lint_source(text, path, SETTINGS)[1]]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Wrote <job description> here", ["<job description>"]),
        ("# [Your Name]", ["[Your Name]"]),
        ("Worked at [Employer Company] as [Position Title]", ["[Employer Company]", "[Position Title]"]),
        ("<Start Date> – <End Date>", ["<Start Date>", "<End Date>"]),
        ("Contact: YOUR_EMAIL · YOUR_PHONE", ["YOUR_EMAIL", "YOUR_PHONE"]),
        ("START_DATE - END_DATE", ["START_DATE", "END_DATE"]),
        ("Mobile (431) - XXX - XXXX", ["XXX", "XXXX"]),
        ("Licence #???????", ["#???????"]),
        ("IBAN 00 Xxxxxx", ["Xxxxxx"]),
        ("Graduated 20XX", ["20XX"]),
        ("Phone: (123)-456-7890", ["(123)-456-7890"]),
        ("Phone: +1 555 555 5555", ["+1 555 555 5555"]),
        ("Phone: 987-654-3210", ["987-654-3210"]),
        ("Tel 021 777 7777", ["021 777 7777"]),
        ("![Your Photo Here](https://via.placeholder.com/150)", ["Your Photo Here", "via.placeholder.com"]),
        ("Provo, UT 12345 · (801) 555-0199", ["12345"]),
        ("References: Jane Doe, on request", ["Jane Doe"]),
        ("- Supervisor: Dr J. Bloggs", ["J. Bloggs"]),
        ("Max Mustermann · Musterstraße 1, 12345 Berlin", ["Max Mustermann"]),
        ("- Summary...", ["Summary..."]),
    ],
)
def test_leftover_found(line: str, expected: list[str]) -> None:
    assert found(line + "\n") == expected


@pytest.mark.parametrize(
    "line",
    [
        "- Deployed on AWS for NASA and the NHS",
        "- Wrote the Text::CSV_XS bindings and tuned MAX_PATH handling",
        "- Set CUDA_VISIBLE_DEVICES per job",
        "- Published two papers [1] [2] on X-ray imaging",
        "- See [my blog](https://dana.dev) and [GitHub][gh]",
        "- Won the X Prize; shipped on Xbox and XXL servers",
        "- Studied XX century literature",
        "- Reached 3x throughput with a 10x smaller model",
        "Phone: +1 415 867 5309",
        "Phone: (212) 555-0148",
        "- Why not??",
        "- I'd love to join your team here in Boston",
        "- Served {{ site.url }} pages; wrote \\textbf{{Hooli}} macros",
        "* [Your strategy was eaten by culture]",
        "[[education]]",
        "Provo, UT 84604",
        "- Ran the Doe Run lab with Jane Doering",
        "- Worked with Ann Bloggs and Tom Mustermann",
        "- More to come...",
    ],
)
def test_real_text_is_no_leftover(line: str) -> None:
    assert found(f"# Dana Example\n\n{line}\n\n[gh]: https://github.com/dana\n") == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("1. _14.01.21 - 13.06.21_: Trainee at Company A", [("Company A", "a stand-in for a name")]),
        ("- Analyst, Employer X (2019 – 2021)", [("Employer X", "a stand-in for a name")]),
        ("- Built the billing system at company B.", [("company B", "a stand-in for a name")]),
        ("**University Name** --- 2016", [("University Name", "a stand-in for a name")]),
        ("- Worked at Your Company on the platform", [("Your Company", "a stand-in for a name")]),
        (
            "Your Email · Your Phone",
            [("Your Email", "a stand-in for your details"), ("Your Phone", "a stand-in for your details")],
        ),
        ("PhD --- 2020 @ University of City, Country", [("City, Country", "a stand-in for a place")]),
        ("High School --- 2012 @ School, Town, Province", [("Town, Province", "a stand-in for a place")]),
    ],
)
def test_stand_in_found(line: str, expected: list[tuple[str, str]]) -> None:
    text = f"# Dana Example\n\n{line}\n"
    findings = lint_source(text, "cv.md", SETTINGS)[1]
    assert [(text[f.start : f.end], f.message.split(" is ", 1)[1]) for f in findings] == expected


@pytest.mark.parametrize(
    "line",
    [
        "- Raised a Series A; kept a Plan B; ran a Vitamin D study",
        "- Screened for Group A strep, Type 2 diabetes and Hepatitis C; filed Schedule C",
        "- Platoon Leader, Company A, 2nd Battalion",
        "- Client A: designed search with Solr; Client B: automated deployment with Jenkins",
        "- Studied at Texas A&M; took Physics I and Part I",
        "- Sixth Form College A Levels in maths and physics",
        "- Talk: How to Grow Your Company, PyCon 2019",
        "- Coordinated with City, State and Federal agencies",
        "- Moved to Salt Lake City, Utah; the company I founded grew to 40 people",
        "- Changed the company name and the city, state and country records",
        "Company Name: Northwind",
        "| Company Name | Role |",
    ],
)
def test_real_text_is_no_stand_in(line: str) -> None:
    assert found(f"# Dana Example\n\n{line}\n") == []


def test_reference_link_is_no_slot() -> None:
    assert found("# Dana Example\n\nSee my [Website].\n\n[website]: https://dana.dev\n") == []


def test_engine_variables_in_data_formats() -> None:
    source = '{"basics": {"name": "Dana Example", "email": "{{email}}", "summary": "Hello ${COMPANY}"}}\n'
    assert found(source, "resume.json") == ["{{email}}", "${COMPANY}"]


def test_renderer_settings_are_not_prose() -> None:
    source = (
        "cv:\n  name: Dana Example\n  sections:\n    experience:\n      - company: Northwind\n"
        "        position: Engineer\n        start_date: 2020-01\n        end_date: present\n"
        "design:\n  page:\n    show_page_numbering: true\n  header:\n"
        '    page_numbering_template: "NAME - Page PAGE_NUMBER of TOTAL_PAGES"\n'
        "locale:\n  date_template: FULL_MONTH_NAME YEAR\n"
    )
    assert found(source, "cv.yaml") == []


def _samples() -> dict[str, list[str]]:
    with open(rules_dir() / "wordlists" / "template-samples.toml", "rb") as handle:
        return tomllib.load(handle)


def test_sample_people_and_sentences_found_alone() -> None:
    text = "# Richard Hendriks\n\n- Optimized an algorithm that holds the current world record for Weisman Scores\n"
    assert found(text) == [
        "Richard Hendriks",
        "Optimized an algorithm that holds the current world record for Weisman Scores",
    ]


def test_sample_organisation_needs_company() -> None:
    assert found("# Dana Example\n\n## Hooli\n\n- Led the search team of 6\n") == []
    assert found("# John Doe\n\n## Hooli\n\n- Led the search team of 6\n") == ["John Doe", "Hooli"]


def test_samples_table_records_its_sources() -> None:
    table = _samples()
    assert {(s["registry"], s["package"]) for s in table["sources"]} == {("npm", "resume-schema"), ("PyPI", "rendercv")}
    assert all(s["version"] and s["licence"] for s in table["sources"])
    assert {"startdate", "company", "institution"} <= set(table["fields"])
    assert "Stanford University" not in str(table)  # real institutions are not leftovers


def test_rendercv_sample_left_in_yaml() -> None:
    source = (
        "cv:\n  name: Dana Example\n  sections:\n    experience:\n      - company: Company B\n"
        "        position: Summer Intern\n        start_date: 2023-06\n        end_date: 2023-09\n"
        "        highlights:\n"
        "          - Optimized the production line by 15% by implementing a new scheduling algorithm\n"
    )
    assert found(source, "cv.yaml") == [
        "Company B",
        "Optimized the production line by 15% by implementing a new scheduling algorithm",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "**Co-Authored-By: Assistant <noreply@example.com>**",
        "> Co-authored-by: Assistant <noreply@example.com>",
        "_Co-Authored-By: Assistant_",
        "- *Co-Authored-By: Assistant*",
    ],
)
def test_writing_tool_trailer_inside_markup(line: str) -> None:
    text = f"# Dana Example\n\n{line}\n"
    findings = lint_source(text, "cv.md", resolve_settings(None, select=("CV602",)))[1]
    assert [text[f.start : f.end].lower() for f in findings] == ["co-authored-by:"]


def test_sample_table_build_sorts_strings_by_kind() -> None:
    import importlib.util

    script = rules_dir().parent / "scripts" / "build_template_samples.py"
    if not script.is_file():
        pytest.skip("the build scripts ship with the source, not the package")
    spec = importlib.util.spec_from_file_location("build_template_samples", script)
    assert spec is not None and spec.loader is not None
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    sample = {
        "basics": {"name": "Ada Sample", "email": "ada@mail.com"},
        "work": [{"name": "Initech", "startDate": "2020-01", "highlights": ["Wrote the sample text for this test"]}],
        "education": [{"institution": "Real University"}],
        "meta": {"version": "v1"},
    }
    table = build.collect([sample])
    assert table["people"] == ["Ada Sample"]
    assert table["contacts"] == ["ada@mail.com"]
    assert table["names"] == ["Initech"]
    assert table["sentences"] == ["Wrote the sample text for this test"]
    assert "Real University" not in str(table) and "version" not in table["fields"]
    assert {"startdate", "institution", "highlights"} <= set(table["fields"])


def _sample_alternation() -> re.Pattern[str]:
    """What the sample scanner must find: every sample string as one alternation, longest first."""
    body = "|".join(r"\s+".join(map(re.escape, s.lower().split())) for s in leftovers._sample_strings())
    return re.compile(rf"(?<![\w@.])(?:{body})(?![\w@])")


_SAMPLE_PIECES = st.sampled_from(
    [
        *sorted({w for s in leftovers._sample_strings() for w in s.lower().split()}),
        *(" ", "  ", "\t", "\n", ".", "@", "(", ")", "x", "_", ",", "é", "**", "-"),
    ]
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(_SAMPLE_PIECES, st.sampled_from(["", " ", "\n"])), max_size=14))
def test_sample_scanner_finds_what_the_alternation_finds(pieces: list[tuple[str, str]]) -> None:
    text = "".join(piece + gap for piece, gap in pieces)
    assert list(leftovers._sample_spans(text)) == [(m.start(), m.end()) for m in _sample_alternation().finditer(text)]


@pytest.mark.parametrize("string", leftovers._sample_strings())
def test_sample_scanner_finds_each_string_where_the_alternation_does(string: str) -> None:
    low = string.lower()
    for text in (low, f"x{low}", f"{low}s", f"({low}).", ".".join(low.split()), f"a {low}\tand {low}@x"):
        assert list(leftovers._sample_spans(text)) == [
            (m.start(), m.end()) for m in _sample_alternation().finditer(text)
        ]


_FINDERS = [leftovers.unknowns, leftovers.phones, leftovers.postcodes, leftovers.variables, leftovers.slots]
_LINE_PIECES = st.sampled_from(
    [
        *("XXX", "x", "?", "???", "(123)", "456-7890", "555", "UT", "12345", "START_DATE", "_", "[Your Name]"),
        *("<", ">", "Richard Hendriks", "hooli", "the", "a", "John", "Doe", "@", ".", "-", " ", "\t", "İ", "K", "é"),
        *("Company", "A", "Name", "Your", "City", "State", ",", ":", "|", "Grow", "Battalion", "and"),
        "\x00",
    ]
)
_LINES = st.lists(st.lists(_LINE_PIECES, max_size=8).map("".join), max_size=6)


def _offsets(lines: list[str]) -> list[tuple[int, str]]:
    """``lines`` as a document holds them: each with its offset, one line ending after each."""
    starts = [sum(len(line) + 1 for line in lines[:index]) for index in range(len(lines))]
    return list(zip(starts, lines, strict=True))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_LINES)
def test_joined_lines_are_read_as_each_line_alone(lines: list[str]) -> None:
    texts = _offsets(lines)
    joined = leftovers.Joined(texts)
    for finder in _FINDERS:
        alone = [(offset + start, offset + end) for offset, text in texts for start, end in finder(text)]
        assert list(joined.offsets(finder(joined.text))) == alone
    stand_ins = [
        (offset + start, offset + end) for offset, text in texts for start, end, _ in leftovers.stand_ins(text)
    ]
    assert list(joined.offsets((start, end) for start, end, _ in leftovers.stand_ins(joined.text))) == stand_ins
    alone_samples = []
    for offset, text in texts:  # the samples of each line alone, the weak ones kept as sample_content would
        low = text.lower()
        if len(low) == len(text):
            spans = [(m.start(), m.end()) for m in _sample_alternation().finditer(low)]
        else:
            spans = [(m.start(), m.end()) for m in leftovers._sample_pattern_anycase().finditer(text)]
        alone_samples += [(offset + start, offset + end) for start, end in spans]
    low = joined.text.lower()
    if len(low) == len(joined.text):
        assert [(start, end) for start, end, _ in leftovers._found_in(joined, low)] == alone_samples
    assert [(start, end) for start, end, _ in leftovers._found_apart(texts)] == alone_samples


def test_sample_left_beside_a_line_whose_lowercase_is_longer() -> None:
    text = "# Richard Hendriks\n\n- Worked in İstanbul at Hooli\n"
    assert found(text) == ["Richard Hendriks", "Hooli"]


def test_json_resume_skeleton_left_in() -> None:
    text = (
        '{"basics": {"name": "Dana Example"},\n "interests": [{"name": "Wildlife", "keywords": ["Ferrets", '
        '"Unicorns"]}],\n "references": [{"name": "Jane Doe",\n  "reference": "Reference\u2026"}]}\n'
    )
    assert found(text, "resume.json") == ["Wildlife", "Ferrets", "Unicorns", "Jane Doe", "Reference\u2026"]


LINKS = resolve_settings(None, select=("CV601",))


@pytest.mark.parametrize(
    ("text", "path", "expected"),
    [
        ('<p align="center"><a href="#"><img src="badge.svg"></a></p>\n', "cv.md", ["#"]),
        ('<p><a href="#" onclick="window.print()">Print</a></p>\n', "cv.md", []),
        ('<!-- <a href="#">old</a> -->\n', "cv.md", []),
        (
            "- [site](http://dana.example.com) and [blog](https://blog.dana.test/)\n",
            "cv.md",
            ["http://dana.example.com", "https://blog.dana.test/"],
        ),
        (
            "\\href{mailto:x@x.com}{dana@uni.edu} \\href{https://github.com/...}{github.com/dana}\n",
            "cv.tex",
            ["mailto:x@x.com", "https://github.com/..."],
        ),
        ("\\href{mailto:dana@uni.edu}{dana@uni.edu} \\href{https://github.com/dana}{github.com/dana}\n", "cv.tex", []),
    ],
)
def test_placeholder_link_targets(text: str, path: str, expected: list[str]) -> None:
    assert [text[f.start : f.end] for f in lint_source(text, path, LINKS)[1]] == expected
