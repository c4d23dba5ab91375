"""The ``gitlab`` output format: GitLab Code Quality JSON."""

from __future__ import annotations

import hashlib
import json

from cvlint.output.paths import from_root
from cvlint.output.view import View
from cvlint.report.file_report import FileReport

_SEVERITIES = {"error": "major", "warning": "minor", "info": "info"}


def render_gitlab(reports: list[FileReport], view: View) -> str:
    """A JSON array of Code Quality issues."""
    issues = []
    seen: dict[str, int] = {}
    for report in reports:
        for f in report.findings:
            path = from_root(f.path)
            base = hashlib.sha256(f"{path}\0{f.fingerprint}".encode()).hexdigest()
            seen[base] = seen.get(base, 0) + 1
            unique = base if seen[base] == 1 else hashlib.sha256(f"{base}\0{seen[base]}".encode()).hexdigest()
            issues.append(
                {
                    "type": "issue",
                    "check_name": f"{f.code} {f.rule}",
                    "description": f.message,
                    "content": {"body": f.suggestion or ""},
                    "categories": ["Style"],
                    "severity": _SEVERITIES[f.severity],
                    "fingerprint": unique[:32],
                    "location": {
                        "path": path,
                        "positions": {
                            "begin": {"line": f.begin.line, "column": f.begin.column},
                            "end": {"line": f.finish.line, "column": f.finish.column},
                        },
                    },
                }
            )
    return json.dumps(issues, ensure_ascii=False, indent=2) + "\n"
