"""readability's own Flesch–Kincaid grade gives textstat's figures (textstat is the reference, test-only)."""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from textstat.backend.metrics import flesch_kincaid_grade as textstat_grade

from cvlint.checks.readability import LANGUAGE, flesch_kincaid_grade
from cvlint.engine.catalogue import load_catalogue
from cvlint.parse import parse

_WORDS = [
    "Led",
    "migration",
    "of",
    "the",
    "observability",
    "platform",
    "don't",
    "it's",
    "'quoted'",
    "e.g.",
    "U.S.",
    "—",
    "-",
    "p99",
    "40%",
    "2M",
    "Kubernetes",
    "institutionalising",
    "re-architected",
    "and",
    "users.",
]


def _texts() -> list[str]:
    texts = ["", "...", "a", "Hello world. Hi. Yes no maybe so.", "Don't stop. It's 'quoted' — e.g. U.S. policy!"]
    for rule in load_catalogue():
        for example in rule.examples:
            for source in (example.bad, example.good):
                if source and example.format == "markdown":
                    texts.extend(text.value for _, text in parse(source, "resume.md").prose())
    return texts


@pytest.mark.parametrize("text", _texts())
def test_grade_of_rule_examples_is_textstats(text: str) -> None:
    assert flesch_kincaid_grade(text) == pytest.approx(textstat_grade(text, LANGUAGE), abs=1e-9)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS) | st.text(max_size=8), max_size=40), st.sampled_from([" ", ". ", "! ", "\n"]))
def test_grade_of_generated_text_is_textstats(words: list[str], gap: str) -> None:
    text = gap.join(words)
    assert flesch_kincaid_grade(text) == pytest.approx(textstat_grade(text, LANGUAGE), abs=1e-9)


def test_grading_does_not_import_nltk() -> None:
    code = (
        "import sys; from cvlint.checks.readability import flesch_kincaid_grade as g; "
        "g('Institutionalised heterogeneous observability methodologies.'); print('nltk' in sys.modules)"
    )
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout == "False\n"
