"""Where a line quotes a title or names an organisation, so word fixes leave them as written.

A publication, a talk or a course cited in quotes (English, French « », German „ “, Japanese 「」),
``\\emph{}``/``\\textit{}`` or Markdown italics is
spelt and cased as its authors wrote it, as is a linked work named by a list item of its own
(``* [Functional javascript talk]``); an organisation's name ("Acme Techologies Inc.") is its own.
"""

from __future__ import annotations

import re
from functools import lru_cache

from cvlint.lazy_pattern import lazy_compile
from cvlint.model.document import Document, Span
from cvlint.text.edits import line_at

_STRAIGHT_QUOTED = lazy_compile(r"\"[^\"\n]{3,}\"")
"""A title in straight double quotes: in JSON and YAML those quote every value, so they say nothing there."""
_QUOTED = lazy_compile(
    r"“[^”\n]{3,}”|‘[^’\n]{3,}’|«[^»\n]{3,}»|»[^«\n]{3,}«|„[^“”\n]{3,}[“”]|‚[^‘’\n]{3,}[‘’]|「[^」\n]+」|『[^』\n]+』"
    r"|``[^'\n]{3,}''|\\(?:emph|textit|textsl|citetitle)\{[^{}\n]+\}"
    r"|(?<![*\w])(?P<star>\*\*\*|\*)(?![\s*])[^*\n]+(?<![\s*])(?P=star)(?![*\w])"
    r"|(?<![_\w])(?P<line>___|_)(?![\s_])[^_\n]+(?<![\s_])(?P=line)(?![_\w])"
)
_LINKED_WORK = re.compile(r"^\s*(?:[*+-]\s+)?(\[[^\[\]\n]*\s[^\[\]\n]*\])(?:\[[^\]\n]*\])?\s*$")
"""A list item that is only a reference link's text of two words or more ("* [Functional javascript talk]"):
the name of a linked talk, post or project, as its author wrote it."""
_NAME_WORDS = r"(?:\b[A-Z][\w&'’.-]*\s+){1,5}"
_LEGAL_FORMS = r"Inc|Ltd|LLC|LLP|PLC|GmbH|AG|AB|AS|ASA|Oy|SA|SAS|SARL|SpA|SRL|BV|NV|KK|Pty|Corp|Corporation|Company|Co"
_ORGANISATION = re.compile(
    _NAME_WORDS + r"(?:" + _LEGAL_FORMS + r"|Group|Holdings|Technologies|Solutions|Systems|Labs|Foundation|Institute"
    r"|University|College|Bank|Partners|Consulting|Studios?|Software|Ventures|Trust|Community|Team|Association"
    r"|Society)\b"
)
_COMPANY = re.compile(_NAME_WORDS + r"(?:" + _LEGAL_FORMS + r")\b")
"""An organisation named with its legal form ("Acme Techologies Inc."): a registered name, spelt as registered."""


@lru_cache(maxsize=256)
def _ranges(text: str, data: bool) -> tuple[tuple[int, int], ...]:
    """Where a line's quoted titles and organisation names stand, found once a line (``data``: JSON or YAML)."""
    found = [(m.start(), m.end()) for m in _QUOTED.finditer(text)] if any(c in text for c in "“‘«»„‚「『`\\*_") else []
    if not data and '"' in text:
        found += [(m.start(), m.end()) for m in _STRAIGHT_QUOTED.finditer(text)]
    found += [(m.start(), m.end()) for m in _ORGANISATION.finditer(text)]
    if "[" in text and (work := _LINKED_WORK.match(text)):
        found.append((work.start(1), work.end(1)))
    return tuple(found)


def in_title_or_organisation(document: Document, span: Span) -> bool:
    """True when ``span`` lies inside a quoted or italic title, or an organisation's name, on its line."""
    line = line_at(document, span.start)
    column = span.start - line.span.start
    ranges = _ranges(line.text, document.format in ("json", "yaml"))
    return any(start <= column < end for start, end in ranges)


def in_organisation(document: Document, span: Span, registered: bool = False) -> bool:
    """True when ``span`` lies inside an organisation's name on its line ("Acme Techologies Inc."); with
    ``registered``, only a name with its legal form ("… Inc.", not "Techinical Consulting to clients")."""
    line = line_at(document, span.start)
    column = span.start - line.span.start
    pattern = _COMPANY if registered else _ORGANISATION
    return any(m.start() <= column < m.end() for m in pattern.finditer(line.text))
