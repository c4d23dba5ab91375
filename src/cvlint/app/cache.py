"""A content-hash cache of findings, so an unchanged file costs a read and a hash.

An entry is keyed by the file's bytes, its name and absolute location, the effective settings (rules,
severities, options, today's date, kind) and a salt that changes with cvlint's version and its rule
catalogue and code. Whatever a rule learnt from outside the file (which linked files exist) is stored
with the entry and asked again before the entry is trusted. Entries are JSON (never pickle: a cache
directory must not be able to run code); an entry that is not exactly what cvlint writes is a miss,
and is replaced. Only plain lint runs use it; ``--fix`` and ``--diff`` always lint afresh.

Nothing here follows a symbolic link: the cache root must be a real directory that cvlint made (it
holds cvlint's ``CACHEDIR.TAG``) or an empty one, and every folder and file below it is opened
relative to the folder above with ``O_NOFOLLOW``, so a link committed into a repository cannot turn a
cache write into a write elsewhere.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import re
import secrets
import stat
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

from cvlint import __version__
from cvlint.engine.lint import Settings
from cvlint.model.findings import SEVERITIES, Edit, Finding, Fix, Position
from cvlint.resources import rules_dir
from cvlint.rule.outside import Probe, still_true

DEFAULT_DIRECTORY = ".cvlint_cache"
_SIGNATURE = "Signature: 8a477f597d28d172789f06886806bc55\n"
_TAG = _SIGNATURE + "# cvlint's cache; safe to delete.\n"
_GITIGNORE = "# cvlint's cache; safe to delete.\n*\n"
_FORMAT = 2
_MARK = re.compile(r"(?:\.gitignore|CACHEDIR\.TAG)(?:\.[0-9]+\.tmp)?")
"""The files a new cache folder is given, and the temporary names they are written under."""
_MAX_ENTRY_BYTES = 64 * 1024 * 1024
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_DIRECTORY_FLAGS = os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | _CLOEXEC
_READ_FLAGS = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | _CLOEXEC
_CREATE_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | _CLOEXEC


class CacheDirectoryError(Exception):
    """A cache directory cvlint will not use; the message says why, in one line."""


def check_directory_setting(value: str, variable: str = "CVLINT_CACHE_DIR") -> Path:
    """The cache folder named by ``value``; an empty value, or the working folder or one above it, is refused."""
    if not value.strip():
        raise CacheDirectoryError(f"{variable} is empty: name a folder of its own, or pass --no-cache")
    folder = Path(value)
    here = Path.cwd().resolve()
    try:
        resolved = folder.resolve()
    except (OSError, RuntimeError) as error:
        raise CacheDirectoryError(f"{variable}={value!r} cannot be used: {error}") from error
    if resolved == here or resolved in here.parents:
        raise CacheDirectoryError(
            f"{variable}={value!r} is the working folder or one above it: name a folder of its own, such as "
            f"{DEFAULT_DIRECTORY}"
        )
    return folder


@cache
def _salt() -> str:
    """cvlint's version plus the size and time of every rule file and module, hashed."""
    digest = hashlib.sha256(__version__.encode())
    for folder in (rules_dir(), Path(__file__).parents[1]):
        for path in sorted(folder.rglob("*")):
            if path.suffix in (".toml", ".tsv", ".txt", ".py"):
                info = path.stat()
                digest.update(f"{path.name}\0{info.st_size}\0{info.st_mtime_ns}\0".encode())
    return digest.hexdigest()


def settings_key(settings: Settings) -> str:
    """The parts of ``settings`` that decide the findings."""
    rules = [
        (
            a.rule.code,
            a.rule.name,
            a.severity,
            sorted(a.options.items()),
            a.rule.applies_to,
            a.rule.formats,
            a.rule.matcher and a.rule.matcher.fingerprint(),
        )
        for a in settings.rules
    ]
    return repr((rules, settings.today.isoformat(), settings.kind, sorted(settings.words)))


def _record(finding: Finding) -> dict[str, Any]:
    fix = None
    if finding.fix is not None:
        fix = [finding.fix.applicability, [[e.start, e.end, e.replacement] for e in finding.fix.edits]]
    return {
        "c": finding.code,
        "r": finding.rule,
        "s": finding.severity,
        "o": [finding.start, finding.end],
        "m": finding.message,
        "h": finding.suggestion,
        "f": fix,
        "p": [finding.begin.line, finding.begin.column, finding.finish.line, finding.finish.column],
        "e": [[a.line, a.column, b.line, b.column] for a, b in finding.edit_positions],
        "x": [finding.context, finding.scope, finding.fingerprint],
    }


def _text(value: Any, optional: bool = False) -> str | None:
    if isinstance(value, str) or (optional and value is None):
        return value
    raise ValueError("not text")


def _counts(value: Any, size: int, limit: int) -> list[int]:
    if not isinstance(value, list) or len(value) != size:
        raise ValueError("not a list of counts")
    for item in value:
        if type(item) is not int or not 0 <= item <= limit:
            raise ValueError("not a count in range")
    return value


def _finding(record: Any, path: str, limit: int) -> Finding:
    """The finding ``record`` stands for; ``ValueError`` unless it is exactly what ``_record`` writes."""
    if not isinstance(record, dict) or set(record) != {"c", "r", "s", "o", "m", "h", "f", "p", "e", "x"}:
        raise ValueError("not a finding record")
    severity = record["s"]
    if severity not in SEVERITIES:
        raise ValueError("unknown severity")
    start, end = _counts(record["o"], 2, limit)
    fix = None
    if record["f"] is not None:
        if not isinstance(record["f"], list) or len(record["f"]) != 2:
            raise ValueError("not a fix")
        applicability, edits = record["f"]
        if applicability not in ("safe", "unsafe") or not isinstance(edits, list) or not edits:
            raise ValueError("not a fix")
        parts = []
        for edit in edits:
            if not isinstance(edit, list) or len(edit) != 3:
                raise ValueError("not an edit")
            first, last = _counts(edit[:2], 2, limit)
            parts.append(Edit(first, last, str(_text(edit[2]))))
        fix = Fix(applicability, tuple(parts))
    line, column, end_line, end_column = _counts(record["p"], 4, limit + 1)
    if not isinstance(record["e"], list):
        raise ValueError("not edit positions")
    edit_positions = []
    for item in record["e"]:
        a, b, c, d = _counts(item, 4, limit + 1)
        edit_positions.append((Position(a, b), Position(c, d)))
    if not isinstance(record["x"], list) or len(record["x"]) != 3:
        raise ValueError("not an identity")
    context, scope, fingerprint = (str(_text(item)) for item in record["x"])
    if start > end or min(line, column, end_line, end_column) < 1:
        raise ValueError("not a span")
    return Finding(
        str(_text(record["c"])),
        str(_text(record["r"])),
        severity,
        start,
        end,
        str(_text(record["m"])),
        _text(record["h"], optional=True),
        fix,
        path,
        Position(line, column),
        Position(end_line, end_column),
        tuple(edit_positions),
        context,
        scope,
        fingerprint,
    )


def _probes(value: Any) -> list[Probe]:
    if not isinstance(value, list):
        raise ValueError("not a list of probes")
    probes: list[Probe] = []
    for item in value:
        if not isinstance(item, list) or len(item) != 2 or not isinstance(item[0], str) or type(item[1]) is not bool:
            raise ValueError("not a probe")
        probes.append((item[0], item[1]))
    return probes


def _read_small(directory: int, name: str, limit: int) -> bytes | None:
    """The bytes of the regular file ``name`` in ``directory`` (never through a link), or None."""
    try:
        fd = os.open(name, _READ_FLAGS, dir_fd=directory)
    except OSError:
        return None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or info.st_size > limit:
            return None
        with os.fdopen(fd, "rb", closefd=False) as handle:
            return handle.read(limit + 1)
    except OSError:
        return None
    finally:
        os.close(fd)


def _create(directory: int, name: str, data: bytes) -> None:
    """Write a new file ``name`` in ``directory``; an existing name or a link there is an ``OSError``."""
    fd = os.open(name, _CREATE_FLAGS, 0o644, dir_fd=directory)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
    finally:
        os.close(fd)


def _place(directory: int, name: str, data: bytes) -> None:
    """Write ``name`` in ``directory`` whole or not at all: a file of this process's own is renamed onto it, so
    a second cvlint starting at the same moment reads the complete file, or none (a link there is replaced,
    never followed)."""
    temporary = f"{name}.{os.getpid()}.tmp"
    _create(directory, temporary, data)
    try:
        os.replace(temporary, name, src_dir_fd=directory, dst_dir_fd=directory)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(temporary, dir_fd=directory)
        raise


def _only_marks_begun(directory: int) -> bool:
    """True when ``directory`` holds nothing but the marks a cvlint is writing, as files (a new cache begun by
    another process at the same moment), or nothing at all; a link or anything else there is not ours."""
    return all(
        _MARK.fullmatch(name) and stat.S_ISREG(os.stat(name, dir_fd=directory, follow_symlinks=False).st_mode)
        for name in os.listdir(directory)
    )


class FindingsCache:
    """Findings stored under ``directory`` by content hash."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self._root: int | None = None
        self._refused: str | None = None

    def problem(self) -> str | None:
        """Why the cache directory cannot be used (a one-line reason), or None when it can."""
        self._open_root()
        return self._refused

    def close(self) -> None:
        """Let go of the cache directory."""
        if self._root is not None:
            with contextlib.suppress(OSError):
                os.close(self._root)
        self._root = None

    def _open_root(self) -> int | None:
        if self._root is not None or self._refused is not None:
            return self._root
        made = False
        try:
            info = os.lstat(self.directory)
        except FileNotFoundError:
            try:
                self.directory.parent.mkdir(parents=True, exist_ok=True)
                os.mkdir(self.directory, 0o755)
                made = True
            except FileExistsError:
                pass  # another cvlint made it at the same moment
            except OSError as error:
                self._refused = f"cannot create {self.directory}: {error.strerror or error}"
                return None
            info = os.lstat(self.directory)
        except OSError as error:
            self._refused = f"cannot use {self.directory}: {error.strerror or error}"
            return None
        if stat.S_ISLNK(info.st_mode):
            self._refused = f"{self.directory} is a symbolic link; cvlint writes its cache only into a real folder"
            return None
        if not stat.S_ISDIR(info.st_mode):
            self._refused = f"{self.directory} is not a folder"
            return None
        try:
            root = os.open(self.directory, _DIRECTORY_FLAGS)
        except OSError as error:
            self._refused = f"cannot open {self.directory}: {error.strerror or error}"
            return None
        tag = _read_small(root, "CACHEDIR.TAG", 4096)
        if tag is None or not tag.startswith(_SIGNATURE.encode()):
            if made or _only_marks_begun(root):
                try:
                    _place(root, ".gitignore", _GITIGNORE.encode())
                    _place(root, "CACHEDIR.TAG", _TAG.encode())  # last: the tag says the folder is ready
                except OSError as error:
                    os.close(root)
                    self._refused = f"cannot write in {self.directory}: {error.strerror or error}"
                    return None
            else:
                os.close(root)
                self._refused = f"{self.directory} is not a cvlint cache (it has no CACHEDIR.TAG) and is not empty"
                return None
        self._root = root
        return root

    def _shard(self, key: str, create: bool) -> int | None:
        root = self._open_root()
        if root is None:
            return None
        name = key[:2]
        if create:
            try:
                os.mkdir(name, 0o755, dir_fd=root)
            except FileExistsError:
                pass
            except OSError:
                return None
        try:
            return os.open(name, _DIRECTORY_FLAGS, dir_fd=root)
        except OSError:
            return None

    def key(self, data: bytes, path: str, settings: Settings, location: Path | None = None) -> str:
        """The entry name for linting ``data`` as ``path`` (found at ``location``) with ``settings``."""
        digest = hashlib.sha256(_salt().encode())
        where = str(location.absolute()) if location is not None else ""
        digest.update(f"\0{path}\0{where}\0{settings_key(settings)}\0".encode("utf-8", "surrogatepass"))
        digest.update(data)
        return digest.hexdigest()

    def get(self, key: str, path: str, size: int) -> list[Finding] | None:
        """The cached findings for a file of ``size`` bytes, or None on a miss or an entry not to be trusted."""
        shard = self._shard(key, create=False)
        if shard is None:
            return None
        try:
            raw = _read_small(shard, f"{key}.json", _MAX_ENTRY_BYTES)
        finally:
            os.close(shard)
        if raw is None:
            return None
        try:
            entry = json.loads(raw.decode("utf-8"))
            if not isinstance(entry, dict) or entry.get("v") != _FORMAT or set(entry) != {"v", "findings", "probes"}:
                return None
            if not isinstance(entry["findings"], list):
                return None
            findings = [_finding(record, path, size) for record in entry["findings"]]
            probes = _probes(entry["probes"])
        except (ValueError, UnicodeDecodeError, RecursionError):
            return None
        return findings if still_true(probes) else None

    def put(self, key: str, findings: list[Finding], probes: Sequence[Probe] = ()) -> None:
        """Store findings and what they depend on outside the file; a cache that cannot be written is skipped."""
        shard = self._shard(key, create=True)
        if shard is None:
            return
        entry = {"v": _FORMAT, "findings": [_record(f) for f in findings], "probes": [list(p) for p in probes]}
        temporary = f".{secrets.token_hex(8)}.tmp"
        try:
            _create(shard, temporary, json.dumps(entry, ensure_ascii=False).encode("utf-8", "surrogatepass"))
            os.replace(temporary, f"{key}.json", src_dir_fd=shard, dst_dir_fd=shard)
        except OSError as error:
            if error.errno != errno.EEXIST:
                with contextlib.suppress(OSError):
                    os.unlink(temporary, dir_fd=shard)
        finally:
            os.close(shard)
