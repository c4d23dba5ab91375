"""Benchmarks for cvlint: prints figures, asserts nothing.

    python bench/bench.py [--corpus ../shared/corpus] [--runs 15] [--skip-10k] [--also OTHER/bin/cvlint]

Measures, on one core (``taskset -c 0`` when available):
- cold ``cvlint check`` of one résumé (median of several runs), beside ``python -c pass``; the tools'
  runs take turns, so a change in the machine's load falls on all of them alike, and the CPU time
  (user and system) of each run is given beside its wall time, as it moves less with the load;
- a batch of 1,000 and 10,000 résumés in one process (files per second, peak memory);
- growth with file size (one résumé repeated 1×, 4× and 16× in one file);
- the same cold and 1,000-file runs for proselint, as a reference, when it is installed, and for each other
  cvlint given with ``--also`` (another installation, such as a release), labelled by its version.

The cold runs take place in an empty temporary folder holding a copy of the résumé, so that no
configuration file of this checkout is read.

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


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _timed(command: list[str], cwd: Path | None = None) -> tuple[float, float]:
    """Wall and CPU seconds of one run of ``command``."""
    cpu = _cpu()
    began = time.perf_counter()
    subprocess.run(
        [*PINNED, *command], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, env=ENV, cwd=cwd
    )
    return time.perf_counter() - began, _cpu() - cpu


def _median(command: list[str], runs: int) -> float:
    _timed(command)
    return statistics.median(_timed(command)[0] for _ in range(runs))


def _medians(commands: dict[str, list[str]], runs: int, cwd: Path) -> dict[str, tuple[float, float]]:
    """Median wall and CPU seconds of each command, the commands run in turn ``runs`` times in ``cwd``."""
    for command in commands.values():
        _timed(command, cwd)  # the warm-up: bytecode and cvlint's installation stores written
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            times[name].append(_timed(command, cwd))
    return {
        name: (statistics.median(wall for wall, _ in measured), statistics.median(cpu for _, cpu in measured))
        for name, measured in times.items()
    }


def _peak(command: list[str]) -> tuple[float, int, float]:
    """Wall seconds, peak memory (KiB) and CPU seconds of ``command`` in a fresh interpreter that reports them."""
    probe = (
        "import resource, subprocess, sys, time\n"
        "t = time.perf_counter()\n"
        "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n"
        "u = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
        "print(time.perf_counter() - t, u.ru_maxrss, u.ru_utime + u.ru_stime)\n"
    )
    out = subprocess.run(
        [*PINNED, sys.executable, "-c", probe, *command], capture_output=True, text=True, check=True, env=ENV
    )
    seconds, peak, cpu = out.stdout.split()
    return float(seconds), int(peak), float(cpu)


def _batch_row(name: str, count: int, seconds: float, peak: int, cpu: float) -> str:
    return _row(name, f"{count:,}", f"{seconds:.1f}", f"{count / seconds:.0f}", f"{peak / 1024:.0f} MiB", f"{cpu:.1f}")


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


def _label(program: str) -> str:
    """``cvlint 0.2.0 (path)``: another cvlint named by the version it reports and where it is."""
    out = subprocess.run([program, "--version"], capture_output=True, text=True, check=False, env=ENV)
    version = out.stdout.strip().rsplit(" ", 1)[-1] if out.returncode == 0 else "?"
    return f"cvlint {version} ({program})"


def main() -> None:
    """Run the benchmarks and print a Markdown table of the figures."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--skip-10k", action="store_true", help="leave out the 10,000-file batch")
    parser.add_argument(
        "--also",
        action="append",
        default=[],
        metavar="CVLINT",
        help="another cvlint program (such as a release's bin/cvlint) to measure in turn with this one",
    )
    args = parser.parse_args()

    options = ["check", "--output-format", "concise", "--no-cache", "--jobs", "1", "--exit-zero"]
    cvlint = [_bin("cvlint"), *options]
    others = {_label(program): [program, *options] for program in args.also}
    proselint = [_bin("proselint"), "check"] if shutil.which(_bin("proselint")) else None
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}, pinned to one core: {bool(PINNED)}")
    print(f"load average: {' '.join(f'{load:.1f}' for load in os.getloadavg())}")
    print(f"sample: {SAMPLE.relative_to(ROOT)} ({len(SAMPLE.read_text(encoding='utf-8').split())} words)\n")

    with tempfile.TemporaryDirectory(prefix="cvlint-bench-") as temporary:
        base = Path(temporary)
        quiet = base / "cold"
        quiet.mkdir()
        sample = quiet / SAMPLE.name
        shutil.copyfile(SAMPLE, sample)
        commands = {"python -c pass": [sys.executable, "-c", "pass"], "cvlint check": [*cvlint, sample.name]}
        commands.update({f"{label} check": [*command, sample.name] for label, command in others.items()})
        if proselint:
            commands["proselint check"] = [*proselint, sample.name]
        cold = _medians(commands, args.runs, quiet)
        floor = cold["python -c pass"][0]
        print("| cold start, one résumé | median | × python -c pass | CPU time, median |")
        print("| --- | --- | --- | --- |")
        for name, (wall, cpu) in cold.items():
            print(_row(name, f"{wall * 1000:.0f} ms", f"{wall / floor:.1f}×", f"{cpu * 1000:.0f} ms"))

        sources = _sources(args.corpus)
        counts = [1_000] if args.skip_10k else [1_000, 10_000]
        print("\n| batch, one process | files | seconds | files/s | peak memory | CPU seconds |")
        print("| --- | --- | --- | --- | --- | --- |")
        for count in counts:
            folder = _batch_dir(base, sources, count)
            print(_batch_row("cvlint", count, *_peak([*cvlint, str(folder)])))
            if count == 1_000:
                for label, command in others.items():
                    print(_batch_row(label, count, *_peak([*command, str(folder)])))
                if proselint:
                    print(_batch_row("proselint", count, *_peak([*proselint, str(folder)])))
        print("\n| file size, one file | KiB | seconds | ms per KiB |")
        print("| --- | --- | --- | --- |")
        text = SAMPLE.read_text(encoding="utf-8")
        for factor in (1, 4, 16, 64):
            path = base / f"size{factor}.md"
            path.write_text("\n\n".join([text] * factor), encoding="utf-8")
            seconds = _median([*cvlint, str(path)], 3)
            size = path.stat().st_size / 1024
            print(_row(f"{factor}× the sample", f"{size:.0f}", f"{seconds:.2f}", f"{seconds * 1000 / size:.1f}"))


if __name__ == "__main__":
    main()
