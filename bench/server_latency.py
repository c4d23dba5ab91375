"""Language-server latency: from didChange to the diagnostics of that version, over 200 edits.

    python bench/server_latency.py [--edits 200] [--file bench/two_page_resume.md]

Starts ``cvlint server`` (the console script next to this Python; not pinned to a core, since an
editor and its server run side by side) and drives it over stdio with pygls's client, as an editor
would: open the two-page résumé, then type and delete a letter at a different line each time,
waiting for the diagnostics of each version before the next edit. Prints median, p95 and max, beside the time the
rules alone take on the same text in this process. Needs the server extra (pygls). Asserts nothing.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from pathlib import Path

from lsprotocol import types
from pygls.lsp.client import LanguageClient

HERE = Path(__file__).resolve().parent


def _edits(text: str, count: int) -> list[tuple[int, int, str]]:
    """``(line, column, insert or '')``: a letter typed at the end of a line's first word, then deleted."""
    lines = text.split("\n")
    wordy = [i for i, line in enumerate(lines) if " " in line.strip()]
    edits: list[tuple[int, int, str]] = []
    for number in range(count):
        line = wordy[(number // 2 * 7) % len(wordy)]
        column = lines[line].index(" ", len(lines[line]) - len(lines[line].lstrip()) + 1)
        edits.append((line, column, "s" if number % 2 == 0 else ""))
    return edits


async def measure(path: Path, count: int) -> list[float]:
    """Seconds from each didChange to the published diagnostics of its version."""
    arrived: dict[int, float] = {}
    signal = asyncio.Event()
    client = LanguageClient("cvlint-bench", "1")

    @client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    def published(params: types.PublishDiagnosticsParams) -> None:
        if params.version is not None:
            arrived[params.version] = time.perf_counter()
            signal.set()

    async def wait(version: int) -> float:
        while version not in arrived:
            signal.clear()
            await asyncio.wait_for(signal.wait(), 60)
        return arrived[version]

    server = str(Path(sys.executable).with_name("cvlint"))
    await client.start_io(server, "server")
    await client.initialize_async(
        types.InitializeParams(capabilities=types.ClientCapabilities(), root_uri=path.parent.as_uri())
    )
    client.initialized(types.InitializedParams())
    uri = path.as_uri()
    text = path.read_text(encoding="utf-8")
    client.text_document_did_open(types.DidOpenTextDocumentParams(types.TextDocumentItem(uri, "markdown", 1, text)))
    await wait(1)
    latencies: list[float] = []
    for version, (line, column, insert) in enumerate(_edits(text, count), start=2):
        start = types.Position(line, column)
        end = start if insert else types.Position(line, column + 1)
        began = time.perf_counter()
        client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                types.VersionedTextDocumentIdentifier(version=version, uri=uri),
                [types.TextDocumentContentChangePartial(range=types.Range(start, end), text=insert)],
            )
        )
        latencies.append(await wait(version) - began)
    await client.shutdown_async(None)
    client.exit(None)
    await client.stop()
    return latencies


def rules_only(path: Path, runs: int = 50) -> float:
    """Median seconds for parsing and the rules on the same text, in this process (warm)."""
    from cvlint.app.run_options import RunOptions
    from cvlint.app.runner import Runner
    from cvlint.engine.lint import lint_source

    settings = Runner(RunOptions()).settings_for(str(path), path)
    text = path.read_text(encoding="utf-8")
    lint_source(text, str(path), settings)
    times = []
    for number in range(runs):
        began = time.perf_counter()
        lint_source(text + "s" * (number % 2), str(path), settings)
        times.append(time.perf_counter() - began)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--edits", type=int, default=200)
    parser.add_argument("--file", type=Path, default=HERE / "two_page_resume.md")
    args = parser.parse_args()
    path = args.file.resolve()
    latencies = sorted(asyncio.run(measure(path, args.edits)))
    words = len(path.read_text(encoding="utf-8").split())
    p95 = latencies[max(0, round(0.95 * len(latencies)) - 1)]
    print(f"cvlint server, didChange → publishDiagnostics, {len(latencies)} edits of {path.name} ({words} words)")
    median, worst = statistics.median(latencies) * 1000, latencies[-1] * 1000
    print(f"  median {median:.1f} ms   p95 {p95 * 1000:.1f} ms   max {worst:.1f} ms")
    print(f"  of which parsing and rules (median, in-process): {rules_only(path) * 1000:.1f} ms")


if __name__ == "__main__":
    main()
