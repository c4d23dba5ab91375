"""Date ranges in the forms résumés use."""

from __future__ import annotations

import pytest

from cvlint.model.dates import find_dates, format_date

FORMS = [
    ("2020 - 2022", "YYYY", (2020, None), (2022, None), None),
    ("2020.01 – 2021.03", "YYYY.MM", (2020, 1), (2021, 3), None),
    ("2020-01 to 2021-02", "YYYY-MM", (2020, 1), (2021, 2), None),
    ("01/2020 - Present", "MM/YYYY", (2020, 1), None, "Present"),
    ("1/2020-3/2021", "M/YYYY", (2020, 1), (2021, 3), None),
    ("Jan 2020 — Current", "Mon YYYY", (2020, 1), None, "Current"),
    ("January 2020 ~ Now", "Month YYYY", (2020, 1), None, "Now"),
    ("Jan. 2020–Today", "Mon. YYYY", (2020, 1), None, "Today"),
    ("Sept 2020 - ongoing", "Mon YYYY", (2020, 9), None, "ongoing"),
    ("Summer 2020 - Fall 2021", "Season YYYY", (2020, 6), (2021, 9), None),
    ("12.2014 - present", "MM.YYYY", (2014, 12), None, "present"),
    ("Nov18 - now", "Mon YY", (2018, 11), None, "now"),
    ("Nov '18 – Mar '20", "Mon YY", (2018, 11), (2020, 3), None),
    ("2024 - (2026)", "YYYY", (2024, None), (2026, None), None),
    ("Sept 2017 – Jan 2019", "Mon YYYY", (2017, 9), (2019, 1), None),
    ("2019/20", "YYYY", (2019, None), (2020, None), None),
    ("2019-20", "YYYY", (2019, None), (2020, None), None),
    ("2019/2020", "YYYY", (2019, None), (2020, None), None),
    ("2019–2020", "YYYY", (2019, None), (2020, None), None),
    ("January - May 2023", "Month", (2023, 1), (2023, 5), None),
    ("Jan. – Mar. 2023", "Mon.", (2023, 1), (2023, 3), None),
    ("Summer'19 - Fall'20", "Season YY", (2019, 6), (2020, 9), None),
    ("Since June 2022", "Month YYYY", (2022, 6), None, ""),
    ("since Nov. 2021", "Mon. YYYY", (2021, 11), None, ""),
    ("Augest 2016 – April 2017", "Month YYYY", (2016, 8), (2017, 4), None),
    ("Febuary 2010 - August 2010", "Month YYYY", (2010, 2), (2010, 8), None),
    ("Oktober 2019 – Januar 2020", "Month YYYY", (2019, 10), (2020, 1), None),
    ("1998 ? 2010", "YYYY", (1998, None), (2010, None), None),
    ("2001?2007", "YYYY", (2001, None), (2007, None), None),
]


@pytest.mark.parametrize(("text", "style", "first", "last", "ongoing"), FORMS)
def test_forms(
    text: str, style: str, first: tuple[int, int | None], last: tuple[int, int | None] | None, ongoing: str | None
) -> None:
    found = find_dates(f"Engineer, Acme | {text} | Berlin")
    assert len(found) == 1
    date_range = found[0]
    assert date_range.text == text
    assert date_range.first.style == style
    assert (date_range.first.year, date_range.first.month) == first
    if last is None:
        assert date_range.last is None
    else:
        assert date_range.last is not None and (date_range.last.year, date_range.last.month) == last
    assert date_range.ongoing == ongoing


def test_offsets_are_relative_to_base() -> None:
    line = "Engineer (Mar 2019 – May 2020)"
    date_range = find_dates(line, base=100)[0]
    assert date_range.start == 100 + line.index("Mar")
    assert date_range.separator_start == 100 + line.index(" – ")


def test_versions_and_numbers_are_not_dates() -> None:
    assert find_dates("Migrated to Python 3.11 and Java 17") == []
    assert find_dates("Presently working on v2.0") == []


def test_format_date_is_lossless_only() -> None:
    date = find_dates("03/2021")[0].first
    assert format_date(date, "Mon YYYY") == "Mar 2021"
    assert format_date(date, "Month YYYY") == "March 2021"
    assert format_date(date, "YYYY-MM") == "2021-03"
    year_only = find_dates("2021")[0].first
    assert format_date(year_only, "Mon YYYY") is None


def test_may_fits_both_month_spellings_with_a_short_year() -> None:
    from cvlint.model.dates import styles_compatible

    may, november = (find_dates(text)[0].first.style for text in ("May'19", "Nov'18"))
    assert (may, november) == ("May YY", "Mon YY")
    assert styles_compatible(may, november)
    assert not styles_compatible("May YYYY", november)


def test_a_month_without_its_year_is_not_rewritten_with_one() -> None:
    first = find_dates("Jan - May 2023")[0].first
    assert format_date(first, "Month YYYY") is None


def test_academic_years_need_the_following_year() -> None:
    assert [d.text for d in find_dates("2019–2020 academic year")] == ["2019–2020"]
    assert [d.last for d in find_dates("Released 2019/25")] == [None]  # not a year after 2019
    assert find_dates("Nov 18 meetings") == []  # a day, not a year


def test_a_range_split_over_three_lines_is_one_entry_header() -> None:
    from cvlint.parse import parse

    source = (
        "Ada Quill\nada@example.org\n\nEXPERIENCE\n\nEngineer, Initech\nJune 2000\n-\nOctober 2001\n- Led 4 people\n"
    )
    document = parse(source, "resume.txt")
    ((_, entry),) = list(document.entries())
    assert entry.dates is not None and entry.dates.text == "June 2000 - October 2001"
    assert source[entry.dates.start : entry.dates.end] == "June 2000\n-\nOctober 2001"
    assert entry.title is not None and entry.title.value == "Engineer"
    assert [bullet.text.value for bullet in entry.bullets] == ["Led 4 people"]


def test_a_word_near_a_month_is_not_one() -> None:
    """Only a long month name with one slip is read as that month: ``Octave``, ``Dear`` are words."""
    assert [d.text for d in find_dates("Octave 2019, Dear Sir 2020, Mayor 2021")] == ["2019", "2020", "2021"]


def test_since_is_an_open_range() -> None:
    (date_range,) = find_dates("Maintainer, Since June 2022")
    assert date_range.is_range and date_range.ongoing == "" and date_range.last is None
