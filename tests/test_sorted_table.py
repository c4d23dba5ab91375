"""A sorted text table finds every key and nothing else, whatever the size of its index blocks."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from cvlint.text.sorted_table import SortedTable

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
