"""LaTeX: the words a reader sees, findings at the exact source position, fixes that change only their text."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from conftest import FIXTURES, run_cli
from cvlint import lint_text
from cvlint.parse import parse
from cvlint.parse.latex import latex_text

SOURCE = (FIXTURES / "resume.tex").read_text(encoding="utf-8")
TODAY = dt.date(2026, 11, 24)


def test_markup_becomes_words_mapped_to_the_source() -> None:
    source = r"Cut \textbf{p99} by 45\% with \href{https://x.io}{Go} -- see~\emph{notes}\vspace{2pt} % no"
    text = latex_text(source, 0, len(source))
    assert text.value == "Cut p99 by 45% with Go – see notes"
    index = text.value.index("%")
    assert source[text.source_start(index) : text.source_end(index)] == "\\%"
    index = text.value.index("Go")
    assert source[text.source_start(index) : text.source_end(index + 1)] == "Go"


def test_structure() -> None:
    document = parse(SOURCE, "resume.tex")
    assert document.format == "latex"
    experience = next(s for s in document.sections if s.role == "experience")
    first, second = experience.entries
    assert first.title is not None and first.title.value == "Senior Backend Engineer"
    assert first.organisation is not None and first.organisation.value == "Northwind Payments"
    assert first.dates is not None and first.dates.ongoing == "Present"
    assert next(b.text.value for b in first.bullets) == "Cut p99 latency of the payments API by 45% for 2M users"
    assert second.dates is not None and second.dates.last is not None and second.dates.last.year == 2021
    assert [b.marker_text for b in second.bullets] == ["\\item", "\\item", "\\item"]


def test_findings_and_suppression() -> None:
    findings = lint_text(SOURCE, path="resume.tex", today=TODAY)
    by_rule = {(f.rule, f.line) for f in findings}
    assert ("tense-mismatch", 29) in by_rule, "the ended role's 'Develop'; the ongoing role's 'Build' may stay"
    assert ("empty-bullet", 30) in by_rule
    assert not any(f.rule == "spelling" for f in findings), "% cvlint-disable-next-line spelling applies"
    assert not any(f.rule == "unquantified-bullet" for f in findings)
    develop = next(f for f in findings if f.rule == "tense-mismatch")
    assert SOURCE[develop.start : develop.end] == "Develop"
    assert not any(f.rule == "duplicate-line" for f in findings), "two \\end{itemize} lines carry no words"


def test_fix_changes_only_the_fixed_text(tmp_path: Path) -> None:
    path = tmp_path / "resume.tex"
    shutil.copy(FIXTURES / "resume.tex", path)
    run_cli("check", "--today=2026-11-24", "--fix", "--unsafe-fixes", str(path))
    fixed = path.read_text(encoding="utf-8")
    assert "\\item Developed the billing exports" in fixed
    assert "      \\item\n" not in fixed, "the empty item's line is gone"
    before, after = SOURCE.splitlines(), fixed.splitlines()
    assert len(after) == len(before) - 1
    assert (
        sum(1 for a, b in zip([line for line in before if line.strip() != "\\item"], after, strict=True) if a != b) == 2
    )


def test_latex_in_a_txt_file_is_read_as_latex() -> None:
    assert parse(SOURCE, "resume.txt").format == "latex"


CUSTOM_SECTIONS = r"""\documentclass{article}
\usepackage{resume}  % defines \roottitle
\newcommand{\mysection}[1]{\vspace{4pt}\section*{\scshape #1}\hrule}
\newcommand{\mysub}[1]{\subsection*{#1}}
\newcommand{\Bold}[1]{\textbf{#1}}
\begin{document}
\roottitle{Summary}
Backend engineer.
\mysection{Experience}
\mysub{Engineer, Northwind \hfill 2021 -- 2024}
\begin{itemize}
  \item Cut checkout latency by 40\% for 2M users
\end{itemize}
\roottitle{Hobbies}
Climbing.
\end{document}
"""


def test_custom_section_macros_from_definitions_and_from_use() -> None:
    document = parse(CUSTOM_SECTIONS, "cv.tex")
    headings = [
        (section.role, section.heading.text.value, section.heading.level)
        for section in document.sections
        if section.heading is not None
    ]
    assert headings == [("summary", "Summary", 1), ("experience", "Experience", 1), ("other", "Hobbies", 1)]
    experience = next(section for section in document.sections if section.role == "experience")
    entry = experience.entries[0]
    assert entry.title is not None and entry.title.value == "Engineer" and entry.dates is not None
    assert [bullet.text.value for bullet in entry.bullets] == ["Cut checkout latency by 40% for 2M users"]
    heading = document.sections[-1].heading
    assert heading is not None and CUSTOM_SECTIONS[heading.span.start : heading.span.end] == "Hobbies"


def test_a_lone_environment_or_a_lowercase_line_is_not_a_section() -> None:
    source = CUSTOM_SECTIONS.replace(r"\roottitle{Summary}", r"\begin{experience}").replace(
        r"\roottitle{Hobbies}", r"\end{experience}\Bold{climbing}"
    )
    document = parse(source, "cv.tex")
    titles = [section.heading.text.value for section in document.sections if section.heading is not None]
    assert titles == ["Experience"]


def test_bilingual_headings_have_their_role() -> None:
    source = (
        "\\documentclass{article}\n\\begin{document}\n"
        "\\section{Education教育经历}\n\\section{경력Experience}\n\\end{document}\n"
    )
    assert [section.role for section in parse(source, "cv.tex").sections if section.heading] == [
        "education",
        "experience",
    ]
