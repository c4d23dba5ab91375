"""Source excerpts of findings: the lines a span covers, with the span marked, cut to fit a screen.

Lines are measured as a terminal shows them (``terminal.cells``), so a caret row stays under its span
whatever tabs, wide characters or escaped control characters stand before it.
"""

from __future__ import annotations

from dataclasses import dataclass

from cvlint.model.findings import Finding
from cvlint.model.lines import LineIndex
from cvlint.output.terminal import cells

MAX_WIDTH = 100
"""Columns of source shown per line; longer lines are cut around the span, with ``…`` where cut."""
REACH = MAX_WIDTH + 2
"""Characters read on either side of a span: more never fit on the screen."""
MAX_FIX_LINES = 6
"""Lines shown on each side of a fix's before/after; more are summed up as ``…``."""


@dataclass(frozen=True, slots=True)
class Row:
    """One source line as shown: its number, its text, and the caret row under it (blank when unmarked)."""

    number: int
    text: str
    marks: str


@dataclass(frozen=True, slots=True)
class FixView:
    """A fix as the lines it changes, before and after."""

    before: tuple[str, ...]
    after: tuple[str, ...]


class Source:
    """The text a report's findings point into, with its lines indexed."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.index = LineIndex(text)

    def line_bounds(self, line: int) -> tuple[int, int]:
        """Start and end (before the line ending) of 1-based ``line``."""
        start = self.index.line_start(line)
        end = self.index.line_start(line + 1) if line < self.index.line_count else len(self.text)
        if self.text.endswith("\n", start, end):
            end -= 1
        if self.text.endswith("\r", start, end):
            end -= 1
        return start, end

    def rows(self, finding: Finding) -> list[Row | None]:
        """The first and last lines of the finding's span, marked; ``None`` stands for lines skipped."""
        first, _ = self.index.position(finding.start)
        last, last_column = self.index.position(finding.end)
        if last > first and last_column == 1:  # the span takes in a line ending: it ends on the line before
            last -= 1
        numbers = {first: finding.begin.line, last: finding.finish.line}
        rows: list[Row | None] = []
        for line in sorted({first, last}):
            if rows and line > first + 1:
                rows.append(None)
            start, end = self.line_bounds(line)
            low, high = max(finding.start, start) - start, min(finding.end, end) - start
            shown, marks = mark(self.text[start:end], low, max(low, high), finding.start == finding.end)
            rows.append(Row(numbers[line], shown, marks))
        return rows

    def fix(self, finding: Finding) -> FixView | None:
        """The lines the finding's fix changes, before and after; None when it has no fix."""
        if finding.fix is None or not finding.fix.edits:
            return None
        edits = sorted(finding.fix.edits, key=lambda edit: (edit.start, edit.end))
        first, _ = self.index.position(edits[0].start)
        last, last_column = self.index.position(max(edit.end for edit in edits))
        if last > first and last_column == 1:
            last -= 1
        start, end = self.index.line_start(first), max(self.line_bounds(last)[1], max(e.end for e in edits))
        # Only what can be shown is read: a fix in a line of a megabyte costs no more than in a short one.
        low, high = max(start, edits[0].start - REACH), min(end, max(e.end for e in edits) + REACH)
        pieces, position = ["…" if low > start else ""], low
        for edit in edits:
            pieces += [self.text[position : edit.start], edit.replacement]
            position = edit.end
        ellipsis = "…" if high < end else ""
        before = pieces[0] + self.text[low:high] + ellipsis
        after = "".join([*pieces, self.text[position:high], ellipsis])
        return _fix_view(before.splitlines(), after.splitlines())


def mark(line: str, low: int, high: int, point: bool = False) -> tuple[str, str]:
    """``line`` as shown, cut to ``MAX_WIDTH`` around characters ``[low, high)``, and its caret row.

    A ``point`` (an empty span, where text is missing) is marked with one caret at ``low``.
    """
    first, last = max(0, low - REACH), min(len(line), low + REACH)
    if line.isascii() and line[first:last].isprintable():  # one column a character: nothing to measure
        return _mark_plain(line, first, last, low, high, point)
    return _mark_cells(line, first, last, low, high, point)


def _mark_cells(line: str, first: int, last: int, low: int, high: int, point: bool) -> tuple[str, str]:
    """``mark`` of ``line[first:last]`` measured character by character (``terminal.cells``)."""
    shown = cells(line[first:last])
    low, high = low - first, min(high, last) - first
    widths = [width for _, width in shown]
    lo, hi = window(widths, low)
    text = "".join(piece for piece, _ in shown[lo:hi])
    before = sum(widths[lo:low])
    marked = sum(widths[max(low, lo) : min(high, hi)])
    return _framed(text, before, marked, high > low or point, lo > 0 or first > 0, hi < len(shown) or last < len(line))


def _mark_plain(line: str, first: int, last: int, low: int, high: int, point: bool) -> tuple[str, str]:
    """``mark`` of a line of printable ASCII, where each character is one column: the same result,
    counted instead of measured character by character."""
    size = last - first
    low, high = low - first, min(high, last) - first
    lo, hi = _plain_window(size, low)
    text = line[first + lo : first + hi]
    before = max(0, min(low, size) - lo)
    marked = max(0, min(high, hi) - max(low, lo))
    return _framed(text, before, marked, high > low or point, lo > 0 or first > 0, hi < size or last < len(line))


def _framed(text: str, before: int, marked: int, marking: bool, cut_before: bool, cut_after: bool) -> tuple[str, str]:
    """The shown ``text``, with ``…`` where it was cut, and its caret row: ``marked`` carets (at least one)
    after ``before`` columns when ``marking``."""
    carets = "^" * max(1, marked) if marking else ""
    if cut_before:
        text, before = "…" + text, before + 1
    if cut_after:
        text += "…"
    return text, (" " * before + carets).rstrip() if carets else ""


def _plain_window(size: int, low: int, budget: int = MAX_WIDTH) -> tuple[int, int]:
    """``window`` for ``size`` characters of one column each."""
    if size <= budget:
        return 0, size
    budget -= 2
    start = min(low, size)
    lo = start - min(start, budget // 4)
    hi = min(size, lo + budget)
    return max(0, lo - (budget - (hi - lo))), hi


def window(widths: list[int], low: int, budget: int = MAX_WIDTH) -> tuple[int, int]:
    """The characters ``[lo, hi)`` to show of a line whose characters take ``widths`` columns: all of
    them when they fit in ``budget``, else a stretch that starts a little before ``low``."""
    if sum(widths) <= budget:
        return 0, len(widths)
    budget -= 2  # room for the "…" at either end
    lo, room = min(low, len(widths)), budget // 4
    while lo > 0 and widths[lo - 1] <= room:
        room -= widths[lo - 1]
        lo -= 1
    hi, used = lo, 0
    while hi < len(widths) and used + widths[hi] <= budget:
        used += widths[hi]
        hi += 1
    while lo > 0 and used + widths[lo - 1] <= budget:
        lo -= 1
        used += widths[lo]
    return lo, hi


def _shared_prefix(first: str, second: str) -> int:
    """How many leading characters ``first`` and ``second`` share (slices compared, halving the range)."""
    low, high = 0, min(len(first), len(second))
    while low < high:
        middle = (low + high + 1) // 2
        if first[:middle] == second[:middle]:
            low = middle
        else:
            high = middle - 1
    return low


def _fix_view(before: list[str], after: list[str]) -> FixView:
    if len(before) == len(after) == 1:
        old, new = before[0], after[0]
        prefix = _shared_prefix(old, new)
        suffix = _shared_prefix(old[prefix:][::-1], new[prefix:][::-1])
        return FixView(
            (mark(old, prefix, len(old) - suffix)[0],),
            (mark(new, prefix, len(new) - suffix)[0],),
        )

    def shown(lines: list[str]) -> tuple[str, ...]:
        kept = [mark(line, 0, 0)[0] for line in lines[:MAX_FIX_LINES]]
        return tuple(kept + ([f"… ({len(lines) - MAX_FIX_LINES} more lines)"] if len(lines) > MAX_FIX_LINES else []))

    return FixView(shown(before), shown(after))
