"""A sorted text table finds every key and nothing else, whatever the size of its index blocks."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from cvlint.text.sorted_table import FEW, SortedTable, table

KEYS = st.lists(st.text(alphabet="abcdefghij-'", min_size=1, max_size=8), unique=True)


@given(KEYS, st.text(alphabet="abcdefghij-'", min_size=1, max_size=8), st.integers(1, 40), st.booleans())
def test_lookup_matches_a_dictionary(keys: list[str], probe: str, block: int, header: bool) -> None:
    rows = sorted(keys)
    text = "".join(f"{key}\t{index}\n" for index, key in enumerate(rows))
    table = SortedTable(("# header\n# more\n" if header else "") + text, block)
    for index, key in enumerate(rows):
        assert table.get(key) == str(index)
    assert table.get(probe) == (str(rows.index(probe)) if probe in rows else None)


def test_plain_keys_and_empty_table() -> None:
    assert SortedTable("a\nb\nc\n").get("b") == ""
    assert SortedTable("a\nb\nc").get("c") == ""
    assert SortedTable("a\nab\nabc\tx\nb", block=1).get("abc") == "x"
    assert SortedTable("# only a header\n").get("a") is None
    assert SortedTable("").get("a") is None


def test_mapped_file_finds_what_its_text_holds(tmp_path: Path) -> None:
    rows = sorted(["café\tx", "cafe\ty", "naïve", "zürich\tz", "ab", "abc\tw"])
    path = tmp_path / "table.tsv"
    path.write_text("# source: a test\n" + "\n".join(rows) + "\n", encoding="utf-8")
    mapped = table(path)
    for row in rows:
        key, _, value = row.partition("\t")
        assert mapped.get(key) == value
    assert [mapped.get(probe) for probe in ("caf", "cafés", "zurich", "\ud800", "")] == [None] * 5
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert table(empty).get("a") is None


@given(KEYS, st.lists(st.text(alphabet="abcdefghij-'\t", min_size=0, max_size=8)), st.integers(1, 40))
def test_many_keys_at_once_are_found_as_one_at_a_time(keys: list[str], probes: list[str], block: int) -> None:
    rows = sorted(keys)
    table = SortedTable("# header\n" + "".join(f"{key}\t{index}\n" for index, key in enumerate(rows)), block)
    asked = [*probes, *rows[::2]]
    expected = {key: value for key in asked if (value := table.get(key)) is not None}
    assert table.values(asked) == expected
    assert table.values(asked * FEW) == expected  # every block asked about is read whole
    plain = SortedTable("\n".join(rows), block)
    assert plain.values(rows) == plain.values(rows * FEW) == dict.fromkeys(rows, "")


@given(KEYS, st.text(alphabet="abcdefghij-'\t\n", min_size=0, max_size=4), st.integers(1, 40), st.booleans())
def test_a_prefix_starts_a_key_when_a_key_begins_with_it(keys: list[str], prefix: str, block: int, plain: bool) -> None:
    rows = sorted(keys)
    text = "\n".join(rows) if plain else "# header\n" + "".join(f"{key}\t{index}\n" for index, key in enumerate(rows))
    assert SortedTable(text, block).starts(prefix) == any(key.startswith(prefix) for key in rows)
