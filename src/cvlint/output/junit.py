"""The ``junit`` output format: JUnit XML, a test case per finding and one per clean file."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from cvlint.output.paths import relative
from cvlint.output.view import View
from cvlint.runner import FileReport


def render_junit(reports: list[FileReport], view: View) -> str:
    """A ``<testsuites>`` document."""
    findings = [f for report in reports for f in report.findings]
    cases = len(findings) + sum(1 for r in reports if not r.findings and r.error is None)
    errors = sum(1 for r in reports if r.error)
    root = ET.Element(
        "testsuites", name="cvlint", tests=str(cases + errors), failures=str(len(findings)), errors=str(errors)
    )
    suite = ET.SubElement(
        root, "testsuite", name="cvlint", tests=str(cases + errors), failures=str(len(findings)), errors=str(errors)
    )
    for report in reports:
        path = relative(report.path)
        if report.error:
            case = ET.SubElement(suite, "testcase", name=path, classname="cvlint")
            ET.SubElement(case, "error", message=report.error).text = report.error
            continue
        if not report.findings:
            ET.SubElement(suite, "testcase", name=path, classname="cvlint")
            continue
        for f in report.findings:
            case = ET.SubElement(
                suite,
                "testcase",
                name=f"{f.code} {f.rule} at {path}:{f.line}:{f.column}",
                classname=path,
                file=path,
                line=str(f.line),
            )
            failure = ET.SubElement(case, "failure", message=f.message, type=f"{f.code} {f.rule}")
            failure.text = f"{path}:{f.line}:{f.column}: {f.code} [{f.rule}] {f.message}" + (
                f"\n{f.suggestion}" if f.suggestion else ""
            )
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
