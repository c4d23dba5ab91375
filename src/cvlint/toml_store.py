"""The bundled TOML files (rule catalogue, word lists, scoring) parsed once per installation, not once a run.

A run looks up each bundled file's text in a store kept beside cvlint's bytecode
(``__pycache__/bundled-toml-<version>.<python>.marshal``) and uses the parsed table stored with that very
text; a file whose text differs or is missing is parsed with ``tomllib``, and the store is rewritten when
the run ends. The store holds plain data (tables, lists, strings, numbers, booleans), never code; it is
read and written only where Python keeps cvlint's bytecode, only when bytecode may be written there
(not under ``PYTHONDONTWRITEBYTECODE`` or ``-B``), never through a symbolic link, and a store that cannot
be read, or holds anything but such entries, is ignored and replaced. A user's own files (configuration,
rule folders) are always parsed afresh.
"""

from __future__ import annotations

import atexit
import marshal
import os
import stat
import sys
from pathlib import Path
from typing import Any

from cvlint import __version__

_Entries = dict[str, tuple[str, bytes]]
"""Each stored file's key, with its text and its parsed table (marshalled, so that no caller's change to a
table it was given can reach the store)."""

_state: dict[str, Any] = {"entries": None, "changed": False}


def _location() -> Path | None:
    """Where the store is, next to this module's bytecode; None when Python keeps no bytecode for it."""
    cached = globals().get("__cached__")
    tag = sys.implementation.cache_tag
    if not cached or not tag:
        return None
    return Path(cached).with_name(f"bundled-toml-{__version__}.{tag}.marshal")


def _real_folder(folder: Path) -> bool:
    try:
        return stat.S_ISDIR(os.lstat(folder).st_mode)
    except OSError:
        return False


def _valid(data: object) -> bool:
    return type(data) is dict and all(
        type(key) is str
        and type(entry) is tuple
        and len(entry) == 2
        and type(entry[0]) is str
        and type(entry[1]) is bytes
        for key, entry in data.items()
    )


def _read(path: Path) -> _Entries:
    if not _real_folder(path.parent):
        return {}
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return {}
    try:
        with os.fdopen(fd, "rb") as handle:
            data = marshal.loads(handle.read())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return data if _valid(data) else {}


def _entries() -> _Entries:
    entries: _Entries | None = _state["entries"]
    if entries is None:
        path = _location()
        entries = _state["entries"] = _read(path) if path is not None else {}
    return entries


def _save() -> None:
    """Write the store (at the end of a run that parsed a file afresh), where bytecode may be written."""
    path = _location()
    if path is None or sys.dont_write_bytecode or not _state["changed"]:
        return
    try:
        if not path.parent.exists():
            os.mkdir(path.parent)
        if not _real_folder(path.parent):
            return
        data = marshal.dumps(_entries())
        temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
        fd = os.open(temporary, flags, 0o644)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.replace(temporary, path)
        except BaseException:
            temporary.unlink(missing_ok=True)
            raise
    except (OSError, ValueError):
        return  # a read-only installation, a full disk: the next run parses the files again


def parsed(key: str, text: str) -> dict[str, Any]:
    """``tomllib.loads(text)`` of the bundled file ``key``: from the store when it holds this text.

    ``tomllib.TOMLDecodeError`` (and ``RecursionError``) as ``tomllib`` raises them for bad text.
    """
    entries = _entries()
    stored = entries.get(key)
    if stored is not None and stored[0] == text:
        try:
            table = marshal.loads(stored[1])
        except (EOFError, ValueError, TypeError):
            table = None
        if type(table) is dict:
            return table
    import tomllib  # only a run that meets a file the store does not hold parses TOML

    table = tomllib.loads(text)
    try:
        data = marshal.dumps(table)
    except ValueError:
        return table  # dates and times are not plain data: such a file is parsed every run
    if not _state["changed"]:
        atexit.register(_save)
    entries[key] = (text, data)
    _state["changed"] = True
    return table
