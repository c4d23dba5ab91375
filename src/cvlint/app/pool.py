"""Linting many files at once: a pool of worker processes, each with its own runner, that die with the run."""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from collections.abc import Iterator
from pathlib import Path

from cvlint.app.gc_tuning import freeze_tables
from cvlint.app.run_options import RunOptions
from cvlint.app.runner import Runner
from cvlint.engine.config import ConfigError
from cvlint.report.file_report import FileReport

_worker: Runner | None = None
_parent: int = 0
_tables_frozen = False
_PR_SET_PDEATHSIG = 1


def _die_with(parent: int) -> None:
    """Have the kernel end this worker when ``parent`` dies (Linux); elsewhere each file asks."""
    if sys.platform.startswith("linux"):
        import ctypes

        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # the parent died before the request took hold
        os._exit(1)


def _start_worker(options: RunOptions, parent: int) -> None:
    global _worker, _parent
    _parent = parent
    _die_with(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle: it stops the workers
    _worker = Runner(options)


def _lint_in_worker(item: tuple[str, Path]) -> FileReport:
    assert _worker is not None
    if os.getppid() != _parent:  # orphaned: touch no more files
        os._exit(1)
    display, path = item
    try:
        return _worker.lint_file(display, path)
    except ConfigError:
        raise  # a folder's configuration is wrong: the run stops with its message, as it does in one process
    except Exception as error:  # noqa: BLE001 - one file's bug must not stop the others
        return FileReport(display, error=f"internal error: {type(error).__name__}: {error} (please report this)")


def _lint_chunk_in_worker(items: list[tuple[str, Path]]) -> list[FileReport]:
    global _tables_frozen
    reports = []
    for item in items:
        reports.append(_lint_in_worker(item))
        if not _tables_frozen:
            freeze_tables()
            _tables_frozen = True
    return reports


def lint_in_parallel(options: RunOptions, files: list[tuple[str, Path]], jobs: int) -> Iterator[FileReport]:
    """Lint ``files`` in ``jobs`` processes; reports come back as they finish, in the order of ``files``.

    The workers end with the run: when it stops early (an error, Ctrl-C, the consumer going away) they
    are stopped at once, and when this process is killed the kernel ends them, or each notices before
    its next file.
    """
    from concurrent.futures import ProcessPoolExecutor

    chunk = max(1, min(64, len(files) // (jobs * 8)))
    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_start_worker, initargs=(options, os.getpid()))
    finished = False
    try:
        # Chunks submitted one by one, not pool.map: map cancels its futures when it stops early, and
        # Python 3.11's pool then prints a traceback (InvalidStateError) when its workers are ended.
        chunks = [pool.submit(_lint_chunk_in_worker, files[i : i + chunk]) for i in range(0, len(files), chunk)]
        for future in chunks:
            yield from future.result()
        finished = True
    finally:
        if finished:
            pool.shutdown(wait=True)
        else:
            for process in list(getattr(pool, "_processes", {}).values()):
                with contextlib.suppress(OSError, AttributeError):
                    process.terminate()
            pool.shutdown(wait=False)
