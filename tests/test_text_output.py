"""The text output formats: source excerpts with carets, fixes as before/after, colour, escaping."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import FIXTURES, run_cli
from cvlint.model.findings import Finding, Fix
from cvlint.output.excerpt import MAX_WIDTH, REACH, Source, _mark_cells, _mark_plain, _shared_prefix, mark

FLAWED = FIXTURES / "flawed_resume.txt"
TODAY = "--today=2026-11-24"
ANSI = re.compile(rb"\x1b\[[0-9;]*m")


def _width(text: str) -> int:
    return sum(
        0 if unicodedata.category(c) in ("Mn", "Me") else 2 if unicodedata.east_asian_width(c) in "WF" else 1
        for c in text
    )


def _block(stdout: bytes, header: str) -> list[str]:
    """The lines of the finding whose first line starts with ``header``, up to the blank line after it."""
    lines = stdout.decode("utf-8").split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith(header))
    end = lines.index("", start)
    return lines[start:end]


def _caret_under(block: list[str], number: int) -> tuple[str, str]:
    """The shown source line ``number`` of an excerpt and the text above its carets."""
    row = next(i for i, line in enumerate(block) if re.match(rf"\s*{number} \| ", line))
    prefix = block[row].index("| ") + 2
    source, marks = block[row][prefix:], block[row + 1][prefix:]
    first = len(marks) - len(marks.lstrip())
    wanted, shown, column = len(marks.strip()), "", 0
    for char in source:
        if column >= first + wanted:
            break
        if column >= first:
            shown += char
        column += _width(char)
    return source, shown


def test_default_text_shows_the_line_with_the_span_marked_and_the_fix(tmp_path: Path) -> None:
    result = run_cli("check", TODAY, str(FLAWED))
    assert result.returncode == 1
    block = _block(result.stdout, f"{FLAWED}:16:22: CV201 [encoding-corruption]")
    assert _caret_under(block, 16) == ("- Worked with the CafÃ© team on reporting", "Ã©")
    assert any(line.strip().startswith("= help: ") for line in block)
    assert "= safe fix:" in "\n".join(block)
    before = next(line for line in block if "before |" in line)
    after = next(line for line in block if "after  |" in line)
    assert before.endswith("| - Worked with the CafÃ© team on reporting")
    assert after.endswith("| - Worked with the Café team on reporting")
    empty = _block(result.stdout, f"{FLAWED}:10:1: CV101")
    assert any("after  | (nothing: the line is removed)" in line for line in empty)
    assert result.stdout.decode().rstrip("\n").split("\n")[-1].startswith("Found ")


def test_concise_keeps_one_line_a_finding() -> None:
    result = run_cli("check", TODAY, "--output-format", "concise", str(FLAWED))
    lines = result.stdout.decode().splitlines()
    assert all(re.match(r"\S+:\d+:\d+: CV\d{3} \[", line) or line.startswith("  help: ") for line in lines[:-1])
    assert not any(" | " in line for line in lines)


def test_tabs_and_wide_characters_keep_the_carets_under_the_span(tmp_path: Path) -> None:
    path = tmp_path / "cv.txt"
    path.write_text("EXPERIENCE\n\n-\tWorked on 项目 and 😀 for teh Café team\n", encoding="utf-8")
    result = run_cli("check", "--select", "spelling", str(path))
    block = _block(result.stdout, f"{path}:3:")
    source, marked = _caret_under(block, 3)
    assert "\t" not in source
    assert marked == "teh"


def test_long_lines_are_cut_around_the_span(tmp_path: Path) -> None:
    path = tmp_path / "cv.txt"
    words = " ".join(["alpha"] * 60)
    path.write_text(f"EXPERIENCE\n\n- Led {words} teh {words}\n", encoding="utf-8")
    result = run_cli("check", "--select", "spelling", str(path))
    block = _block(result.stdout, f"{path}:3:")
    source, marked = _caret_under(block, 3)
    assert marked == "teh"
    assert source.startswith("…") and source.endswith("…")
    assert _width(source) <= MAX_WIDTH


def test_mark_points_at_missing_text_and_cuts_at_the_end() -> None:
    assert mark("- Led the team", 14, 14, point=True) == ("- Led the team", " " * 14 + "^")
    shown, marks = mark("x" * 300 + "END", 300, 303)
    assert shown.endswith("END") and shown.startswith("…")
    assert marks.endswith("^^^") and len(marks) == len(shown)


def test_control_characters_in_content_and_names_are_escaped(tmp_path: Path) -> None:
    name = "cv\x1b]0;owned\x07.txt"
    path = tmp_path / name
    path.write_bytes(
        b"EXPERIENCE\n\n- Led \x1b]0;owned\x07 the team \x1b[31mof 5\n- Wrote \xe2\x80\xae docs for 3 teams\n"
    )
    for output_format in ("text", "concise"):
        result = run_cli("check", "--output-format", output_format, "--color", "never", str(path))
        assert result.returncode == 1
        for stream in (result.stdout, result.stderr):
            assert b"\x1b" not in stream and b"\x07" not in stream and "\u202e".encode() not in stream
        shown = result.stdout.decode()
        assert "cv␛]0;owned␇.txt" in shown
        if output_format == "text":
            assert "- Wrote <U+202E> docs" in shown
            assert "- Led ␛]0;owned␇ the team ␛[31mof 5" in shown
    missing = run_cli("check", str(tmp_path / "gone\x1b[2J.md"))
    assert missing.returncode == 2
    assert b"\x1b" not in missing.stderr and "gone␛[2J.md".encode() in missing.stderr


def test_show_fixes_lists_what_fix_changed_file_by_file(tmp_path: Path) -> None:
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_bytes(FLAWED.read_bytes())
    second.write_text("EXPERIENCE\n\n- Led the team\n-\n", encoding="utf-8")
    result = run_cli("check", TODAY, "--fix", "--show-fixes", str(first), str(second))
    text = result.stdout.decode()
    listing = text[text.index("Fixed ") :]
    assert re.search(rf"- {re.escape(str(first))}:\n(    \d+ × CV\d{{3}} \([a-z-]+\)\n)+", listing)
    assert f"- {second}:\n    1 × CV101 (empty-bullet)\n" in listing
    quiet = run_cli("check", TODAY, "--fix", str(second))
    assert "×" not in quiet.stdout.decode()


def test_color_follows_the_option_then_force_color_then_no_color() -> None:
    def colored(*options: str, env: dict[str, str]) -> bool:
        result = run_cli("check", TODAY, *options, str(FLAWED), env=env)
        return bool(ANSI.search(result.stdout))

    assert colored("--color", "always", env={"NO_COLOR": "1"})
    assert not colored("--color", "never", env={"FORCE_COLOR": "1"})
    assert colored(env={"FORCE_COLOR": "1", "NO_COLOR": "1"})
    assert not colored(env={"NO_COLOR": "1"})
    assert not colored(env={"NO_COLOR": ""})  # not a terminal
    assert not colored("--output-format", "json", "--color", "always", env={})


def test_a_fix_in_a_very_long_line_shows_only_its_neighbourhood() -> None:
    text = "- " + "alpha " * 100_000 + "teh " + "omega " * 100_000
    start = text.index("teh")
    finding = Finding(
        "CV510",
        "spelling",
        "warning",
        start,
        start + 3,
        "'teh' looks misspelt",
        fix=Fix.replace(start, start + 3, "the"),
    )
    view = Source(text).fix(finding)
    assert view is not None
    (before,), (after,) = view.before, view.after
    assert "teh" in before and "the" in after
    assert before.startswith("…") and after.endswith("…")
    assert _width(before) <= MAX_WIDTH + 2 and _width(after) <= MAX_WIDTH + 2


@settings(max_examples=400, deadline=None)
@given(
    line=st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x7E), max_size=400),
    low=st.integers(min_value=0, max_value=420),
    length=st.integers(min_value=0, max_value=300),
    point=st.booleans(),
)
def test_a_plain_ascii_line_is_marked_as_measuring_would(line: str, low: int, length: int, point: bool) -> None:
    first, last = max(0, low - REACH), min(len(line), low + REACH)
    assert _mark_plain(line, first, last, low, low + length, point) == _mark_cells(
        line, first, last, low, low + length, point
    )


@given(st.text(max_size=30), st.text(max_size=30))
def test_shared_prefix_counts_the_leading_characters_two_texts_share(first: str, second: str) -> None:
    count = _shared_prefix(first, second)
    assert first[:count] == second[:count]
    assert count == min(len(first), len(second)) or first[count] != second[count]
