"""A content-hash cache of findings, so an unchanged file costs a read and a hash.

An entry is keyed by the file's bytes and name, the effective settings (rules, severities, options,
today's date, kind) and a salt that changes with cvlint's version and its rule catalogue and code.
Entries are JSON (never pickle: a cache directory must not be able to run code). Only plain lint
runs use it; ``--fix`` and ``--diff`` always lint afresh.
"""

from __future__ import annotations

import hashlib
import json
import os
from functools import cache
from pathlib import Path
from typing import Any

from cvlint import __version__
from cvlint.engine import Settings
from cvlint.findings import Edit, Finding, Fix, Position
from cvlint.resources import rules_dir

DEFAULT_DIRECTORY = ".cvlint_cache"


@cache
def _salt() -> str:
    """cvlint's version plus the size and time of every rule file and module, hashed."""
    digest = hashlib.sha256(__version__.encode())
    for folder in (rules_dir(), Path(__file__).parent):
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


def _finding(record: dict[str, Any], path: str) -> Finding:
    fix = None
    if record["f"] is not None:
        applicability, edits = record["f"]
        fix = Fix(applicability, tuple(Edit(s, e, r) for s, e, r in edits))
    line, column, end_line, end_column = record["p"]
    context, scope, fingerprint = record["x"]
    return Finding(
        record["c"],
        record["r"],
        record["s"],
        record["o"][0],
        record["o"][1],
        record["m"],
        record["h"],
        fix,
        path,
        Position(line, column),
        Position(end_line, end_column),
        tuple((Position(a, b), Position(c, d)) for a, b, c, d in record["e"]),
        context,
        scope,
        fingerprint,
    )


class FindingsCache:
    """Findings stored under ``directory`` by content hash."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def key(self, data: bytes, path: str, settings: Settings) -> str:
        """The entry name for linting ``data`` as ``path`` with ``settings``."""
        digest = hashlib.sha256(_salt().encode())
        digest.update(f"\0{path}\0{settings_key(settings)}\0".encode("utf-8", "surrogatepass"))
        digest.update(data)
        return digest.hexdigest()

    def get(self, key: str, path: str) -> list[Finding] | None:
        """The cached findings, or None on a miss or an unreadable entry."""
        try:
            records = json.loads((self.directory / key[:2] / f"{key}.json").read_text(encoding="utf-8"))
            return [_finding(record, path) for record in records]
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def put(self, key: str, findings: list[Finding]) -> None:
        """Store findings; a cache that cannot be written is skipped silently."""
        folder = self.directory / key[:2]
        try:
            folder.mkdir(parents=True, exist_ok=True)
            if not (self.directory / "CACHEDIR.TAG").exists():
                (self.directory / "CACHEDIR.TAG").write_text(
                    "Signature: 8a477f597d28d172789f06886806bc55\n# cvlint's cache; safe to delete.\n", encoding="utf-8"
                )
                (self.directory / ".gitignore").write_text("# cvlint's cache; safe to delete.\n*\n", encoding="utf-8")
            temporary = folder / f".{key}.{os.getpid()}.tmp"
            temporary.write_text(json.dumps([_record(f) for f in findings], ensure_ascii=False), encoding="utf-8")
            os.replace(temporary, folder / f"{key}.json")
        except OSError:
            return
