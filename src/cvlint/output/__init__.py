"""Output formats: each turns the run's file reports into the text written to stdout (and the HTML
pages, scores, statistics and rule documentation the commands print). It imports the report types, the
engine and the layers below, never the application (the runner), the server or the commands.

Renderers are imported when asked for, so a run pays only for the format it prints.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

from cvlint.output.view import View
from cvlint.report.file_report import FileReport

Renderer = Callable[[list[FileReport], View], str]
FORMATS: dict[str, str] = {
    "text": "cvlint.output.text:render_text",
    "concise": "cvlint.output.text:render_concise",
    "json": "cvlint.output.json_format:render_json",
    "json-lines": "cvlint.output.json_lines:render_json_lines",
    "github": "cvlint.output.github:render_github",
    "sarif": "cvlint.output.sarif:render_sarif",
    "junit": "cvlint.output.junit:render_junit",
    "gitlab": "cvlint.output.gitlab:render_gitlab",
    "rdjsonl": "cvlint.output.rdjsonl:render_rdjsonl",
}


def renderer(name: str) -> Renderer:
    """The render function of the output format ``name``."""
    module, function = FORMATS[name].split(":")
    render: Renderer = getattr(importlib.import_module(module), function)
    return render


__all__ = ["FORMATS", "Renderer", "View", "renderer"]
