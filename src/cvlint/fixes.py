"""Applying fixes: non-overlapping edits first to last, then re-lint and repeat until stable."""

from __future__ import annotations

import itertools
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from cvlint.findings import Edit, Finding

MAX_ROUNDS = 10


def applicable(finding: Finding, unsafe: bool) -> bool:
    """True when ``finding`` has a fix that this run may apply."""
    return finding.fix is not None and (finding.fix.applicability == "safe" or unsafe)


def apply_fixes(text: str, findings: Iterable[Finding], unsafe: bool = False) -> tuple[str, int]:
    """Apply every applicable fix whose edits overlap no edit already taken; return text and count.

    Two edits overlap when their ranges share a character, or when both insert at one place. Taken
    edits stay sorted, so each check looks at two neighbours only: fixing is linear in the fixes.
    """
    taken: list[Edit] = []
    starts: list[int] = []
    applied = 0
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
        applied += 1
    if not applied:
        return text, 0
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
    """The text after fixing, how many fixes were applied, and the findings that remain."""

    text: str
    applied: int
    remaining: list[Finding]


def fix_until_stable(text: str, lint: Callable[[str], list[Finding]], unsafe: bool = False) -> FixResult:
    """Lint, fix, and lint again until no fix applies, a text repeats, or ``MAX_ROUNDS`` pass."""
    seen = {text}
    total = 0
    findings = lint(text)
    for _ in range(MAX_ROUNDS):
        fixed, applied = apply_fixes(text, findings, unsafe)
        if not applied or fixed in seen:
            break
        seen.add(fixed)
        text = fixed
        total += applied
        findings = lint(text)
    return FixResult(text, total, findings)
