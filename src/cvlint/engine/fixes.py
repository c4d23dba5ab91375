"""Applying fixes: non-overlapping edits first to last, then re-lint and repeat until stable.

The loop proves it converged, as ruff's and sqlfluff's do: when the text comes back to one it had, or
the rounds run out with fixes still to apply, the rules whose fixes were applied last did not settle.
Their edits are undone (the loop starts again from the original text without them), their findings
stay, and the result names them.
"""

from __future__ import annotations

import itertools
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from cvlint.model.findings import Edit, Finding

MAX_ROUNDS = 10


def applicable(finding: Finding, unsafe: bool) -> bool:
    """True when ``finding`` has a fix that this run may apply."""
    return finding.fix is not None and (finding.fix.applicability == "safe" or unsafe)


def apply_fixes(text: str, findings: Iterable[Finding], unsafe: bool = False) -> tuple[str, int]:
    """Apply every applicable fix whose edits overlap no edit already taken; return text and count.

    Two edits overlap when their ranges share a character, or when both insert at one place. Taken
    edits stay sorted, so each check looks at two neighbours only: fixing is linear in the fixes.
    """
    fixed, applied = _apply(text, findings, unsafe)
    return fixed, len(applied)


def _apply(text: str, findings: Iterable[Finding], unsafe: bool) -> tuple[str, list[Finding]]:
    """The text with the fixes that fit applied, and the findings whose fixes were applied."""
    taken: list[Edit] = []
    starts: list[int] = []
    applied: list[Finding] = []
    candidates = sorted(
        (f for f in findings if applicable(f, unsafe)),
        key=lambda f: min(e.start for e in f.fix.edits) if f.fix else 0,
    )
    for finding in candidates:
        assert finding.fix is not None
        edits = sorted(finding.fix.edits, key=lambda e: (e.start, e.end))
        if any(_overlap(a, b) for a, b in itertools.pairwise(edits)) or any(
            _clashes(edit, taken, starts) for edit in edits
        ):
            continue
        for edit in edits:
            position = bisect_right(starts, edit.start)
            starts.insert(position, edit.start)
            taken.insert(position, edit)
        applied.append(finding)
    if not applied:
        return text, []
    pieces: list[str] = []
    position = 0
    for edit in taken:
        pieces.append(text[position : edit.start])
        pieces.append(edit.replacement)
        position = edit.end
    pieces.append(text[position:])
    return "".join(pieces), applied


def _clashes(edit: Edit, taken: list[Edit], starts: list[int]) -> bool:
    position = bisect_right(starts, edit.start)
    neighbours = taken[max(0, position - 1) : position + 1]
    return any(_overlap(edit, other) for other in neighbours)


def _overlap(a: Edit, b: Edit) -> bool:
    if a.start == a.end and b.start == b.end:
        return a.start == b.start
    if a.start == a.end:
        return b.start < a.start < b.end
    if b.start == b.end:
        return a.start < b.start < a.end
    return a.start < b.end and b.start < a.end


@dataclass(frozen=True, slots=True)
class FixResult:
    """The text after fixing, how many fixes were applied, the findings that remain, and the rules that did
    not converge (their edits undone, their findings among those that remain)."""

    text: str
    applied: int
    remaining: list[Finding]
    unconverged: tuple[str, ...] = ()
    fixes: tuple[tuple[str, str, int], ...] = ()
    """``(code, rule, count)`` of the fixes applied, by rule in code order."""


def fix_until_stable(text: str, lint: Callable[[str], list[Finding]], unsafe: bool = False) -> FixResult:
    """Lint, fix, and lint again until no fix applies; rules that keep fixing are undone and named."""
    excluded: set[str] = set()
    while True:
        result, blamed = _rounds(text, lint, unsafe, excluded)
        if not blamed:
            return FixResult(result.text, result.applied, result.remaining, tuple(sorted(excluded)), result.fixes)
        excluded |= blamed


def _rounds(
    text: str, lint: Callable[[str], list[Finding]], unsafe: bool, excluded: set[str]
) -> tuple[FixResult, set[str]]:
    """Fix rounds from ``text`` leaving out the ``excluded`` rules; the rules blamed when they did not settle."""
    seen = {text}
    counts: Counter[tuple[str, str]] = Counter()

    def result() -> FixResult:
        fixes = tuple((code, rule, count) for (code, rule), count in sorted(counts.items()))
        return FixResult(text, counts.total(), findings, fixes=fixes)

    findings = lint(text)
    for _ in range(MAX_ROUNDS):
        fixed, applied = _apply(text, (f for f in findings if f.rule not in excluded), unsafe)
        if not applied:
            return result(), set()
        if fixed in seen:
            return result(), {f.rule for f in applied}
        seen.add(fixed)
        text = fixed
        counts.update((f.code, f.rule) for f in applied)
        findings = lint(text)
    still = {f.rule for f in findings if f.rule not in excluded and applicable(f, unsafe)}
    return result(), still
