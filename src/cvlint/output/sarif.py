"""The ``sarif`` output format: SARIF 2.1.0 for code scanning (stable ruleIds, fingerprints, fixes)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import quote

from cvlint import __version__
from cvlint.catalogue import Rule, load_catalogue
from cvlint.findings import Finding, Position
from cvlint.output.paths import relative
from cvlint.output.view import View
from cvlint.runner import FileReport

SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
_LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def _rule_descriptor(rule: Rule) -> dict[str, Any]:
    examples = []
    for example in rule.examples:
        if example.bad:
            examples.append(f"Bad:\n\n```\n{example.bad.rstrip()}\n```")
        if example.good:
            examples.append(f"Good:\n\n```\n{example.good.rstrip()}\n```")
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.rationale},
        "help": {
            "text": f"{rule.rationale}\n\nRun 'cvlint rule {rule.name}' for examples.",
            "markdown": "\n\n".join([f"**{rule.code} {rule.name}**: {rule.summary}", rule.rationale, *examples]),
        },
        "defaultConfiguration": {"level": _LEVELS[rule.severity]},
        "properties": {"tags": ["resume", rule.category], "precision": "high"},
    }


def _region(start: Position, end: Position) -> dict[str, int]:
    return {"startLine": start.line, "startColumn": start.column, "endLine": end.line, "endColumn": end.column}


def _location(path: str) -> dict[str, str]:
    return {"uri": quote(relative(path)), "uriBaseId": "SRCROOT"}


def _result(finding: Finding, index: dict[str, int]) -> dict[str, Any]:
    text = finding.message if not finding.suggestion else f"{finding.message}. {finding.suggestion}."
    result: dict[str, Any] = {
        "ruleId": finding.code,
        "ruleIndex": index[finding.code],
        "level": _LEVELS[finding.severity],
        "message": {"text": text},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": _location(finding.path),
                    "region": _region(finding.begin, finding.finish),
                }
            }
        ],
        "partialFingerprints": {"cvlintFindingHash/v1": finding.fingerprint},
    }
    if finding.fix is not None:
        result["fixes"] = [
            {
                "description": {"text": f"{finding.fix.applicability} fix: {finding.suggestion or finding.message}"},
                "artifactChanges": [
                    {
                        "artifactLocation": _location(finding.path),
                        "replacements": [
                            {"deletedRegion": _region(start, end), "insertedContent": {"text": edit.replacement}}
                            for edit, (start, end) in zip(finding.fix.edits, finding.edit_positions, strict=True)
                        ],
                    }
                ],
            }
        ]
    return result


def render_sarif(reports: list[FileReport], view: View) -> str:
    """One SARIF log with one run."""
    rules = [_rule_descriptor(rule) for rule in load_catalogue()]
    index = {rule["id"]: position for position, rule in enumerate(rules)}
    for finding in (f for report in reports for f in report.findings):
        if finding.code not in index:  # a rule of your own, from rule-dirs
            index[finding.code] = len(rules)
            rules.append({"id": finding.code, "name": finding.rule, "shortDescription": {"text": finding.rule}})
    log = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "cvlint",
                        "version": __version__,
                        "informationUri": "https://pypi.org/project/cvlint/",
                        "rules": rules,
                    }
                },
                "originalUriBaseIds": {"SRCROOT": {"uri": Path.cwd().as_uri() + "/"}},
                "invocations": [
                    {
                        "executionSuccessful": not any(report.error for report in reports),
                        "toolExecutionNotifications": [
                            {"level": "error", "message": {"text": f"{report.path}: {report.error}"}}
                            for report in reports
                            if report.error
                        ],
                    }
                ],
                "results": [_result(f, index) for report in reports for f in report.findings],
            }
        ],
    }
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"
