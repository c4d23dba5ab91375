"""``cvlint server`` driven over stdio by a real LSP client (pytest-lsp, on pygls), as an editor drives it.

Each test starts the installed ``cvlint`` console script as a subprocess and plays a session with the
capabilities a real editor sends (VS Code, Neovim, Emacs, as pytest-lsp records them). Positions are
checked on lines holding é, ’ and emoji (two UTF-16 code units each), edits are applied here with a
client-side implementation of LSP positions of our own, and the result is compared with what
``cvlint check --fix`` writes. No assertion is about time: waits are generous guards against a hang.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest
from lsprotocol import types
from pygls.protocol import default_converter
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities
from pytest_lsp.client import DEFAULT_CLIENT_FEATURES, register_lsp_features

from conftest import CACHE

CVLINT = str(Path(sys.executable).with_name("cvlint"))
"""The console script pip installed next to this Python: the command editors run."""
WAIT = 60.0
"""Seconds to wait for a message before calling the server hung (a guard, not a speed test)."""

RESUME = """\
# Zoë Müller

zoe.mueller@posteo.de · +49 30 1234567

## Experience

### Engineer, Café Noir (Jan 2020 – Mar 2022)

- Led the café’s 🎉 launch in 3 cities and and and grew sales by 20%
- Develop the ordering API used by 4,000 guests
-
- Cut costs by 15% for 12 shops 😀 with a libary of recipes

## Education

### BSc Computer Science, TU Berlin (2016 – 2019)
"""
CONFIG = 'today = "2026-06-01"\n'


class Client(LanguageClient):
    """pytest-lsp's client, also keeping every diagnostics notification (with its version),
    the edits the server asks it to apply, and the capabilities it registers."""

    def __init__(self) -> None:
        super().__init__(converter_factory=default_converter)
        self.published: list[types.PublishDiagnosticsParams] = []
        self.applied: list[types.WorkspaceEdit] = []
        self.registrations: list[types.Registration] = []


def _client() -> Client:
    client = Client()

    def publish(client: Client, params: types.PublishDiagnosticsParams) -> None:
        client.published.append(params)
        client.diagnostics[params.uri] = params.diagnostics

    def apply_edit(client: Client, params: types.ApplyWorkspaceEditParams) -> types.ApplyWorkspaceEditResult:
        client.applied.append(params.edit)
        return types.ApplyWorkspaceEditResult(applied=True)

    def register(client: Client, params: types.RegistrationParams) -> None:
        client.registrations.extend(params.registrations)

    features = {
        **DEFAULT_CLIENT_FEATURES,
        types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS: publish,
        types.WORKSPACE_APPLY_EDIT: apply_edit,
        types.CLIENT_REGISTER_CAPABILITY: register,
    }
    register_lsp_features(client, features)
    return client


@asynccontextmanager
async def session(
    folder: Path, editor: str = "visual-studio-code", command: list[str] | None = None
) -> AsyncIterator[tuple[Client, types.InitializeResult]]:
    """A started and initialized server for ``folder``, shut down and exited at the end."""
    config = ClientServerConfig(
        server_command=command or [CVLINT, "server"],
        client_factory=_client,
        server_env={**os.environ, "CVLINT_CACHE_DIR": str(CACHE)},
    )
    client = await config.start()
    assert isinstance(client, Client)
    try:
        result = await asyncio.wait_for(
            client.initialize_session(
                types.InitializeParams(
                    capabilities=client_capabilities(editor),
                    root_uri=folder.as_uri(),
                    workspace_folders=[types.WorkspaceFolder(uri=folder.as_uri(), name=folder.name)],
                )
            ),
            WAIT,
        )
        yield client, result
        await asyncio.wait_for(client.shutdown_session(), WAIT)
        assert client._server is not None and client._server.returncode == 0
    finally:
        server = client._server
        if server is not None and server.returncode is None:  # a failed test: end the server as an editor would
            assert server.stdin is not None
            server.stdin.close()
            try:
                await asyncio.wait_for(server.wait(), WAIT)
            except TimeoutError:
                server.kill()
        await client.stop()


async def published(client: Client, uri: str, version: int | None, after: int = 0) -> list[types.Diagnostic]:
    """The diagnostics published for ``uri`` at ``version`` (the ``after``-th notification or later)."""
    async with asyncio.timeout(WAIT):
        while True:
            for params in client.published[after:]:
                if params.uri == uri and params.version == version:
                    return list(params.diagnostics)
            await asyncio.sleep(0.01)


def open_document(client: Client, path: Path, text: str, language: str = "markdown", version: int = 1) -> str:
    uri = path.as_uri()
    client.text_document_did_open(types.DidOpenTextDocumentParams(types.TextDocumentItem(uri, language, version, text)))
    return uri


def change(client: Client, uri: str, version: int, text: str) -> None:
    """Replace the whole text (a change without a range)."""
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            types.VersionedTextDocumentIdentifier(version=version, uri=uri),
            [types.TextDocumentContentChangeWholeDocument(text=text)],
        )
    )


# A client's side of positions, written independently of the server's: slice the encoded line.
def _lines(text: str) -> list[str]:
    return re.findall(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$", text) or [""]


def offset_of(text: str, position: types.Position, encoding: str) -> int:
    lines = _lines(text)
    if position.line >= len(lines):
        return len(text)
    start = sum(len(line) for line in lines[: position.line])
    line = lines[position.line].rstrip("\r\n")
    if encoding == "utf-8":
        return start + len(line.encode("utf-8")[: position.character].decode("utf-8"))
    return start + len(line.encode("utf-16-le")[: 2 * position.character].decode("utf-16-le"))


def column_of(line: str, characters: int, encoding: str) -> int:
    """The LSP column of the ``characters``-th character of ``line``."""
    codec = "utf-8" if encoding == "utf-8" else "utf-16-le"
    width = 1 if encoding == "utf-8" else 2
    return len(line[:characters].encode(codec)) // width


def apply(text: str, edits: Iterable[types.TextEdit], encoding: str) -> str:
    spans = [
        (offset_of(text, edit.range.start, encoding), offset_of(text, edit.range.end, encoding), edit.new_text)
        for edit in edits
    ]
    for start, end, new in sorted(spans, reverse=True):
        text = text[:start] + new + text[end:]
    return text


def edits_of(edit: types.WorkspaceEdit | None, uri: str) -> list[types.TextEdit]:
    assert edit is not None
    if edit.document_changes is not None:
        found: list[types.TextEdit] = []
        for change in edit.document_changes:
            assert isinstance(change, types.TextDocumentEdit) and change.text_document.uri == uri
            found.extend(e for e in change.edits if isinstance(e, types.TextEdit))
        return found
    assert edit.changes is not None
    return list(edit.changes[uri])


def cli_fix(folder: Path, text: str, name: str = "copy.md") -> str:
    """What ``cvlint check --fix`` writes for ``text`` in ``folder`` (same configuration)."""
    copy = folder / name
    copy.write_bytes(text.encode("utf-8"))
    subprocess.run([CVLINT, "check", "--no-cache", "--fix", str(copy)], capture_output=True, timeout=120, check=False)
    fixed = copy.read_bytes().decode("utf-8")
    copy.unlink()
    return fixed


def cli_findings(path: Path) -> list[dict[str, Any]]:
    result = subprocess.run(
        [CVLINT, "check", "--no-cache", "--output-format", "json", str(path)], capture_output=True, timeout=120
    )
    findings: list[dict[str, Any]] = json.loads(result.stdout)
    return findings


def actions_at(
    client: Client, uri: str, start: types.Position, end: types.Position, only: list[str] | None = None
) -> Any:
    return client.text_document_code_action_async(
        types.CodeActionParams(
            types.TextDocumentIdentifier(uri),
            types.Range(start, end),
            types.CodeActionContext(diagnostics=[], only=only),
        )
    )


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / ".cvlint.toml").write_text(CONFIG, encoding="utf-8")
    (tmp_path / "resume.md").write_text(RESUME, encoding="utf-8")
    return tmp_path


@pytest.mark.asyncio
async def test_a_whole_session_matches_the_command_line(folder: Path) -> None:
    path = folder / "resume.md"
    async with session(folder) as (client, result):
        assert result.capabilities.position_encoding == types.PositionEncodingKind.Utf16
        uri = open_document(client, path, RESUME)
        diagnostics = await published(client, uri, 1)

        # Every finding of `cvlint check`, at the same place in UTF-16 code units, with its code and link.
        lines = RESUME.split("\n")
        expected = [
            (
                f["code"],
                f["line"] - 1,
                column_of(lines[f["line"] - 1], f["column"] - 1, "utf-16"),
                f["end_line"] - 1,
                column_of(lines[f["end_line"] - 1], f["end_column"] - 1, "utf-16"),
            )
            for f in cli_findings(path)
        ]
        got = [
            (d.code, d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character)
            for d in diagnostics
        ]
        assert got == expected
        doubled = next(d for d in diagnostics if d.code == "CV507")
        line = lines[8]
        assert doubled.range.start.character == line.index("and and") + len("and") + 1  # 🎉 takes two UTF-16 units
        assert doubled.severity == types.DiagnosticSeverity.Warning and doubled.source == "cvlint"
        assert doubled.code_description is not None
        assert doubled.code_description.href.endswith("/rules/CV507-typography.toml")

        # An incremental change after the emoji, given in UTF-16 units: a new misspelling appears there.
        at = types.Position(8, column_of(line, line.index("launch"), "utf-16"))
        client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                types.VersionedTextDocumentIdentifier(version=2, uri=uri),
                [types.TextDocumentContentChangePartial(range=types.Range(at, at), text="recieved ")],
            )
        )
        text = RESUME.replace("🎉 launch", "🎉 recieved launch")
        diagnostics = await published(client, uri, 2)
        typo = next(d for d in diagnostics if d.code == "CV510" and d.range.start.line == 8)
        assert typo.range.start == at
        assert typo.range.end.character - at.character == len("recieved")

        # Quick fixes for the line: the safe fix, then "disable" for each rule; the unsafe one is labelled.
        actions = await actions_at(client, uri, types.Position(8, 0), types.Position(9, 5))
        titles = [action.title for action in actions]
        assert "Fix typography: delete the repeat" in titles
        assert "Fix tense-mismatch (unsafe): write 'Developed'" in titles
        assert "Fix spelling (unsafe): did you mean 'received'? (or add the word to .cvlint-words.txt)" in titles
        assert "Disable typography for this line" in titles
        by_title = {action.title: action for action in actions}
        assert by_title["Fix typography: delete the repeat"].is_preferred
        assert not by_title["Fix tense-mismatch (unsafe): write 'Developed'"].is_preferred
        fixed_once = apply(text, edits_of(by_title["Fix typography: delete the repeat"].edit, uri), "utf-16")
        assert fixed_once == text.replace("and and and", "and and")
        unsafe = apply(text, edits_of(by_title["Fix tense-mismatch (unsafe): write 'Developed'"].edit, uri), "utf-16")
        assert unsafe == text.replace("- Develop the", "- Developed the")

        # "Fix all safe" (resolved lazily, as VS Code asks) is exactly `cvlint check --fix`, fix loop included.
        fix_all = next(action for action in actions if action.kind == "source.fixAll.cvlint")
        assert fix_all.edit is None
        resolved = await client.code_action_resolve_async(fix_all)
        everything = apply(text, edits_of(resolved.edit, uri), "utf-16")
        assert everything == cli_fix(folder, text)
        assert "and grew" in everything and "and and" not in everything and "\n-\n" not in everything

        # Disabling a rule for a line: the comment of the format goes above it, and the finding is gone.
        disable = by_title["Disable typography for this line"]
        silenced = apply(text, edits_of(disable.edit, uri), "utf-16")
        assert silenced == text.replace("- Led the", "<!-- cvlint-disable-next-line typography -->\n- Led the")
        change(client, uri, 3, silenced)
        diagnostics = await published(client, uri, 3)
        assert not [d for d in diagnostics if d.code == "CV507"]
        assert [d for d in diagnostics if d.code == "CV510" and d.range.start.line == 9]  # the rest stays

        # The fix-all command: the server sends the edit back with workspace/applyEdit.
        await client.workspace_execute_command_async(types.ExecuteCommandParams("cvlint.fixAll", [uri]))
        async with asyncio.timeout(WAIT):
            while not client.applied:
                await asyncio.sleep(0.01)
        assert apply(silenced, edits_of(client.applied[0], uri), "utf-16") == cli_fix(folder, silenced)

        # Hover on a diagnostic: the rule's summary and a bad and a good example.
        hover = await client.text_document_hover_async(
            types.HoverParams(types.TextDocumentIdentifier(uri), types.Position(11, 0))
        )
        assert hover is not None and isinstance(hover.contents, types.MarkupContent)
        assert hover.contents.kind == types.MarkupKind.Markdown
        assert "**CV101** `empty-bullet`" in hover.contents.value
        assert "Bad:" in hover.contents.value and "Good:" in hover.contents.value
        assert (
            await client.text_document_hover_async(
                types.HoverParams(types.TextDocumentIdentifier(uri), types.Position(0, 3))
            )
            is None
        )

        # Saving lints again; closing clears the diagnostics.
        count = len(client.published)
        client.text_document_did_save(types.DidSaveTextDocumentParams(types.TextDocumentIdentifier(uri)))
        assert await published(client, uri, 3, after=count)
        client.text_document_did_close(types.DidCloseTextDocumentParams(types.TextDocumentIdentifier(uri)))
        assert await published(client, uri, None) == []


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("editor", "encoding"), [("neovim@v0.11.0", "utf-8"), ("emacs", "utf-8"), ("neovim@v0.9.1", "utf-16")]
)
async def test_positions_in_the_negotiated_encoding(folder: Path, editor: str, encoding: str) -> None:
    async with session(folder, editor) as (client, result):
        assert result.capabilities.position_encoding == encoding
        uri = open_document(client, folder / "resume.md", RESUME)
        diagnostics = await published(client, uri, 1)
        lines = RESUME.split("\n")
        for code, before, text in (("CV507", "and", " and"), ("CV510", "", "libary")):
            found = next(d for d in diagnostics if d.code == code)
            line = lines[found.range.start.line]
            start = line.index(before + text) + len(before)
            assert found.range.start.character == column_of(line, start, encoding)
            assert found.range.end.character == column_of(line, start + len(text), encoding)
        # Neovim 0.11 takes plain `changes` (no documentChanges); the fix-all edit is resolved or inline.
        actions = await actions_at(client, uri, types.Position(0, 0), types.Position(0, 0), ["source.fixAll"])
        assert [action.kind for action in actions] == ["source.fixAll.cvlint"]
        action = actions[0] if actions[0].edit else await client.code_action_resolve_async(actions[0])
        assert apply(RESUME, edits_of(action.edit, uri), encoding) == cli_fix(folder, RESUME)


@pytest.mark.asyncio
async def test_configuration_is_reloaded_when_it_changes(folder: Path) -> None:
    async with session(folder) as (client, _):
        uri = open_document(client, folder / "resume.md", RESUME)
        assert any(d.code == "CV510" for d in await published(client, uri, 1))
        patterns = [
            watcher["globPattern"]
            for registration in client.registrations
            if registration.method == types.WORKSPACE_DID_CHANGE_WATCHED_FILES
            for watcher in registration.register_options["watchers"]
        ]
        assert {"**/.cvlint.toml", "**/pyproject.toml"} <= set(patterns)

        count = len(client.published)
        (folder / ".cvlint.toml").write_text(CONFIG + 'ignore = ["spelling"]\n', encoding="utf-8")
        client.workspace_did_change_watched_files(
            types.DidChangeWatchedFilesParams(
                [types.FileEvent((folder / ".cvlint.toml").as_uri(), types.FileChangeType.Changed)]
            )
        )
        diagnostics = await published(client, uri, 1, after=count)
        assert diagnostics and not any(d.code == "CV510" for d in diagnostics)

        # A broken configuration is one error on the first line, as `cvlint check` prints it.
        count = len(client.published)
        (folder / ".cvlint.toml").write_text("select = 3\n", encoding="utf-8")
        client.workspace_did_change_watched_files(
            types.DidChangeWatchedFilesParams(
                [types.FileEvent((folder / ".cvlint.toml").as_uri(), types.FileChangeType.Changed)]
            )
        )
        (error,) = await published(client, uri, 1, after=count)
        assert error.severity == types.DiagnosticSeverity.Error and "select must be a list of strings" in error.message


@pytest.mark.asyncio
async def test_changes_in_a_burst_end_in_the_last_version(folder: Path) -> None:
    async with session(folder) as (client, _):
        uri = open_document(client, folder / "resume.md", RESUME)
        await published(client, uri, 1)
        text = RESUME
        for version in range(2, 12):
            text = text.replace("Cut costs", f"Cut costs {version}x", 1)
            change(client, uri, version, text)
        diagnostics = await published(client, uri, 11)
        assert all(p.version in (None, *range(1, 12)) for p in client.published)
        lines = text.split("\n")
        typo = next(d for d in diagnostics if d.code == "CV510")
        line = lines[typo.range.start.line]
        assert typo.range.start.character == column_of(line, line.index("libary"), "utf-16")


FORMATS = [
    ("resume.tex", "latex", "% cvlint-disable-next-line"),
    ("resume.txt", "plaintext", "# cvlint-disable-next-line"),
    ("cv.yaml", "yaml", "# cvlint-disable-next-line"),
]
LATEX = r"""\documentclass{article}
\begin{document}
\section{Experience}
\subsection{Engineer, Café Noir (Jan 2020 -- Mar 2022)}
\begin{itemize}
  \item Led the café’s 🎉 launch in 3 cities and and grew sales by 20\%
\end{itemize}
\section{Education}
BSc, TU Berlin (2016 -- 2019)
\end{document}
"""
TEXT = """\
Zoë Müller
zoe.mueller@posteo.de

EXPERIENCE

Engineer, Café Noir, Jan 2020 - Mar 2022
- Led the café’s 🎉 launch in 3 cities and and grew sales by 20%

EDUCATION

BSc, TU Berlin, 2016 - 2019
"""
YAML = """\
cv:
  name: Zoë Müller
  email: zoe.mueller@posteo.de
  sections:
    experience:
      - company: Café Noir
        position: Engineer
        start_date: 2020-01
        end_date: 2022-03
        highlights:
          - Led the café’s 🎉 launch in 3 cities and and grew sales by 20%
    education:
      - institution: TU Berlin
        area: Computer Science
        start_date: 2016-09
        end_date: 2019-07
"""
JSON = """\
{
  "basics": {"name": "Zoë Müller", "email": "zoe.mueller@posteo.de"},
  "work": [
    {"name": "Café Noir", "position": "Engineer", "startDate": "2020-01", "endDate": "2022-03",
     "highlights": ["Led the café’s 🎉 launch in 3 cities and and grew sales by 20%"]}
  ],
  "education": [{"institution": "TU Berlin", "area": "Computer Science", "startDate": "2016", "endDate": "2019"}]
}
"""


@pytest.mark.asyncio
async def test_each_format_gets_its_own_suppression_comment(folder: Path) -> None:
    sources = {"resume.tex": LATEX, "resume.txt": TEXT, "cv.yaml": YAML}
    async with session(folder) as (client, _):
        for name, language, comment in FORMATS:
            text = sources[name]
            uri = open_document(client, folder / name, text, language)
            doubled = next(d for d in await published(client, uri, 1) if d.code == "CV507")
            line = text.split("\n")[doubled.range.start.line]
            assert doubled.range.start.character == column_of(line, line.index("and and") + len("and"), "utf-16")
            actions = await actions_at(client, uri, doubled.range.start, doubled.range.end, ["quickfix"])
            disable = next(a for a in actions if a.title == "Disable typography for this line")
            silenced = apply(text, edits_of(disable.edit, uri), "utf-16")
            indent = line[: len(line) - len(line.lstrip())]
            assert f"\n{indent}{comment} typography\n{line}\n" in silenced
            change(client, uri, 2, silenced)
            assert not [d for d in await published(client, uri, 2) if d.code == "CV507"]
            fix = next(a for a in actions if a.title == "Fix typography: delete the repeat")
            assert apply(text, edits_of(fix.edit, uri), "utf-16") == cli_fix(folder, text, f"copy-{name}")

        # JSON has no comments: a fix, but no suppression comment, is offered.
        uri = open_document(client, folder / "resume.json", JSON, "json")
        doubled = next(d for d in await published(client, uri, 1) if d.code == "CV507")
        titles = [a.title for a in await actions_at(client, uri, doubled.range.start, doubled.range.end)]
        assert "Fix typography: delete the repeat" in titles
        assert not [title for title in titles if title.startswith("Disable")]


@pytest.mark.asyncio
async def test_an_unsaved_buffer_is_linted_by_its_language(folder: Path) -> None:
    async with session(folder) as (client, _):
        uri = "untitled:Untitled-1"
        client.text_document_did_open(
            types.DidOpenTextDocumentParams(types.TextDocumentItem(uri, "markdown", 1, RESUME))
        )
        assert any(d.code == "CV507" for d in await published(client, uri, 1))


@pytest.mark.asyncio
async def test_invalid_json_is_one_error_not_a_crash(folder: Path) -> None:
    async with session(folder) as (client, _):
        uri = open_document(client, folder / "resume.json", '{"basics": {"name": "Zoë"', "json")
        (error,) = await published(client, uri, 1)
        assert error.severity == types.DiagnosticSeverity.Error and "JSON" in error.message
        assert not await actions_at(client, uri, types.Position(0, 0), types.Position(0, 1))


NO_NETWORK = r"""
import os, socket, sys

def hook(event, args):
    local = event == "socket.__new__" and args[1] == socket.AF_UNIX  # asyncio's own wake-up pipe
    network = event.startswith(("socket.", "urllib.", "http.")) or event in ("ftplib.connect", "smtplib.connect")
    if network and not local:
        sys.stderr.write(f"NETWORK-ACCESS {event} {args}\n")
        sys.stderr.flush()
        os._exit(99)

sys.addaudithook(hook)
from cvlint.cli.main import run
sys.argv = ["cvlint", "server"]
run()
"""


@pytest.mark.asyncio
async def test_the_server_opens_no_network_socket(folder: Path) -> None:
    async with session(folder, command=[sys.executable, "-c", NO_NETWORK]) as (client, _):
        uri = open_document(client, folder / "resume.md", RESUME)
        await published(client, uri, 1)
        change(client, uri, 2, RESUME + "\n- Wrote teh docs\n")
        await published(client, uri, 2)
        actions = await actions_at(client, uri, types.Position(0, 0), types.Position(20, 0))
        assert actions


def test_without_the_extra_it_says_what_to_install() -> None:
    probe = (
        "import sys; sys.modules['pygls'] = None; from cvlint.cli.main import run; "
        "sys.argv = ['cvlint', 'server']; run()"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, timeout=120, stdin=subprocess.DEVNULL)
    assert result.returncode == 2
    assert result.stdout == b""
    assert result.stderr.decode() == (
        "cvlint: error: the language server needs the server extra: "
        "pip install 'cvlint-resume[server]' (it installs pygls)\n"
    )


def test_the_console_script_is_installed() -> None:
    assert shutil.which(CVLINT)


@pytest.mark.asyncio
async def test_without_file_watching_the_configuration_is_read_again_on_save(folder: Path) -> None:
    async with session(folder, "neovim@v0.11.0") as (client, _):  # Neovim on Linux watches no files for servers
        uri = open_document(client, folder / "resume.md", RESUME)
        assert any(d.code == "CV510" for d in await published(client, uri, 1))
        assert not client.registrations
        (folder / ".cvlint.toml").write_text(CONFIG + 'ignore = ["spelling"]\n', encoding="utf-8")
        count = len(client.published)
        client.text_document_did_save(types.DidSaveTextDocumentParams(types.TextDocumentIdentifier(uri)))
        diagnostics = await published(client, uri, 1, after=count)
        assert diagnostics and not any(d.code == "CV510" for d in diagnostics)


def test_bad_input_is_one_log_line_and_the_end_of_input_ends_the_server() -> None:
    result = subprocess.run(
        [CVLINT, "server"], input=b"Content-Length: 5\r\n\r\n{bad}", capture_output=True, timeout=120
    )
    assert result.returncode == 0
    assert b"Traceback" not in result.stderr
    assert result.stderr.decode().startswith("cvlint server: error: Unable to handle message: JSONDecodeError")
    assert result.stderr.count(b"\n") <= 1
