"""date-format-inconsistent: date ranges of one section written in more than one style."""

from __future__ import annotations

from collections.abc import Iterator

from cvlint.model.dates import DateRange, PartialDate, format_date, separator_fits, shown_style, styles_compatible
from cvlint.model.document import Document
from cvlint.model.findings import Finding, Fix
from cvlint.rule.context import RuleContext
from cvlint.text.lists import majority, sibling_entries


def _dominant(values: list[str]) -> tuple[str | None, bool]:
    """The most common value (a tie goes to the one written first), and whether a fix may follow it.

    A fix follows only a clear majority of three or more values; in a tie, or with two, either style
    could be the one meant.
    """
    if not values:
        return None, False
    return majority(values)


def _example(style: str) -> str:
    sample = PartialDate(2021, 3, style, 0, 0)
    shown = format_date(sample, style)
    return f"{style}, as in '{shown}'" if shown else style


def check(document: Document, context: RuleContext) -> Iterator[Finding]:
    """Compare month spelling, separators, the word for "ongoing" and precision within each section."""
    for section in document.sections:
        ranges = [entry.dates for entry in section.entries if entry.dates is not None]
        if ranges:
            yield from _check_section(document, context, section.role, ranges)
            for group in sibling_entries(section):
                siblings = [entry.dates for entry in group if entry.dates is not None]
                yield from _check_precision(context, section.role, siblings)


def _check_section(document: Document, context: RuleContext, role: str, ranges: list[DateRange]) -> Iterator[Finding]:
    dates = [d for r in ranges for d in (r.first, r.last) if d is not None]
    # A month whose year is written once after the range ("January - May 2023") is judged by its spelling.
    month_dates = [d for d in dates if d.month is not None and "Y" in d.style and not d.style.lower().startswith("may")]
    shown = {d.style for d in month_dates if not d.padding_unseen}
    month_styles = [shown_style(d, shown) for d in month_dates]
    # A JSON Resume date not in ISO 8601 is json-resume-schema's to fix: only ISO dates are compared there.
    if document.format == "json":
        month_styles = [s for s in month_styles if s.startswith("YYYY-")]
    month_dominant, month_clear = _dominant([s for s in month_styles if not s.startswith("Season")])
    if month_dominant is not None:
        year_part = month_dominant.partition(" ")[2]
        for date in dates:
            style = date.style if "Y" in date.style else f"{date.style} {year_part}"
            if date.month is None or date.style.startswith("Season") or date.fits_padding(month_dominant):
                continue
            if styles_compatible(style, month_dominant):
                continue
            if document.format == "json" and not date.style.startswith("YYYY-"):
                continue
            if _two_digit(date) and style.replace("MM", "M") == month_dominant.replace("MM", "M"):
                continue
            written = document.source[date.start : date.end]
            better = format_date(date, month_dominant)
            fix = Fix.replace(date.start, date.end, better) if better and month_clear else None
            yield context.finding(
                date.start,
                date.end,
                f"'{written}' is written as {date.style}; the other dates of this section use "
                f"{_example(month_dominant)}",
                f"write it as '{better}'" if better else f"write it as {month_dominant}",
                fix,
                context=written,
            )
    # An academic year ("2019/20", "2008/2009") is written as one word, not as a range of two dates.
    # "/" joins an academic year, and "?" is a dash an encoding lost: neither is a style of writing
    joined = [r for r in ranges if r.separator is not None and r.separator.strip() not in ("/", "?")]
    separator_dominant, separator_clear = _dominant([r.separator for r in joined if r.separator is not None])
    for date_range in joined:
        if date_range.separator is None or date_range.separator_start is None or separator_dominant is None:
            continue
        if not separator_fits(date_range, separator_dominant):
            start = date_range.separator_start
            end = start + len(date_range.separator)
            # Only a separator written as it reads can be swapped: LaTeX's ``--`` reads as one '–'.
            exact = document.source[start:end] == date_range.separator
            yield context.finding(
                start,
                end,
                f"'{date_range.text}' joins its dates with '{date_range.separator}'; "
                f"the other ranges of this section use '{separator_dominant}'",
                f"use '{separator_dominant}' between the dates",
                Fix.replace(start, end, separator_dominant) if exact and separator_clear else None,
                context=date_range.text,
            )
    ongoing = [r.ongoing for r in ranges if r.ongoing]  # "" is a range left open with no word: no style
    ongoing_dominant, ongoing_clear = _dominant(ongoing)
    for date_range in ranges:
        if date_range.ongoing is None or date_range.ongoing_start is None or ongoing_dominant is None:
            continue
        if date_range.ongoing != ongoing_dominant:
            start = date_range.ongoing_start
            end = start + len(date_range.ongoing)
            yield context.finding(
                start,
                end,
                f"'{date_range.ongoing}' marks an ongoing role; the other ranges of this section say "
                f"'{ongoing_dominant}'",
                f"write '{ongoing_dominant}'",
                Fix.replace(start, end, ongoing_dominant) if ongoing_clear else None,
                context=date_range.text,
            )


def _check_precision(context: RuleContext, role: str, ranges: list[DateRange]) -> Iterator[Finding]:
    """Year-only ranges beside month-and-year ones, among sibling entries (an employer's roles apart)."""
    # A season ("Fall 2019") is as precise as a term, not a month: such ranges are not compared.
    ranges = [r for r in ranges if all(not d.style.startswith("Season") for d in (r.first, r.last) if d is not None)]
    precision = [_precision(r) for r in ranges]
    dominant, _ = _dominant([p for p in precision if p != "mixed"])
    if dominant is None or precision.count(dominant) < 2:
        return
    wanted = "month and year" if dominant == "month" else "years only"
    kind_of = "" if role == "other" else f"{role} "
    for date_range, kind in zip(ranges, precision, strict=True):
        if kind == dominant:
            continue
        gives = {"year": "only years", "month": "months", "mixed": "a month for one end only"}[kind]
        yield context.finding(
            date_range.start,
            date_range.end,
            f"'{date_range.text}' gives {gives}; the other {kind_of}dates here give {wanted}",
            f"write this range with {wanted}, like the others",
            context=date_range.text,
        )


def _two_digit(date: PartialDate) -> bool:
    """A month from 10 to 12 written in digits: "12/2013" fits both M/YYYY and MM/YYYY."""
    return date.month is not None and date.month >= 10 and "MM" in date.style and "MMM" not in date.style


def _precision(date_range: DateRange) -> str:
    parts = [d for d in (date_range.first, date_range.last) if d is not None]
    with_month = sum(1 for d in parts if d.month is not None)
    return "month" if with_month == len(parts) else "year" if with_month == 0 else "mixed"
