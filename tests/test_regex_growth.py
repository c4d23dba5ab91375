"""No rule backtracks catastrophically: time on adversarial lines grows linearly with their length."""

from __future__ import annotations

import time

import pytest

from cvlint.catalogue import load_catalogue
from cvlint.engine import lint_source, resolve_settings

ADVERSARIAL = {
    "digits": "1" * 1000,
    "dashes": "- " * 500,
    "dates": "2020 - " * 150,
    "months": "Jan 2020 " * 120,
    "stars": "*" * 1000,
    "brackets": "[" * 500 + "](" * 250,
    "underscores": "_a" * 500,
    "backslashes": "\\" * 1000,
    "entities": "&amp" * 250,
    "tags": "<a " * 300,
    "mojibake": "Ã" * 1000,
    "repaired": "CafÃ© â€” " * 40,
    "code": "`a " * 300,
    "sentences": "I lead teams. " * 100,
    "marks": "a\u200fb " * 400,
    "numerals": "Phase I " * 150,
    "versions": "v1.2 Go 1 " * 100,
    "questions": "a?" * 500,
    "spaces": "word " + " " * 1000 + "x",
    "numbers": "1,000 " * 160,
    "dots": "2020." * 200,
    "words": "Led and " * 120,
}
RULES = [rule.name for rule in load_catalogue()]


def _time(text: str, path: str, rule: str | None = None) -> float:
    """Best of three lint times of ``text`` with one rule, or all of them."""
    settings = resolve_settings(None, select=(rule,) if rule else None)
    best = float("inf")
    for _ in range(3):
        began = time.perf_counter()
        lint_source(text, path, settings)
        best = min(best, time.perf_counter() - began)
    return best


@pytest.mark.parametrize("rule", RULES)
@pytest.mark.parametrize("path", ["resume.md", "resume.txt"])
def test_linear_growth(rule: str, path: str) -> None:
    for name, line in ADVERSARIAL.items():
        small = f"## Experience\n\n### Engineer\n2020 – 2022\n\n- {line}\n"
        large = f"## Experience\n\n### Engineer\n2020 – 2022\n\n- {line * 8}\n"
        short, long = _time(small, path, rule), _time(large, path, rule)
        # Linear work is 8 times slower on a line 8 times longer; allow noise, fail on quadratic (64×).
        assert long < max(short * 24, 0.05), f"{rule} on {name}: {short:.4f}s -> {long:.4f}s"


@pytest.mark.parametrize("opener", ["- ", "* ", "1. ", "> ", "> - "])
def test_nesting_on_one_line_grows_linearly(opener: str) -> None:
    # `- - - … x`: each level is an item holding the next, so neither the parser nor a rule reading
    # items may reread the rest of the line at every level.
    short, long = (_time(f"## Experience\n\n{opener * depth}Led 4 engineers\n", "resume.md") for depth in (300, 2400))
    assert long < max(short * 24, 0.05), f"{opener!r} nested: {short:.4f}s -> {long:.4f}s"


@pytest.mark.parametrize("piece", ["\\resumeItem{", "\\item a ", "\\textbf{% "])
def test_long_latex_lines_grow_linearly(piece: str) -> None:
    # Unclosed groups and many macros on one line: each is read once, not once for every macro.
    short, long = (_time(f"\\section{{Experience}}\n{piece * count}\n", "resume.tex") for count in (200, 1600))
    assert long < max(short * 24, 0.05), f"{piece!r} repeated: {short:.4f}s -> {long:.4f}s"
