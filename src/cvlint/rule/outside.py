"""What rules learn from outside the file they lint, recorded so that a cached answer can be checked.

A rule asks ``path_exists`` instead of ``Path.exists``. While ``recording()`` is active (the runner
opens it around a lint it will cache), every question and its answer is kept; the cache stores them
beside the findings and asks them again before trusting the entry.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path

Probe = tuple[str, bool]
"""An absolute path and whether it existed."""

_probes: ContextVar[list[Probe] | None] = ContextVar("cvlint_probes", default=None)


def path_exists(path: Path) -> bool:
    """Whether ``path`` exists, remembered by the active recording."""
    exists = path.exists()
    probes = _probes.get()
    if probes is not None:
        probes.append((str(path.absolute()), exists))
    return exists


@contextmanager
def recording() -> Iterator[list[Probe]]:
    """Collect every ``path_exists`` question asked inside the block."""
    probes: list[Probe] = []
    token = _probes.set(probes)
    try:
        yield probes
    finally:
        _probes.reset(token)


def still_true(probes: list[Probe]) -> bool:
    """Whether every recorded answer is still the answer."""
    return all(Path(path).exists() == existed for path, existed in probes)
