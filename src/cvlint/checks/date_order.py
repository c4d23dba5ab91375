"""date-order: entries of a section that are not newest first."""

from __future__ import annotations

from collections.abc import Iterator

from cvlint.model.dates import DateRange
from cvlint.model.document import Document, Span
from cvlint.model.findings import Finding
from cvlint.rule.context import RuleContext

_ORDERED_ROLES = ("experience", "education", "projects", "volunteer")
ONGOING = (9999, 12)


def _end_key(dates: DateRange) -> tuple[int, int]:
    if dates.ongoing is not None:
        return ONGOING
    if dates.last is not None:
        return dates.last.last_month()
    return dates.first.last_month()


def _label(dates: DateRange) -> str:
    return "is ongoing" if dates.ongoing is not None else f"ends {_end_key(dates)[0]}"


def check(document: Document, context: RuleContext) -> Iterator[Finding]:
    """Report entries listed after an entry that ended earlier; a wholly oldest-first section once."""
    for section in document.sections:
        if section.role not in _ORDERED_ROLES:
            continue
        dated = [(entry, entry.dates) for entry in section.entries if entry.dates is not None]
        if len(dated) < 2:
            continue
        keys = [_end_key(dates) for _, dates in dated]
        starts = [dates.first.first_month() for _, dates in dated]
        # Out of order means newer at both ends: a long role that runs beside a later one may follow it.
        rises = [i for i in range(1, len(keys)) if keys[i] > keys[i - 1] and starts[i] > starts[i - 1]]
        if not rises:
            continue
        falls = [index for index in range(1, len(keys)) if keys[index] < keys[index - 1]]
        if not falls and len(rises) == len(keys) - 1 and len(keys) > 2:
            anchor = section.heading.span if section.heading is not None else Span(dated[0][1].start, dated[0][1].end)
            name = f"'{section.heading.text.value}'" if section.heading is not None else "this section"
            yield context.finding(
                anchor.start,
                anchor.end,
                f"the {len(keys)} entries of {name} run oldest first",
                "list entries newest first: readers look for the latest role at the top",
                context=name,
            )
            continue
        for index in rises:
            _entry, dates = dated[index]
            previous = dated[index - 1][1]
            yield context.finding(
                dates.start,
                dates.end,
                f"this entry ({dates.text}) {_label(dates)} "
                f"but is listed after one that {_label(previous)} ({previous.text})",
                "move it above the older entry: résumés list entries newest first",
                context=dates.text,
            )
