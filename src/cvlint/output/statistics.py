"""``cvlint check --statistics``: how many findings each rule has, as ruff prints them."""

from __future__ import annotations

import json
from collections import Counter

from cvlint.engine.fixes import applicable
from cvlint.report.file_report import FileReport


def render_statistics(reports: list[FileReport], output_format: str) -> str:
    """One line per rule, most findings first: count, code, ``[*]`` when some have a safe fix, name.

    With ``--output-format json``, a JSON array of ``{"code", "name", "count", "fixable"}`` objects.
    """
    counts: Counter[tuple[str, str]] = Counter()
    fixable: set[str] = set()
    for report in reports:
        for finding in report.findings:
            counts[finding.code, finding.rule] += 1
            if applicable(finding, unsafe=False):
                fixable.add(finding.code)
    rows = sorted(counts.items(), key=lambda item: (-item[1], item[0][0]))
    if output_format == "json":
        records = [
            {"code": code, "name": name, "count": count, "fixable": code in fixable} for (code, name), count in rows
        ]
        return json.dumps(records, ensure_ascii=False, indent=2) + "\n"
    if not rows:
        return ""
    width = len(str(rows[0][1]))
    return "".join(
        f"{count:>{width}}  {code:<6} {'[*]' if code in fixable else '   '} {name}\n" for (code, name), count in rows
    )
