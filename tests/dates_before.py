"""The date expressions as ``cvlint.model.dates`` wrote them before they were rewritten for speed (each one
led by a look-behind, the month names one alternation, longest first), kept word for word so that a test
can show that the rewritten ones match exactly the same text with exactly the same groups."""

from __future__ import annotations

import re

from cvlint.model.dates import MONTHS

_YEAR = r"(?:19|20)\d\d"


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
_ONGOING = (
    r"(?:the[ \t\u00a0]+|(?:till|to)[ \t\u00a0](?=date))?(?P<ongoing>present|current|now|today|ongoing"
    r"|(?:(?<=\bto[ \t\u00a0])|(?<=till[ \t\u00a0])|(?<=until[ \t\u00a0]))date)"
)
_END = r"(?!(?-i:[a-z])|[\d_/]|\.\d|-\d)"


def patterns(misspelt: tuple[str, ...] = ()) -> dict[str, re.Pattern[str]]:
    """The five expressions for the month names and ``misspelt``, by the names the module gives them now."""
    names = "|".join(sorted((*MONTHS, *(re.escape(word) for word in misspelt)), key=len, reverse=True))
    a, b = _date_pattern("a", names), _date_pattern("b", names)
    return {
        "range": re.compile(
            rf"(?<![\w/.\-]){a}{_SEPARATOR}(?P<bopen>\()?(?:{b}|{_ONGOING})(?(bopen)\)){_END}", re.IGNORECASE
        ),
        "same_year": re.compile(
            rf"(?<![\w/.\-])(?P<m1>{names})(?P<d1>\.)?{_SEPARATOR}(?P<m2>{names})(?P<d2>\.)?,?[ \t\u00a0]+"
            rf"(?P<y>{_YEAR}){_END}",
            re.IGNORECASE,
        ),
        "open_end": re.compile(
            rf"(?<![\w/.\-]){a}(?P<sep>[ \t\u00a0]*(?:--|[-–—])[ \t\u00a0]*)(?=\||$)", re.IGNORECASE
        ),
        "single": re.compile(rf"(?<![\w/.\-]){a}{_END}", re.IGNORECASE),
        "since": re.compile(rf"(?<![\w/.\-])since[ \t\u00a0]+{a}{_END}", re.IGNORECASE),
    }


ACADEMIC = re.compile(rf"(?<![\w/.\-])(?P<ay>{_YEAR})(?P<asep>[/–-])(?P<ay2>\d\d(?:\d\d)?)(?![\w/]|\.\d|-\d)")
LOST_DASH = re.compile(rf"(?<![\w/.\-])(?P<y1>{_YEAR})(?P<sep>[ \t\u00a0]?\?[ \t\u00a0]?)(?P<y2>{_YEAR})(?![\w/])")
NEAR_MONTH = re.compile(rf"(?<![^\W\d_])[ADFJNOS][a-z]{{4,9}}(?=\.?,?[ \t\u00a0]+{_YEAR}(?!\d))")
