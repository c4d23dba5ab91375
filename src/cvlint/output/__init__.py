"""Output formats: each turns the run's file reports into the text written to stdout."""

from __future__ import annotations

from collections.abc import Callable

from cvlint.output.github import render_github
from cvlint.output.gitlab import render_gitlab
from cvlint.output.json_format import render_json
from cvlint.output.json_lines import render_json_lines
from cvlint.output.junit import render_junit
from cvlint.output.rdjsonl import render_rdjsonl
from cvlint.output.sarif import render_sarif
from cvlint.output.text import render_text
from cvlint.output.view import View
from cvlint.runner import FileReport

Renderer = Callable[[list[FileReport], View], str]
FORMATS: dict[str, Renderer] = {
    "text": render_text,
    "json": render_json,
    "json-lines": render_json_lines,
    "github": render_github,
    "sarif": render_sarif,
    "junit": render_junit,
    "gitlab": render_gitlab,
    "rdjsonl": render_rdjsonl,
}
__all__ = ["FORMATS", "Renderer", "View"]
