"""Benchmarks for cvlint: prints figures, asserts nothing.

    python bench/bench.py [--corpus ../shared/corpus] [--runs 15] [--skip-10k]

Measures, on one core (``taskset -c 0`` when available):
- cold ``cvlint check`` of one résumé (median of several runs), beside ``python -c pass``;
- a batch of 1,000 and 10,000 résumés in one process (files per second, peak memory);
- growth with file size (one résumé repeated 1×, 4× and 16× in one file);
- the same cold and 1,000-file runs for proselint, as a reference, when it is installed.

Batch files are copies of the corpus's Markdown and text résumés (or of the bundled examples when no
corpus is given), each copy made unique so no cache could help; cvlint runs with ``--no-cache``.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SAMPLE = HERE / "two_page_resume.md"
PINNED = ["taskset", "-c", "0"] if shutil.which("taskset") else []
ENV = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
"""Bytecode caches allowed, as in an installed cvlint (pip compiles them); the warm-up run writes them."""


def _bin(name: str) -> str:
    """A console script next to this Python, else on PATH."""
    local = Path(sys.executable).parent / name
    return str(local) if local.exists() else (shutil.which(name) or name)


def _timed(command: list[str]) -> tuple[float, int]:
    """Wall seconds and peak resident memory (KiB) of one run of ``command``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    began = time.perf_counter()
    subprocess.run([*PINNED, *command], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, env=ENV)
    elapsed = time.perf_counter() - began
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return elapsed, max(peak, before)


def _median(command: list[str], runs: int) -> float:
    _timed(command)
    return statistics.median(_timed(command)[0] for _ in range(runs))


def _peak(command: list[str]) -> tuple[float, int]:
    """Time and peak memory of ``command`` in a fresh interpreter that reports its own peak."""
    probe = (
        "import resource, subprocess, sys, time\n"
        "t = time.perf_counter()\n"
        "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n"
        "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    )
    out = subprocess.run(
        [*PINNED, sys.executable, "-c", probe, *command], capture_output=True, text=True, check=True, env=ENV
    )
    seconds, peak = out.stdout.split()
    return float(seconds), int(peak)


def _sources(corpus: Path | None) -> list[str]:
    paths: list[Path] = []
    if corpus is not None and corpus.is_dir():
        paths = sorted([*corpus.glob("markdown/*.md"), *corpus.glob("text/*.txt")])
    if not paths:
        paths = [SAMPLE, ROOT / "examples" / "resume.md", *sorted((ROOT / "tests" / "fixtures").glob("*resume*"))]
    return [p.read_text(encoding="utf-8", errors="replace") for p in paths]


def _batch_dir(base: Path, sources: list[str], count: int) -> Path:
    folder = base / f"batch{count}"
    folder.mkdir()
    for index in range(count):
        text = sources[index % len(sources)]
        (folder / f"resume{index:05d}.md").write_text(f"{text}\n<!-- copy {index} -->\n", encoding="utf-8")
    return folder


def _row(name: str, *cells: str) -> str:
    return "| " + " | ".join([name, *cells]) + " |"


def main() -> None:
    """Run the benchmarks and print a Markdown table of the figures."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--skip-10k", action="store_true", help="leave out the 10,000-file batch")
    args = parser.parse_args()

    cvlint = [_bin("cvlint"), "check", "--output-format", "concise", "--no-cache", "--jobs", "1", "--exit-zero"]
    proselint = [_bin("proselint"), "check"] if shutil.which(_bin("proselint")) else None
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}, pinned to one core: {bool(PINNED)}")
    print(f"sample: {SAMPLE.relative_to(ROOT)} ({len(SAMPLE.read_text(encoding='utf-8').split())} words)\n")

    floor = _median([sys.executable, "-c", "pass"], args.runs)
    cold = _median([*cvlint, str(SAMPLE)], args.runs)
    print("| cold start, one résumé | median | × python -c pass |")
    print("| --- | --- | --- |")
    print(_row("python -c pass", f"{floor * 1000:.0f} ms", "1.0×"))
    print(_row("cvlint check", f"{cold * 1000:.0f} ms", f"{cold / floor:.1f}×"))
    if proselint:
        prose = _median([*proselint, str(SAMPLE)], args.runs)
        print(_row("proselint check", f"{prose * 1000:.0f} ms", f"{prose / floor:.1f}×"))

    sources = _sources(args.corpus)
    counts = [1_000] if args.skip_10k else [1_000, 10_000]
    print("\n| batch, one process | files | seconds | files/s | peak memory |")
    print("| --- | --- | --- | --- | --- |")
    with tempfile.TemporaryDirectory(prefix="cvlint-bench-") as temporary:
        base = Path(temporary)
        for count in counts:
            folder = _batch_dir(base, sources, count)
            seconds, peak = _peak([*cvlint, str(folder)])
            print(_row("cvlint", f"{count:,}", f"{seconds:.1f}", f"{count / seconds:.0f}", f"{peak / 1024:.0f} MiB"))
            if proselint and count == 1_000:
                seconds, peak = _peak([*proselint, str(folder)])
                print(
                    _row(
                        "proselint", f"{count:,}", f"{seconds:.1f}", f"{count / seconds:.0f}", f"{peak / 1024:.0f} MiB"
                    )
                )
        print("\n| file size, one file | KiB | seconds | ms per KiB |")
        print("| --- | --- | --- | --- |")
        sample = SAMPLE.read_text(encoding="utf-8")
        for factor in (1, 4, 16, 64):
            path = base / f"size{factor}.md"
            path.write_text("\n\n".join([sample] * factor), encoding="utf-8")
            seconds = _median([*cvlint, str(path)], 3)
            size = path.stat().st_size / 1024
            print(_row(f"{factor}× the sample", f"{size:.0f}", f"{seconds:.2f}", f"{seconds * 1000 / size:.1f}"))


if __name__ == "__main__":
    main()
