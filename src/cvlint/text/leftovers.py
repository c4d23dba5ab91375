"""Template leftovers by kind: slots, template variables, digits written as X or ?, dummy phone numbers,
stand-in names (``Company A``, ``City, State``) and the JSON Resume and RenderCV sample content
(``rules/wordlists/template-samples.toml``).

Each finder takes a piece of text and yields ``(start, end)`` of what it finds in it (``stand_ins`` also what
each stands for); the rule maps the offsets to the source. A slot or a variable is a leftover when it names a
résumé field (the field names of both sample formats, ``[Company Name]``, ``START_DATE``) or speaks to the
template's user (``[Your Name]``, ``<your role>``), so ``[1]``, ``[text](url)``, ``AWS`` and ``CSV_XS`` are
not.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from functools import cache
from itertools import accumulate

from cvlint.resources import wordlist
from cvlint.text.verbs import prepositions

SLOT = re.compile(
    r"\[(?<![\w\[\]}\\]\[)(?P<square>[A-Za-z][A-Za-z '&/-]{0,40})\](?![(\[\]:])"
    r"|<(?P<angle>[A-Za-z][A-Za-z '&/-]{0,40})>"
)
"""Text in square or angle brackets: a markdown link, a LaTeX optional argument, a reference or an anchor
(``[[id]]``) are excluded. The look-behind follows the ``[``, so the engine skips along to a bracket."""
SLOT_WORDS = 5
"""A slot is a short noun phrase (``[Programming languages or spoken languages]``); longer is a title."""
MUSTACHE = re.compile(r"\{\{\s*[A-Za-z_][\w. -]{0,40}\}\}|\$\{[A-Za-z_][\w.]{0,40}\}")
"""A template engine's variable, ``{{ name }}`` or ``${NAME}``: left unrendered in a data format, whose values
no engine fills (in Markdown, Jekyll renders ``{{ site.url }}``; in LaTeX ``{{…}}`` is a group)."""
VARIABLE = re.compile(r"(?<![\w$-])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+(?![\w-])")
ADDRESSING = frozenset({"your", "my"})
"""Words with which a slot speaks for the template's user (``[insert …]`` is ai-artifact's)."""
UNKNOWN = re.compile(
    r"(?<![\w?])(?:X{3,}|Xx{2,}|x{3,}|\d+[Xx]{2,}|[Xx]{2,}\d+)(?![\w?])"
    r"|(?<![\w?])#?\?{3,}(?![\w?])"
)
"""Runs of X or ? standing for digits or words (``XXX-XXXX``, ``20XX``, ``00 Xxxxxx``, ``#???????``)."""
PHONE = re.compile(r"(?<![\w+])(?:\+\d{1,3}[\s.-]{0,3})?(?:\(\d{3}\)|\d{3})[\s.)-]{0,3}\d{3}[\s.-]{0,3}\d{4}(?!\d)")
THREE_DIGITS = re.compile(r"\d\d\d")
POSTCODE = re.compile(r"(?<![\w-])[A-Z]{2},?\s+(?P<code>\d{5})(?![\w-])")
"""A US state's code and a ZIP code (``UT 12345``)."""
NOBODY = re.compile(
    r"(?<![\w.])(?:(?:John|Jane|J\.)\s+(?:[A-Z]\.\s+)?Doe|(?:Joe|Fred|J\.)\s+Bloggs|(?:Max|Erika|M\.|E\.)\s+Mustermann)"
    r"(?![\w-])"
)
"""The names that stand for a person not yet named: John or Jane Doe in American English, Joe or Fred Bloggs
in British English, Max or Erika Mustermann in German (the name on a German template's Lebenslauf)."""
NOBODY_SURNAMES = ("Doe", "Bloggs", "Mustermann")
ECHO = re.compile(
    r"^(?:\s*-?\s*[\"']?[\w-]+[\"']?\s*:)?\W*(?P<echo>(?P<name>[A-Za-z][A-Za-z ]{1,30}?)\s*(?:…|\.\.\.))\W*$"
)
"""A value that is a field's name and an ellipsis, alone or after its key (``"reference": "Reference…"``):
the template's prompt."""
RUNS = "01234567890123456789"
REFERENCE = re.compile(r"^\s{0,3}\[(?P<label>[^\]\n]+)\]:", re.MULTILINE)


@cache
def _samples() -> dict[str, list[str]]:
    table = wordlist("template-samples")
    return {kind: table[kind] for kind in ("fields", "people", "sentences", "contacts", "names")}


@cache
def fields() -> frozenset[str]:
    """The field names of JSON Resume and RenderCV, lowercased without separators (``startdate``)."""
    return frozenset(_samples()["fields"])


def names_field(words: list[str]) -> bool:
    """True when some run of ``words`` spells a field name (``Start Date`` → ``startdate``)."""
    known = fields()
    lowered = [re.sub(r"[^a-z]", "", word.lower()) for word in words]
    return any("".join(lowered[i:j]) in known for i in range(len(lowered)) for j in range(i + 1, len(lowered) + 1))


def references(source: str) -> frozenset[str]:
    """Labels of markdown reference definitions (``[site]: https://…``): ``[site]`` is then a link."""
    return frozenset(match.group("label").lower() for match in REFERENCE.finditer(source))


def slots(text: str, defined: frozenset[str] = frozenset()) -> Iterator[tuple[int, int]]:
    """Slots in brackets that name a field or speak for the user."""
    for match in SLOT.finditer(text):
        inner = match.group("square") or match.group("angle")
        words = inner.split()
        if match.group("angle") and len(words) == 1 and inner.islower():
            continue  # <name> may be an HTML element; a slot in angle brackets has capitals or spaces
        if inner.lower() in defined or len(words) > SLOT_WORDS:
            continue
        if words[0].lower() in ADDRESSING or names_field(words):
            yield match.start(), match.end()


def engine_variables(text: str) -> Iterator[tuple[int, int]]:
    """Template engines' variables, ``{{ name }}`` and ``${NAME}``."""
    for match in MUSTACHE.finditer(text):
        yield match.start(), match.end()


def variables(text: str) -> Iterator[tuple[int, int]]:
    """ALL_CAPS_VARIABLES that name a field (``YOUR_NAME``, ``START_DATE``), not ``CSV_XS`` or ``MAX_PATH``."""
    for match in VARIABLE.finditer(text):
        parts = match.group().split("_")
        if parts[0].lower() in ADDRESSING or names_field(parts):
            yield match.start(), match.end()


def unknowns(text: str) -> Iterator[tuple[int, int]]:
    """Digits or words written as runs of X or ?."""
    if not any(needle in text for needle in ("XX", "xx", "Xx", "??")):
        return  # most lines hold no run: substring tests are cheaper than the scan
    for match in UNKNOWN.finditer(text):
        yield match.start(), match.end()


def dummy_number(digits: str) -> bool:
    """True for a phone number no one has: one digit repeated, or a run up or down (``123-456-7890``)."""
    local = digits[-7:]
    return len(set(local)) == 1 or any(digits[-10:] in run or local in run for run in (RUNS, RUNS[::-1]))


def postcodes(text: str) -> Iterator[tuple[int, int]]:
    """Dummy ZIP codes after a state's code: repeated or sequential digits (``UT 12345``, ``CA 00000``)."""
    if not THREE_DIGITS.search(text):
        return
    for match in POSTCODE.finditer(text):
        code = match.group("code")
        if len(set(code)) == 1 or code in RUNS or code in RUNS[::-1]:
            yield match.start("code"), match.end("code")


def placeholder_people(text: str) -> Iterator[tuple[int, int]]:
    """``John Doe``, ``Jane Doe``, ``Joe Bloggs``, ``Max Mustermann``."""
    if any(surname in text for surname in NOBODY_SURNAMES):
        for match in NOBODY.finditer(text):
            yield match.start(), match.end()


def field_echoes(text: str) -> Iterator[tuple[int, int]]:
    """A whole line or value that is a field's name with an ellipsis (``Reference…``, ``Summary...``)."""
    match = ECHO.match(text) if ("…" in text or "..." in text) else None
    if match and re.sub(r"[^a-z]", "", match.group("name").lower()) in fields():
        yield match.start("echo"), match.end("echo")


def phones(text: str) -> Iterator[tuple[int, int]]:
    """Dummy phone numbers: repeated or sequential digits."""
    if not THREE_DIGITS.search(text):
        return
    for match in PHONE.finditer(text):
        number = match.group()
        digits = re.sub(r"\D", "", number.split(None, 1)[-1] if number.startswith("+") else number)
        if dummy_number(digits):
            yield match.start(), match.end()


SEPARATOR = "\x00"
"""What joins texts read as one: neither white space nor part of a word, an address or a domain, so no sample
string runs on across it, and one begins or ends beside it as at a text's edge."""


@cache
def _stand_in_words() -> dict[str, list[str]]:
    words: dict[str, list[str]] = wordlist("phrases")["stand-in-names"]
    return words


def _either_case(words: list[str]) -> str:
    return "|".join(f"[{word[0].upper()}{word[0]}]{re.escape(word[1:])}" for word in words)


def _capitalised(words: list[str]) -> str:
    return "|".join(re.escape(word.capitalize()) for word in words)


@cache
def _stand_in_pattern() -> re.Pattern[str]:
    """``Your Company``, ``Your Name``; ``Company A``, ``Company Name``; ``City, State``. It opens by looking
    ahead for one of the letters a stand-in begins with, which turns most positions down at once."""
    words = _stand_in_words()
    organisations = words["organisations"]
    firsts = {
        "Y",
        *(word[0] for word in organisations),
        *(word[0].upper() for word in [*organisations, *words["places"]]),
    }
    return re.compile(
        rf"(?=[{''.join(sorted(firsts))}])(?<![\w&.'’-])(?:"
        rf"Your\s+(?:(?:{_capitalised(organisations)})(?:\s+Name)?|(?P<own>{_capitalised(words['own-details'])}))"
        rf"|(?:{_either_case(organisations)})\s+(?P<tag>[A-HJ-Z]|Name)"
        rf"|(?P<place>{_capitalised(words['places'])}),\s*(?:{_capitalised(words['places'])})"
        rf")(?![\w&/+'’-]|\.\w)"
    )


@cache
def _stand_in_needles() -> tuple[str, ...]:
    """Pieces of text every stand-in holds one of (a word but its first letter, whose case varies): a text
    with none of them is not scanned."""
    words = _stand_in_words()
    return ("Your", *(word[1:] for word in words["organisations"]), *(word.capitalize() for word in words["places"]))


_WORD_BEFORE = re.compile(r"(?:^|[^\w'’-])(?P<word>[A-Z][\w'’-]*) $")
_CAPITAL_AFTER = re.compile(r" [A-Z][a-z]")
_LIST_AFTER = re.compile(r"\s*,?\s*(?:and|or|&)(?!\w)")
_LABEL_AFTER = re.compile(r"\s*:")
_CONNECTIVES = frozenset({"a", "an", "the", "and", "or", "&"})


def _inside_longer_name(text: str, start: int, end: int) -> bool:
    """True when a capitalised word that is not a connective (``at``, ``The``) comes right before, or one
    right after: the stand-in's words are then part of a longer name (``Grow Your Company``, ``Sixth Form
    College A Levels``)."""
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if before and before.group("word").lower() not in prepositions() | _CONNECTIVES:
        return True
    return _CAPITAL_AFTER.match(text, end) is not None


def _line_of(text: str, start: int) -> str:
    """The text (between separators or line breaks) that holds ``start``."""
    first = max(text.rfind(SEPARATOR, 0, start), text.rfind("\n", 0, start)) + 1
    return text[first:start].lstrip()


def stand_ins(text: str) -> Iterator[tuple[int, int, str]]:
    """Stand-in names: a kind of place one works or studies at with a letter or ``Name`` after it (``Company
    A``, ``University Name``) or ``Your`` before it (``Your Company``), ``Your Name`` and the like, and an
    address of two kinds of place (``City, State``); not inside a longer name, not a label (``Company Name:``)
    or a table's cell, not a unit of an army (``Company A, 1st Battalion``), not a list of levels of
    government (``City, State and Federal``). Each with what it stands for: ``name``, ``place`` or
    ``details`` (the user's own, ``Your Email``)."""
    if not any(needle in text for needle in _stand_in_needles()):
        return
    units = frozenset(_stand_in_words()["military-units"])
    for match in _stand_in_pattern().finditer(text):
        start, end, tag = match.start(), match.end(), match.group("tag")
        if _inside_longer_name(text, start, end):
            continue
        if tag is None or tag == "Name":
            if not match.group()[0].isupper() or _LABEL_AFTER.match(text, end) or _line_of(text, start)[:1] == "|":
                continue
        elif units & set(re.findall(r"[a-z]+", text[end : end + 30].split(SEPARATOR, 1)[0].lower())):
            continue
        if match.group("place") and _LIST_AFTER.match(text, end):
            continue
        yield start, end, "place" if match.group("place") else "details" if match.group("own") else "name"


class Joined:
    """Texts read as one, joined by ``SEPARATOR``, for the finders here but ``field_echoes``: none of their
    matches holds the separator, and each begins or ends beside it as at a text's edge, so what they find in
    the joined text is what they find in each text alone (one scan of a document, not one a line)."""

    __slots__ = ("_shifts", "_starts", "text", "texts")

    def __init__(self, texts: list[tuple[int, str]]) -> None:
        """``texts``: each text with the offset of its first character."""
        self.texts = texts
        self.text = SEPARATOR.join([text for _, text in texts])
        self._starts = list(accumulate([len(text) + len(SEPARATOR) for _, text in texts], initial=0))
        self._shifts = [offset - at for (offset, _), at in zip(texts, self._starts, strict=False)]

    def offsets(self, found: Iterable[tuple[int, int]]) -> Iterator[tuple[int, int]]:
        """``found`` (spans of the joined text) as spans of the texts' offsets."""
        for start, end in found:
            shift = self._shifts[bisect_right(self._starts, start) - 1]
            yield start + shift, end + shift


_GAP = re.compile(r"\s+")
_JOINED = re.compile(r"[\w@]")
"""A character that, right after a sample string, makes it part of a longer word or address."""


@cache
def _sample_strings() -> list[str]:
    """Every sample string but the organisations' and handles', longest first (the order they are tried in)."""
    samples = _samples()
    strings = [s for kind in ("people", "sentences", "contacts", "names") for s in samples[kind]]
    strings.sort(key=len, reverse=True)
    return strings


@cache
def _sample_index() -> tuple[dict[str, list[tuple[int, tuple[str, ...]]]], dict[str, int], frozenset[str]]:
    """The lowercased sample strings of several words by their first word and those of one word, each with
    its rank in :func:`_sample_strings`, and the lowercased strings that need another beside them."""
    several: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
    single: dict[str, int] = {}
    for rank, string in enumerate(_sample_strings()):
        words = tuple(string.lower().split())
        if len(words) == 1:
            single.setdefault(words[0], rank)
        else:
            several.setdefault(words[0], []).append((rank, words))
    return several, single, frozenset(" ".join(s.lower().split()) for s in _samples()["names"])


@cache
def _single_lengths() -> tuple[int, ...]:
    """The lengths of the one-word sample strings, shortest first."""
    return tuple(sorted({len(word) for word in _sample_index()[1]}))


@cache
def _sample_pattern_anycase() -> re.Pattern[str]:
    """Every sample string as one case-insensitive pattern, for the rare text whose lowercase is longer."""
    body = "|".join(r"\s+".join(map(re.escape, s.lower().split())) for s in _sample_strings())
    return re.compile(rf"(?<![\w@.])(?:{body})(?![\w@])", re.IGNORECASE)


def _end_of(low: str, position: int, words: tuple[str, ...]) -> int | None:
    """Where ``words`` after the first end when they follow ``position``, each after white space, and no
    letter, digit, ``_`` or ``@`` follows; None when they do not."""
    for word in words:
        gap = _GAP.match(low, position)
        if gap is None or not low.startswith(word, gap.end()):
            return None
        position = gap.end() + len(word)
    return None if _JOINED.match(low, position) else position


@cache
def _sample_start() -> re.Pattern[str]:
    """Where a sample string may begin: not inside a word, an address or a domain, and with a first word of a
    sample string of several words followed by white space, or a sample string of one word that is not part
    of a longer word or address. The first words are grouped by their first letter, so a position is
    weighed against a few of them, not all."""
    several, single, _ = _sample_index()
    heads = [(word, r"(?=\s)") for word in several] + [(word, r"(?![\w@])") for word in single]
    groups: dict[str, list[str]] = {}
    for word, after in sorted(heads, key=lambda head: len(head[0]), reverse=True):
        groups.setdefault(word[0], []).append(re.escape(word[1:]) + after)
    body = "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.items())
    return re.compile(rf"(?<![\w@.])(?:{body})")


@cache
def _sample_head() -> re.Pattern[str]:
    """The start of a sample string's text read at once: at most one character more than the longest first
    word of a sample, so a long run with no space (a line of stars) is not read again from each of its
    characters."""
    several, single, _ = _sample_index()
    return re.compile(rf"\S{{1,{max(map(len, [*several, *single])) + 1}}}")


def _sample_spans(low: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of the sample strings in lowercased text, as one alternation of them all, tried in
    rank order, finds them: the leftmost first, the best ranked where several begin, none overlapping."""
    several, single, _ = _sample_index()
    lengths, starts, head = _single_lengths(), _sample_start(), _sample_head()
    position = 0
    while (candidate := starts.search(low, position)) is not None:
        start = candidate.start()
        rest = head.match(low, start).group()  # type: ignore[union-attr]  # a candidate begins with a word
        best: tuple[int, int] | None = None
        for rank, words in several.get(rest, ()):  # listed in rank order: the first that matches is best
            end = _end_of(low, start + len(rest), words[1:])
            if end is not None:
                best = (rank, end)
                break
        for length in lengths:
            if length > len(rest):
                break
            rank = single.get(rest[:length], -1)
            if rank >= 0 and (best is None or rank < best[0]) and not _JOINED.match(low, start + length):
                best = (rank, start + length)
        if best is None:
            position = start + 1
        else:
            position = best[1]
            yield start, position


def sample_content(joined: Joined) -> Iterator[tuple[int, int, str]]:
    """``(start, end, text)`` of sample strings in the joined texts, in the order of their offsets: people,
    sentences and contacts of the samples alone, their organisations and handles only beside another sample
    string."""
    low = joined.text.lower()
    found = _found_in(joined, low) if len(low) == len(joined.text) else _found_apart(joined.texts)
    weak = _sample_index()[2]
    distinct = {key for _, _, key in found}
    for start, end, key in found:
        if key not in weak or len(distinct) > 1:
            yield start, end, key


def _found_in(joined: Joined, low: str) -> list[tuple[int, int, str]]:
    """``(start, end, text)`` of the sample strings in ``low``, the lowercase of ``joined`` (as long as it)."""
    spans = list(_sample_spans(low))
    keys = [" ".join(low[start:end].split()) for start, end in spans]
    return [(start, end, key) for (start, end), key in zip(joined.offsets(spans), keys, strict=True)]


def _found_apart(texts: list[tuple[int, str]]) -> list[tuple[int, int, str]]:
    """What :func:`_found_in` finds, when the lowercase of some text is longer than the text (its offsets
    would not be the text's): that text is read alone, and the others as one."""
    found: list[tuple[int, int, str]] = []
    kept: list[tuple[int, str]] = []
    for offset, text in texts:
        low = text.lower()
        if len(low) == len(text):
            kept.append((offset, low))
        else:
            found.extend(
                (offset + m.start(), offset + m.end(), " ".join(m.group().lower().split()))
                for m in _sample_pattern_anycase().finditer(text)
            )
    rest = Joined(kept)
    found.extend(_found_in(rest, rest.text))
    found.sort()
    return found
