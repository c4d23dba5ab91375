"""cvlint's Markdown block parser against markdown-it-py (a CommonMark reference, test-only here)."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from cvlint.model.lines import split_lines
from cvlint.parse.markdown_blocks import block_tokens

ROOT = Path(__file__).resolve().parent.parent
_REFERENCE = MarkdownIt("commonmark").enable(["table"]).disable("inline")
_COMPARED = {
    "bullet_list_open",
    "ordered_list_open",
    "bullet_list_close",
    "ordered_list_close",
    "list_item_open",
    "list_item_close",
    "blockquote_open",
    "blockquote_close",
    "paragraph_open",
    "heading_open",
    "table_open",
    "hr",
    "fence",
    "code_block",
    "html_block",
}
_LEAVES = {"paragraph_open": "paragraph", "heading_open": "heading", "table_open": "table"}
"""markdown-it opens and closes these; cvlint's parser gives each as one token."""
_WHOLE_MAP = {"paragraph", "heading", "hr", "fence", "code_block", "html_block"}
"""Blocks whose every line matters to the reader; of the others only the first line is used."""

Shape = tuple[str, tuple[int, ...] | None, str]


def _expected(text: str) -> list[Shape]:
    shapes: list[Shape] = []
    for token in _REFERENCE.parse(text):
        if token.type not in _COMPARED:
            continue
        kind = _LEAVES.get(token.type, token.type)
        where = None if token.map is None else tuple(token.map if kind in _WHOLE_MAP else token.map[:1])
        detail = (
            f"{token.tag} {'atx' if token.markup.startswith('#') else 'setext'}"
            if token.nesting and token.tag[:1] == "h" and token.tag[1:].isdigit()
            else ""
        )
        shapes.append((kind, where, detail))
    return shapes


def _actual(text: str) -> list[Shape]:
    shapes: list[Shape] = []
    for token in block_tokens([text[start:end] for start, end, _ in split_lines(text)]):
        where = token.map
        if where is not None and token.type not in _WHOLE_MAP:
            where = where[:1]
        block = token.block
        detail = f"h{block.level} {'setext' if block.setext else 'atx'}" if token.type == "heading" else ""
        shapes.append((token.type, where, detail))
    return shapes


def _documents() -> list[tuple[str, str]]:
    paths = [*sorted((ROOT / "tests" / "fixtures").glob("*.md")), *sorted((ROOT / "examples").glob("*.md"))]
    documents = [(path.name, path.read_text(encoding="utf-8")) for path in [*paths, ROOT / "README.md"]]
    for rule_file in sorted((ROOT / "rules").glob("*.toml")):
        for index, example in enumerate(tomllib.loads(rule_file.read_text(encoding="utf-8")).get("examples", [])):
            if example.get("format", "markdown") == "markdown":
                documents += [
                    (f"{rule_file.stem}[{index}].{key}", example[key]) for key in ("good", "bad") if key in example
                ]
    return documents


@pytest.mark.parametrize(("name", "text"), _documents(), ids=[name for name, _ in _documents()])
def test_blocks_match_commonmark_reference(name: str, text: str) -> None:
    assert _actual(text) == _expected(text)


_LINES = [
    "Senior engineer at Acme, 2019–2023",
    "- item",
    "* item",
    "+ item",
    "1. one",
    "2) two",
    "10. ten",
    "  - nested",
    "    - deeper",
    "      continued?",
    "        indented code",
    "> quote",
    "> - quoted item",
    ">",
    "",
    "   ",
    "# Heading",
    "## Heading ##",
    "#NoHeading",
    "===",
    "---",
    "***",
    "- - -",
    "___",
    "```",
    "```python",
    "~~~",
    "<div>",
    "</div>",
    "<!-- comment -->",
    "<!-- open",
    "-->",
    "<br>",
    "<span>x</span>",
    "<a href='x'>",
    "<script>",
    "</script>",
    "| a | b |",
    "|---|---|",
    "a | b",
    "--- | ---",
    "[id]: https://example.com",
    '[id]: https://example.com "title"',
    "-",
    "1.",
    "  continued",
    "\tTabbed",
    "-\tTab item",
    "  > nested quote",
    "> ```",
    "1) x",
    "  1. y",
    "- [ ] task",
    "<?php",
    "?>",
    "<pre>",
    "</pre>",
    "  ---",
    "  ===",
    "   # h3",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_LINES), min_size=1, max_size=14), st.sampled_from(["\n", "\r\n"]))
def test_generated_documents_match_commonmark_reference(lines: list[str], ending: str) -> None:
    # markdown-it ends a list after an empty item and two blank lines (not after a full one); the
    # specification keeps the list open, as this parser does.
    assume(
        not any(
            a in ("-", "1.") and not b.strip() and not c.strip()
            for a, b, c in zip(lines, lines[1:], lines[2:], strict=False)
        )
    )
    text = ending.join(lines) + ending
    assert _actual(text) == _expected(text.replace("\r\n", "\n"))


def test_lazy_indented_line_follows_the_specification() -> None:
    # CommonMark: a lazy line continues the paragraph, even indented four spaces (markdown-it makes it code).
    assert [token.type for token in block_tokens(["> > quote", "    - more of it"])] == [
        "blockquote_open",
        "blockquote_open",
        "paragraph",
        "blockquote_close",
        "blockquote_close",
    ]


def test_deep_nesting_keeps_every_block() -> None:
    # markdown-it stops at 20 levels and drops the rest of the document; every line stays here.
    tokens = block_tokens(["- " * 30 + "deep", "", "Last paragraph"])
    assert tokens[-1].type == "paragraph" and tokens[-1].map == (2, 3)
