"""Format-independent assembly of sections, entries, bullets and paragraphs.

A format parser turns its file into a flat list of items (headings, text lines, bullets, breaks);
``assemble`` groups them into the résumé model. Keeping this step shared is what lets every
format reach the same model, so rules never depend on the format.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import pairwise

from cvlint.lazy_pattern import lazy_compile
from cvlint.model.dates import DateRange, PartialDate, find_date_ranges, find_dates, find_single_dates
from cvlint.model.document import Bullet, Entry, Heading, Paragraph, Piece, Section, SectionRole, Span, Text
from cvlint.resources import wordlist
from cvlint.text.prose import letter_word_count, letter_words

BULLET_GLYPHS = "-*+•▪◦·–‣●○■□➢►✓➤❖◆"
BULLET_LINE = lazy_compile(
    r"(?P<indent>[ \t]*)(?P<marker>["
    + re.escape(BULLET_GLYPHS)
    + r"]|\d{1,2}[.)])(?:[ \t\u00a0]+(?P<text>\S.*)|[ \t\u00a0]*)$"
)
"""A bullet line: indentation, a marker, then text or nothing (an empty bullet)."""

GLYPH_BULLET_LINE = re.compile(
    r"(?P<indent>[ \t]*)(?P<marker>[•▪◦·‣●○■□➢►✓➤❖◆])(?:[ \t\u00a0]*(?P<text>\S.*)|[ \t\u00a0]*)$"
)
"""A bullet that only a glyph marks (``•Led``): Markdown does not treat these as list items."""

_DIGIT = re.compile(r"\d")
_TWO_DIGITS = re.compile(r"\d\d")
"""What every date has (a year, or the two digits of ``Nov '18``): a text without is read for none."""
_HEADING_NOISE = re.compile(r"[^\w\s&/+'’-]")
_TITLE_SPLIT = re.compile(r"\s*[-–—.]{3,}\s*|\s+(?:at|@)\s+|\s*\|\s*|\s+[–—-]\s+|,\s+|\s+·\s+")
_UPDATED = re.compile(r"[\W_]*(?:last[ \t]+)?(?:updated|modified|revised)\b", re.IGNORECASE)
"""A page's footer with the date it was last changed (``*Last updated: October 1, 2025*``): no entry."""
_DATES_LABEL = lazy_compile(r"(?:period|dates?|duration|when)\s*:?", re.IGNORECASE)
_EDGE_PUNCT = " \t\u00a0|,;:()[]–—-·•*_~/"


@dataclass(slots=True)
class HeadingItem:
    """A heading; the assembler decides whether it opens a section or an entry, unless the reader knows."""

    heading: Heading
    section: bool = False
    """A line that names a section without being a heading of some level (``**Education**``)."""
    entry: bool = False
    """An entry's header that is not a heading of some level (a definition list's term)."""


@dataclass(slots=True)
class TextItem:
    """One line of prose, as a reader sees it."""

    text: Text


@dataclass(slots=True)
class BulletItem:
    """One list item."""

    bullet: Bullet


@dataclass(slots=True)
class BreakItem:
    """The end of a paragraph: a blank line, a rule, a block that is not prose."""


Item = HeadingItem | TextItem | BulletItem | BreakItem


def _cjk(char: str) -> bool:
    return "\u3040" <= char <= "\u9fff" or "\uac00" <= char <= "\ud7af"


def _split_scripts(text: str) -> str:
    """A space where a bilingual heading runs Latin into CJK or Hangul: ``Education教育经历``."""
    if text.isascii():
        return text
    out = [text[0]]
    for before, char in pairwise(text):
        if (before.isascii() and before.isalpha() and _cjk(char)) or (
            _cjk(before) and char.isascii() and char.isalpha()
        ):
            out.append(" ")
        out.append(char)
    return "".join(out)


def normalize_heading(text: str) -> str:
    """Lower-case words of a heading with punctuation, emoji and markup dropped."""
    return " ".join(_HEADING_NOISE.sub(" ", _split_scripts(text.lower())).split())


@cache
def _phrase_roles() -> dict[str, tuple[int, SectionRole]]:
    """Each section name of ``rules/wordlists/sections.toml`` with where the file first lists it (names
    are tried in that order) and the role it is listed under there."""
    roles: dict[str, list[str]] = wordlist("sections")["roles"]
    found: dict[str, tuple[int, SectionRole]] = {}
    for role, phrases in roles.items():
        for phrase in phrases:
            found.setdefault(phrase, (len(found), role))  # type: ignore[arg-type]
    return found


@lru_cache(maxsize=4096)
def section_role(text: str) -> SectionRole:
    """The role a heading names, from ``rules/wordlists/sections.toml``; ``other`` when unknown."""
    key = normalize_heading(text)
    named = _phrase_roles()
    if key in named:
        return named[key][1]
    if "?" in text:
        return _lost_letters_role(text)
    if len(key.split()) > 4:
        return _qualified_role(text, key)
    # A known name at the start or the end of a short heading: "Work Experience & Leadership",
    # "Selected Publications"; never in the middle ("MEAN Stack Developer at …"). A name at the start
    # wins over one at the end, and of several, the one listed first.
    spaces = [index for index, char in enumerate(key) if char == " "]
    for candidates in ([key[:at] for at in spaces], [key[at + 1 :] for at in spaces]):
        listed = [named[phrase] for phrase in candidates if phrase in named]
        if listed:
            return min(listed)[1]
    return "other"


def _qualified_role(text: str, key: str) -> SectionRole:
    """The role of a long heading that is a section's name and what it holds: ``Experience as Senior Perl
    Developer``, ``Professional Experience (selected, most recent first)``; ``other`` for any other one."""
    named = _phrase_roles()
    bracket = text.find("(")
    if bracket > 0 and normalize_heading(text[:bracket]) in named:
        return named[normalize_heading(text[:bracket])][1]
    words = key.split()
    if len(words) <= 8 and "as" in words[1:4]:
        name = " ".join(words[: words.index("as", 1)])
        if name in named:
            return named[name][1]
    return "other"


def _lost_letters_role(text: str) -> SectionRole:
    """The role of a heading whose letters a wrong encoding turned into ``?`` (``EDUCACI?N``), when exactly
    one section name fits it with a letter in each ``?``; ``other`` when none does."""
    written = " ".join(re.sub(r"[^\w\s?&/+'’-]", " ", text.lower()).split())
    if "?" not in written.strip("?"):
        return "other"  # "Experience?" asks; only a ? inside a word stands for a letter
    pattern = re.compile(re.escape(written).replace(r"\?", r"[^\W\d_]"))
    roles = {role for phrase, (_, role) in _phrase_roles().items() if pattern.fullmatch(phrase)}
    return roles.pop() if len(roles) == 1 else "other"


@lru_cache(maxsize=4096)
def names_section(text: str) -> bool:
    """True when ``text`` is, word for word, a section name that ``rules/wordlists/sections.toml`` knows."""
    return normalize_heading(text) in _phrase_roles()


def _relocate(date: DateRange, text: Text) -> DateRange:
    """Turn offsets into ``text.value`` into source offsets."""

    def start_of(i: int) -> int:
        return text.source_start(i) if i < len(text.value) else text.span.end

    def end_of(i: int) -> int:
        return text.source_end(i - 1) if i > 0 else text.span.start

    def moved(part: PartialDate) -> PartialDate:
        return PartialDate(part.year, part.month, part.style, start_of(part.start), end_of(part.end))

    return DateRange(
        start_of(date.start),
        end_of(date.end),
        date.text,
        moved(date.first),
        None if date.last is None else moved(date.last),
        date.separator,
        None if date.separator_start is None else start_of(date.separator_start),
        date.ongoing,
        None if date.ongoing_start is None else start_of(date.ongoing_start),
    )


def _words(value: str) -> int:
    return letter_word_count(value)


def _entry_dates(text: Text, role: SectionRole) -> tuple[DateRange, int, int] | None:
    """The date range that makes ``text`` an entry header, with its position in ``text.value``."""
    value = text.value
    if not _TWO_DIGITS.search(value):
        return None
    ranges = find_date_ranges(value)
    dated = ranges
    if not ranges and role in ("experience", "education", "projects", "volunteer", "certifications", "awards"):
        dated = find_single_dates(value)
    if not dated:
        return None
    date = dated[0]
    if not ranges and value.count(";") >= 2 and _shares_its_field(value, date.start, date.end):
        return None  # "C++; MFC; Visual Studio 6 & 2005;": a list of names, one with a year in it
    before, after = value[: date.start], value[date.end :]
    if _UPDATED.match(before):
        return None
    rest = before + after
    edge = not before.strip(_EDGE_PUNCT) or not after.strip(_EDGE_PUNCT)
    limit = 14 if ranges else 10
    if _words(rest) > limit and not edge:
        return None
    if not ranges and _words(rest) > limit:
        return None
    return _relocate(date, text), date.start, date.end


def _shares_its_field(value: str, start: int, end: int) -> bool:
    """True when the date at ``start``–``end`` of a ``;``-separated line shares its field with other words
    ("Visual Studio 6 & 2005"); a header's date is a field of its own ("final grade: 98%; July 2015;")."""
    left = value.rfind(";", 0, start) + 1
    right = value.find(";", end)
    field = value[left : len(value) if right < 0 else right]
    return bool((field[: start - left] + field[end - left :]).strip(_EDGE_PUNCT + "."))


def _fill_header(entry: Entry, text: Text, cut: tuple[int, int] | None) -> None:
    """Read title, organisation and location from a header line (less its dates)."""
    value = text.value
    if cut is not None:
        left = text.slice(0, cut[0]).strip(_EDGE_PUNCT)
        right = text.slice(cut[1], len(value)).strip(_EDGE_PUNCT)
        text = left if len(left.value) >= len(right.value) else right
        if entry.location is None and left.value and right.value and text is left and _words(right.value) <= 4:
            entry.location = right
    text = text.strip(_EDGE_PUNCT)
    if not text.value:
        return
    parts: list[Text] = []
    position = 0
    for match in _TITLE_SPLIT.finditer(text.value):
        parts.append(text.slice(position, match.start()).strip(_EDGE_PUNCT))
        position = match.end()
    parts.append(text.slice(position, len(text.value)).strip(_EDGE_PUNCT))
    parts = [part for part in parts if part.value]
    if not parts:
        return
    if entry.title is None:
        entry.title = parts[0]
        if len(parts) > 1 and entry.organisation is None:
            entry.organisation = parts[1]
        if len(parts) > 2 and entry.location is None:
            entry.location = parts[2]
    elif entry.organisation is None:
        entry.organisation = parts[0]


def _section_level(headings: list[Heading]) -> tuple[int, Heading | None]:
    """The heading level that opens sections, and the document title heading if there is one."""
    if not headings:
        return 1, None
    known = [h.level for h in headings if section_role(h.text.value) != "other"]
    first = headings[0]
    if known:
        level = min(known)
    else:
        levels = sorted({h.level for h in headings})
        level = levels[1] if len(levels) > 1 and sum(1 for h in headings if h.level == levels[0]) == 1 else levels[0]
    title = first if first.level < level else None
    return level, title


class _Assembler:
    def __init__(self, end: int) -> None:
        self.end = end
        self.sections: list[Section] = [Section(None, "other", Span(0, 0))]
        self.entry: Entry | None = None
        self.header_open = False
        self.dates_read = False
        """True right after a bullet that held an entry's dates."""
        self.header_items: int | None = None
        """The level of the items that may still name the role a dates-only item opened ("- 09/2019 –
        Present", then "  - Researcher", "  - University of Žilina"); None when none may."""
        self.pending: list[Text] = []

    @property
    def section(self) -> Section:
        return self.sections[-1]

    def flush(self) -> None:
        if not self.pending:
            return
        first, last = self.pending[0], self.pending[-1]
        parts: list[Piece] = []
        for index, text in enumerate(self.pending):
            if index:
                parts.append(("\n", self.pending[index - 1].span.end, text.span.start))
            parts.append(text)
        span = Span(first.span.start, last.span.end)
        paragraph = Paragraph(span, Text.join(parts, span))
        (self.entry.paragraphs if self.entry is not None else self.section.paragraphs).append(paragraph)
        self.pending = []

    def open_section(self, heading: Heading | None, role: SectionRole | None = None, start: int = 0) -> None:
        """Open a section: the one ``heading`` names, or an untitled one of ``role`` from ``start``."""
        self.flush()
        self.entry = None
        self.header_open = False
        role = role or (section_role(heading.text.value) if heading else "other")
        start = heading.span.start if heading else start
        self.sections.append(Section(heading, role, Span(start, start)))

    def open_entry(self, span: Span, heading_level: int | None = None) -> Entry:
        self.flush()
        entry = Entry(span=span, heading_level=heading_level)
        self.section.entries.append(entry)
        self.entry = entry
        self.header_open = True
        return entry

    def text_line(self, text: Text) -> None:
        role = self.section.role
        entry = self.entry
        awaited = entry is not None and self.header_open and entry.dates is None  # an entry's header goes on
        undated = role in ("skills", "summary", "contact", "languages")
        found = _entry_dates(text, role) if awaited or not undated else None
        if found is None:
            self.pending.append(text)
            return
        date, cut_start, cut_end = found
        date_only = not (text.value[:cut_start] + text.value[cut_end:]).strip(_EDGE_PUNCT)
        if entry is not None and self.header_open and entry.dates is None:
            entry.dates = date
            entry.span = Span(entry.span.start, max(entry.span.end, text.span.end))
            if not date_only:
                _fill_header(entry, text, (cut_start, cut_end))
            return
        if date_only and self.pending:
            title_line = self.pending.pop()
            entry = self.open_entry(Span(title_line.span.start, text.span.end))
            _fill_header(entry, title_line, None)
        else:
            entry = self.open_entry(text.span)
            if not date_only:
                _fill_header(entry, text, (cut_start, cut_end))
        entry.dates = date

    def dates_heading(self, heading: Heading) -> bool:
        """Attach a heading that is only a date range ("##### 2019 – 2021") to the entry it follows."""
        entry = self.entry
        if entry is None or not self.header_open or entry.dates is not None:
            return False
        found = _entry_dates(heading.text, self.section.role)
        if found is None or (heading.text.value[: found[1]] + heading.text.value[found[2] :]).strip(_EDGE_PUNCT):
            return False
        entry.dates = found[0]
        entry.span = Span(entry.span.start, max(entry.span.end, heading.span.end))
        return True

    def sub_heading(self, heading: Heading) -> bool:
        """Keep an undated heading deeper than the dated entry it follows ("#### Front-end" under
        "### Engineer, Acme" and its dates) in that entry: its place, or a label of its bullets."""
        entry = self.entry
        if (
            entry is None
            or entry.dates is None
            or entry.heading_level is None
            or heading.level <= entry.heading_level
            or _DIGIT.search(heading.text.value)
            or section_role(heading.text.value) in ("skills", "languages")
        ):
            return False  # "#### Tools & Technologies" heads a list of names, not what the role did
        self.flush()
        if self.header_open and entry.location is None and not entry.bullets and _words(heading.text.value) <= 4:
            entry.location = heading.text
            entry.span = Span(entry.span.start, max(entry.span.end, heading.span.end))
            return True
        self.header_open = False
        self.pending.append(heading.text)
        self.flush()
        return True

    def label_term(self, heading: Heading) -> bool:
        """Keep an undated definition term under a dated role headed by a heading ("### Engineer (2025)",
        then "Performance" and its items) in that role, as a label of the items that follow; True when kept."""
        entry = self.entry
        if entry is None or entry.dates is None or entry.heading_level is None or _DIGIT.search(heading.text.value):
            return False
        if _words(heading.text.value) > 4:
            return False
        self.flush()
        self.header_open = False
        self.pending.append(heading.text)
        self.flush()
        return True

    def bullet(self, bullet: Bullet) -> None:
        self.flush()
        self.header_open = False
        follows_dates, self.dates_read = self.dates_read, False
        header_items, self.header_items = self.header_items, None
        if self.dates_bullet(bullet) or (follows_dates and self.location_bullet(bullet)):
            return
        if self.dated_item(bullet) or (header_items == bullet.level and self.header_item(bullet)):
            return
        (self.entry.bullets if self.entry is not None else self.section.bullets).append(bullet)

    def dated_item(self, bullet: Bullet) -> bool:
        """Open an entry at a top-level item that holds only dates ("- 09/2019–Present"), whose nested
        items are the role: True when it was one."""
        if bullet.level or self.section.role not in _DATED_ROLES:
            return False
        found = _entry_dates(bullet.text, self.section.role)
        if found is None or not found[0].is_range:
            return False
        if (bullet.text.value[: found[1]] + bullet.text.value[found[2] :]).strip(_EDGE_PUNCT):
            return False
        entry = self.open_entry(bullet.span)
        self.header_open = False
        entry.dates = found[0]
        self.header_items = 1
        return True

    def header_item(self, bullet: Bullet) -> bool:
        """Read a short item right under a dated item ("- Researcher", "- Acme s.r.o., Žilina") as the
        title, the organisation or the place of its role; True when it was one."""
        entry, value = self.entry, bullet.text.value
        if entry is None or entry.location is not None or _DIGIT.search(value) or _words(value) > 10:
            return False
        if value.rstrip().endswith("."):
            return False
        if entry.title is not None and entry.organisation is not None:
            if not all(word[0].isupper() for word in letter_words(value) if len(word) > 3):
                return False  # "Java training project" says what the role was; "Žilina" is where
            entry.location = bullet.text.strip(_EDGE_PUNCT)
        else:
            _fill_header(entry, bullet.text, None)
        entry.span = Span(entry.span.start, max(entry.span.end, bullet.span.end))
        self.header_items = bullet.level
        return True

    def dates_bullet(self, bullet: Bullet) -> bool:
        """Read a bullet that holds only the dates of the entry above ("- Feb 2024 – present",
        "- Period: 2023.07 - 2024.12") as part of its header, with the short bullets before it
        ("- Socket Supply Company"); True when it was."""
        entry = self.entry
        if (
            entry is None
            or entry.dates is not None
            or self.section.role not in _DATED_ROLES
            or len(entry.bullets) > 2
            or any(_words(b.text.value) > 6 for b in entry.bullets)
        ):
            return False
        found = _entry_dates(bullet.text, self.section.role)
        if found is None:
            return False
        value = bullet.text.value
        rest = (value[: found[1]] + value[found[2] :]).strip(_EDGE_PUNCT)
        if rest and (not found[0].is_range or not _DATES_LABEL.fullmatch(rest)):
            return False
        entry.dates = found[0]
        for previous in entry.bullets:
            _fill_header(entry, previous.text, None)
        entry.bullets.clear()
        entry.span = Span(entry.span.start, max(entry.span.end, bullet.span.end))
        self.dates_read = True
        return True

    def location_bullet(self, bullet: Bullet) -> bool:
        """Read "- Bordeaux, France" right after a dates bullet as the entry's location; True when it was."""
        entry, value = self.entry, bullet.text.value
        if entry is None or entry.location is not None or "," not in value or _DIGIT.search(value):
            return False
        if _words(value) > 4:
            return False
        entry.location = bullet.text
        entry.span = Span(entry.span.start, max(entry.span.end, bullet.span.end))
        return True

    def finish(self) -> list[Section]:
        self.flush()
        sections = [s for s in self.sections if s.heading is not None or s.entries or s.bullets or s.paragraphs]
        for index, section in enumerate(sections):
            end = sections[index + 1].span.start if index + 1 < len(sections) else self.end
            section.span = Span(section.span.start, end)
        return sections


_DATED_ROLES = ("experience", "education", "projects", "volunteer")


def _misleveled_entry(items: list[Item], index: int, role: SectionRole) -> bool:
    """True for a section-level heading that is really an entry: an unknown name, in a section of
    dated entries, with a date range in it or on the line after it ("## Engineer, Initech" / "2019 – 2021")."""
    heading = items[index]
    assert isinstance(heading, HeadingItem)
    if role not in _DATED_ROLES or section_role(heading.heading.text.value) != "other":
        return False
    if find_date_ranges(heading.heading.text.value) or _dated_header_follows(items, index):
        return True
    following = next((item for item in items[index + 1 :] if not isinstance(item, BreakItem)), None)
    if not isinstance(following, TextItem):
        return False
    value = following.text.value
    found = find_date_ranges(value)
    return bool(found) and not (value[: found[0].start] + value[found[0].end :]).strip(_EDGE_PUNCT)


def _dated_header_follows(items: list[Item], index: int) -> bool:
    """True when the heading at ``index`` is followed by short dated lines and then bullets: a role's
    title over its employers and dates ("## Applications Engineer", "Echodyne Corp | August 2022 - Present")."""
    dated = 0
    for item in items[index + 1 :]:
        if isinstance(item, BreakItem):
            continue
        if isinstance(item, TextItem) and _words(item.text.value) <= 20 and find_dates(item.text.value):
            dated += 1
            continue
        return dated > 0 and isinstance(item, BulletItem)
    return False


def _untitled_role(items: list[Item], index: int, role: SectionRole) -> bool:
    """True for a section-level heading that is a role of an experience section the document never names:
    an unknown name with a date range, or over a short dated line, followed by bullets, where no section
    of dated entries is open."""
    heading = items[index]
    assert isinstance(heading, HeadingItem)
    text = heading.heading.text.value
    if role in _DATED_ROLES or section_role(text) != "other":
        return False
    if not find_date_ranges(text):
        return _dated_header_follows(items, index)
    following = next((item for item in items[index + 1 :] if not isinstance(item, BreakItem)), None)
    return isinstance(following, BulletItem)


def _dates_line_follows(items: list[Item], index: int) -> bool:
    """True when the line right after the heading at ``index`` holds only a date range ("2008 - 2011")."""
    following = next((item for item in items[index + 1 :] if not isinstance(item, BreakItem)), None)
    if not isinstance(following, TextItem):
        return False
    value = following.text.value
    found = find_date_ranges(value) if _TWO_DIGITS.search(value) else []
    return bool(found) and not (value[: found[0].start] + value[found[0].end :]).strip(_EDGE_PUNCT)


def _unnamed(items: list[Item]) -> bool:
    """True when no heading of the document names an experience section."""
    return not any(
        isinstance(item, HeadingItem) and section_role(item.heading.text.value) == "experience" for item in items
    )


def _open_entry(builder: _Assembler, heading: Heading, level: int | None = None) -> None:
    """An entry headed by ``heading``, with the dates and names read from it."""
    entry = builder.open_entry(heading.span, level)
    role = builder.section.role
    found = _entry_dates(heading.text, role) if role != "skills" else None
    if found is not None:
        entry.dates = found[0]
        _fill_header(entry, heading.text, (found[1], found[2]))
    else:
        _fill_header(entry, heading.text, None)


def assemble(items: list[Item], end: int) -> tuple[Heading | None, list[Section]]:
    """Group parsed items into the document title and its sections."""
    headings = [item.heading for item in items if isinstance(item, HeadingItem) and not (item.section or item.entry)]
    level, title = _section_level(headings)
    builder = _Assembler(end)
    promoted: int | None = None
    unnamed: bool | None = None
    """True when no heading names an experience section (asked once, when first needed)."""
    for index, item in enumerate(items):
        if isinstance(item, HeadingItem):
            heading = item.heading
            if heading is title:
                builder.flush()
                continue
            if item.section:
                builder.open_section(heading)
            elif item.entry and not builder.label_term(heading):
                _open_entry(builder, heading)
            elif item.entry:
                continue
            elif heading.level <= level and _untitled_role(items, index, builder.section.role):
                # "## Engineer, Initech (2019 - 2021)" and its bullets with no "Experience" heading above
                builder.open_section(None, "experience", heading.span.start)
                _open_entry(builder, heading, heading.level)
                promoted = None
            elif heading.level <= level and not _misleveled_entry(items, index, builder.section.role):
                builder.open_section(heading)
                promoted = None
            elif (
                heading.level == promoted
                and section_role(heading.text.value) == "other"
                and _dates_line_follows(items, index)
                and (unnamed := _unnamed(items) if unnamed is None else unnamed)
            ):
                # "### Raytheon" over "2008 - 2011" beside the sections "### Side Projects" and "### Travel",
                # where no heading names an experience section: a role of the one the document never names
                if builder.section.heading is not None or builder.section.role != "experience":
                    builder.open_section(None, "experience", heading.span.start)
                _open_entry(builder, heading, heading.level)
            elif heading.level == promoted or (
                heading.level == level + 1
                and names_section(heading.text.value)
                and section_role(heading.text.value) not in ("other", "summary", builder.section.role)
            ):
                # "### Education" at the level of the job titles above it names a section of its own, and
                # so do the headings beside it ("### Talks"); deeper ones ("#### Tools" in a job) do not, nor
                # an entry whose title ends in a section's word ("### Industry Partner Capstone Project").
                builder.open_section(heading)
                promoted = heading.level
            elif builder.dates_heading(heading) or builder.sub_heading(heading):
                continue
            else:
                _open_entry(builder, heading, heading.level)
        elif isinstance(item, TextItem):
            builder.text_line(item.text)
        elif isinstance(item, BulletItem):
            builder.bullet(item.bullet)
        else:
            builder.flush()
    return title, [part for section in builder.finish() for part in _career_summary(section)]


def _career_summary(section: Section) -> list[Section]:
    """A "Summary" that goes on into dated roles with their duties (a career summary): its own lines stay
    the summary, and the roles from the first one on are an experience section."""
    if section.role != "summary" or sum(1 for e in section.entries if e.dates and e.bullets) < 2:
        return [section]
    start = section.entries[0].span.start
    roles = Section(None, "experience", Span(start, section.span.end), entries=section.entries)
    roles.paragraphs = [p for p in section.paragraphs if p.span.start >= start]
    roles.bullets = [b for b in section.bullets if b.span.start >= start]
    section.paragraphs = [p for p in section.paragraphs if p.span.start < start]
    section.bullets = [b for b in section.bullets if b.span.start < start]
    section.entries = []
    section.span = Span(section.span.start, start)
    return [section, roles]
