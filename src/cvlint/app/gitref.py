"""Reading a file as it was at a git revision, for ``cvlint check --since REF``."""

from __future__ import annotations

import subprocess
from pathlib import Path


class GitError(Exception):
    """git cannot give what was asked; the message says what to do."""


def _git(args: list[str], cwd: Path) -> subprocess.CompletedProcess[bytes]:
    try:
        return subprocess.run(["git", *args], cwd=cwd, capture_output=True, timeout=60)
    except FileNotFoundError as error:
        raise GitError("--since needs git, which is not installed") from error
    except subprocess.TimeoutExpired as error:
        raise GitError("git did not answer within 60 seconds") from error


def verify_revision(ref: str, cwd: Path) -> str:
    """The commit ``ref`` names, or ``GitError`` explaining how to make it available."""
    result = _git(["rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"], cwd)
    if result.returncode != 0:
        inside = _git(["rev-parse", "--is-inside-work-tree"], cwd)
        if inside.returncode != 0:
            raise GitError(f"--since {ref}: {cwd} is not inside a git repository")
        shallow = _git(["rev-parse", "--is-shallow-repository"], cwd).stdout.strip() == b"true"
        hint = (
            " This is a shallow clone: fetch the revision first (git fetch --depth=1 origin BRANCH)." if shallow else ""
        )
        raise GitError(f"--since {ref}: git knows no such revision.{hint}")
    return result.stdout.decode().strip()


def read_at(ref: str, path: Path) -> bytes | None:
    """The bytes of ``path`` at ``ref``, or None when the file did not exist there."""
    folder = path.absolute().parent
    result = _git(["show", f"{ref}:./{path.name}"], folder)
    if result.returncode != 0:
        return None
    return result.stdout
