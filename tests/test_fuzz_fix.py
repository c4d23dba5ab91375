"""``--fix`` twice on generated Markdown, LaTeX, JSON Resume and YAML résumés (hypothesis): no internal
error, the second run changes nothing, and the result is still valid in its format."""

from __future__ import annotations

import datetime as dt
import io
import json
import re

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML, YAMLError

import resume_words
from cvlint.engine.fixes import fix_until_stable
from cvlint.engine.lint import lint_source, resolve_settings
from cvlint.model.findings import Finding

SETTINGS = resolve_settings(None, today=dt.date(2026, 11, 24))
PROFILE = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])

WORDS = st.sampled_from(
    [
        *resume_words.WORDS,
        "led",
        "utilized",
        "the",
        "don’t",
        "–",
        "  ",
        "東京",
        "Recieved",
        "C++",
        "R&D",
        "50#",
        "a_b",
        "\\",
        "{x}",
        '"quoted"',
        "'single'",
        "key: value",
        "# not a comment",
        "I",
        "my",
        "https://example.org/a",
    ]
)
DATES = st.sampled_from(resume_words.DATES)
SECTIONS = st.sampled_from(["Experience", "Education", "Projects", "Skills", "Summary", "Work History", "Awards"])


def _phrase(draw: st.DrawFn, most: int = 8) -> str:
    return " ".join(draw(st.lists(WORDS, min_size=1, max_size=most))).strip() or "Led"


@st.composite
def outlines(draw: st.DrawFn) -> list[tuple[str, list[tuple[str, str, list[str]]]]]:
    """Sections of roles: (section, [(title, dates, bullets)])."""
    return [
        (
            draw(SECTIONS),
            [
                (_phrase(draw, 4), draw(DATES), [_phrase(draw) for _ in range(draw(st.integers(0, 4)))])
                for _ in range(draw(st.integers(0, 3)))
            ],
        )
        for _ in range(draw(st.integers(1, 3)))
    ]


@st.composite
def markdown(draw: st.DrawFn) -> str:
    lines = ["# Kim Lee", "", "kim@example.org", ""]
    for section, roles in draw(outlines()):
        lines += [f"## {section}", ""]
        for title, dates, bullets in roles:
            lines += [f"### {title}", dates, ""]
            marker = draw(st.sampled_from(["- ", "* ", "• ", "1. "]))
            lines += [marker + bullet for bullet in bullets]
            lines.append("")
    return "\n".join(lines)


_LATEX_SPECIAL = re.compile(r"([&%$#_{}])")


def _tex(text: str) -> str:
    return _LATEX_SPECIAL.sub(r"\\\1", text.replace("\\", "/"))


@st.composite
def latex(draw: st.DrawFn) -> str:
    lines = [r"\documentclass{article}", r"\begin{document}", r"\textbf{Kim Lee} \\ kim@example.org", ""]
    for section, roles in draw(outlines()):
        lines.append(rf"\section{{{section}}}")
        for title, dates, bullets in roles:
            lines.append(rf"\textbf{{{_tex(title)}}} \hfill {_tex(dates).replace('–', '--')}")
            if bullets:
                lines.append(r"\begin{itemize}")
                for bullet in bullets:
                    link = draw(st.sampled_from(["", r" \href{https://x.org}{site}", " \\href{https://x.org}\n{site}"]))
                    lines.append(rf"  \item {_tex(bullet)}{link}")
                lines.append(r"\end{itemize}")
        lines.append("")
    lines.append(r"\end{document}")
    return "\n".join(lines) + "\n"


@st.composite
def json_resumes(draw: st.DrawFn) -> str:
    work = []
    education = []
    for section, roles in draw(outlines()):
        for title, dates, bullets in roles:
            years = re.findall(r"\d{4}", dates)
            role: dict[str, object] = {"name": title, "position": title, "highlights": bullets}
            if years:
                role["startDate"] = years[0]
            (education if section == "Education" else work).append(role)
    data = {"basics": {"name": "Kim Lee", "email": "kim@example.org", "summary": _phrase(draw)}, "work": work}
    if education:
        data["education"] = [{"institution": r["name"], "area": r["position"]} for r in education]
    return json.dumps(data, indent=draw(st.sampled_from([None, 2])), ensure_ascii=draw(st.booleans())) + "\n"


@st.composite
def yaml_resumes(draw: st.DrawFn) -> str:
    sections: dict[str, object] = {}
    for section, roles in draw(outlines()):
        entries = []
        for title, dates, bullets in roles:
            years = re.findall(r"\d{4}", dates)
            entry: dict[str, object] = {"company": title, "position": title, "highlights": bullets}
            if years:
                entry["start_date"] = years[0]
            entries.append(entry)
        sections[section.lower().replace(" ", "_")] = entries or [_phrase(draw)]
    yaml = YAML()
    yaml.default_flow_style = draw(st.sampled_from([False, None]))
    stream = io.StringIO()
    yaml.dump({"cv": {"name": "Kim Lee", "email": "kim@example.org", "sections": sections}}, stream)
    text = stream.getvalue()
    # ruamel's emitter can write a string opening with a quote as an invalid flow entry
    # (``[? "quoted" Led]``); a document that is not YAML tests nothing about fixes.
    try:
        YAML(typ="safe").load(text)
    except YAMLError:
        assume(False)
    return text


def _braces(text: str) -> int:
    """Unescaped ``{`` less unescaped ``}``."""
    plain = re.sub(r"\\.", "", text)
    return plain.count("{") - plain.count("}")


def _fix_twice(text: str, path: str) -> str:
    def lint(current: str) -> list[Finding]:
        return lint_source(current, path, SETTINGS)[1]

    first = fix_until_stable(text, lint, unsafe=True)
    second = fix_until_stable(first.text, lint, unsafe=True)
    assert second.text == first.text, "a second --fix changed the text"
    return first.text


@PROFILE
@given(markdown())
def test_markdown(text: str) -> None:
    _fix_twice(text, "resume.md")


@PROFILE
@given(latex())
def test_latex(text: str) -> None:
    fixed = _fix_twice(text, "resume.tex")
    assert _braces(fixed) == _braces(text)


@PROFILE
@given(json_resumes())
def test_json_resume(text: str) -> None:
    fixed = _fix_twice(text, "resume.json")
    json.loads(fixed)


@PROFILE
@given(yaml_resumes())
def test_yaml(text: str) -> None:
    fixed = _fix_twice(text, "cv.yaml")
    YAML(typ="safe").load(fixed)
