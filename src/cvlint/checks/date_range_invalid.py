"""date-range-invalid: ranges that cannot be true (end before start, month 13, future dates)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from cvlint.model.dates import PartialDate
from cvlint.model.document import Document
from cvlint.model.findings import Finding
from cvlint.rule.context import RuleContext

_PLANNED = re.compile(
    r"\b(?:expected|anticipated|incoming|upcoming|starting|planned|exp\.|future|prospective|will)\b", re.IGNORECASE
)


def _shown(document: Document, date: PartialDate) -> str:
    return document.source[date.start : date.end]


def check(document: Document, context: RuleContext) -> Iterator[Finding]:
    """Report impossible months, reversed ranges, and dates after ``today`` that are not plans."""
    today = (context.today.year, context.today.month)
    for section, entry in document.entries():
        dates = entry.dates
        if dates is None:
            continue
        header = document.source[entry.span.start : max(entry.span.end, dates.end)]
        planned = bool(_PLANNED.search(header))
        parts = [d for d in (dates.first, dates.last) if d is not None]
        bad_month = [d for d in parts if not d.valid_month]
        for date in bad_month:
            yield context.finding(
                date.start,
                date.end,
                f"'{_shown(document, date)}' has month {date.month}, which does not exist",
                "write the month as 1 to 12",
                context=dates.text,
            )
        if bad_month:
            continue
        if dates.last is not None and dates.last.last_month() < dates.first.first_month():
            yield context.finding(
                dates.start,
                dates.end,
                f"'{dates.text}' ends ({_shown(document, dates.last)}) "
                f"before it starts ({_shown(document, dates.first)})",
                "swap the dates or correct the year",
                context=dates.text,
            )
            continue
        if planned:
            continue
        if dates.first.first_month() > today:
            yield context.finding(
                dates.first.start,
                dates.first.end,
                f"'{dates.text}' starts in the future (today is {context.today.isoformat()})",
                "correct the date, or say the role is upcoming ('Incoming', 'Starting …')",
                context=dates.text,
            )
        elif dates.last is not None and dates.last.first_month() > today and section.role != "education":
            yield context.finding(
                dates.last.start,
                dates.last.end,
                f"'{dates.text}' ends in the future (today is {context.today.isoformat()}); "
                "an ongoing role ends in 'Present'",
                "write 'Present' for an ongoing role, or correct the end date",
                context=dates.text,
            )
