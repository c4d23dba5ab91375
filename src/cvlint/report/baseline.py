"""Baselines: the findings a project accepts for now, so CI fails only on new ones.

A baseline is JSON: for each accepted finding, its file (relative to the baseline), rule, code,
fingerprint (rule + text + entry, see ``fingerprint.py``) and message for people to read. Matching
ignores line numbers, so edits elsewhere in the résumé do not break it; each entry matches one finding.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from cvlint.model.findings import Finding

FORMAT_VERSION = 1


class BaselineError(Exception):
    """A baseline file that cannot be read."""


@dataclass(frozen=True, slots=True)
class BaselineEntry:
    """One accepted finding."""

    path: str
    rule: str
    code: str
    fingerprint: str
    message: str

    @property
    def key(self) -> tuple[str, str, str]:
        """What a finding must share to match this entry."""
        return (self.path, self.rule, self.fingerprint)


def relative_path(path: str, base: Path) -> str:
    """``path`` relative to the folder ``base``, with forward slashes."""
    absolute = Path(path).absolute()
    try:
        return absolute.relative_to(base.absolute()).as_posix()
    except ValueError:
        return Path(os.path.relpath(absolute, base.absolute())).as_posix()


def entries_for(findings: list[Finding], base: Path) -> list[BaselineEntry]:
    """Baseline entries for ``findings``, paths relative to ``base``."""
    return [BaselineEntry(relative_path(f.path, base), f.rule, f.code, f.fingerprint, f.message) for f in findings]


def write_baseline(path: Path, findings: list[Finding]) -> int:
    """Write the baseline for ``findings`` to ``path``; return how many entries it holds."""
    entries = sorted(entries_for(findings, path.parent), key=lambda e: (e.path, e.code, e.fingerprint))
    data = {
        "version": FORMAT_VERSION,
        "tool": "cvlint",
        "findings": [
            {"path": e.path, "rule": e.rule, "code": e.code, "fingerprint": e.fingerprint, "message": e.message}
            for e in entries
        ],
    }
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return len(entries)


def read_baseline(path: Path) -> list[BaselineEntry]:
    """The entries of the baseline at ``path``."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as error:
        raise BaselineError(
            f"{path}: no such baseline file (write one with 'cvlint baseline PATHS -o {path}')"
        ) from error
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise BaselineError(f"{path}: not a cvlint baseline: {error}") from error
    if (
        not isinstance(data, dict)
        or data.get("version") != FORMAT_VERSION
        or not isinstance(data.get("findings"), list)
    ):
        raise BaselineError(f"{path}: not a cvlint baseline (version {FORMAT_VERSION})")
    try:
        return [
            BaselineEntry(e["path"], e["rule"], e["code"], e["fingerprint"], e.get("message", ""))
            for e in data["findings"]
        ]
    except (KeyError, TypeError) as error:
        raise BaselineError(f"{path}: a baseline entry lacks path, rule, code or fingerprint") from error


@dataclass(slots=True)
class Match:
    """Findings split into new and known, and the baseline entries nothing matched."""

    new: list[Finding]
    known: list[Finding]
    gone: list[BaselineEntry]


def match(findings: list[Finding], entries: list[BaselineEntry], base: Path, linted: set[str]) -> Match:
    """Split ``findings`` against the baseline; ``gone`` lists entries of linted files left unmatched."""
    available = Counter(entry.key for entry in entries)
    new: list[Finding] = []
    known: list[Finding] = []
    for finding in findings:
        key = (relative_path(finding.path, base), finding.rule, finding.fingerprint)
        if available[key] > 0:
            available[key] -= 1
            known.append(finding)
        else:
            new.append(finding)
    linted_relative = {relative_path(path, base) for path in linted}
    gone: list[BaselineEntry] = []
    for entry in entries:
        if entry.path in linted_relative and available[entry.key] > 0:
            available[entry.key] -= 1
            gone.append(entry)
    return Match(new, known, gone)
