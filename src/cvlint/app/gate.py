"""CI gates: which findings are new (against a baseline or a git revision) and file scores."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from cvlint.app.gitref import read_at, verify_revision
from cvlint.app.runner import Runner
from cvlint.engine.catalogue import Catalogue
from cvlint.model.findings import Finding
from cvlint.parse.read_files import InputError
from cvlint.report.baseline import BaselineEntry, match, read_baseline
from cvlint.report.file_report import FileReport
from cvlint.report.score import score


def _split_new(current: list[Finding], previous: list[Finding]) -> tuple[list[Finding], list[Finding]]:
    """``current`` findings split into those not in ``previous`` and those that were."""
    available = Counter((f.rule, f.fingerprint) for f in previous)
    new: list[Finding] = []
    known: list[Finding] = []
    for finding in current:
        key = (finding.rule, finding.fingerprint)
        if available[key] > 0:
            available[key] -= 1
            known.append(finding)
        else:
            new.append(finding)
    return new, known


def apply_since(reports: list[FileReport], ref: str, runner: Runner, catalogue: Catalogue) -> None:
    """Keep only findings that are new since ``ref``, and record the score there and now.

    Raises ``GitError`` when the revision is not available.
    """
    checked = False
    for report in reports:
        if report.error or report.path == "-":
            continue
        path = Path(report.path)
        if not checked:
            verify_revision(ref, path.absolute().parent)
            checked = True
        data = read_at(ref, path)
        previous: list[Finding] = []
        if data is not None:
            try:
                previous = runner.lint_bytes(report.path, path, data)
            except InputError:
                previous = []
            report.previous_score = score(previous, catalogue).total
        report.score = score(report.findings + report.known, catalogue).total
        report.findings, known = _split_new(report.findings, previous)
        report.known.extend(known)


def apply_baseline(reports: list[FileReport], baseline: Path) -> list[BaselineEntry]:
    """Move baselined findings to ``known``; return baseline entries that no longer occur.

    Raises ``BaselineError`` for an unreadable baseline.
    """
    entries = read_baseline(baseline)
    findings = [f for report in reports for f in report.findings]
    linted = {report.path for report in reports if report.error is None}
    result = match(findings, entries, baseline.parent, linted)
    known = {id(f) for f in result.known}
    for report in reports:
        report.known.extend(f for f in report.findings if id(f) in known)
        report.findings = [f for f in report.findings if id(f) not in known]
    return result.gone


def apply_scores(reports: list[FileReport], catalogue: Catalogue) -> None:
    """Give every report without one its score."""
    for report in reports:
        if report.error is None and report.score is None:
            report.score = score(report.findings + report.known, catalogue).total


def apply_gates(
    reports: list[FileReport], runner: Runner, since_ref: str | None, baseline_path: Path | None, fail_under: int | None
) -> list[BaselineEntry]:
    """Mark known findings (``--since``, ``--baseline``) and score files (``--fail-under``); return the
    baseline entries gone. Raises ``GitError`` or ``BaselineError``."""
    gone: list[BaselineEntry] = []
    if since_ref is not None:
        apply_since(reports, since_ref, runner, runner.catalogue)
    if baseline_path is not None:
        gone = apply_baseline(reports, baseline_path)
    if fail_under is not None:
        apply_scores(reports, runner.catalogue)
    return gone


def below(reports: list[FileReport], fail_under: int) -> list[FileReport]:
    """The reports of files that scored below ``fail_under``."""
    return [r for r in reports if r.score is not None and r.score < fail_under]


def score_dropped(reports: list[FileReport]) -> bool:
    """True when a file scores lower than it did at the ``--since`` revision."""
    return any(r.previous_score is not None and r.score is not None and r.score < r.previous_score for r in reports)
