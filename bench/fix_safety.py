"""Every safe fix of every rule, applied to every document of a corpus, checked: prints what failed.

    python bench/fix_safety.py [--corpus ../shared/corpus] [--today 2026-12-01] [--unsafe]

For each file cvlint reads under the corpus, and each safe fix it offers (``--unsafe``: unsafe ones too):
- the fix edits only the span its finding names (every edit lies within the finding's start and end);
- the text with that one fix applied lints with no finding that was not there before (by rule and place),
  except one the fix reveals, which is listed apart and is no failure: a finding over the very text the fix
  wrote (removing a soft hyphen or mending mojibake makes a word whole that spelling then reads), or one
  inside the section or entry whose heading the fix edited (a heading fix that makes a role readable), and
  the same finding (rule and message) moved: a document-level finding anchored at a section that the fix
  made start elsewhere;
- the finding is gone, or at least does not offer the same fix again (one fix converges).
Then ``--fix`` of the whole file is checked: it converges, a second ``--fix`` changes nothing, and JSON,
YAML and LaTeX stay valid (JSON and YAML parse; LaTeX braces balance as they did). Prints each failure
and the totals; asserts nothing and is not a test.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections import Counter
from pathlib import Path

from cvlint.engine.fixes import applicable, apply_fixes, fix_until_stable
from cvlint.engine.lint import lint_source, resolve_settings
from cvlint.model.document import Document
from cvlint.model.findings import Edit, Finding
from cvlint.parse import DocumentError, is_supported
from cvlint.parse.read_files import InputError, read_file


def _moved(position: int, edits: tuple[Edit, ...]) -> int:
    """Where ``position`` of the fixed text stood in the text before the fix."""
    shift = 0
    for edit in sorted(edits, key=lambda e: e.start):
        start = edit.start + shift
        end = start + len(edit.replacement)
        if position < start:
            break
        if position < end:
            return edit.start
        shift += len(edit.replacement) - (edit.end - edit.start)
    return position - shift


def _line_ending(text: str, at: int) -> int:
    """The length of the line ending that starts at ``at`` (0 when none does)."""
    return 2 if text.startswith("\r\n", at) else 1 if text[at : at + 1] in ("\n", "\r") else 0


def _inside(edit: Edit, finding: Finding, text: str) -> bool:
    """Whether ``edit`` stays in the finding's span. A finding that spans a whole line owns its line ending
    (deleting a line takes its ending, or on a last line that has none, the ending before it)."""
    start, end = finding.start, finding.end
    ending = _line_ending(text, end)
    if (start == 0 or text[start - 1] in "\n\r") and (ending or end == len(text)):
        if ending:
            end += ending
        elif start > 0:
            start -= 2 if text[start - 2 : start] == "\r\n" else 1
    return start <= edit.start and edit.end <= end


def _written(edits: tuple[Edit, ...]) -> list[tuple[int, int]]:
    """The ranges of the fixed text that the edits wrote (an empty range where they only deleted)."""
    ranges = []
    shift = 0
    for edit in sorted(edits, key=lambda e: e.start):
        start = edit.start + shift
        ranges.append((start, start + len(edit.replacement)))
        shift += len(edit.replacement) - (edit.end - edit.start)
    return ranges


def _revealed(document: Document, written: list[tuple[int, int]], finding: Finding) -> str | None:
    """Why ``finding`` of the fixed ``document`` is one the fix revealed, or None when it is new on its own."""
    if any(finding.start <= end and start <= finding.end for start, end in written):
        return "over the text the fix wrote"
    text = document.source
    for section in document.sections:
        parts = [(section.heading.span.start, section.heading.span.end, section.span)] if section.heading else []
        for entry in section.entries:
            line_end = text.find("\n", entry.span.start)
            parts.append((entry.span.start, len(text) if line_end < 0 else line_end, entry.span))
        for start, end, governed in parts:
            edited = any(start <= at <= end for at, _ in written)
            if edited and governed.start <= finding.start <= governed.end:
                return "in the part whose heading the fix edited"
    return None


def _braces(text: str) -> int:
    depth = 0
    escaped = False
    for char in text:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
    return depth


def _valid(path: Path, before: str, after: str) -> str | None:
    """Why ``after`` is no longer a valid file of ``path``'s format, or None."""
    suffix = path.suffix.lower()
    if suffix == ".json":
        try:
            json.loads(after)
        except ValueError as error:
            return f"JSON no longer parses: {error}"
    elif suffix in (".yaml", ".yml"):
        from ruamel.yaml import YAML

        try:
            YAML(typ="safe").load(after)
        except Exception as error:  # noqa: BLE001 - any parse failure is the finding
            return f"YAML no longer parses: {type(error).__name__}"
    elif suffix in (".tex", ".latex") and _braces(before) != _braces(after):
        return f"LaTeX braces changed balance ({_braces(before)} → {_braces(after)})"
    return None


def check_file(path: Path, display: str, today: dt.date, unsafe: bool, revealed: list[str] | None = None) -> list[str]:
    """The failures of the fixes offered for one file; findings a fix revealed go to ``revealed``."""
    source = read_file(path)
    settings = resolve_settings(None, path=str(path), today=today)

    def read(text: str) -> tuple[Document, list[Finding]]:
        return lint_source(text, display, settings, source.encoding)

    def lint(text: str) -> list[Finding]:
        return read(text)[1]

    text = source.text
    findings = lint(text)
    failures: list[str] = []
    before = Counter((f.rule, f.start) for f in findings)
    for finding in findings:
        if not applicable(finding, unsafe) or finding.fix is None:
            continue
        where = f"{display}:{finding.line}:{finding.column} {finding.rule} ({finding.fix.applicability})"
        if any(not _inside(edit, finding, text) for edit in finding.fix.edits):
            failures.append(f"{where}: edits outside the finding's span")
        fixed, _ = apply_fixes(text, [finding], unsafe)
        document, after = read(fixed)
        unmatched = before.copy()
        written = _written(finding.fix.edits)
        places = Counter((other.rule, _moved(other.start, finding.fix.edits)) for other in after)
        vanished = {(old.rule, old.message) for old in findings if places[(old.rule, old.start)] == 0}
        for other in after:
            key = (other.rule, _moved(other.start, finding.fix.edits))
            if unmatched[key] > 0:
                unmatched[key] -= 1
                continue
            what = f"{where}: the fixed text has a new {other.rule} finding at character {key[1]}"
            why = _revealed(document, written, other)
            if why is None and (other.rule, other.message) in vanished:
                why = "the same finding moved (it stood elsewhere before the fix)"
            if why is None:
                failures.append(what)
            elif revealed is not None:
                revealed.append(f"{what}, {why}: {other.message}")
        again = [f for f in after if f.rule == finding.rule and f.fix == finding.fix and f.start == finding.start]
        if again:
            failures.append(f"{where}: the same fix is offered again after it was applied")
        invalid = _valid(path, text, fixed)
        if invalid:
            failures.append(f"{where}: {invalid}")
    result = fix_until_stable(text, lint, unsafe)
    for rule in result.unconverged:
        failures.append(f"{display}: --fix: rule {rule} did not converge")
    second = fix_until_stable(result.text, lint, unsafe)
    if second.text != result.text:
        failures.append(f"{display}: --fix: a second --fix changed the text")
    invalid = _valid(path, text, result.text)
    if invalid:
        failures.append(f"{display}: --fix: {invalid}")
    return failures


def main() -> None:
    """Check every file under the corpus and print the failures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpus"))
    parser.add_argument("--today", type=dt.date.fromisoformat, default=dt.date(2026, 12, 1))
    parser.add_argument("--unsafe", action="store_true", help="check unsafe fixes too")
    args = parser.parse_args()
    files = sorted(p for p in args.corpus.rglob("*") if p.is_file() and is_supported(p.name))
    failures: list[str] = []
    revealed: list[str] = []
    checked = 0
    for path in files:
        display = str(path.relative_to(args.corpus))
        try:
            failures.extend(check_file(path, display, args.today, args.unsafe, revealed))
        except (InputError, DocumentError):
            continue
        except Exception as error:  # noqa: BLE001 - a crash is a failure to list, not the end of the run
            failures.append(f"{display}: internal error: {type(error).__name__}: {error}")
        checked += 1
    for line in failures:
        print(line)
    if revealed:
        print("\nRevealed by a fix (not failures):")
        for line in revealed:
            print(f"  {line}")
    kinds = Counter(line.split(": ", 1)[1].split(" at character")[0][:60] for line in failures)
    print(f"\n{checked} files checked, {len(failures)} failures, {len(revealed)} findings revealed", file=sys.stderr)
    for kind, count in kinds.most_common():
        print(f"  {count:5}  {kind}", file=sys.stderr)


if __name__ == "__main__":
    main()
