"""Which regular expressions a cvlint run spends its time in: prints figures, asserts nothing.

    python bench/pattern_costs.py FILE_OR_FOLDER... [--top 40]

Runs ``cvlint check --no-cache --jobs 1`` on the given files in this process, with ``re.compile``
wrapped so that every pattern compiled during the run (cvlint's own, made lazily or at import) reports
the CPU time spent in its ``search``/``match``/``findall``/``finditer``/``sub``/... calls. Prints the run's
CPU time, the share spent inside patterns, and the costliest patterns with their call counts and the module
line that compiled them. The wrapper adds about a microsecond a call, so figures are for comparing
patterns within one run, not for comparing runs. Patterns compiled before this script starts (none of
cvlint's) are not seen.
"""

from __future__ import annotations

import argparse
import collections
import os
import re
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

_COMPILE = re.compile
_TIMED = ("search", "match", "fullmatch", "findall", "sub", "subn", "split")
_COSTS: collections.defaultdict[tuple[str, str], list[float]] = collections.defaultdict(lambda: [0.0, 0])
_SKIPPED = ("/re/", "lazy_pattern", "fast_regex", "pattern_costs")


class _TimedPattern:
    """A compiled pattern whose matching calls add their time to ``_COSTS[key]``."""

    __slots__ = ("_key", "_pattern")

    def __init__(self, pattern: re.Pattern[str], key: tuple[str, str]) -> None:
        self._pattern = pattern
        self._key = key

    def __getattr__(self, name: str) -> Any:
        method = getattr(self._pattern, name)
        if name in _TIMED:
            return self._timed(method)
        if name == "finditer":
            return self._timed_iter(method)
        return method

    def _timed(self, method: Callable[..., Any]) -> Callable[..., Any]:
        cost = _COSTS[self._key]

        def call(*args: Any, **kwargs: Any) -> Any:
            began = time.process_time()
            try:
                return method(*args, **kwargs)
            finally:
                cost[0] += time.process_time() - began
                cost[1] += 1

        return call

    def _timed_iter(self, method: Callable[..., Iterator[re.Match[str]]]) -> Callable[..., Iterator[re.Match[str]]]:
        cost = _COSTS[self._key]

        def call(*args: Any, **kwargs: Any) -> Iterator[re.Match[str]]:
            cost[1] += 1
            matches = method(*args, **kwargs)
            while True:
                began = time.process_time()
                match = next(matches, None)
                cost[0] += time.process_time() - began
                if match is None:
                    return
                yield match

        return call

    def __eq__(self, other: object) -> bool:
        return self._pattern == (other._pattern if isinstance(other, _TimedPattern) else other)

    def __hash__(self) -> int:
        return hash(self._pattern)


def _compile(pattern: Any, flags: int = 0) -> Any:
    compiled = _COMPILE(pattern, flags)
    if not isinstance(pattern, str):
        return compiled
    frame = sys._getframe(1)
    while frame is not None and any(part in frame.f_code.co_filename for part in _SKIPPED):
        frame = frame.f_back
    where = f"{Path(frame.f_code.co_filename).name}:{frame.f_lineno}" if frame is not None else "?"
    return _TimedPattern(compiled, (where, pattern))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--top", type=int, default=40)
    arguments = parser.parse_args()
    re.compile = _compile  # type: ignore[assignment]
    from cvlint.cli.main import run

    files = [str(path) for given in arguments.paths for path in sorted(Path(given).glob("*")) or [Path(given)]]
    sys.argv = ["cvlint", "check", "--no-cache", "--jobs", "1", "--exit-zero", "--output-format", "concise", *files]
    began = time.process_time()
    with open(os.devnull, "w") as quiet:
        sys.stdout = quiet
        try:
            run()
        except SystemExit:
            pass
        finally:
            sys.stdout = sys.__stdout__
    total = time.process_time() - began
    inside = sum(cost for cost, _ in _COSTS.values())
    print(f"{len(files)} files, {total:.2f} CPU s, of which {inside:.2f} s ({inside / total:.0%}) inside patterns\n")
    print("| seconds | calls | compiled at | pattern |\n| ---: | ---: | --- | --- |")
    for (where, pattern), (cost, calls) in sorted(_COSTS.items(), key=lambda item: -item[1][0])[: arguments.top]:
        shown = (pattern if len(pattern) <= 70 else pattern[:67] + "...").replace("|", "\\|")
        shown = shown.encode("utf-8", "backslashreplace").decode("utf-8")  # lone surrogates in character classes
        print(f"| {cost:.3f} | {int(calls)} | {where} | `{shown}` |")


if __name__ == "__main__":
    main()
