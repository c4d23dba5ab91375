"""Running counts over file reports: enough for the summary and the exit code, without the findings."""

from __future__ import annotations

from dataclasses import dataclass, field

from cvlint.engine.fixes import applicable
from cvlint.model.findings import SEVERITY_RANK
from cvlint.report.file_report import FileReport


@dataclass(slots=True)
class Tally:
    """What a run found, counted as reports go by."""

    files: int = 0
    errors: int = 0
    fixed: int = 0
    changed_files: int = 0
    known: int = 0
    diffs: int = 0
    files_with_findings: int = 0
    safe: int = 0
    unsafe: int = 0
    by_severity: dict[str, int] = field(default_factory=lambda: {"error": 0, "warning": 0, "info": 0})

    @classmethod
    def of(cls, reports: list[FileReport]) -> Tally:
        """The tally of a list of reports."""
        tally = cls()
        for report in reports:
            tally.add(report)
        return tally

    def add(self, report: FileReport) -> None:
        """Count one report."""
        if report.error:
            self.errors += 1
        else:
            self.files += 1
        self.fixed += report.fixed
        self.changed_files += 1 if report.fixed else 0
        self.known += len(report.known)
        self.diffs += 1 if report.diff else 0
        self.files_with_findings += 1 if report.findings else 0
        for finding in report.findings:
            self.by_severity[finding.severity] += 1
            if applicable(finding, unsafe=False):
                self.safe += 1
            elif applicable(finding, unsafe=True):
                self.unsafe += 1

    @property
    def findings(self) -> int:
        """How many findings were counted."""
        return sum(self.by_severity.values())

    def failing(self, threshold: str = "warning") -> int:
        """How many findings are at or above ``threshold``."""
        rank = SEVERITY_RANK[threshold]
        return sum(count for severity, count in self.by_severity.items() if SEVERITY_RANK[severity] >= rank)

    def failed(self, fail_on: str, exit_non_zero_on_fix: bool, gate_failed: bool) -> bool:
        """Whether the run fails: findings at ``fail_on`` or above, a diff to apply, a failed gate, or (with
        ``--exit-non-zero-on-fix``) a file that was changed."""
        failed = bool(self.failing(fail_on)) or bool(self.diffs) or gate_failed
        return failed or (exit_non_zero_on_fix and bool(self.changed_files))
