"""The ``junit`` output format: JUnit XML as Jenkins' xunit schema (``junit-10.xsd``) describes it.

Each file is one ``<testsuite>`` named by its path, and each of its test cases has that path as
``classname``, whether the file is clean or not. A finding at or above ``--fail-on`` is a test case with
a ``<failure>``; one below it (an info finding, by default) passes, its text in ``<system-out>``, as the
exit code does. A clean file is one passing test case; a file that cannot be read, one ``<error>``.
The time linting a file took is its suite's ``time`` (and its one case's, when it has one); a finding's
case takes no time of its own.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from cvlint.model.findings import SEVERITY_RANK, Finding
from cvlint.output.paths import relative
from cvlint.output.view import View
from cvlint.report.file_report import FileReport

_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _xml(text: str) -> str:
    """``text`` with the characters XML 1.0 cannot hold (control characters, lone surrogates) written out."""
    return _NOT_XML.sub(lambda match: f"\\x{ord(match.group()):02x}", text)


def _seconds(value: float) -> str:
    return f"{value:.3f}"


def _describe(finding: Finding, path: str) -> str:
    text = f"{path}:{finding.line}:{finding.column}: {finding.code} [{finding.rule}] {finding.message}"
    return _xml(text + (f"\n{finding.suggestion}" if finding.suggestion else ""))


def _suite(report: FileReport, fail_rank: int) -> tuple[ET.Element, int, int, int]:
    path = relative(report.path)
    suite = ET.Element("testsuite", name=_xml(path))
    failures = errors = 0
    if report.error:
        case = ET.SubElement(suite, "testcase", name="cvlint", classname=_xml(path), time=_seconds(report.seconds))
        ET.SubElement(case, "error", message=_xml(report.error), type="input error").text = _xml(report.error)
        errors += 1
    elif not report.findings:
        ET.SubElement(suite, "testcase", name="cvlint", classname=_xml(path), time=_seconds(report.seconds))
    for f in report.findings:
        case = ET.SubElement(
            suite,
            "testcase",
            name=f"{f.code} {f.rule} at line {f.line}, column {f.column}",
            classname=_xml(path),
            time=_seconds(0),
        )
        if SEVERITY_RANK[f.severity] >= fail_rank:
            failure = ET.SubElement(case, "failure", message=_xml(f.message), type=f"{f.code} {f.rule}")
            failure.text = _describe(f, path)
            failures += 1
        else:
            ET.SubElement(case, "system-out").text = f"{f.severity}: {_describe(f, path)}"
    tests = len(suite)
    suite.attrib.update(
        tests=str(tests),
        failures=str(failures),
        errors=str(errors),
        skipped="0",
        time=_seconds(report.seconds),
        file=_xml(path),
    )
    return suite, tests, failures, errors


def render_junit(reports: list[FileReport], view: View) -> str:
    """A ``<testsuites>`` document with one ``<testsuite>`` a file."""
    fail_rank = SEVERITY_RANK[view.fail_on]
    root = ET.Element("testsuites", name="cvlint")
    totals = [0, 0, 0]
    for report in reports:
        suite, *counts = _suite(report, fail_rank)
        root.append(suite)
        totals = [total + count for total, count in zip(totals, counts, strict=True)]
    root.attrib.update(
        tests=str(totals[0]),
        failures=str(totals[1]),
        errors=str(totals[2]),
        time=_seconds(sum(report.seconds for report in reports)),
    )
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
