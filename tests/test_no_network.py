"""cvlint opens no socket and downloads nothing, even with every rule and library woken up.

The CLI runs in a subprocess whose audit hook records every socket, DNS and URL event (and stops
the process at the first one), over files that make every heavy dependency load: ftfy for mojibake,
the verb and word tables for tense and spelling, charset-normalizer for a legacy encoding, and
Pyphen's hyphenation dictionary for readability.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from conftest import FIXTURES, ROOT

GUARD = r"""
import sys

def hook(event, args):
    if event.startswith(("socket.", "urllib.", "http.")) or event in ("ftplib.connect", "smtplib.connect"):
        sys.stderr.write(f"NETWORK-ACCESS {event}\n")
        sys.stderr.flush()
        import os
        os._exit(99)

sys.addaudithook(hook)
from cvlint.cli.main import run
sys.argv = ["cvlint", *sys.argv[1:]]
run()
"""


def test_check_and_fix_open_no_socket(tmp_path: Path) -> None:
    legacy = tmp_path / "legacy.md"
    legacy.write_bytes("## Expérience\n\n- Réduit les coûts de 30 % à Genève\n".encode("cp1252"))
    example = tmp_path / "example.md"
    example.write_bytes((ROOT / "examples" / "resume.md").read_bytes())
    files = [str(legacy), str(example)]
    for name in ("flawed_resume.txt", "clean_resume.md", "checklist_resume.md"):
        (tmp_path / name).write_bytes((FIXTURES / name).read_bytes())
        files.append(str(tmp_path / name))
    for extra in ([], ["--fix", "--unsafe-fixes"]):
        result = subprocess.run(
            [sys.executable, "-c", GUARD, "check", "--today=2026-11-24", *extra, *files],
            capture_output=True,
            env=dict(os.environ, NO_COLOR="1"),
            timeout=120,
        )
        assert b"NETWORK-ACCESS" not in result.stderr, result.stderr.decode()
        assert result.returncode in (0, 1), result.stderr.decode()
    assert (
        b"tense-mismatch"
        in subprocess.run(
            [sys.executable, "-c", GUARD, "check", "--today=2026-11-24", str(FIXTURES / "flawed_resume.txt")],
            capture_output=True,
            timeout=120,
        ).stdout
    )


def test_guard_catches_a_connection() -> None:
    probe = GUARD.replace(
        "from cvlint.cli.main import run", "import socket; socket.create_connection(('127.0.0.1', 9))"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, timeout=60)
    assert result.returncode == 99
    assert b"NETWORK-ACCESS" in result.stderr
