"""No rule backtracks catastrophically: time on adversarial lines grows linearly with their length.

Time is the CPU time of this process (``time.process_time``), the best of several runs: a busy machine
delays a process but does not make it do more work, so what another job on the same cores changes is
wall-clock time, which these tests never read. A ratio that looks too high is measured again with more
runs before it fails; the bound (24× for 8× the input, where quadratic work is 64×) and a floor for
tiny times leave room for caches and clock-frequency changes.
"""

from __future__ import annotations

import time

import pytest

from cvlint.engine.catalogue import load_catalogue
from cvlint.engine.lint import lint_source, resolve_settings

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


def _time(text: str, path: str, rule: str | None = None, runs: int = 3) -> float:
    """Best of ``runs`` CPU times to lint ``text`` with one rule, or all of them."""
    settings = resolve_settings(None, select=(rule,) if rule else None)
    best = float("inf")
    for _ in range(runs):
        began = time.process_time()
        lint_source(text, path, settings)
        best = min(best, time.process_time() - began)
    return best


def _grows_linearly(small: str, large: str, path: str, rule: str | None = None) -> tuple[bool, str]:
    """Whether linting ``large`` (8 times ``small``) costs less than 24 times as much CPU time, with a report."""
    short, long = 0.0, 0.0
    for runs in (3, 9):  # a second look, with more runs, before calling it quadratic
        short, long = _time(small, path, rule, runs), _time(large, path, rule, runs)
        if long < max(short * 24, 0.05):
            return True, ""
    return False, f"{short:.4f}s -> {long:.4f}s of CPU time"


@pytest.mark.parametrize("rule", RULES)
@pytest.mark.parametrize("path", ["resume.md", "resume.txt"])
def test_linear_growth(rule: str, path: str) -> None:
    for name, line in ADVERSARIAL.items():
        small = f"## Experience\n\n### Engineer\n2020 – 2022\n\n- {line}\n"
        large = f"## Experience\n\n### Engineer\n2020 – 2022\n\n- {line * 8}\n"
        # Linear work is 8 times slower on a line 8 times longer; allow noise, fail on quadratic (64×).
        linear, report = _grows_linearly(small, large, path, rule)
        assert linear, f"{rule} on {name}: {report}"


@pytest.mark.parametrize("opener", ["- ", "* ", "1. ", "> ", "> - "])
def test_nesting_on_one_line_grows_linearly(opener: str) -> None:
    # `- - - … x`: each level is an item holding the next, so neither the parser nor a rule reading
    # items may reread the rest of the line at every level.
    small, large = (f"## Experience\n\n{opener * depth}Led 4 engineers\n" for depth in (300, 2400))
    linear, report = _grows_linearly(small, large, "resume.md")
    assert linear, f"{opener!r} nested: {report}"


@pytest.mark.parametrize("piece", ["\\resumeItem{", "\\item a ", "\\textbf{% "])
def test_long_latex_lines_grow_linearly(piece: str) -> None:
    # Unclosed groups and many macros on one line: each is read once, not once for every macro.
    small, large = (f"\\section{{Experience}}\n{piece * count}\n" for count in (200, 1600))
    linear, report = _grows_linearly(small, large, "resume.tex")
    assert linear, f"{piece!r} repeated: {report}"
