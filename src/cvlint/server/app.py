"""The language server: documents in, diagnostics, code actions and hovers out, over stdio only."""

from __future__ import annotations

import asyncio
import logging
import sys
from collections.abc import Generator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import attrs
from lsprotocol import types
from pygls.capabilities import get_capability
from pygls.lsp.server import LanguageServer
from pygls.protocol import LanguageServerProtocol, lsp_method
from pygls.uris import to_fs_path

from cvlint import __version__
from cvlint.engine.config import CONFIG_NAMES, WORDS_FILE
from cvlint.model.findings import Edit, Finding
from cvlint.server.actions import (
    DISABLE_COMMENTS,
    FIX_ALL_KIND,
    FIX_ALL_TITLE,
    diagnostic,
    diagnostics,
    disable_edit,
    fix_title,
    lsp_range,
    text_edits,
    wanted,
    whole_text_edit,
    workspace_edit,
)
from cvlint.server.docs import hover_markdown, hover_plain
from cvlint.server.linting import Linted, Linter, encoding_on_disk, fix_all
from cvlint.server.positions import UTF8, UTF16, PositionMap

DEBOUNCE_SECONDS = 0.005
"""How long the client must be quiet after a change before the document is linted again."""
FIX_ALL_COMMAND = "cvlint.fixAll"
_SUFFIXES = {
    "markdown": ".md",
    "plaintext": ".txt",
    "text": ".txt",
    "latex": ".tex",
    "tex": ".tex",
    "json": ".json",
    "yaml": ".yaml",
}
"""File endings for buffers with no file of their own (``untitled:``), from their language."""
_WATCHED = ("**/.cvlint.toml", "**/pyproject.toml", f"**/{WORDS_FILE}")


class CvlintProtocol(LanguageServerProtocol):
    """pygls's protocol, with positions in UTF-8 when the client offers it and in UTF-16 otherwise."""

    @lsp_method(types.INITIALIZE)
    def lsp_initialize(self, params: types.InitializeParams) -> Generator[Any, Any, types.InitializeResult]:
        """Pick the position encoding, then initialize as pygls does."""
        general = params.capabilities.general or types.GeneralClientCapabilities()
        chosen = UTF8 if UTF8 in (general.position_encodings or ()) else UTF16
        params.capabilities.general = attrs.evolve(general, position_encodings=[chosen])
        result: types.InitializeResult = yield from super().lsp_initialize(params)
        return result


@dataclass(slots=True)
class OpenDocument:
    """What the server keeps about one open document besides its text."""

    path: Path
    """The file it is (or, for an unsaved buffer, would be): it decides the format and the configuration."""
    encoding: str
    """The encoding of the file on disk, as ``cvlint check`` reads it."""
    version: int | None = None
    linted: Linted | None = None
    fixed: str | None = None
    """The text "fix all" gives for ``linted.text``, once asked for."""
    silencers: dict[tuple[str, int], Edit | None] = field(default_factory=dict)
    """Comment edits that turn a rule off on a line (None: none works there), for ``linted.text``."""


class CvlintServer(LanguageServer):
    """cvlint's language server."""

    def __init__(self) -> None:
        super().__init__("cvlint", __version__, protocol_cls=CvlintProtocol)
        self.linter = Linter()
        self.documents: dict[str, OpenDocument] = {}
        self._pending: dict[str, asyncio.TimerHandle] = {}
        self.watching = False
        """True once the client watches the configuration files for the server."""

    @property
    def encoding(self) -> str:
        """The position encoding agreed with the client."""
        return UTF8 if self.workspace.position_encoding == UTF8 else UTF16

    def capability(self, dotted: str, default: Any = None) -> Any:
        """A client capability by its dotted snake-case path, or ``default``."""
        return get_capability(self.client_capabilities, dotted, default)

    def path_of(self, uri: str, language: str) -> Path:
        """The file a document stands for: its own, or an unsaved one in the workspace's folder."""
        if uri.startswith("file:"):
            path = to_fs_path(uri)
            if path:
                return Path(path)
        root = to_fs_path(self.workspace.root_uri) if self.workspace.root_uri else None
        return Path(root or Path.cwd()) / f"untitled{_SUFFIXES.get(language, '.md')}"

    def open(self, uri: str, language: str) -> None:
        """Start following a document and lint it."""
        path = self.path_of(uri, language)
        if not self.watching:
            self.linter.reload()
        self.documents[uri] = OpenDocument(path, encoding_on_disk(path) if path.is_file() else "utf-8")
        self.lint_now(uri)

    def close(self, uri: str) -> None:
        """Stop following a document and clear its diagnostics."""
        self._cancel(uri)
        if self.documents.pop(uri, None) is not None:
            self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))

    def saved(self, uri: str) -> None:
        """Read the saved file's encoding (and, unless the client watches it, the configuration) again
        and lint at once."""
        state = self.documents.get(uri)
        if state is not None:
            if not self.watching:
                self.linter.reload()
            state.encoding = encoding_on_disk(state.path) if state.path.is_file() else state.encoding
            self.lint_now(uri)

    def schedule(self, uri: str) -> None:
        """Lint once the client has been quiet for ``DEBOUNCE_SECONDS``: a burst of changes is linted once."""
        self._cancel(uri)
        self._pending[uri] = asyncio.get_running_loop().call_later(DEBOUNCE_SECONDS, self.lint_now, uri)

    def _cancel(self, uri: str) -> None:
        handle = self._pending.pop(uri, None)
        if handle is not None:
            handle.cancel()

    def lint_now(self, uri: str) -> Linted | None:
        """Lint a document's current text and publish its diagnostics."""
        self._cancel(uri)
        state = self.documents.get(uri)
        if state is None:
            return None
        document = self.workspace.get_text_document(uri)
        linted = self.linter.lint(state.path, document.source, state.encoding)
        state.linted, state.version, state.fixed = linted, document.version, None
        state.silencers.clear()
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(
                uri=uri,
                diagnostics=diagnostics(linted, PositionMap(linted.text, self.encoding)),
                version=document.version,
            )
        )
        return linted

    def reload(self) -> None:
        """Read the configuration again and lint every open document with it."""
        self.linter.reload()
        for uri in list(self.documents):
            self.lint_now(uri)

    def current(self, uri: str) -> tuple[OpenDocument, Linted] | None:
        """A document's state and the lint of its current text (linted now if it changed since)."""
        state = self.documents.get(uri)
        if state is None:
            return None
        linted = state.linted
        if linted is None or linted.text != self.workspace.get_text_document(uri).source:
            linted = self.lint_now(uri)
        return (state, linted) if linted is not None else None

    def edit(self, uri: str, state: OpenDocument, edits: list[types.TextEdit]) -> types.WorkspaceEdit:
        """A workspace edit of a document at the version its lint saw."""
        versioned = bool(self.capability("workspace.workspace_edit.document_changes", False))
        return workspace_edit(uri, state.version, edits, versioned)

    def fix_all_edit(self, uri: str) -> types.WorkspaceEdit | None:
        """The edit that applies every safe fix as ``cvlint check --fix`` does, or None."""
        current = self.current(uri)
        if current is None:
            return None
        state, linted = current
        if state.fixed is None:
            state.fixed = fix_all(linted)
        edits = whole_text_edit(PositionMap(linted.text, self.encoding), state.fixed)
        return self.edit(uri, state, edits) if edits else None

    def silencer(self, state: OpenDocument, linted: Linted, finding: Finding) -> Edit | None:
        """A suppression comment above the finding's line that turns it off and breaks nothing else."""
        key = (finding.rule, finding.line)
        if key not in state.silencers:
            state.silencers[key] = _working_silencer(linted, finding)
        return state.silencers[key]


def _working_silencer(linted: Linted, finding: Finding) -> Edit | None:
    """The first suppression comment of the format that, put above the line, silences the rule there
    and adds no finding of another rule (a ``#`` line might turn a text file into Markdown)."""
    if linted.lint is None:
        return None
    others = sum(1 for f in linted.findings if f.rule != finding.rule)
    for comment in DISABLE_COMMENTS.get(linted.format, ()):
        edit = disable_edit(linted.text, finding, comment)
        text = linted.text[: edit.start] + edit.replacement + linted.text[edit.start :]
        try:
            after = linted.lint(text)
        except Exception:  # noqa: BLE001 - a comment that breaks a rule is simply not offered
            continue
        moved = finding.line + 1
        if not any(f.rule == finding.rule and f.line == moved for f in after) and (
            sum(1 for f in after if f.rule != finding.rule) <= others
        ):
            return edit
    return None


def _offset(positions: PositionMap, position: types.Position) -> int:
    return positions.offset(position.line, position.character)


def create_server() -> CvlintServer:
    """The server with every feature registered."""
    server = CvlintServer()

    @server.feature(types.INITIALIZED)
    def initialized(ls: CvlintServer, params: types.InitializedParams) -> None:
        if ls.capability("workspace.did_change_watched_files.dynamic_registration", False):
            watchers = [types.FileSystemWatcher(glob_pattern=pattern) for pattern in _WATCHED]
            registration = types.Registration(
                id="cvlint-configuration",
                method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES,
                register_options=types.DidChangeWatchedFilesRegistrationOptions(watchers=watchers),
            )
            ls.client_register_capability(types.RegistrationParams(registrations=[registration]))
            ls.watching = True

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: CvlintServer, params: types.DidOpenTextDocumentParams) -> None:
        ls.open(params.text_document.uri, params.text_document.language_id)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: CvlintServer, params: types.DidChangeTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE, types.SaveOptions(include_text=False))
    def did_save(ls: CvlintServer, params: types.DidSaveTextDocumentParams) -> None:
        ls.saved(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: CvlintServer, params: types.DidCloseTextDocumentParams) -> None:
        ls.close(params.text_document.uri)

    @server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    def did_change_watched_files(ls: CvlintServer, params: types.DidChangeWatchedFilesParams) -> None:
        names = {*CONFIG_NAMES, WORDS_FILE}
        if any(Path(to_fs_path(change.uri) or change.uri).name in names for change in params.changes):
            ls.reload()

    @server.feature(
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix, FIX_ALL_KIND], resolve_provider=True),
    )
    def code_action(ls: CvlintServer, params: types.CodeActionParams) -> list[types.CodeAction] | None:
        uri = params.text_document.uri
        current = ls.current(uri)
        if current is None:
            return None
        state, linted = current
        positions = PositionMap(linted.text, ls.encoding)
        start, end = _offset(positions, params.range.start), _offset(positions, params.range.end)
        only = [str(kind) for kind in params.context.only] if params.context.only else None
        actions: list[types.CodeAction] = []
        if wanted(types.CodeActionKind.QuickFix, only):
            silenced: set[tuple[str, int]] = set()
            for finding in linted.findings:
                if not (finding.start <= end and start <= finding.end):
                    continue
                shown = [diagnostic(finding, linted, positions)]
                if finding.fix is not None:
                    actions.append(
                        types.CodeAction(
                            title=fix_title(finding),
                            kind=types.CodeActionKind.QuickFix,
                            diagnostics=shown,
                            is_preferred=finding.fix.applicability == "safe",
                            edit=ls.edit(uri, state, text_edits(positions, finding.fix.edits)),
                        )
                    )
                silencer = ls.silencer(state, linted, finding)
                if silencer is not None and (finding.rule, finding.line) not in silenced:
                    silenced.add((finding.rule, finding.line))
                    actions.append(
                        types.CodeAction(
                            title=f"Disable {finding.rule} for this line",
                            kind=types.CodeActionKind.QuickFix,
                            diagnostics=shown,
                            edit=ls.edit(uri, state, text_edits(positions, [silencer])),
                        )
                    )
        fixable = any(f.fix is not None and f.fix.applicability == "safe" for f in linted.findings)
        if fixable and wanted(FIX_ALL_KIND, only):
            action = types.CodeAction(title=FIX_ALL_TITLE, kind=FIX_ALL_KIND, data={"uri": uri})
            if "edit" not in (ls.capability("text_document.code_action.resolve_support.properties", None) or ()):
                action.edit = ls.fix_all_edit(uri)
            actions.append(action)
        return actions

    @server.feature(types.CODE_ACTION_RESOLVE)
    def resolve_code_action(ls: CvlintServer, action: types.CodeAction) -> types.CodeAction:
        if action.edit is None and isinstance(action.data, dict) and isinstance(action.data.get("uri"), str):
            action.edit = ls.fix_all_edit(action.data["uri"])
        return action

    @server.command(FIX_ALL_COMMAND)
    def fix_all_command(ls: CvlintServer, *arguments: Any) -> None:
        """Apply every safe fix to the document named by the first argument (a URI, or ``{"uri": …}``)."""
        given = arguments[0] if arguments else None
        uri = given.get("uri") if isinstance(given, dict) else given
        if not isinstance(uri, str):
            return
        edit = ls.fix_all_edit(uri)
        if edit is not None:
            ls.workspace_apply_edit(types.ApplyWorkspaceEditParams(edit=edit, label=FIX_ALL_TITLE))

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    def hover(ls: CvlintServer, params: types.HoverParams) -> types.Hover | None:
        current = ls.current(params.text_document.uri)
        if current is None:
            return None
        _, linted = current
        positions = PositionMap(linted.text, ls.encoding)
        offset = _offset(positions, params.position)
        hits = [f for f in linted.findings if f.start <= offset <= f.end]
        rules = [rule for rule in map(linted.rule, dict.fromkeys(f.code for f in hits)) if rule is not None]
        if not rules:
            return None
        formats = ls.capability("text_document.hover.content_format", None)
        markdown = not formats or types.MarkupKind.Markdown in formats
        render = hover_markdown if markdown else hover_plain
        text = "\n\n---\n\n".join(render(rule, linted.format) for rule in rules)
        kind = types.MarkupKind.Markdown if markdown else types.MarkupKind.PlainText
        return types.Hover(types.MarkupContent(kind, text), lsp_range(positions, hits[0].start, hits[0].end))

    return server


class _OneLine(logging.Formatter):
    """Log records as one line each, without tracebacks: the editor's log of the server is read by people."""

    def format(self, record: logging.LogRecord) -> str:
        cause = f": {type(record.exc_info[1]).__name__}: {record.exc_info[1]}" if record.exc_info else ""
        return f"cvlint server: {record.levelname.lower()}: {record.getMessage()}{cause}".replace("\n", " ")


def serve() -> None:
    """Run the server on standard input and output until the client says exit (or closes the input)."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_OneLine())
    library = logging.getLogger("pygls")
    library.addHandler(handler)
    library.setLevel(logging.WARNING)
    library.propagate = False
    create_server().start_io(sys.stdin.buffer, sys.stdout.buffer)
