"""The rules a run used: every rule selected for any of its files, for formats that list them (SARIF)."""

from __future__ import annotations

import contextlib
from pathlib import Path

from cvlint.app.runner import Runner
from cvlint.engine.config import ConfigError
from cvlint.engine.lint import ActiveRule
from cvlint.report.file_report import FileReport


def rules_run(runner: Runner, reports: list[FileReport]) -> tuple[ActiveRule, ...]:
    """Every rule selected for any of the files, once, with its effective severity."""
    ran: dict[str, ActiveRule] = {}
    for report in reports:
        path = Path(report.path if report.path != "-" else "stdin.md").absolute()
        with contextlib.suppress(ConfigError):
            for active in runner.settings_for(report.path, path).rules:
                ran.setdefault(active.rule.code, active)
    return tuple(ran.values())
