"""Output formats: each turns the run's file reports into the text written to stdout."""

from __future__ import annotations

from collections.abc import Callable

from cvlint.output.json_format import render_json
from cvlint.output.text import render_text
from cvlint.output.view import View
from cvlint.runner import FileReport

Renderer = Callable[[list[FileReport], View], str]
FORMATS: dict[str, Renderer] = {"text": render_text, "json": render_json}

__all__ = ["FORMATS", "Renderer", "View"]
