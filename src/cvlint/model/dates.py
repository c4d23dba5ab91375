"""Dates and date ranges as résumés write them, with the style each one is written in.

Recognised: ``2020``, ``2020.01``, ``2020-01``, ``01/2020``, ``1/2020``, ``12.2014``, ``Jan 2020``,
``January 2020``, ``Jan. 2020``, ``Sept 2020``, ``Summer 2020``, ``Summer'19``, ``Nov18``, ``Nov '18``, a
long month name misspelt by one letter (``Augest 2016``); ranges joined by ``-``, ``–``, ``—``, ``--``,
``~``, ``to``, ``until``, with an end date (``(2026)`` in parentheses for an expected one) or a word for
"ongoing" (``Present``, ``Current``, ``Now``, ``Today``, ``Ongoing``, ``to the present``, ``till date``), or
written as a start (``Since June 2022``); academic years written as one word (``2019/20``, ``2019-20``,
``2019/2020``) and ranges of years (``2010-15``); a range left open with nothing after its dash
(``2020 –``); two months of one year (``January - May 2023``); two years joined by a ``?`` that a wrong
encoding left for the dash (``1998 ? 2010``). The README has the table.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from functools import lru_cache

MONTHS: dict[str, int] = {
    "jan": 1,
    "january": 1,
    "feb": 2,
    "february": 2,
    "mar": 3,
    "march": 3,
    "apr": 4,
    "april": 4,
    "may": 5,
    "jun": 6,
    "june": 6,
    "jul": 7,
    "july": 7,
    "aug": 8,
    "august": 8,
    "sep": 9,
    "sept": 9,
    "september": 9,
    "oct": 10,
    "october": 10,
    "nov": 11,
    "november": 11,
    "dec": 12,
    "december": 12,
}
MONTH_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MONTH_FULL = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
SEASONS: dict[str, int] = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}

_YEAR = r"(?:19|20)\d\d"
_DATE_START = r"(?<![\w/.\-])"
"""Where a date may begin: not inside a word, a number, a path or a version (``v2.2020``, ``1/2/2020``)."""
_TWO_DIGITS = re.compile(r"\d\d")
"""What every date has (a year, or the two digits of ``Nov '18``): a line without is read for none."""
_DASH = re.compile(r"[-–—~‐‒]")
_WORD_SEPARATOR = re.compile(r"[ \t\u00a0](?:to|until|till)[ \t\u00a0]", re.IGNORECASE)
"""With ``_DASH``, what a range's separator holds: a line with neither is read for lone dates only."""


_Node = dict[str, "_Node"]
"""A letter tree of words: each letter leads to the letters after it; the key ``""`` ends a word."""


def _trie(words: Collection[str]) -> str:
    """``words`` (lower case) as one alternation with their shared beginnings written once: ``jan(?:uary)?``.

    The engine then tests a letter once where it tried every word in turn. Where one word begins another,
    the longer is tried first, as in an alternation of the words longest first, so the matches are the same.
    """
    root: _Node = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _branches(root)


def _branches(node: _Node) -> str:
    parts = []
    for char, child in sorted(node.items()):
        if not char:
            continue
        rest = _branches(child)
        if len(rest) == 1 and "" in child:
            rest = f"{rest}?"
        elif rest and "" in child:
            rest = f"(?:{rest})?"
        elif sum(1 for key in child if key) > 1:
            rest = f"(?:{rest})"
        parts.append(re.escape(char) + rest)
    return "|".join(parts)


def _first_letters(words: Collection[str], digit: str = "") -> str:
    """A lookahead for the letters ``words`` begin with (and ``digit``): most words of prose are turned away
    at their first letter, before the alternatives of a date are tried one by one."""
    return f"(?=[{''.join(sorted({word[0] for word in words}))}{digit}])"


def _date_pattern(p: str, names: str) -> str:
    return (
        rf"(?:(?P<{p}mon>{names})(?P<{p}dot>\.)?,?[ \t\u00a0]+(?P<{p}my>{_YEAR})"
        rf"|(?P<{p}gmon>{names})(?P<{p}gdot>\.)?(?:[ \t\u00a0]?['’])?(?P<{p}gy>\d\d)(?!\d)"
        rf"|(?P<{p}season>spring|summer|fall|autumn|winter)(?:,?[ \t\u00a0]+(?P<{p}sy>{_YEAR})"
        rf"|[ \t\u00a0]?['’](?P<{p}sgy>\d\d)(?!\d))"
        rf"|(?P<{p}iy>{_YEAR})(?P<{p}isep>[-./])(?P<{p}im>\d\d?)(?![\d])"
        rf"|(?P<{p}nm>\d\d?)(?P<{p}nsep>[/.])(?P<{p}ny>{_YEAR})"
        rf"|(?P<{p}y>{_YEAR}))"
    )


_SEPARATOR = r"(?P<sep>[ \t\u00a0]*(?:--|[-–—~‐‒])[ \t\u00a0]*|[ \t\u00a0]+(?:to|until|till)[ \t\u00a0]+)"
ONGOING_WORDS = ("present", "current", "now", "today", "ongoing")
"""Words that end a date range still open ("2021 – Present")."""
_ONGOING = (
    rf"(?:the[ \t\u00a0]+|(?:till|to)[ \t\u00a0](?=date))?(?P<ongoing>{'|'.join(ONGOING_WORDS)}"
    r"|(?:(?<=\bto[ \t\u00a0])|(?<=till[ \t\u00a0])|(?<=until[ \t\u00a0]))date)"
)
"""An open end: ``Present``, ``the present``, and ``date`` after ``to``, ``till`` or ``until`` (``– till date``)."""
_END = r"(?!(?-i:[a-z])|[\d_/]|\.\d|-\d)"


@lru_cache(maxsize=256)
def _pattern(kind: str, misspelt: tuple[str, ...] = ()) -> re.Pattern[str]:
    """The date expression of ``kind`` for the month names of ``MONTHS`` and the misspelt ones a line holds,
    compiled when a line first needs it:

    - ``range``: a start, a separator and an end or a word for "ongoing";
    - ``same_year``: two months of one year with the year written once (``January - May 2023``);
    - ``open_end``: a range whose end is left blank, the row still open (``2020 –`` at the end of a field);
    - ``single``: a lone date;
    - ``since``: a role still open written as its start (``Since June 2022``).
    """
    words = (*MONTHS, *(word.lower() for word in misspelt))
    names = _trie(words)
    a = _date_pattern("a", names)
    start = _DATE_START + _first_letters((*words, *SEASONS), r"\d")
    source = {
        "range": rf"{start}{a}{_SEPARATOR}(?P<bopen>\()?(?:{_date_pattern('b', names)}|{_ONGOING})(?(bopen)\)){_END}",
        "same_year": (
            rf"{_DATE_START}{_first_letters(words)}(?P<m1>{names})(?P<d1>\.)?{_SEPARATOR}(?P<m2>{names})(?P<d2>\.)?"
            rf",?[ \t\u00a0]+(?P<y>{_YEAR}){_END}"
        ),
        "open_end": rf"{start}{a}(?P<sep>[ \t\u00a0]*(?:--|[-–—])[ \t\u00a0]*)(?=\||$)",
        "single": rf"{start}{a}{_END}",
        "since": rf"{_DATE_START}since[ \t\u00a0]+{a}{_END}",
    }[kind]
    return re.compile(source, re.IGNORECASE)


_YEAR_AT_START = r"(?:19|20)(?<![\w/.\-]..)\d\d"
"""A year where a date may begin, its test of the character before made after its first two digits, so that
the engine looks for a date only where a ``1`` or a ``2`` stands."""
_ACADEMIC = re.compile(rf"(?P<ay>{_YEAR_AT_START})(?P<asep>[/–-])(?P<ay2>\d\d(?:\d\d)?)(?![\w/]|\.\d|-\d)")
"""An academic year or a range of years written as one word: ``2019/20``, ``2019-20``, ``2019/2020``."""
_LOST_DASH = re.compile(rf"(?P<y1>{_YEAR_AT_START})(?P<sep>[ \t\u00a0]?\?[ \t\u00a0]?)(?P<y2>{_YEAR})(?![\w/])")
"""Two years joined by ``?``: a dash lost to a wrong encoding (``1998 ? 2010``), never a question."""
_NEAR_MONTH = re.compile(rf"[ADFJNOS](?<![^\W\d_].)[a-z]{{4,9}}(?=\.?,?[ \t\u00a0]+{_YEAR}(?!\d))")
"""A capitalised word before a year, which may be a month misspelt (``Augest 2016``, ``Febuary 2010``)."""
_LONG_MONTHS = tuple(name.lower() for name in MONTH_FULL if len(name) >= 6)


def _one_slip(word: str, name: str) -> bool:
    """True when ``word`` is ``name`` with one letter changed, added, dropped, or two swapped."""
    if word == name or abs(len(word) - len(name)) > 1:
        return False
    if len(word) == len(name):
        diff = [i for i, (x, y) in enumerate(zip(word, name, strict=True)) if x != y]
        return len(diff) == 1 or (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and word[diff[0]] == name[diff[1]]
            and word[diff[1]] == name[diff[0]]
        )
    short, long = sorted((word, name), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def misspelt_month(word: str) -> int | None:
    """The month a long month name misspelt by one slip names (``Augest`` is August), or None."""
    lower = word.lower()
    if lower in MONTHS or lower[0] not in "adfjnos":
        return None
    return next((MONTHS[name] for name in _LONG_MONTHS if _one_slip(lower, name)), None)


def _month(word: str) -> int:
    return MONTHS.get(word.lower()) or misspelt_month(word) or 0


@lru_cache(maxsize=4096)
def _misspelt_in(line: str) -> tuple[str, ...]:
    """The misspelt month names of ``line``, which its date expressions read as months."""
    return tuple(sorted({m.group() for m in _NEAR_MONTH.finditer(line) if misspelt_month(m.group())}))


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A date as precise as it was written: a year, and a month when one is given."""

    year: int
    month: int | None
    style: str
    """The written pattern: ``YYYY``, ``Mon YYYY``, ``Month YYYY``, ``MM/YYYY``, ``YYYY-MM``…"""
    start: int
    end: int

    @property
    def valid_month(self) -> bool:
        """False for months such as ``13/2020`` or ``2020-00``."""
        return self.month is None or 1 <= self.month <= 12

    @property
    def padding_unseen(self) -> bool:
        """True for a numeric month of two digits that needs no padding (``12/2013``): it is written the
        same in ``M/YYYY`` and ``MM/YYYY``, so it shows neither style."""
        return "MM" in self.style and self.month is not None and self.month >= 10

    def fits_padding(self, style: str) -> bool:
        """True when the date is written as ``style`` would write it: ``12/2013`` fits ``M/YYYY``."""
        return self.padding_unseen and self.style.replace("MM", "M") == style.replace("MM", "M")

    def first_month(self) -> tuple[int, int]:
        """The earliest ``(year, month)`` the date can mean."""
        return (self.year, self.month if self.month and self.valid_month else 1)

    def last_month(self) -> tuple[int, int]:
        """The latest ``(year, month)`` the date can mean."""
        return (self.year, self.month if self.month and self.valid_month else 12)


@dataclass(frozen=True, slots=True)
class DateRange:
    """A date range (or a lone date) found in a line, with absolute source offsets."""

    start: int
    end: int
    text: str
    first: PartialDate
    last: PartialDate | None
    separator: str | None
    separator_start: int | None
    ongoing: str | None
    """The "ongoing" word as written (``Present``), when the range is open."""
    ongoing_start: int | None

    @property
    def is_range(self) -> bool:
        """True when the text gives a start and an end, or says the range is still open (``Since 2022``)."""
        return self.separator is not None or self.ongoing is not None


def shown_style(date: PartialDate, written: Collection[str]) -> str:
    """The style ``date`` counts for among dates written in ``written`` styles: ``12/2013`` counts as
    ``M/YYYY`` where unpadded months (``3/2021``) show that style and no padded one (``03/2021``) does."""
    unpadded = date.style.replace("MM", "M")
    if date.padding_unseen and unpadded in written and date.style not in written:
        return unpadded
    return date.style


def separator_fits(date_range: DateRange, dominant: str) -> bool:
    """True when ``date_range`` joins its dates as a document whose ranges use ``dominant`` would.

    An en dash between bare years is written closed (``2010–2013``) beside a spaced one between dates
    with months (``Sep 2018 – Oct 2020``): the usual typographic style, not an inconsistency. A hyphen
    has no such convention.
    """
    separator = date_range.separator
    if separator is None or separator == dominant:
        return True
    years = date_range.first.month is None and (date_range.last is None or date_range.last.month is None)
    closed = separator in ("–", "--") and separator == dominant.strip()
    return years and date_range.ongoing is None and closed


def _month_style(word: str, dot: bool) -> str:
    lower = word.lower()
    base = "May" if lower == "may" else "Month" if lower in ("june", "july") or len(lower) > 4 else "Mon"
    if word.isupper():
        base = base.upper()
    elif word.islower():
        base = base.lower()
    return f"{base}{'.' if dot else ''} YYYY"


def styles_compatible(style: str, dominant: str) -> bool:
    """True when a date written in ``style`` does not break a document written in ``dominant``.

    ``May`` is both the abbreviation and the full name, so it fits either month spelling.
    """
    if style == dominant:
        return True
    head, _, tail = dominant.partition(" ")
    if tail not in ("YYYY", "YY") or style != f"{style.split(' ')[0]} {tail}":
        return False
    if style.rstrip(".").split(" ")[0].lower() != "may":
        return False
    may = style.split(" ")[0].rstrip(".")
    name = head.rstrip(".")
    same_case = (may.isupper() == name.isupper()) and (may.islower() == name.islower())
    return name.lower() in ("mon", "month") and same_case


def _partial(match: re.Match[str], p: str, base: int) -> PartialDate:
    if match.group(f"{p}mon"):
        word = match.group(f"{p}mon")
        start, end = match.start(f"{p}mon"), match.end(f"{p}my")
        return PartialDate(
            int(match.group(f"{p}my")),
            _month(word),
            _month_style(word, bool(match.group(f"{p}dot"))),
            base + start,
            base + end,
        )
    if match.group(f"{p}gmon"):
        word, short = match.group(f"{p}gmon"), int(match.group(f"{p}gy"))
        style = _month_style(word, bool(match.group(f"{p}gdot"))).replace(" YYYY", " YY")
        year = 2000 + short if short < 70 else 1900 + short
        return PartialDate(year, _month(word), style, base + match.start(f"{p}gmon"), base + match.end(f"{p}gy"))
    if match.group(f"{p}season"):
        season = match.group(f"{p}season")
        if match.group(f"{p}sgy"):  # Summer'19
            short = int(match.group(f"{p}sgy"))
            year = 2000 + short if short < 70 else 1900 + short
            start, end = match.start(f"{p}season"), match.end(f"{p}sgy")
            return PartialDate(year, SEASONS[season.lower()], "Season YY", base + start, base + end)
        start, end = match.start(f"{p}season"), match.end(f"{p}sy")
        return PartialDate(int(match.group(f"{p}sy")), SEASONS[season.lower()], "Season YYYY", base + start, base + end)
    if match.group(f"{p}iy"):
        start, end = match.start(f"{p}iy"), match.end(f"{p}im")
        month = match.group(f"{p}im")
        style = f"YYYY{match.group(f'{p}isep')}{'MM' if len(month) == 2 else 'M'}"
        return PartialDate(int(match.group(f"{p}iy")), int(month), style, base + start, base + end)
    if match.group(f"{p}nm"):
        start, end = match.start(f"{p}nm"), match.end(f"{p}ny")
        month = match.group(f"{p}nm")
        style = f"{'MM' if len(month) == 2 else 'M'}{match.group(f'{p}nsep')}YYYY"
        return PartialDate(int(match.group(f"{p}ny")), int(month), style, base + start, base + end)
    start, end = match.start(f"{p}y"), match.end(f"{p}y")
    return PartialDate(int(match.group(f"{p}y")), None, "YYYY", base + start, base + end)


def _later_short_year(year: int, short: int) -> bool:
    """True when the two digits ``short`` written after ``year`` name one of the ten years after it."""
    return 0 < (short - year) % 100 <= 10


def _short_year_range(date: PartialDate) -> bool:
    """``2020-21`` is an academic year and ``2010-15`` a range of years, not month 21 or 15."""
    return (
        date.style == "YYYY-MM"
        and date.month is not None
        and date.month > 12
        and _later_short_year(date.year, date.month)
    )


def _academic_years(line: str, base: int, taken: list[DateRange]) -> list[DateRange]:
    """``2019/20`` and ``2019/2020`` as ranges of years, where no other range stands."""
    found: list[DateRange] = []
    for match in _ACADEMIC.finditer(line):
        first, second, separator = int(match.group("ay")), match.group("ay2"), match.group("asep")
        if len(second) == 2:
            short = int(second)
            later = separator != "/" and short > 12 and _later_short_year(first, short)  # 2010-15; 2019-05 is May
            if short != (first + 1) % 100 and not later:
                continue
            last_year, style = first + (short - first) % 100, "YY"
        elif separator == "/" and first < int(second) <= first + 10:
            last_year, style = int(second), "YYYY"
        else:
            continue
        start, end = base + match.start(), base + match.end()
        if any(r.start < end and start < r.end for r in taken):
            continue
        found.append(
            DateRange(
                start=start,
                end=end,
                text=match.group(),
                first=PartialDate(first, None, "YYYY", start, base + match.end("ay")),
                last=PartialDate(last_year, None, style, base + match.start("ay2"), end),
                separator=separator,
                separator_start=base + match.start("asep"),
                ongoing=None,
                ongoing_start=None,
            )
        )
    return found


def _open_ended(line: str, base: int, taken: list[DateRange], misspelt: tuple[str, ...]) -> list[DateRange]:
    """``2020 –`` with nothing after the dash but the end of its field: a range still ongoing, written
    without a word for it (``ongoing`` is empty, as for a JSON Resume entry with no ``endDate``)."""
    found: list[DateRange] = []
    if "|" not in line and not line.rstrip(" \t\u00a0\n").endswith(("-", "–", "—")):
        return found  # no dash at the end of the line or of a field
    for match in _pattern("open_end", misspelt).finditer(line):
        start, end = base + match.start(), base + match.end("sep")
        if any(r.start < end and start < r.end for r in taken):
            continue
        text = match.group().rstrip(" \t\u00a0")
        dash = match.group("sep").strip(" \t\u00a0")
        separator = f" {dash} " if match.group("sep")[0] in " \t\u00a0" else dash  # as it would read with an end
        first = _partial(match, "a", base)
        found.append(DateRange(start, start + len(text), text, first, None, separator, None, "", None))
    return found


def _same_year_ranges(line: str, base: int, taken: list[DateRange], misspelt: tuple[str, ...]) -> list[DateRange]:
    """``January - May 2023`` as a range whose first month takes the year written after the second."""
    found: list[DateRange] = []
    for match in _pattern("same_year", misspelt).finditer(line):
        start, end = base + match.start(), base + match.end()
        if any(r.start < end and start < r.end for r in taken):
            continue
        year = int(match.group("y"))
        first_word, last_word = match.group("m1"), match.group("m2")
        found.append(
            DateRange(
                start=start,
                end=end,
                text=match.group(),
                first=PartialDate(
                    year,
                    _month(first_word),
                    _month_style(first_word, bool(match.group("d1"))).removesuffix(" YYYY"),
                    start,
                    base + match.end("m1") + (1 if match.group("d1") else 0),
                ),
                last=PartialDate(
                    year,
                    _month(last_word),
                    _month_style(last_word, bool(match.group("d2"))),
                    base + match.start("m2"),
                    end,
                ),
                separator=match.group("sep"),
                separator_start=base + match.start("sep"),
                ongoing=None,
                ongoing_start=None,
            )
        )
    return found


def _since(line: str, base: int, taken: list[DateRange], misspelt: tuple[str, ...]) -> list[DateRange]:
    """``Since June 2022``: a range still open, written as its start (no separator, no word for "ongoing")."""
    found: list[DateRange] = []
    for match in _pattern("since", misspelt).finditer(line):
        start, end = base + match.start(), base + match.end()
        if not any(r.start < end and start < r.end for r in taken):
            found.append(DateRange(start, end, match.group(), _partial(match, "a", base), None, None, None, "", None))
    return found


def _lost_dashes(line: str, base: int, taken: list[DateRange]) -> list[DateRange]:
    """``2001?2007``: two years whose dash a wrong encoding turned into ``?``."""
    found: list[DateRange] = []
    for match in _LOST_DASH.finditer(line):
        start, end = base + match.start(), base + match.end()
        if any(r.start < end and start < r.end for r in taken):
            continue
        first = PartialDate(int(match.group("y1")), None, "YYYY", start, base + match.end("y1"))
        last = PartialDate(int(match.group("y2")), None, "YYYY", base + match.start("y2"), end)
        separator, at = match.group("sep"), base + match.start("sep")
        found.append(DateRange(start, end, match.group(), first, last, separator, at, None, None))
    return found


def find_date_ranges(line: str, base: int = 0) -> list[DateRange]:
    """Date ranges written in ``line``, whose first character is at source offset ``base``."""
    if not _TWO_DIGITS.search(line):
        return []
    return list(_ranges(line)) if base == 0 else _read_ranges(line, base)


def find_single_dates(line: str, base: int = 0) -> list[DateRange]:
    """Lone dates in ``line`` (``May 2021``, ``2019``), as ranges with no end."""
    if not _TWO_DIGITS.search(line):
        return []
    return list(_singles(line)) if base == 0 else _read_singles(line, base)


def find_dates(line: str, base: int = 0) -> list[DateRange]:
    """The date ranges of ``line``, or its lone dates when it has no range."""
    return find_date_ranges(line, base) or find_single_dates(line, base)


@lru_cache(maxsize=4096)
def _ranges(line: str) -> tuple[DateRange, ...]:
    """The ranges of ``line`` at offset 0, read once: the parser and the rules ask for the same lines."""
    return tuple(_read_ranges(line, 0))


@lru_cache(maxsize=4096)
def _singles(line: str) -> tuple[DateRange, ...]:
    """The lone dates of ``line`` at offset 0, read once."""
    return tuple(_read_singles(line, 0))


def _read_ranges(line: str, base: int) -> list[DateRange]:
    misspelt = _misspelt_in(line)
    found: list[DateRange] = []
    joined = bool(_DASH.search(line) or _WORD_SEPARATOR.search(line))
    for match in _pattern("range", misspelt).finditer(line) if joined else ():
        first = _partial(match, "a", base)
        last = None if match.group("ongoing") else _partial(match, "b", base)
        ongoing = match.group("ongoing")
        found.append(
            DateRange(
                start=base + match.start(),
                end=base + match.end(),
                text=match.group(),
                first=first,
                last=last,
                separator=match.group("sep"),
                separator_start=base + match.start("sep"),
                ongoing=ongoing,
                ongoing_start=base + match.start("ongoing") if ongoing else None,
            )
        )
    if "/" in line or "-" in line or "–" in line:
        found.extend(_academic_years(line, base, found))
        found.extend(_open_ended(line, base, found, misspelt))
    if joined:
        found.extend(_same_year_ranges(line, base, found, misspelt))
    if "?" in line:
        found.extend(_lost_dashes(line, base, found))
    if "ince" in line:
        found.extend(_since(line, base, found, misspelt))
    found.sort(key=lambda r: r.start)
    return found


def _read_singles(line: str, base: int) -> list[DateRange]:
    found: list[DateRange] = []
    for match in _pattern("single", _misspelt_in(line)).finditer(line):
        date = _partial(match, "a", base)
        if _short_year_range(date):
            continue
        found.append(
            DateRange(base + match.start(), base + match.end(), match.group(), date, None, None, None, None, None)
        )
    return found


def format_date(date: PartialDate, style: str) -> str | None:
    """``date`` written in ``style``, or None when that would lose or invent information."""
    month = date.month
    if month is None or not date.valid_month or date.style.startswith("Season") or "Y" not in date.style:
        return None  # a season, or a month whose year is written once after the range ("Jan - May 2023")
    year = date.year
    head, _, tail = style.partition(" ")
    base = head.rstrip(".")
    if tail == "YYYY" and base.lower() in ("mon", "month"):
        full = base.lower() == "month"
        name = MONTH_FULL[month - 1] if full else MONTH_ABBR[month - 1]
        if base.isupper():
            name = name.upper()
        elif base.islower():
            name = name.lower()
        dot = "." if head.endswith(".") and len(name) < len(MONTH_FULL[month - 1]) else ""
        return f"{name}{dot} {year}"
    numeric = {
        "MM/YYYY": f"{month:02d}/{year}",
        "M/YYYY": f"{month}/{year}",
        "MM.YYYY": f"{month:02d}.{year}",
        "M.YYYY": f"{month}.{year}",
        "YYYY-MM": f"{year}-{month:02d}",
        "YYYY.MM": f"{year}.{month:02d}",
        "YYYY/MM": f"{year}/{month:02d}",
        "YYYY-M": f"{year}-{month}",
        "YYYY.M": f"{year}.{month}",
        "YYYY/M": f"{year}/{month}",
    }
    return numeric.get(style)
