"""spelling: misspelt words, with technology names, code, URLs, names and non-Latin text left alone.

A word is known when any source knows it: pyspellchecker's English list with its counts
(``rules/wordlists/english-words.tsv``), the generated vocabulary (``known-words.txt``: SCOWL's US, UK,
Canadian and Australian spellings, cspell's software, company and people-name dictionaries, GeoNames
places, common words of other languages), ISO 639-3's names of languages written whole
(``language-names.txt``: "toki pona"), the hand-kept technology words (``tech-words.txt``, the names
in ``terms.toml``) and the user's words. A word none of them knows is a typo when cspell's list of common
misspellings names it (``misspellings.tsv``: the words people meant by it), and otherwise a word formed
with one of English's prefixes from a dictionary word (``word-prefixes.txt``: "rewilding", "immuno-")
is a word. Corrections are then common words (ranked by pyspellchecker's counts) or, for a capitalised
word, proper names; the tables are searched in place, nothing is built at run time.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from functools import cache, lru_cache
from itertools import chain, islice, repeat

from cvlint.model.dates import MONTH_FULL, misspelt_month
from cvlint.model.document import Document, Span, Text
from cvlint.model.findings import Finding, Fix
from cvlint.resources import rules_dir
from cvlint.rule.context import RuleContext
from cvlint.text.code_spans import in_code_or_url
from cvlint.text.common_words import common_words, sorted_common_words
from cvlint.text.edits import line_at
from cvlint.text.english_words import english_count as _count
from cvlint.text.english_words import english_counts, known_word, unbegun
from cvlint.text.english_words import vocabulary as _vocabulary
from cvlint.text.english_words import wordlist_lines as _lines
from cvlint.text.prose import prose
from cvlint.text.sorted_table import SortedTable, table
from cvlint.text.tech_lists import canonical, list_item, listed, technology_names
from cvlint.text.titles import in_organisation, in_title_or_organisation
from cvlint.text.verbs import match_case

_WORD = re.compile(r"([A-Za-z](?<![\w'’@/#.\\&][A-Za-z])[a-z]*+(?:['’][a-z]++)?+)(?![\w'’@/#]|\.\w)")
"""A word: letters after none of ``\\w'’@/#.\\&`` (the look-behind follows the first letter, so that the
search jumps from letter to letter instead of trying every position), before none of ``\\w'’@/#`` nor a dot
and a letter; a letter given back could only be followed by a letter, so nothing is given back (``*+``)."""
_CONTRACTION = re.compile(r"['’](?:m|ll|ve|re|d|s|t)$|n['’]t$", re.IGNORECASE)
_LETTERS = "abcdefghijklmnopqrstuvwxyz"
MAX_WORD_LENGTH = 40
"""Longer "words" are not looked up: no English word is this long, and a typo's near misses grow with the
square of its length."""
_VOWELS = set("aeiouy")
NOT_ENGLISH_PERCENT = 15
"""A document whose lower-case words are more than this share unknown is taken as not English."""
LONG_WORD = 8
"""A word this long may be two slips from the word meant ("experinecd"); a shorter one only one."""
FOREIGN_WORDS = 2
FOREIGN_PHRASE = 4
NAME_REPEATS = 3
TECH_NEIGHBOURS = 2
"""Technology names a list must hold for an unknown word in it to be taken for one more."""
RARE_LONG_WORD = 100
"""A long word this common is a correction too ("firmware"): long words are seldom slips from each other."""
NAME_LENGTH = 7
"""A capitalised word shorter than this is far likelier a name than a slip from another ("Girish")."""
LISTED_NAME_LENGTH = 5
"""A capitalised word this long that is a listed misspelling ("Augest", "Desgin") is that typo, not a name."""
PREFIX_REST = 5
"""How long the word after a prefix must be for the two to form a word ("re" + "wilding"; not "de" + "sing")."""
_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_NEIGHBOURS = {
    key: "".join(
        other
        for r, other_row in enumerate(_ROWS)
        for c, other in enumerate(other_row)
        if abs(r - row) <= 1 and abs(c - column) <= 1 and other != key
    )
    for row, keys in enumerate(_ROWS)
    for column, key in enumerate(keys)
}
"""The keys around each key of a QWERTY keyboard."""


@cache
def _known_words() -> SortedTable:
    return table(rules_dir() / "wordlists" / "known-words.txt")


@cache
def _misspellings() -> SortedTable:
    return table(rules_dir() / "wordlists" / "misspellings.tsv")


@cache
def _prefixes() -> frozenset[str]:
    return frozenset(_lines("word-prefixes.txt"))


def listed_misspelling(word: str) -> list[str]:
    """The words meant by ``word`` when it is a common misspelling ("aquired" → "acquired"), in its case."""
    if word[0].isupper() and len(word) < LISTED_NAME_LENGTH:
        return []
    lower = word.lower()
    meant = _misspellings().get(lower)
    if not meant or (meant.startswith("=") and not word.islower()):
        return []  # "=": also a place's or a person's name ("Soure"), misspelt only in lower case ("soure")
    words = meant.removeprefix("=").split(",")
    if word[0].isupper():  # names vary in their endings ("Vertica", "Infor"): a slip inside the word only
        words = [w for w in words if w[0] == lower[0] and w[-1] == lower[-1]]
    return [match_case(w, word) if word[0].isupper() else w for w in words]


def _misspelt_name(lower: str) -> bool:
    """True for a name's spelling that, in lower case, is a common misspelling ("soure" beside "Soure")."""
    if lower in common_words() or _count(lower):
        return False  # an English word: only names the other sources alone know are marked
    return (_misspellings().get(lower) or "").startswith("=")


def formed(lower: str, hyphen_after: bool) -> bool:
    """True for a word formed with a prefix from a dictionary word ("rewilding", "immunotherapies"), or a
    prefix written before a hyphen ("immuno-FISH")."""
    prefixes = _prefixes()
    if hyphen_after and lower in prefixes:
        return True
    return any(
        lower[:end] in prefixes and known_word(lower[end:]) for end in range(2, min(8, len(lower) - PREFIX_REST + 1))
    )


@cache
def _proper_nouns() -> frozenset[str]:
    """Capitalised names (places, people's names), in lower case, that a capitalised typo may be a slip from."""
    return frozenset(name.lower() for name in _lines("proper-nouns.txt"))


def _in_tables(form: str) -> bool:
    return _count(form) > 0 or _known_words().get(form) is not None


@lru_cache(maxsize=65536)
def foreign(lower: str) -> bool:
    """True for a common word of another language that no English source knows ("sobre", "und")."""
    if lower in common_words():
        return False  # counted by pyspellchecker (common words are its commonest): an English word
    return _known_words().get(lower) == "f" and lower not in _vocabulary() and not _count(lower)


def _in_foreign_passage(found: list[str], extra: frozenset[str]) -> bool:
    """True for a text with ``FOREIGN_WORDS`` words of another language, or of ``FOREIGN_PHRASE`` words or
    more most of which no English source knows ("Gletschereis lässt Meeresspiegel ansteigen"): its unknown
    words are that language's."""
    words = [word for word in found if len(word) > 2]
    common = common_words()
    rare = [word for word in words if word.lower() not in common]  # a common word is known and not foreign
    foreign_words = sum(1 for word in rare if foreign(word.lower()))
    if foreign_words >= FOREIGN_WORDS:
        return True
    unknown = sum(1 for word in rare if not known(word, extra) or foreign(word.lower()))
    return len(words) >= FOREIGN_PHRASE and unknown * 2 > len(words)


@lru_cache(maxsize=65536)
def known(word: str, extra: frozenset[str]) -> bool:
    """True for a word that some source, the technology vocabulary or ``extra`` knows."""
    lower = word.lower()
    if "'" in lower or "’" in lower:
        lower = _CONTRACTION.sub("", lower)
    return len(lower) < 3 or lower in extra or _known_lower(lower)


@lru_cache(maxsize=65536)
def _unknown(word: str, extra: frozenset[str]) -> bool:
    """True for a word ``check`` looks at: one of a length worth looking up that no source knows, or a
    name's spelling that is a common misspelling in lower case ("soure")."""
    if len(word) < 3 or len(word) > MAX_WORD_LENGTH:
        return False
    return not known(word, extra) or (word.islower() and word not in extra and _misspelt_name(word))


@lru_cache(maxsize=16)
def _lower_words(words: frozenset[str]) -> frozenset[str]:
    """The configuration's ``words`` in lower case, made once for every file it applies to (the same object,
    so the caches keyed by it find it at once)."""
    return frozenset(word.lower() for word in words)


@lru_cache(maxsize=65536)
def _known_lower(lower: str) -> bool:
    """``known`` for a lower-case word, without the document's own words: the same in every document."""
    if lower in _vocabulary():
        return True
    forms = dict.fromkeys((lower, lower.removesuffix("s"), lower.removesuffix("es")))  # each form once
    common = common_words()  # the set answers most words; the tables are searched only for the rest
    return any(form in common for form in forms) or any(_in_tables(form) for form in forms)


@lru_cache(maxsize=64)
def _edits(lower: str) -> frozenset[str]:
    """Every string one deletion, swap, replacement or insertion away from ``lower``; kept for the few words
    last asked about, as a typo's near misses, its rare long words and its technology slips all read them."""
    parts: list[Iterable[str]] = []
    for i in range(len(lower) + 1):  # c.join((a, b)) is a + c + b, made in one step
        head, tail = lower[:i], lower[i:]
        parts.append(map(str.join, _LETTERS, repeat((head, tail))))  # a letter put in
        if tail:
            rest = tail[1:]
            parts.append((head + rest,))  # a letter left out
            parts.append(map(str.join, _LETTERS.replace(tail[0], ""), repeat((head, rest))))  # a letter replaced
            if rest and rest[0] != tail[0]:
                parts.append((head + rest[0] + tail[0] + rest[1:],))  # two letters swapped
    return frozenset(chain.from_iterable(parts))  # none is ``lower``: a replaced or swapped letter differs


def _one_edit(typed: str, other: str) -> bool:
    """True when ``other`` is one of ``_edits(typed)``, read from where the two first differ: the few words a
    slip may be from are tested so, instead of making every string one edit away."""
    length = len(typed)
    if abs(len(other) - length) > 1 or other == typed:
        return False
    at = 0
    for a, b in zip(typed, other, strict=False):
        if a != b:
            break
        at += 1
    if len(other) > length:  # a letter put in
        return other[at] in _LETTERS and typed[at:] == other[at + 1 :]
    if len(other) < length:  # a character left out
        return typed[at + 1 :] == other[at:]
    if typed[at + 1 :] == other[at + 1 :]:  # a letter replaced
        return other[at] in _LETTERS
    swapped = typed[at + 1 : at + 2] + typed[at]  # two letters swapped
    return other[at : at + 2] == swapped and typed[at + 2 :] == other[at + 2 :]


def _keyboard_slips_inside(lower: str) -> Iterator[str]:
    """The strings ``_keyboard_slip`` from ``lower`` that keep its first and last letters: a key beside the
    right one, or two neighbouring letters swapped, inside the word."""
    for i in range(1, len(lower) - 1):
        head, letter, rest = lower[:i], lower[i], lower[i + 1 :]
        for other in _NEIGHBOURS.get(letter, ""):
            yield head + other + rest
        if i < len(lower) - 2 and rest[0] != letter:
            yield head + rest[0] + letter + rest[1:]


def _by_ends(words: Iterable[str], least: int) -> dict[tuple[str, str], list[str]]:
    """``words`` of ``least`` letters or more, by their first and last letters."""
    found: dict[tuple[str, str], list[str]] = {}
    for word in words:
        if len(word) >= least:
            found.setdefault((word[0], word[-1]), []).append(word)
    return found


@cache
def _long_common_words_by_shape(first: str) -> dict[tuple[str, int], list[str]]:
    """The common words of ``NAME_LENGTH`` letters or more that begin with ``first``, by last letter and
    length: those a long capitalised word may be a slip inside of."""
    shapes: dict[tuple[str, int], list[str]] = {}
    for word in _common_words_beginning(first):
        if len(word) >= NAME_LENGTH:
            shapes.setdefault((word[-1], len(word)), []).append(word)
    return shapes


@lru_cache(maxsize=16384)
def near_misses(lower: str) -> tuple[str, ...]:
    """Common words one edit away from the lower-case ``lower`` (a deletion, insertion, swap or replacement)."""
    return tuple(sorted(e for e in _edits(lower) & common_words() if len(e) > 2))


def _common_words_beginning(first: str) -> Iterator[str]:
    """The common words that begin with the letter ``first``, in their order: only those are read (they stand
    together in the sorted list)."""
    words = sorted_common_words()
    after = bisect_left(words, chr(ord(first) + 1)) if ord(first) < sys.maxunicode else len(words)
    return islice(words, bisect_left(words, first), after)


@cache
def _long_words(first: str) -> dict[int, tuple[str, ...]]:
    """The long common words that begin with the letter ``first``, by length: the few a long typo is compared
    with. Only the words of that letter are read (they stand together in the sorted list), in their order."""
    buckets: dict[int, list[str]] = {}
    for word in _common_words_beginning(first):
        if len(word) >= LONG_WORD - 1:
            buckets.setdefault(len(word), []).append(word)
    return {length: tuple(found) for length, found in buckets.items()}


@cache
def _rare_long_words() -> frozenset[str]:
    """Long words counted ``RARE_LONG_WORD`` times or more, but less than common ("firmware")."""
    return frozenset(_lines("long-words.txt"))


def _within_two(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` are at most two edits apart (swaps of neighbours count as one)."""
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > 2:
            return False
        previous2, previous = previous, current
    return previous[-1] <= 2


def _same_letters(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ by at most two letters counted as a bag: a typo shuffles, drops or
    doubles the letters of a word ("experinecd"); another word changes them ("sonication", "sanitation")."""
    return sum((Counter(a) - Counter(b)).values()) + sum((Counter(b) - Counter(a)).values()) <= 2


@lru_cache(maxsize=4096)
def far_misses(lower: str) -> tuple[str, ...]:
    """Long common words two edits from the long lower-case ``lower``, with its first letter and its letters."""
    buckets, letters = _long_words(lower[0]), frozenset(lower)
    return tuple(
        word
        for length in range(len(lower) - 2, len(lower) + 3)
        for word in buckets.get(length, ())
        if len(letters.symmetric_difference(word)) <= 2 and _same_letters(lower, word) and _within_two(lower, word)
    )


def _plausible_slip(typed: str, meant: str) -> bool:
    """False for a replaced letter that is neither a key beside the right one nor a vowel for a vowel:
    "epitope" is a word of its own, not a slip from "epitome"."""
    if len(typed) != len(meant) or _keyboard_slip(typed, meant):
        return True
    diffs = [(a, b) for a, b in zip(typed, meant, strict=True) if a != b]
    return len(diffs) != 1 or (diffs[0][0] in _VOWELS and diffs[0][1] in _VOWELS)


def _keyboard_slip(typed: str, meant: str) -> bool:
    """True when ``typed`` is ``meant`` with two neighbouring letters swapped or a key hit beside the right one."""
    if len(typed) != len(meant):
        return False
    diffs = [i for i, (a, b) in enumerate(zip(typed, meant, strict=True)) if a != b]
    if len(diffs) == 2:
        i, j = diffs
        return j == i + 1 and typed[i] == meant[j] and typed[j] == meant[i]
    return len(diffs) == 1 and meant[diffs[0]] in _NEIGHBOURS.get(typed[diffs[0]], "")


@lru_cache(maxsize=16384)
def candidates(word: str) -> tuple[str, ...]:
    """The words ``word`` may be a slip from, keeping its first letter; none means it is a name or a term.

    A capitalised word is far more often a name than a typo, so it must be long, with a slip inside it
    (names vary in their endings, "Davide", "Magento", "Pandoc"), and a slip from another name must be a
    keyboard slip ("Toronro"): "Fabien" and "Venise" are names of their own.
    """
    lower = word.lower()
    if word[0].isupper():
        if len(word) < NAME_LENGTH:
            return ()
        proper = _proper_nouns()
        names = [e.capitalize() for e in _keyboard_slips_inside(lower) if e in proper]
        if names:
            return tuple(names)
        shapes, last, size = _long_common_words_by_shape(lower[0]), lower[-1], len(lower)
        second, before = lower[1], lower[-2]  # one edit inside a word this long keeps one of the two
        return tuple(
            e
            for length in (size - 1, size, size + 1)
            for e in shapes.get((last, length), ())
            if (e[1] == second or e[-2] == before) and _one_edit(lower, e)
        )
    found = [c for c in near_misses(lower) if c[0] == lower[0] and _plausible_slip(lower, c)]
    if not found and len(lower) >= LONG_WORD:
        found = [e for e in _edits(lower) & _rare_long_words() if e[0] == lower[0] and _plausible_slip(lower, e)]
        # one slip from a rarer dictionary word ("parallelsim", "framewoks") before two from a common one
        if not found:
            stem = unbegun(lower)  # no listed word begins so: nor does an edit that keeps it
            same_start = [e for e in _edits(lower) if e[0] == lower[0] and (stem is None or not e.startswith(stem))]
            counted = english_counts(same_start)  # looked up at once: most are no word at all
            found = [e for e in same_start if counted.get(e) and _plausible_slip(lower, e)]
        found = found or list(far_misses(lower))
    return tuple(found)


def _inside(edit: str, lower: str) -> bool:
    """True for a slip inside ``lower``: ``edit`` has its first and last letters."""
    return edit[0] == lower[0] and edit[-1] == lower[-1]


_INITIAL_AFTER = re.compile(r"[,~\s]+[A-Z]\.")
_INITIAL_BEFORE = re.compile(r"(?:\b[A-Z]\.|\b(?:Dr|Prof|Mr|Mrs|Ms)\.?\s+(?:[A-Z][a-z]+\s+)?)[~\s,]*$")


def _person(value: str, start: int, end: int) -> bool:
    """True for a capitalised word beside an initial or a title: a name ("Brotons L.", "Dr. Megan Rancier")."""
    return bool(_INITIAL_AFTER.match(value, end)) or bool(_INITIAL_BEFORE.search(value[max(0, start - 24) : start]))


@cache
def _language_names() -> frozenset[str]:
    """ISO 639-3's names of languages in two words or more, in lower case ("toki pona")."""
    return frozenset(_lines("language-names.txt"))


_NAME_PART = re.compile(r"[A-Za-z']+")
LANGUAGE_NAME_WORDS = 4
"""The most words a language's name is matched with ("saint lucian creole french")."""


def _language_name(value: str, start: int, end: int) -> bool:
    """True for a word of a language's name written whole ("a toki pona speaker")."""
    parts = list(_NAME_PART.finditer(value, max(0, start - 40), min(len(value), end + 40)))
    at = next((i for i, part in enumerate(parts) if part.start() <= start < part.end()), None)
    if at is None:
        return False
    names = _language_names()
    return any(
        " ".join(part.group().lower() for part in parts[first : first + size]) in names
        for size in range(2, LANGUAGE_NAME_WORDS + 1)
        for first in range(max(0, at - size + 1), at + 1)
    )


_LINK_TEXT = re.compile(r"\[([^\[\]\n]+)\]\(")


def _foreign_link_text(document: Document, span: Span, extra: frozenset[str]) -> bool:
    """True for a word of a Markdown link's text in another language (an article's title, "[Modell zeigt …](…)")."""
    line = line_at(document, span.start)
    if "](" not in line.text:
        return False
    column = span.start - line.span.start
    for link in _LINK_TEXT.finditer(line.text):
        if link.start(1) <= column < link.end(1):
            return _in_foreign_passage(_WORD.findall(link.group(1)), extra)
    return False


def _headers(document: Document) -> list[Span]:
    """Where the document's headings and entry headers (titles, organisations) stand: an employer's name."""
    spans = [section.heading.text.span for section in document.sections if section.heading is not None]
    for _, entry in document.entries():
        spans.extend(part.span for part in (entry.title, entry.organisation) if part is not None)
    return spans


_EMPHASIS = (("\\textbf{", "}"), ("\\texttt{", "}"), ("**", "**"), ("__", "__"), ("`", "`"))


def _emphasised(source: str, span: Span) -> bool:
    """True for a word set in bold or code by itself (``\\textbf{Automic}``, ``**Automic**``): in a text
    naming technologies, it is marked as one of them."""
    return any(
        source.endswith(opening, 0, span.start) and source.startswith(closing, span.end)
        for opening, closing in _EMPHASIS
    )


def _technology(value: str, start: int, end: int, names: int) -> bool:
    """True for an item of a list of technologies ("beanstalkd, Redis, MySQL"): a name the sources lack."""
    return names >= TECH_NEIGHBOURS and list_item(value, start, end)


def _english(counts: Counter[str], extra: frozenset[str]) -> bool:
    """False for a text mostly in another language: its lower-case words (``counts``: how often each is
    written) are largely unknown."""
    lower = [(word, times) for word, times in counts.items() if word.islower()]
    words = sum(times for _, times in lower)
    if words < 20:
        return True
    common = common_words()  # known, without a look at the other sources
    unknown = sum(times for word, times in lower if word not in common and not known(word, extra))
    return unknown * 100 <= words * NOT_ENGLISH_PERCENT


_ADDRESS = re.compile(
    r"(?:https?://|www\.)[^\s<>()\[\]\"']+|\b[\w.-]+\.(?:com|org|net|io|co|app|dev|ai)\b", re.IGNORECASE
)
_CAMEL_HEAD = re.compile(r"([A-Z](?<!\w[A-Z])[a-z]{2,}+)(?=[A-Z0-9])")
"""A capitalised word at a word's start (the look-behind, after the capital, stands for ``\\b``) before a
capital or a digit (never a lower-case letter given back: ``{2,}+``)."""
_ADDRESS_PART = re.compile(r"[A-Za-z]{3,}")


def _named(
    document: Document, scanned: list[tuple[Text, list[str]]], counts: Counter[str]
) -> tuple[_AddressWords, frozenset[str]]:
    """Words the document uses as names: the parts of its web addresses ("bubblr.co"), and the words it writes
    capitalised inside a sentence or at the head of a CamelCase name ("Spling", "SplingEngine"), which make
    the same word in lower case a name too ("the spling crawler"): a coinage, not a typo."""
    heads = Counter(words[0] for text, words in scanned if words and _WORD.match(text.value))  # a text's first
    capitalised = {word.lower() for word, times in counts.items() if word[0].isupper() and times > heads.get(word, 0)}
    for text, _ in scanned:
        capitalised.update(head.lower() for head in _CAMEL_HEAD.findall(text.value))
    return _AddressWords(document), frozenset(capitalised)


class _AddressWords:
    """The words of a document's web addresses (``_address_parts`` of its source), sought only for the words
    asked about: an address holds no space, so the word of one lies in a line that holds the word, and
    only those lines are searched."""

    __slots__ = ("_document", "_lines", "_lowered", "_whole")

    def __init__(self, document: Document) -> None:
        self._document = document
        lowered = document.source.lower()
        self._lowered = lowered if len(lowered) == len(document.source) else None  # None: offsets would move
        self._lines: dict[int, frozenset[str]] = {}
        self._whole: frozenset[str] | None = None

    def __contains__(self, lower: object) -> bool:
        if not isinstance(lower, str) or len(lower) < 3 or not (lower.isascii() and lower.isalpha()):
            return False  # the words of addresses are ASCII letters, three or more
        if self._lowered is None:
            if self._whole is None:
                self._whole = _address_parts(self._document.source)
            return lower in self._whole
        at = self._lowered.find(lower)
        while at >= 0:
            line = line_at(self._document, at)
            parts = self._lines.get(line.number)
            if parts is None:
                parts = self._lines[line.number] = _address_parts(line.text)
            if lower in parts:
                return True
            at = self._lowered.find(lower, line.span.end)
        return False


def _address_parts(source: str) -> frozenset[str]:
    """The words of the web addresses in ``source``, in lower case. An address holds no space, and a dot or
    "://": only the runs of the source without a space that hold one are searched, each on its own."""
    return frozenset(
        part.lower()
        for run in source.split()
        if "." in run or "://" in run
        for m in _ADDRESS.finditer(run)
        for part in _ADDRESS_PART.findall(m.group())
    )


def _technology_slip(word: str) -> list[str]:
    """Technology names one slip inside ``word`` ("Cassandora", "Simfony"), in their owners' casing; a slip
    at the end is how names are coined from others ("Flaskr"), and short names are too close to each other."""
    return list(_technology_slips(word.lower()))


@lru_cache(maxsize=4096)
def _technology_slips(lower: str) -> tuple[str, ...]:
    if len(lower) <= LISTED_NAME_LENGTH:
        return ()
    slips = {e for e in _technology_keys_by_ends().get((lower[0], lower[-1]), ()) if _one_edit(lower, e)}
    return tuple(sorted(name for name in map(canonical, slips) if name))


@cache
def _technology_keys_by_ends() -> dict[tuple[str, str], list[str]]:
    """The technology names of ``LISTED_NAME_LENGTH`` letters or more, by first and last letters."""
    return _by_ends(_technology_keys(), LISTED_NAME_LENGTH)


@cache
def _technology_keys() -> frozenset[str]:
    """Every technology name in lower case (``terms.toml`` and ``software-names.tsv``): a slip's few candidates."""
    return frozenset(listed()) | {line.split("\t", 1)[0] for line in _lines("software-names.tsv")}


def _listed_names(scanned: list[tuple[Text, list[str]]]) -> frozenset[str]:
    """The capitalised words the document writes as an item of a list or as a text of their own (a skill,
    "Mustache"), in lower case: names it lists."""
    names: set[str] = set()
    for text, found in scanned:
        for match in _WORD.finditer(text.value) if found else ():
            word = match.group(1)
            if (
                word[0].isupper()
                and len(word) > LISTED_NAME_LENGTH
                and (text.value.strip() == word or list_item(text.value, match.start(1), match.end(1)))
            ):
                names.add(word.lower())
    return frozenset(names)


def _spelt_words(words: list[str], extra: frozenset[str]) -> dict[str, str]:
    """The document's long words that some source knows, lower case → as written last ("mustache" →
    "Mustache")."""
    spelt: dict[str, str] = {}
    common = common_words()
    for word in dict.fromkeys(reversed(words)):  # each written form once, the one written last first
        if len(word) > LISTED_NAME_LENGTH and (word.lower() in common or known(word, extra)):
            spelt.setdefault(word.lower(), word)
    return spelt


_TWO_NAMES = re.compile(r"([A-Z](?<!\w[A-Z])[a-z]{2,}+) ([A-Z][a-z]{2,}+)\b")
"""A name of two capitalised words ("Star Wars"), which a handle or a link's text may write run together.
The look-behind after the first capital stands for ``\\b`` (so the search tries capitals only, not every
position), and a letter given back could only be followed by a letter (``{2,}+``)."""


def _joined_names(scanned: list[tuple[Text, list[str]]], extra: frozenset[str]) -> dict[str, str]:
    """The document's names of two known capitalised words, run together in lower case ("starwars")."""
    joined: dict[str, str] = {}
    for text, _ in scanned:
        for match in _TWO_NAMES.finditer(text.value):
            if known(match.group(1), extra) and known(match.group(2), extra):
                name = (match.group(1) + match.group(2)).lower()
                joined.setdefault(name, name)
    return joined


def _by_first(words: Iterable[str]) -> dict[str, list[str]]:
    """``words`` by their first letters: those a word's slips keeping its first letter are sought among."""
    found: dict[str, list[str]] = {}
    for word in words:
        found.setdefault(word[0], []).append(word)
    return found


def _spelt_elsewhere(
    word: str, spelt: dict[str, str], by_first: dict[str, list[str]], listed: Callable[[], frozenset[str]]
) -> list[str]:
    """A word one plausible slip from a word the document spells right elsewhere ("microserivce" beside
    "Microservice", "srarwars" beside the name "Star Wars"); a capitalised one only with the slip inside
    it, or with the last letter dropped of a name the document lists (``listed``: "Mustach" beside the
    skill "Mustache"): names vary in their endings ("Mathematica" beside "mathematics", "Guyane" beside
    "Guyana"), and a letter added at the end is how names are coined from words ("Flaskr" beside "Flask")."""
    lower = word.lower()
    if len(lower) <= LISTED_NAME_LENGTH:
        return []
    near = {
        e
        for e in by_first.get(lower[0], ())
        if _one_edit(lower, e)
        and lower != e + lower[-1]
        and (word.islower() or e[-1] == lower[-1] or (e == lower + e[-1] and e in listed()))
        and _plausible_slip(lower, e)
    }
    return [match_case(spelt[e].lower(), word) if not _mixed(spelt[e]) else spelt[e] for e in sorted(near)]


def _mixed(word: str) -> bool:
    """A name with capitals inside it ("TypeScript"): written so whatever the typo's case."""
    return any(c.isupper() for c in word[1:])


def _letter_and_word(lower: str) -> bool:
    """True for a letter put before a common word ("sflow", "gmaps"): a product's shape (sFlow, iCloud,
    eBay), not a slip, unless the letter is the word's own doubled ("sseveral")."""
    return len(lower) >= PREFIX_REST and lower[0] != lower[1] and lower[1:] in common_words()


def _places(value: str, words: Iterable[str]) -> list[tuple[int, str]]:
    """Where in ``value`` ``_WORD`` reads each of ``words``, in order: each is found with ``str.find`` and taken
    where the pattern, tried there, reads it whole (not inside a longer word), so the text is not scanned."""
    places: list[tuple[int, str]] = []
    for word in words:
        at = value.find(word)
        while at >= 0:
            match = _WORD.match(value, at)
            if match is not None and match.end(1) == at + len(word):
                places.append((at, word))
            at = value.find(word, at + len(word))  # a word read inside this one would follow a letter
    places.sort()
    return places


def check(document: Document, context: RuleContext) -> Iterator[Finding]:
    """Report words that no source knows and that slip from a word a person would mean (unsafe fix).

    Each occurrence is reported with its own fix, so a fix rewrites only the word its finding names. A
    capitalised word written the same way ``NAME_REPEATS`` times is the document's name for something.
    """
    extra = _lower_words(context.words)
    scanned = [(text, _WORD.findall(text.value)) for _, text in prose(document).texts()]
    written = list(chain.from_iterable(found for _, found in scanned))
    counts = Counter(written)
    if not _english(counts, extra):
        return
    common = common_words()  # no common word is unknown: most words are decided by this one look
    unknown = {  # a capitalised word written NAME_REPEATS times is the document's name (_WORD takes no
        word  # acronyms or CamelCase names: only the first letter may be a capital)
        for word, times in counts.items()
        if word.lower() not in common and not (word[0].isupper() and times >= NAME_REPEATS) and _unknown(word, extra)
    }
    named: tuple[_AddressWords, frozenset[str]] | None = None
    spelt: tuple[dict[str, str], dict[str, list[str]]] | None = None  # with its words by their first letters
    listed_names = cache(lambda: _listed_names(scanned))  # read only for a name with its last letter dropped
    headers: list[Span] | None = None
    seen: set[tuple[int, int]] = set()
    for text, found in scanned:
        if unknown.isdisjoint(found):
            continue
        names: int | None = None
        foreign_passage: bool | None = None
        for start, word in _places(text.value, unknown.intersection(found)):
            end = start + len(word)
            span = text.source_span(start, end)
            if (span.start, span.end) in seen or in_code_or_url(document, span):
                continue
            seen.add((span.start, span.end))  # a text can be read twice (a heading in a list item)
            foreign_passage = _in_foreign_passage(found, extra) if foreign_passage is None else foreign_passage
            if foreign_passage or _foreign_link_text(document, span, extra):
                continue
            listed = listed_misspelling(word)
            if listed and headers is None:
                headers = _headers(document)
            registered = bool(listed) and not any(h.start <= span.start < h.end for h in headers or ())
            if in_organisation(document, span, registered):
                continue  # outside a header, a common misspelling is a slip but in a registered name
            if word[0].isupper() and _person(text.value, start, end):
                continue
            names = technology_names(text.value) if names is None else names
            if _technology(text.value, start, end, names) or (
                word[0].isupper() and names >= TECH_NEIGHBOURS and _emphasised(document.source, span)
            ):
                meant = _technology_slip(word)  # among technologies, only a slip from one of them ("Cassandora")
                if not meant:
                    continue
            else:
                meant = listed
            if not meant:
                if formed(word.lower(), text.value.startswith("-", end)):
                    continue
                if named is None:
                    named = _named(document, scanned, counts)
                if word.lower() in named[0] or (word.islower() and (word in named[1] or _letter_and_word(word))):
                    continue
                if spelt is None:
                    spelling = _joined_names(scanned, extra) | _spelt_words(written, extra)
                    spelt = spelling, _by_first(spelling)
                found_near = candidates(word) or _technology_slip(word) or _spelt_elsewhere(word, *spelt, listed_names)
                if not found_near:
                    continue
                correction = max(found_near, key=lambda c: (_count(c.lower()), c))
                meant = [match_case(correction, word) if correction.islower() else correction]
            if _language_name(text.value, start, end):
                continue
            words = [f"'{w}'" for w in meant]
            question = (
                "did you mean " + (f"{', '.join(words[:-1])} or {words[-1]}" if len(words) > 1 else words[0]) + "?"
            )
            if in_title_or_organisation(document, span):  # a title is quoted as its authors wrote it: no fix
                fix, suggestion = None, f"{question} if the title is spelt so, leave it"
            else:  # no fix where the misspelling may stand for several words ("interation")
                fix = (
                    Fix.replace(span.start, span.end, document.escape(meant[0]), "unsafe") if len(meant) == 1 else None
                )
                suggestion = f"{question} (or add the word to .cvlint-words.txt)"
            yield context.finding(span.start, span.end, f"'{word}' looks misspelt", suggestion, fix, context=word)
    yield from _misspelt_names(document, context, scanned, extra, seen)
    yield from _misspelt_months(document, context, seen)


_MIXED = re.compile(
    r"(?<![\w'’@/#.\\&-])([a-z]+[A-Z][a-z]+[A-Za-z]*|[A-Z][a-z]+[A-Z][A-Za-z]*|[A-Z]{3,6})(?![\w'’@/#-]|\.\w)"
)
"""A name written with a capital inside it ("iWarehouse", "SplingEngine") or in capitals ("DBT"), which
``_WORD`` does not read."""
_INNER_CAPITAL = re.compile(r"[A-Z](?<=[A-Za-z][A-Z])")
"""A capital after a letter, which every name ``_MIXED`` reads holds: a text without one is not searched (the
search stops at capitals only)."""


def _misspelt_names(
    document: Document,
    context: RuleContext,
    scanned: list[tuple[Text, list[str]]],
    extra: frozenset[str],
    seen: set[tuple[int, int]],
) -> Iterator[Finding]:
    """Names written once that slip from a name the document writes: one with a capital inside it that no
    source knows, one plausible slip inside a name written more often or a technology's ("iWarehlouse"
    beside "iWarehouse" and "iWarehouseTM"); an initialism among technologies that swaps two letters of a
    technology's the document writes ("DTB" beside "DBT")."""
    found = [
        (text, list(_MIXED.finditer(text.value)))
        for text, _ in scanned
        if not text.value[1:].islower() and _INNER_CAPITAL.search(text.value)
    ]  # a text with no capital after a letter holds none of these names
    written = Counter(match.group(1) for _, matches in found for match in matches)
    by_lower = {name.lower(): name for name in written}
    for text, matches in found:
        names: int | None = None
        for match in matches:
            name = match.group(1)
            if written[name] > 1:
                continue
            if name.isupper():
                meant = [] if name.lower() in _technology_keys() else _swapped_initialism(name, document.source)
                names = technology_names(text.value) if names is None and meant else names
                meant = meant if names is not None and names >= TECH_NEIGHBOURS else []
            else:
                meant = [] if known(name, extra) else _slipped_name(name, by_lower, document.source)
            if len(meant) != 1:
                continue
            span = text.source_span(match.start(1), match.end(1))
            if (span.start, span.end) in seen or in_code_or_url(document, span):
                continue
            seen.add((span.start, span.end))
            yield context.finding(
                span.start,
                span.end,
                f"'{name}' looks misspelt",
                f"did you mean '{meant[0]}'? (or add the word to .cvlint-words.txt)",
                Fix.replace(span.start, span.end, document.escape(meant[0]), "unsafe"),
                context=name,
            )


def _slipped_name(name: str, by_lower: dict[str, str], source: str) -> list[str]:
    """The names ``name`` is one plausible slip inside of: the document's, written more often, or else a
    technology's."""
    lower = name.lower()
    if len(lower) <= LISTED_NAME_LENGTH:
        return []
    meant = [
        by_lower[e]
        for e in sorted(e for e in by_lower if _inside(e, lower) and _one_edit(lower, e))
        if _plausible_slip(lower, e) and source.count(by_lower[e]) > source.count(name)
    ]
    return meant or _technology_slip(name)


def _swapped_initialism(name: str, source: str) -> list[str]:
    """The technologies' initialisms the document writes (in its text or its data: a role's ``technologies``)
    that ``name`` swaps two neighbouring letters of."""
    swaps = {name[:i] + name[i + 1] + name[i] + name[i + 2 :] for i in range(len(name) - 1)} - {name}
    return [
        other
        for other in sorted(swaps)
        if other.lower() in _technology_keys() and re.search(rf"(?<![\w-]){other}(?![\w-])", source)
    ]


def _misspelt_months(document: Document, context: RuleContext, seen: set[tuple[int, int]]) -> Iterator[Finding]:
    """Month names misspelt in an entry's dates (``Febuary 2010``): the date reader reads the month, which
    keeps the words out of prose, but the slip is still a slip."""
    for _, entry in document.entries():
        dates = entry.dates
        for part in (dates.first, dates.last) if dates is not None else ():
            word = re.match(r"[A-Za-z]+", document.source[part.start : part.end]) if part is not None else None
            month = misspelt_month(word.group()) if word is not None else None
            if part is None or word is None or month is None or (part.start, part.start + word.end()) in seen:
                continue
            seen.add((part.start, part.start + word.end()))
            name = match_case(MONTH_FULL[month - 1].lower(), word.group())
            yield context.finding(
                part.start,
                part.start + word.end(),
                f"'{word.group()}' looks misspelt",
                f"did you mean '{name}'? (or add the word to .cvlint-words.txt)",
                Fix.replace(part.start, part.start + word.end(), document.escape(name), "unsafe"),
                context=word.group(),
            )
