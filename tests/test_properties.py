"""Properties over generated résumés and arbitrary text (hypothesis)."""

from __future__ import annotations

import codecs
import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import resume_words
from cvlint.engine.fixes import applicable, apply_fixes, fix_until_stable
from cvlint.engine.lint import lint_source, resolve_settings
from cvlint.model.findings import Finding
from cvlint.parse.read_files import decode

SETTINGS = resolve_settings(None, today=dt.date(2026, 11, 24))
WORDS = [
    *resume_words.WORDS,
    "Built and operate",
    "한국어",
    "`code`",
    "**bold**",
    "[link](https://x.io)",
    "2021",
    "\ufffd",
    "\x07",
    "Particip?",
    "&amp;",
    "<br>",
    "\\*",
]
DATES = [*resume_words.DATES, "2019.5 ~ now", "13/2020 - 2021", "Mar 2021 to Jan 2020"]
MARKERS = ["- ", "* ", "• ", "1. ", "-", "•", "  - ", "– "]
HEADINGS = ["## Experience", "EXPERIENCE", "## Education", "## Projects", "## Skills", "# Name", "Work History", ""]
ENDINGS = ["\n", "\r\n", "\r"]


@st.composite
def resumes(draw: st.DrawFn) -> str:
    lines: list[str] = []
    for _ in range(draw(st.integers(1, 4))):
        lines.append(draw(st.sampled_from(HEADINGS)))
        for _ in range(draw(st.integers(0, 3))):
            title = " ".join(draw(st.lists(st.sampled_from(WORDS), max_size=4)))
            lines.append(f"### {title}" if draw(st.booleans()) else title)
            lines.append(draw(st.sampled_from(DATES)))
            for _ in range(draw(st.integers(0, 4))):
                bullet = " ".join(draw(st.lists(st.sampled_from(WORDS), max_size=8)))
                lines.append(draw(st.sampled_from(MARKERS)) + bullet)
                if draw(st.integers(0, 5)) == 0:
                    lines.append(lines[-1])
            lines.append("")
    ending = draw(st.sampled_from(ENDINGS))
    text = ending.join(lines)
    return text + (ending if draw(st.booleans()) else "")


def _lint(text: str, path: str) -> list[Finding]:
    return lint_source(text, path, SETTINGS)[1]


def _check_spans(text: str, findings: list[Finding]) -> None:
    for finding in findings:
        assert 0 <= finding.start <= finding.end <= len(text)
        if finding.fix is not None:
            for edit in finding.fix.edits:
                assert 0 <= edit.start <= edit.end <= len(text)


PROFILE = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROFILE
@given(resumes(), st.sampled_from(["resume.md", "resume.txt", "cover-letter.md"]))
def test_generated_resumes(text: str, path: str) -> None:
    findings = _lint(text, path)
    _check_spans(text, findings)
    result = fix_until_stable(text, lambda t: _lint(t, path))
    assert not result.unconverged, f"{', '.join(result.unconverged)} did not converge"
    assert not [f for f in result.remaining if applicable(f, unsafe=False)], "safe fixes left after fixing"
    again = fix_until_stable(result.text, lambda t: _lint(t, path))
    assert again.text == result.text, "a second --fix changed the text"


@PROFILE
@given(st.text(max_size=400), st.sampled_from(["resume.md", "resume.txt"]))
def test_arbitrary_text(text: str, path: str) -> None:
    findings = _lint(text, path)
    _check_spans(text, findings)
    fixed, _ = apply_fixes(text, findings, unsafe=True)
    _check_spans(fixed, _lint(fixed, path))


@PROFILE
@given(resumes(), st.sampled_from(["", "utf-8-sig", "utf-16"]))
def test_fixes_touch_no_bytes_outside_their_edits(text: str, encoding: str) -> None:
    bom = {"": b"", "utf-8-sig": codecs.BOM_UTF8, "utf-16": codecs.BOM_UTF16_LE}[encoding]
    codec = "utf-16-le" if encoding == "utf-16" else "utf-8"
    original = bom + text.encode(codec, "surrogatepass")
    if not text.strip() or (b"\x00" in original[len(bom) :] and codec == "utf-8"):
        return
    source = decode(original)
    findings = _lint(source.text, "resume.md")
    fixed, _ = apply_fixes(source.text, findings)
    if fixed == source.text:
        assert source.encode(fixed) == original
        return
    new = source.encode(fixed)
    assert new.startswith(bom)
    edits = sorted((e for f in findings if applicable(f, False) and f.fix for e in f.fix.edits), key=lambda e: e.start)
    first, last = edits[0].start, max(e.end for e in edits)
    head, tail = source.encode(source.text[:first]), source.text[last:].encode(source.encoding, "surrogateescape")
    assert original.startswith(head) and new.startswith(head)
    assert original.endswith(tail) and new.endswith(tail)
