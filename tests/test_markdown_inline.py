"""cvlint's Markdown inline reader against markdown-it-py (a CommonMark reference, test-only here).

Both read the same inline content; what a reader sees (text, code, image descriptions; no markers,
destinations or tags) must be the same, white space aside. The specification's inline examples
come from ``tests/data/commonmark_inline_examples.json`` (built by
``scripts/build_commonmark_examples.py``); the reader is given the reference labels each defines, as
the Markdown reader gives it those of the document.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from types import FrameType
from typing import Any

import pytest
from markdown_it import MarkdownIt
from markdown_it.token import Token

from cvlint.parse.markdown_inline import inline_text, normal_label

ROOT = Path(__file__).resolve().parent.parent
_REFERENCE = MarkdownIt("commonmark").enable("strikethrough")
_SPEC = json.loads((ROOT / "tests" / "data" / "commonmark_inline_examples.json").read_text(encoding="utf-8"))


def _shown(children: list[Token]) -> str:
    parts: list[str] = []
    for token in children:
        if token.type in ("text", "code_inline"):
            parts.append(token.content)
        elif token.type in ("softbreak", "hardbreak"):
            parts.append("\n")
        elif token.type == "image":
            parts.append(_shown(token.children or []))
    return "".join(parts)


def _pairs(markdown: str) -> list[tuple[str, str]]:
    """``(expected, actual)`` seen text of each inline block, told the labels the text defines."""
    env: dict[str, Any] = {}
    tokens = _REFERENCE.parse(markdown, env)
    labels = frozenset(normal_label(label) for label in env.get("references", {}))
    pairs = []
    for token in tokens:
        if token.type == "inline":
            actual = inline_text(token.content, 0, len(token.content), labels).value
            pairs.append((" ".join(_shown(token.children or []).split()), " ".join(actual.split())))
    return pairs


_EXAMPLES = _SPEC["examples"]


@pytest.mark.parametrize("example", _EXAMPLES, ids=[f"{e['example']}-{e['section']}" for e in _EXAMPLES])
def test_spec_inline_examples_match_reference(example: dict[str, Any]) -> None:
    for expected, actual in _pairs(example["markdown"]):
        assert actual == expected, example["markdown"]


_DOCUMENTS = {
    "nested link text": "Built [the *Atlas* [beta] site](https://example.org/atlas) for 40 teams",
    "parentheses in a URL": "Wrote [a guide](https://en.example.org/wiki/Rust_(language)) and [notes](<a b.html>)",
    "link with a title": 'See [portfolio](https://example.org "My work") and ![logo](logo.png "Logo")',
    "code with backticks": "Used ``a `tick` here`` and `` `x` `` and `shell --flag` daily",
    "unclosed code": "Wrote ``` one ` two `` three",
    "emphasis": "**Acme Corp**, *Berlin* — __led__ the _snake_case_ migration, 3 * 4 = 12",
    "intraword": "Grew re*venue* by 2*3*4 and foo_bar_baz",
    "strike": "Shipped ~~v1~~ v2 on time ~not this~",
    "entities": "Contact me&#64;example.org &amp; &copy; 2024 &notanentity; &#x41;",
    "escapes": r"Saved \$2M \*not emphasis\* and C:\path",
    "autolinks": "Site <https://example.org/a?b=c> mail <me@example.org> not <a b>",
    "html": 'Led <span class="x">the</span> team<br/> <!-- hidden --> done',
    "brackets alone": "Skills [Python] [Go] and a lone ] bracket [",
    "image in link": "[![badge](b.svg)](https://ci.example.org) passing",
    "emphasis in link": "[**bold** link](u) then *[emph link](v)*",
    "pandoc line": "**PhD, Computer Science**; Awesome University (MyTown)",
    "references": "Built [Atlas], [the site][web] and [Docs][] but not [Nowhere]\n\n[atlas]: https://a.example\n"
    "[web]: https://w.example\n[docs]: https://d.example",
}


@pytest.mark.parametrize("name", list(_DOCUMENTS))
def test_resume_lines_match_reference(name: str) -> None:
    pairs = _pairs(_DOCUMENTS[name])
    assert pairs
    for expected, actual in pairs:
        assert actual == expected


@pytest.mark.parametrize("name", list(_DOCUMENTS))
def test_shown_characters_map_to_their_source(name: str) -> None:
    source = "- " + _DOCUMENTS[name]
    text = inline_text(source, 2, len(source))
    for index, char in enumerate(text.value):
        start, end = text.source_start(index), text.source_end(index)
        assert 2 <= start < end <= len(source)
        if end - start == 1 and char not in " \n":
            assert source[start] == char or source[start] == "&" or char in "@©&A", (index, char)


def _work(text: str) -> int:
    """How many lines of Python the reader runs on ``text``: a count that no machine load changes."""
    count = 0

    def trace(frame: FrameType, event: str, arg: object) -> Any:
        nonlocal count
        if event == "line":
            count += 1
        return trace

    sys.settrace(trace)
    try:
        inline_text(text, 0, len(text))
    finally:
        sys.settrace(None)
    return count


_ADVERSARIAL = [
    "[a](",
    "[",
    "](",
    "![a](b ",
    "[a](<b ",
    '[a](b "',
    "`",
    "``a`",
    "*a ",
    "_a",
    "a* ",
    "**_",
    "<a ",
    "<!--",
    "<a x='",
    "&amp",
    "\\",
    "[a]",
    "~~a ",
    "(",
    "[a](b(",
]


@pytest.mark.parametrize("piece", _ADVERSARIAL)
def test_work_grows_linearly_with_the_line(piece: str) -> None:
    # Each markup character is read once: 8 times the text costs about 8 times the work, not 64.
    small, large = _work(piece * 400 + ">"), _work(piece * 3200 + ">")
    assert large <= small * 10, f"{piece!r}: {small} -> {large} lines run"
