"""Shared test helpers."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"


# This test process's own cache folder (each pytest-xdist worker has one, so no two processes create it at
# once), for every cvlint a test starts unless the test names another: never the checkout's .cvlint_cache.
CACHE = Path(tempfile.mkdtemp(prefix="cvlint-test-cache-"))
os.environ["CVLINT_CACHE_DIR"] = str(CACHE)


def run_cli(
    *args: str, cwd: Path | None = None, stdin: bytes | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[bytes]:
    """Run the real ``cvlint`` command in a subprocess (its cache kept out of the checkout)."""
    env = {**os.environ, "NO_COLOR": "1", "CVLINT_CACHE_DIR": str(CACHE), **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "cvlint", *args],
        cwd=cwd,
        input=stdin,
        capture_output=True,
        env=env,
        timeout=900,  # a guard against a hang, not a speed test: a busy machine (or parallel workers) slows every run
    )


@pytest.fixture
def fixtures() -> Path:
    """The folder of fixture files."""
    return FIXTURES
