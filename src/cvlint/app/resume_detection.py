"""Telling résumés and cover letters from other files, by their names or the opening of their content.

A folder walk lints only the files this says are résumés or cover letters (unless an ``include``
pattern names them): a word of the name (``Jane_DoeCV.md``), or in the opening a résumé format's keys,
a CV class or macros of LaTeX, a letter's greeting or closing, or headings naming two kinds of section.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path

from cvlint.lazy_pattern import lazy_compile
from cvlint.parse import LATEX_SUFFIXES, YAML_SUFFIXES

_HEAD_BYTES = 65536
"""How much of a file its content markers are looked for in."""
_NAME_WORDS = frozenset(
    {"resume", "résumé", "cv", "vita", "vitae", "curriculum", "lebenslauf", "coverletter", "anschreiben"}
)
_NAME_TOKEN = lazy_compile(r"[A-ZÀ-Þ]+(?=[A-ZÀ-Þ][a-zß-ÿ])|[A-ZÀ-Þ]?[a-zß-ÿ]+|[A-ZÀ-Þ]+|\d+")
_YAML_RESUME = lazy_compile(r"^(?:cv|basics):[ \t]*(?:#.*)?$", re.MULTILINE)
_LATEX_CLASS = lazy_compile(r"\\documentclass\s*(?:\[[^\]]*\])?\s*\{\s*([\w-]+)\s*\}")
_CV_CLASSES = frozenset(
    {"moderncv", "altacv", "europecv", "europasscv", "twentysecondcv", "limecv", "res", "curve", "simplehipstercv"}
)
_LATEX_MACROS = lazy_compile(r"\\(?:cventry|cvitem|cvsection|cvevent|resumeSubheading|resumeItem|datedsubsection)\b")
_MARKUP = lazy_compile(r"<[^>\n]*>|\\[a-zA-Z]+\*?|&\w+;|[#*_{}=|~`>]+")
_HEADING_MARK = lazy_compile(r"[ \t]*(?:#|<h\d|\\(?:sub)*section\b|\*\*|__)|[^\n]+\n[ \t]*(?:=+|-+)[ \t]*$")
_YAML_KEY = lazy_compile(r"^([A-Za-z][\w-]*):", re.MULTILINE)
_LETTER_LINE = lazy_compile(
    r"^[ \t]*(?:Dear [^\n]{1,60}|(?:[\w ]{0,24}\b)?(?:Sincerely|Yours (?:sincerely|faithfully|truly)"
    r"|(?:Best|Kind|Warm)(?:est)? [Rr]egards|Regards|Respectfully)[,.!]?)[ \t]*$",
    re.MULTILINE,
)
_CORE_ROLES = frozenset({"experience", "education", "skills", "projects", "summary"})


def _name_words(name: str) -> list[str]:
    """The words of a file name: ``Jane_DoeCV-2024.md`` gives jane, doe, cv, 2024, md."""
    return [token.lower() for token in _NAME_TOKEN.findall(name)]


def named_like_a_resume(name: str) -> bool:
    """True when a word of the file name says résumé, CV or cover letter (``opencv-setup.md`` does not)."""
    words = _name_words(name)
    return any(word in _NAME_WORDS for word in words) or any(
        first == "cover" and second == "letter" for first, second in pairwise(words)
    )


def reads_like_a_resume(path: Path, head: str) -> bool:
    """True when the opening of a file shows it to be a résumé or cover letter.

    JSON Resume's keys, RenderCV's ``cv:`` key, a LaTeX CV class or CV macros, a letter's ``Dear …`` or
    ``Sincerely,`` line, or headings (YAML keys) naming two kinds of résumé section.
    """
    suffix = path.suffix.lower()
    if suffix == ".json":
        from cvlint.parse.jsonresume import looks_like_json_resume

        return looks_like_json_resume(head)
    if suffix in YAML_SUFFIXES and _YAML_RESUME.search(head):
        return True
    latex_class = _LATEX_CLASS.search(head)
    if latex_class and (named_like_a_resume(latex_class.group(1)) or latex_class.group(1).lower() in _CV_CLASSES):
        return True
    if (suffix in LATEX_SUFFIXES or latex_class) and _LATEX_MACROS.search(head):
        return True
    if _LETTER_LINE.search(head):
        return True
    if suffix in YAML_SUFFIXES:
        from cvlint.parse.yaml_source import key_role

        roles = {key_role(key) for key in _YAML_KEY.findall(head)}
    else:
        from cvlint.parse.structure import section_role

        roles = {section_role(" ".join(words)) for words in _short_lines(head)}
    return len(roles & _CORE_ROLES) >= 2


def _short_lines(head: str) -> Iterator[list[str]]:
    """The words of each line that may be a heading (marked as one, or after a blank line), markup dropped."""
    before = ""
    for line in head.splitlines():
        marked = _HEADING_MARK.match(line) is not None
        if len(line) <= 100 and (marked or not before.strip()):
            words = _MARKUP.sub(" ", line).replace(":", " ").split()
            if 0 < len(words) <= 5:
                yield words
        before = line


def _head(path: Path) -> str:
    try:
        with open(path, "rb") as handle:
            return handle.read(_HEAD_BYTES).decode("utf-8", "replace")
    except OSError:
        return ""


def looks_like_a_resume(path: Path) -> bool:
    """True when the name of the file at ``path``, or its opening, shows it to be a résumé or cover letter."""
    return named_like_a_resume(path.name) or reads_like_a_resume(path, _head(path))
