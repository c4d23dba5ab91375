"""``cvlint score`` as text and JSON: each file's 0–100 score with its breakdown by category."""

from __future__ import annotations

import json
from typing import Any

from cvlint.engine.catalogue import Catalogue
from cvlint.output.terminal import escape
from cvlint.report.file_report import FileReport
from cvlint.report.score import score


def score_records(reports: list[FileReport], catalogue: Catalogue) -> list[dict[str, Any]]:
    """``{"path", "score", "categories"}`` of every file that could be read, as the JSON format writes it."""
    records: list[dict[str, Any]] = []
    for report in reports:
        if report.error:
            continue
        result = score(report.findings, catalogue)
        records.append(
            {
                "path": report.path,
                "score": result.total,
                "categories": {
                    c.name: {"points": c.points, "weight": c.weight, "findings": c.findings} for c in result.categories
                },
            }
        )
    return records


def render_scores_json(records: list[dict[str, Any]]) -> str:
    """The records as a JSON array."""
    return json.dumps(records, ensure_ascii=False, indent=2)


def render_scores_text(records: list[dict[str, Any]]) -> str:
    """Each file's score on a line, then one line per category: points out of its weight, findings."""
    lines: list[str] = []
    for record in records:
        lines.append(f"{escape(record['path'])}: {record['score']}/100")
        for name, part in record["categories"].items():
            found = f"  ({part['findings']} finding{'' if part['findings'] == 1 else 's'})" if part["findings"] else ""
            lines.append(f"  {name:<11} {part['points']:>3}/{part['weight']:<3}{found}")
    return "".join(line + "\n" for line in lines)
