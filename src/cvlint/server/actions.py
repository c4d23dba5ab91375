"""Findings as LSP diagnostics, and the code actions that fix or silence them."""

from __future__ import annotations

import re
from collections.abc import Iterable

from lsprotocol import types

from cvlint.model.findings import Edit, Finding
from cvlint.model.lines import LineIndex
from cvlint.server.docs import rule_url
from cvlint.server.linting import Linted
from cvlint.server.positions import PositionMap, units

SOURCE = "cvlint"
_LINE = re.compile(r"(?P<indent>[ \t]*)[^\r\n]*(?P<ending>\r\n|\r|\n|)")
_LINE_END_BEFORE = re.compile(r"(?:\r\n|\r|\n)$")
FIX_ALL_KIND = f"{types.CodeActionKind.SourceFixAll.value}.cvlint"
FIX_ALL_TITLE = "cvlint: fix all safe problems"
_SEVERITY = {
    "error": types.DiagnosticSeverity.Error,
    "warning": types.DiagnosticSeverity.Warning,
    "info": types.DiagnosticSeverity.Information,
}
DISABLE_COMMENTS: dict[str, tuple[str, ...]] = {
    "markdown": ("<!-- cvlint-disable-next-line {} -->",),
    "text": ("# cvlint-disable-next-line {}", "<!-- cvlint-disable-next-line {} -->"),
    "latex": ("% cvlint-disable-next-line {}",),
    "yaml": ("# cvlint-disable-next-line {}",),
}
"""The suppression comments of each format, best first (JSON has no comments)."""


def lsp_range(positions: PositionMap, start: int, end: int) -> types.Range:
    """The LSP range of source characters ``[start, end)``."""
    return types.Range(types.Position(*positions.position(start)), types.Position(*positions.position(end)))


def diagnostics(linted: Linted, positions: PositionMap) -> list[types.Diagnostic]:
    """One diagnostic a finding; a lint that could not run is one error on the first line."""
    if linted.error is not None:
        first_line = linted.text.split("\n", 1)[0].rstrip("\r")
        where = types.Range(types.Position(0, 0), types.Position(0, units(first_line, positions.encoding)))
        return [types.Diagnostic(where, linted.error, types.DiagnosticSeverity.Error, source=SOURCE)]
    return [diagnostic(finding, linted, positions) for finding in linted.findings]


def diagnostic(finding: Finding, linted: Linted, positions: PositionMap) -> types.Diagnostic:
    """The diagnostic of one finding: code linked to the rule's documentation, severity mapped."""
    rule = linted.rule(finding.code)
    href = rule_url(rule) if rule else None
    message = f"{finding.message}\nhelp: {finding.suggestion}" if finding.suggestion else finding.message
    return types.Diagnostic(
        lsp_range(positions, finding.start, finding.end),
        message,
        _SEVERITY[finding.severity],
        code=finding.code,
        code_description=types.CodeDescription(href) if href else None,
        source=SOURCE,
    )


def text_edits(positions: PositionMap, edits: Iterable[Edit]) -> list[types.TextEdit]:
    """LSP text edits for cvlint edits of the text ``positions`` was made from."""
    return [types.TextEdit(lsp_range(positions, edit.start, edit.end), edit.replacement) for edit in edits]


def whole_text_edit(positions: PositionMap, fixed: str) -> list[types.TextEdit]:
    """The one edit that turns the text into ``fixed``: the span between their common ends."""
    text = positions.text
    if fixed == text:
        return []
    limit = min(len(text), len(fixed))
    head = 0
    while head < limit and text[head] == fixed[head]:
        head += 1
    tail = 0
    while tail < limit - head and text[-1 - tail] == fixed[-1 - tail]:
        tail += 1
    if 0 < head < len(text) and text[head - 1] == "\r" and text[head] == "\n":
        head -= 1  # no edit starts between the two characters of a CRLF
    end = len(text) - tail
    if 0 < end < len(text) and text[end - 1] == "\r" and text[end] == "\n":
        end += 1
        tail -= 1
    return text_edits(positions, [Edit(head, end, fixed[head : len(fixed) - tail])])


def workspace_edit(
    uri: str, version: int | None, edits: list[types.TextEdit], document_changes: bool
) -> types.WorkspaceEdit:
    """A workspace edit of one document; versioned when the client takes ``documentChanges``."""
    if document_changes:
        document = types.OptionalVersionedTextDocumentIdentifier(uri=uri, version=version)
        return types.WorkspaceEdit(document_changes=[types.TextDocumentEdit(document, list(edits))])
    return types.WorkspaceEdit(changes={uri: list(edits)})


def fix_title(finding: Finding) -> str:
    """``Fix RULE: what it does``, with ``(unsafe)`` for a fix that may change what the text says."""
    assert finding.fix is not None
    label = " (unsafe)" if finding.fix.applicability == "unsafe" else ""
    return f"Fix {finding.rule}{label}: {finding.suggestion or finding.message}"


def disable_edit(text: str, finding: Finding, comment: str) -> Edit:
    """An edit that puts ``comment`` (naming the finding's rule) on its own line above the finding's line,
    indented as that line is and ended as it is."""
    index = LineIndex(text)
    line_start = index.line_start(index.position(finding.start)[0])
    line = _LINE.match(text, line_start)
    assert line is not None
    ending = line.group("ending")
    if not ending:  # the last line, with no ending of its own: end the comment as the line before it ends
        before = _LINE_END_BEFORE.search(text, 0, line_start)
        ending = before.group() if before else "\n"
    return Edit(line_start, line_start, f"{line.group('indent')}{comment.format(finding.rule)}{ending}")


def wanted(kind: str, only: list[str] | None) -> bool:
    """True when a code action of ``kind`` is among the kinds a request asks ``only`` for."""
    return only is None or any(kind == asked or kind.startswith(f"{asked}.") for asked in only)
