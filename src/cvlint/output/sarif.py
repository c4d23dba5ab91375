"""The ``sarif`` output format: SARIF 2.1.0 for GitHub code scanning.

Within GitHub's rules for uploads: columns in UTF-16 code units (``columnKind``), a
``primaryLocationLineHash`` computed as GitHub's upload action computes it, descriptions within its
limits, only the rules that ran, paths relative to the repository root, at most 25,000 results.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any
from urllib.parse import quote

from cvlint import __version__
from cvlint.engine.catalogue import Rule, load_catalogue
from cvlint.model.findings import SEVERITY_RANK, Finding, Position
from cvlint.output.columns import Columns, line_text
from cvlint.output.line_hash import line_hashes
from cvlint.output.paths import repository_root, under_root
from cvlint.output.rule_docs import help_uri
from cvlint.output.view import View
from cvlint.project import REPOSITORY_URL
from cvlint.report.file_report import FileReport

SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
MAX_RESULTS = 25_000
"""GitHub rejects a run with more results than this."""
MAX_DESCRIPTION = 1024
"""GitHub's limit for ``shortDescription`` and ``fullDescription``."""
MAX_NAME = 255
"""GitHub's limit for a rule's ``name``."""
_LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def shorten(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters: at the last sentence that fits, else at a word, with '…'."""
    text = text.strip()
    if len(text) <= limit:
        return text
    head = text[: limit - 1]
    sentence = max(head.rfind(". "), head.rfind("? "), head.rfind("! "))
    if sentence > limit // 2:
        return head[: sentence + 1]
    return head.rsplit(" ", 1)[0].rstrip(" ,;:") + "…"


def _rule_descriptor(rule: Rule, severity: str) -> dict[str, Any]:
    examples = []
    for example in rule.examples:
        if example.bad:
            examples.append(f"Bad:\n\n```\n{example.bad.rstrip()}\n```")
        if example.good:
            examples.append(f"Good:\n\n```\n{example.good.rstrip()}\n```")
    summary = rule.summary.strip() or rule.name
    rationale = rule.rationale.strip() or summary
    descriptor: dict[str, Any] = {
        "id": rule.code,
        "name": rule.name[:MAX_NAME],
        "shortDescription": {"text": shorten(summary, MAX_DESCRIPTION)},
        "fullDescription": {"text": shorten(rationale, MAX_DESCRIPTION)},
        "help": {
            "text": f"{rationale}\n\nRun 'cvlint rule {rule.name}' for examples.",
            "markdown": "\n\n".join([f"**{rule.code} {rule.name}**: {summary}", rationale, *examples]),
        },
        "defaultConfiguration": {"level": _LEVELS[severity]},
        "properties": {"tags": ["resume", rule.category], "precision": "high"},
    }
    uri = help_uri(rule)
    if uri is not None:
        descriptor["helpUri"] = uri
    return descriptor


def _region(start: Position, end: Position, columns: Columns) -> dict[str, int]:
    start, end = columns.utf16(start), columns.utf16(end)
    return {"startLine": start.line, "startColumn": start.column, "endLine": end.line, "endColumn": end.column}


def _location(path: str) -> dict[str, str]:
    if path == "-":
        return {"uri": "-", "uriBaseId": "SRCROOT"}
    inside = under_root(path)
    if inside is None:
        return {"uri": Path(os.path.normpath(Path(path).absolute())).as_uri()}
    return {"uri": quote(inside), "uriBaseId": "SRCROOT"}


class _Fingerprints:
    """``primaryLocationLineHash`` for one file's findings: GitHub's hash of the line, and for the second and
    later finding of one rule on one line, ``:2``, ``:3``… after it, so that each is its own alert."""

    def __init__(self, text: str | None) -> None:
        self._hashes = line_hashes(text) if text is not None else None
        self._seen: dict[tuple[str, int], int] = {}

    def of(self, finding: Finding) -> str | None:
        if self._hashes is None or not 1 <= finding.line <= len(self._hashes):
            return None
        key = (finding.code, finding.line)
        self._seen[key] = self._seen.get(key, 0) + 1
        line_hash = self._hashes[finding.line - 1]
        return line_hash if self._seen[key] == 1 else f"{line_hash}:{self._seen[key]}"


def _result(finding: Finding, index: dict[str, int], columns: Columns, line_hash: str | None) -> dict[str, Any]:
    text = finding.message if not finding.suggestion else f"{finding.message}. {finding.suggestion}."
    fingerprints = {"cvlintFindingHash/v1": finding.fingerprint}
    if line_hash is not None:
        fingerprints["primaryLocationLineHash"] = line_hash
    result: dict[str, Any] = {
        "ruleId": finding.code,
        "ruleIndex": index[finding.code],
        "level": _LEVELS[finding.severity],
        "message": {"text": text},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": _location(finding.path),
                    "region": _region(finding.begin, finding.finish, columns),
                }
            }
        ],
        "partialFingerprints": fingerprints,
    }
    if finding.fix is not None:
        result["fixes"] = [
            {
                "description": {"text": f"{finding.fix.applicability} fix: {finding.suggestion or finding.message}"},
                "artifactChanges": [
                    {
                        "artifactLocation": _location(finding.path),
                        "replacements": [
                            {
                                "deletedRegion": _region(start, end, columns),
                                "insertedContent": {"text": edit.replacement},
                            }
                            for edit, (start, end) in zip(finding.fix.edits, finding.edit_positions, strict=True)
                        ],
                    }
                ],
            }
        ]
    return result


def _results(reports: list[FileReport], index: dict[str, int]) -> list[dict[str, Any]]:
    results = []
    for report in reports:
        if not report.findings:
            continue
        text = line_text(report)
        columns, fingerprints = Columns(text), _Fingerprints(text)
        for finding in sorted(report.findings, key=lambda f: (f.start, f.end, f.code)):
            results.append((finding.severity, _result(finding, index, columns, fingerprints.of(finding))))
    if len(results) > MAX_RESULTS:
        # Keep the most severe (in file order among equals), listed in file order.
        ranked = sorted(range(len(results)), key=lambda i: -SEVERITY_RANK[results[i][0]])
        kept = set(ranked[:MAX_RESULTS])
        results = [item for i, item in enumerate(results) if i in kept]
    return [result for _, result in results]


def _notifications(reports: list[FileReport], total: int) -> list[dict[str, Any]]:
    notes: list[dict[str, Any]] = [
        {
            "level": "error",
            "message": {"text": f"{report.path}: {report.error}"},
            "locations": [{"physicalLocation": {"artifactLocation": _location(report.path)}}],
        }
        for report in reports
        if report.error
    ]
    if total > MAX_RESULTS:
        text = f"{total} findings: only the {MAX_RESULTS} most severe are listed (GitHub's limit)"
        notes.append({"level": "warning", "message": {"text": text}})
    return notes


def render_sarif(reports: list[FileReport], view: View) -> str:
    """One SARIF log with one run."""
    ran = [(a.rule, a.severity) for a in view.rules] if view.rules is not None else None
    rules = [_rule_descriptor(rule, severity) for rule, severity in ran or [(r, r.severity) for r in load_catalogue()]]
    index = {rule["id"]: position for position, rule in enumerate(rules)}
    for finding in (f for report in reports for f in report.findings):
        if finding.code not in index:  # not among the rules said to have run: describe it from the finding
            index[finding.code] = len(rules)
            rules.append(
                {
                    "id": finding.code,
                    "name": finding.rule,
                    "shortDescription": {"text": finding.rule},
                    "fullDescription": {"text": finding.rule},
                    "help": {"text": f"Run 'cvlint rule {finding.rule}' for its documentation."},
                }
            )
    root = repository_root().as_uri() + "/"
    total = sum(len(report.findings) for report in reports)
    log = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "cvlint",
                        "version": __version__,
                        "informationUri": REPOSITORY_URL,
                        "rules": rules,
                    }
                },
                "originalUriBaseIds": {"SRCROOT": {"uri": root}},
                "columnKind": "utf16CodeUnits",
                "invocations": [
                    {
                        "executionSuccessful": not any(report.error for report in reports),
                        "workingDirectory": {"uri": Path.cwd().as_uri() + "/"},
                        "toolExecutionNotifications": _notifications(reports, total),
                    }
                ],
                "results": _results(reports, index),
            }
        ],
    }
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"
