"""LSP positions: offsets to (line, code units) and back, in UTF-16 and UTF-8, on any text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cvlint.model.findings import Finding
from cvlint.server.actions import disable_edit, whole_text_edit
from cvlint.server.positions import UTF8, UTF16, PositionMap, units

TEXTS = st.text(alphabet=st.sampled_from(list("ab é’\t\r\n🎉😀漢")), max_size=40)


def test_an_emoji_is_two_utf16_units_and_four_utf8_bytes() -> None:
    positions = PositionMap("x\n- café 🎉 done\r\nend", UTF16)
    assert positions.position(len("x\n- café 🎉 ")) == (1, len("- café ") + 2 + 1)
    assert PositionMap(positions.text, UTF8).position(len("x\n- café 🎉 ")) == (1, len("- caf ") + 2 + 4 + 1)
    assert positions.offset(1, 100) == len("x\n- café 🎉 done")  # past the end of a line: its end
    assert positions.offset(9, 0) == len(positions.text)
    assert positions.position(len(positions.text)) == (2, 3)


@pytest.mark.parametrize("encoding", [UTF8, UTF16])
@given(text=TEXTS, data=st.data())
def test_offsets_survive_the_round_trip(encoding: str, text: str, data: st.DataObject) -> None:
    positions = PositionMap(text, encoding)
    offset = data.draw(st.integers(0, len(text)))
    if 0 < offset < len(text) and text[offset - 1 : offset + 1] == "\r\n":
        return  # between the two characters of a line break: no LSP position stands there
    line, character = positions.position(offset)
    assert positions.offset(line, character) == offset
    codec, width = ("utf-8", 1) if encoding == UTF8 else ("utf-16-le", 2)
    start = offset - len(text[:offset].split("\n")[-1].split("\r")[-1])
    assert character == len(text[start:offset].encode(codec)) // width == units(text[start:offset], encoding)


@given(text=TEXTS, fixed=TEXTS)
def test_the_fix_all_edit_gives_the_fixed_text(text: str, fixed: str) -> None:
    positions = PositionMap(text, UTF16)
    edits = whole_text_edit(positions, fixed)
    result = text
    for edit in edits:
        start = positions.offset(edit.range.start.line, edit.range.start.character)
        end = positions.offset(edit.range.end.line, edit.range.end.character)
        result = text[:start] + edit.new_text + text[end:]
    assert result == fixed


def test_a_disable_comment_is_indented_and_ended_as_its_line() -> None:
    text = "a\r\n  - b and and c"
    finding = Finding("CV507", "typography", "warning", text.index("and and") + 4, len(text) - 2, "doubled")
    edit = disable_edit(text, finding, "<!-- cvlint-disable-next-line {} -->")
    assert (edit.start, edit.end) == (3, 3)
    assert edit.replacement == "  <!-- cvlint-disable-next-line typography -->\r\n"
