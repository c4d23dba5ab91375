"""Lazy patterns behave as the compiled ones and are compiled only when used."""

from __future__ import annotations

import re
import subprocess
import sys

from cvlint.lazy_pattern import lazy_compile


def test_lazy_pattern_behaves_as_the_compiled_one() -> None:
    source, flags = r"(?P<word>[a-z]+)(\d)?", re.IGNORECASE
    lazy, compiled = lazy_compile(source, flags), re.compile(source, flags)
    text = "Abc1 de fg2"
    assert lazy.pattern == compiled.pattern
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in compiled.finditer(text)]
    assert lazy.search(text, 2) is not None and lazy.search(text, 2).span() == compiled.search(text, 2).span()  # type: ignore[union-attr]
    assert lazy.sub("-", text) == compiled.sub("-", text) and lazy.split(text) == compiled.split(text)
    assert (lazy.flags, lazy.groups, lazy.groupindex) == (compiled.flags, compiled.groups, compiled.groupindex)
    assert lazy.fullmatch("abc") is not None and lazy.match(" abc") is None


def test_a_markdown_check_without_html_compiles_no_html_block_pattern() -> None:
    probe = (
        "import sys\n"
        "from cvlint.engine.lint import lint_source, resolve_settings\n"
        "from cvlint.parse import markdown_blocks\n"
        "lint_source('# Dana Example\\n\\n## Experience\\n\\n- Led a team of 6\\n', 'cv.md', resolve_settings(None))\n"
        "print(sum('search' in vars(start) for start, _ in markdown_blocks._HTML_BLOCKS))\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0"
