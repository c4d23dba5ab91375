"""Writing fixed text back to a file so that the file stays what it was, with new text in it.

The usual way is atomic: the new text goes to a temporary file beside the old one (a fresh random
name, so no stale file or reused process ID can block it), which takes the old file's owner, mode
(setuid and setgid included) and extended attributes, and then replaces it in one rename; a reader
sees the old file or the new one, never half. A file with several hard links, or whose extended
attributes cannot be copied, is instead rewritten in place, the only way every name keeps seeing it.
A symbolic link is written through to its target when the target stays inside the repository (or
refused, as configured); a read-only file is left alone unless the configuration asks otherwise.
"""

from __future__ import annotations

import contextlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from cvlint.rule.repository import boundary, inside


class NotWritten(Exception):
    """The fixes were not written; the message says why in one line."""


@dataclass(frozen=True, slots=True)
class WritePolicy:
    """What ``--fix`` may write through: from ``fix-symlinks`` and ``fix-read-only`` in the configuration."""

    follow_symlinks: bool = True
    write_read_only: bool = False


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _target(path: Path, policy: WritePolicy) -> Path:
    """The file to write for ``path``: itself, or the target of the link it is."""
    if not path.is_symlink():
        return path
    if not policy.follow_symlinks:
        raise NotWritten('not fixed: it is a symbolic link (fix-symlinks = "refuse")')
    target = Path(os.path.realpath(path))
    if not inside(target, boundary(path)):
        raise NotWritten("not fixed: it is a symbolic link to a file outside the repository")
    return target


def _in_place(target: Path, data: bytes) -> None:
    fd = os.open(target, os.O_WRONLY | os.O_NOFOLLOW | getattr(os, "O_CLOEXEC", 0))
    try:
        _write_all(fd, data)
        os.ftruncate(fd, len(data))
        os.fsync(fd)
    finally:
        os.close(fd)


def _copy_xattrs(source: Path, fd: int) -> bool:
    """Give the open file ``fd`` the extended attributes of ``source``; False when one cannot be copied."""
    if not hasattr(os, "listxattr"):
        return True
    try:
        names = os.listxattr(source)
    except OSError:
        return True
    try:
        for name in names:
            os.setxattr(fd, name, os.getxattr(source, name))
    except OSError:
        return False
    return True


def _atomic(target: Path, data: bytes, info: os.stat_result) -> bool:
    """Replace ``target`` by a new file; False (nothing changed) when the new file could not be made its equal."""
    import tempfile  # only a run that writes files needs it

    fd, temporary = tempfile.mkstemp(prefix=".cvlint-", suffix=".tmp", dir=target.parent)
    try:
        try:
            _write_all(fd, data)
            os.fsync(fd)
            if hasattr(os, "fchown"):
                with contextlib.suppress(OSError):
                    os.fchown(fd, info.st_uid, info.st_gid)
            os.fchmod(fd, stat.S_IMODE(info.st_mode))  # after chown, which clears setuid and setgid
            equal = _copy_xattrs(target, fd)
        finally:
            os.close(fd)
        if equal:
            os.replace(temporary, target)
            return True
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    os.unlink(temporary)
    return False


def write_fixed(path: Path, data: bytes, expected: bytes, policy: WritePolicy = WritePolicy()) -> None:
    """Write ``data`` as the new content of ``path``, whose content was ``expected`` when it was linted.

    ``NotWritten`` when policy or the file's state says no; ``OSError`` when the system refuses.
    """
    target = _target(path, policy)
    info = target.stat()
    if not stat.S_ISREG(info.st_mode):
        raise NotWritten("not fixed: not a regular file")
    if not policy.write_read_only and (not info.st_mode & 0o222 or not os.access(target, os.W_OK)):
        raise NotWritten("not fixed: the file is read-only (make it writable, or set fix-read-only = true)")
    if target.read_bytes() != expected:
        raise NotWritten("not fixed: the file changed while it was linted")
    if info.st_nlink > 1 or not _atomic(target, data, info):
        _in_place(target, data)
