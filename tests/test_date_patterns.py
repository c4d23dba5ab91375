"""The date expressions, rewritten for speed, match exactly what they matched before: the same text, the
same groups at the same places, on the README's forms, lines written as résumés write them, words that
only look like dates, and generated strings of date pieces."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import dates_before
from cvlint.model import dates

README_FORMS = [
    "2020",
    "2020-01",
    "2020.01",
    "2020/01",
    "01/2020",
    "1/2020",
    "12.2014",
    "Jan 2020",
    "Jan. 2020",
    "January 2020",
    "Sept 2020",
    "JAN 2020",
    "jan 2020",
    "Nov18",
    "Nov '18",
    "Summer 2020",
    "Fall 2020",
    "Summer'19",
    "Fall ’21",
    "Augest 2016",
    "Febuary 2010",
    "Oktober 2019",
    "2019 – 2021",
    "2019 - 2021",
    "2019--2021",
    "2019 ~ 2021",
    "2019 to 2021",
    "2019 until 2021",
    "2021 – Present",
    "2021 - Current",
    "2021 — Now",
    "2021 – Today",
    "2021 - Ongoing",
    "8/2017 to the present",
    "2019 till date",
    "Since June 2022",
    "2024 - (2026)",
    "2019/20",
    "2019-20",
    "2019/2020",
    "2010-15",
    "2019-05",
    "\\twentyitem{2020 --}",
    "2020 - & Engineer",
    "| 2020 – | Acme |",
    "January - May 2023",
    "June 2000\n-\nOctober 2001",
    "1998 ? 2010",
    "2001?2007",
]
LINES = [
    "Software Engineer | Acme Corp | Jan 2019 – Present",
    "**Data Scientist**, Initech (2017-2019)",
    "### Research Assistant, Sept. 2015 - Aug. 2016, Toronto",
    "Senior Engineer          Globex Inc.          March 2018 to December 2020",
    "(Fall 2012-present) - Teaching Assistant at Florida State University",
    "2015-present Evaluation committee, Master programs",
    "- Reduced build time by 60% in 2021 and cut costs by $2M",
    "Delivered a 3-project sprint in 12 days (2026-04-09 → 2026-04-20)",
    "Maintainer, Since June 2022; contributor since 2019",
    "Jan. – Mar. 2023 · internship",
    "Engineer, Acme | Nov '18 – Mar '20 | Berlin",
    "B.Sc. Computer Science, 2010 – 2014 (GPA 3.8/4.0)",
    "Seoyoung Cho                                                Elmore Center          2023 - Present",
    "Worked 2019?2020 on the migration; is 2019 ? the year?",
    "*Summer'19 - Fall'20* — exchange semester",
    "Lecturer (2024 - (2026))(2027 - 2028)",
    "Augest 2016 – April 2017, Febuary 2010 - August 2010",
    "Oktober 2019 – Januar 2020",
    "2019 until date; 2020 till date; 2021 to date; 2022 - the present",
]
NOT_DATES = [
    "Migrated to Python 3.11 and Java 17",
    "Presently working on v2.0 and v2.2020",
    "Octave 2019, Dear Sir 2020, Mayor 2021",
    "Nov 18 meetings, Marching 2020, Summers 2020, decade 2010, novel 2019",
    "1/2/2020, 2020/5/1, 2020.5.1, 2020-5-1, 20201, a2020, 2020a, 2020_, _2020, 2020/",
    "Call 2019-555-0100 or (2020) 555 1234",
    "ſept 2020, SEPT 2020, Dec2019, sept.2020, April, 2020, Jan '20, Jan 19٢٠",
    "İ 2020, ı 2020, K 2020, Kelvin 2020",
    "100 - 200 people; 1200 – 1300 units; 99-00",
]
PIECES = [
    *("Jan", "january", "Sept", "sep", "May", "JUNE", "Summer", "fall", "Augest", "Febuary", "since", "Since"),
    *("'", "’", "19", "20", "2019", "2020", "21", "1", "5", "12", "٢٠"),
    *(" ", "\t", "\u00a0", "\n", "-", "–", "—", "--", "~", "(", ")", "/", ".", ",", "?", "|", "_"),
    *("to", "until", "till", "the", "present", "date", "Now", "a", "x", "İ", "ı", "ſ", "K"),
]
MISSPELT = [(), ("Augest",), ("Augest", "Febuary", "Oktober")]


def _matches(pattern: re.Pattern[str], text: str) -> list[tuple[object, ...]]:
    return [(m.span(), m.groupdict(), [m.span(name) for name in m.groupdict()]) for m in pattern.finditer(text)]


def _assert_same(text: str) -> None:
    misspelt = tuple(
        sorted({m.group() for m in dates_before.NEAR_MONTH.finditer(text) if dates.misspelt_month(m.group())})
    )
    assert dates._misspelt_in(text) == misspelt
    for names in {misspelt, *MISSPELT}:
        for kind, before in dates_before.patterns(names).items():
            assert _matches(dates._pattern(kind, names), text) == _matches(before, text), (kind, names)
    for before, now in (
        (dates_before.ACADEMIC, dates._ACADEMIC),
        (dates_before.LOST_DASH, dates._LOST_DASH),
        (dates_before.NEAR_MONTH, dates._NEAR_MONTH),
    ):
        assert _matches(now, text) == _matches(before, text), now.pattern


@pytest.mark.parametrize("text", [*README_FORMS, *LINES, *NOT_DATES])
def test_the_same_matches_as_before(text: str) -> None:
    for line in (text, f"Engineer, Acme | {text} | Berlin", f"({text})", text.upper(), text.lower()):
        _assert_same(line)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=14).map("".join))
def test_the_same_matches_as_before_on_pieces_of_dates(text: str) -> None:
    _assert_same(text)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=40))
def test_the_same_matches_as_before_on_any_text(text: str) -> None:
    _assert_same(text)


def test_a_word_that_begins_another_is_tried_after_it() -> None:
    assert dates._trie(("sep", "sept", "september", "june", "jun")) == "june?|sep(?:t(?:ember)?)?"


def test_a_line_without_two_digits_in_a_row_is_read_for_no_dates() -> None:
    assert dates.find_dates("Jan 5 - Feb 9, summer of 7") == []
    assert dates.find_dates("Jan 2020") != []


def test_a_line_read_again_gives_equal_dates_in_a_new_list() -> None:
    line = "Engineer | Jan 2019 – Present"
    first, again = dates.find_date_ranges(line), dates.find_date_ranges(line)
    assert first == again and first is not again
    assert dates.find_date_ranges(line, 10)[0].start == first[0].start + 10
