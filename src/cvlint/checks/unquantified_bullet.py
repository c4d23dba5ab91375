"""unquantified-bullet: achievement bullets that give no measure of scope or result."""

from __future__ import annotations

import re
from collections.abc import Iterator

from cvlint.engine import RuleContext
from cvlint.findings import Finding
from cvlint.model import Bullet, Document, Section
from cvlint.quantity import is_quantified

_LABEL = re.compile(r"^\W*[\w .&/+-]{1,30}:\s")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
SUGGESTION = (
    "add a number you can stand behind: how many (users, services, people), how much (%, money, time saved), "
    "how big (requests/s, data size) or how fast (latency, lead time)"
)


def _achievement_bullets(section: Section, min_words: int) -> Iterator[Bullet]:
    if section.role == "projects":
        candidates = list(section.all_bullets())
    elif section.role == "experience" and any(entry.dates for entry in section.entries):
        candidates = [bullet for entry in section.entries for bullet in entry.bullets]
    else:
        return
    for bullet in candidates:
        value = bullet.text.value
        if len(_WORD.findall(value)) < min_words or _LABEL.match(value) or _is_list(value) or not _latin(value):
            continue
        yield bullet


def _is_list(value: str) -> bool:
    """A list of names ("React, Node.js, Cypress, Vite"), not a sentence about a result."""
    parts = [part for part in re.split(r"[,;]", value) if part.strip()]
    return len(parts) >= 3 and all(len(part.split()) <= 3 for part in parts)


def _latin(value: str) -> bool:
    """True when most letters are Latin: the number words cvlint knows are English ones."""
    letters = [char for char in value if char.isalpha()]
    return sum(1 for char in letters if char.isascii() or "\u00c0" <= char <= "\u024f") * 2 >= len(letters)


def check(document: Document, context: RuleContext) -> Iterator[Finding]:
    """Report each unquantified achievement bullet, and once a low share of quantified bullets."""
    min_words: int = context.options["min-words"]
    checked = 0
    missing: list[Bullet] = []
    first_section: Section | None = None
    for section in document.sections:
        for bullet in _achievement_bullets(section, min_words):
            first_section = first_section or section
            checked += 1
            if not is_quantified(bullet.text.value):
                missing.append(bullet)
    for bullet in missing:
        yield context.finding(
            bullet.text.span.start,
            bullet.text.span.end,
            "bullet gives no number for scope or result",
            SUGGESTION,
            context=bullet.text.value,
        )
    share = 1 - len(missing) / checked if checked else 1.0
    threshold: float = context.options["min-quantified-share"]
    if first_section is not None and checked >= context.options["min-bullets"] and share < threshold:
        anchor = first_section.heading.span if first_section.heading else first_section.span
        yield context.finding(
            anchor.start,
            anchor.end,
            f"only {checked - len(missing)} of {checked} achievement bullets ({share:.0%}) are quantified; "
            f"aim for at least {threshold:.0%}",
            "quantify the bullets that describe your biggest results first",
            context="share",
        )
