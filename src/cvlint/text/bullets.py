"""Which bullets tell achievements: the ones rules about impact and punctuation read."""

from __future__ import annotations

import re
from collections.abc import Iterator

from cvlint.model.document import Bullet, Section
from cvlint.text.prose import letter_word_count, without_addresses

_LABEL = re.compile(r"^\W*[\w .&/+-]{1,30}:\s")


def is_label(value: str) -> bool:
    """A label line ("Stack: Go, Kafka") rather than a sentence."""
    return bool(_LABEL.match(value))


def is_list(value: str) -> bool:
    """A list of names ("React, Node.js, Cypress, Vite"), not a sentence about a result."""
    parts = [part for part in re.split(r"[,;+|、，]", value) if part.strip()]
    return len(parts) >= 3 and all(len(part.split()) <= 3 for part in parts)


def is_latin(value: str) -> bool:
    """True when at least four letters in five are Latin: the number words cvlint knows are English."""
    if value.isascii():
        return True
    letters = [char for char in value if char.isalpha()]
    return sum(1 for char in letters if char.isascii() or "\u00c0" <= char <= "\u024f") * 5 >= len(letters) * 4


def words(value: str) -> int:
    """How many words ``value`` has, leaving out URLs and addresses."""
    return letter_word_count(without_addresses(value))


def achievement_bullets(section: Section, min_words: int) -> Iterator[Bullet]:
    """Bullets of dated roles in experience sections and of project sections that read as sentences."""
    if section.role == "projects":
        candidates = list(section.all_bullets())
    elif section.role in ("experience", "volunteer") and any(entry.dates for entry in section.entries):
        candidates = [bullet for entry in section.entries for bullet in entry.bullets]
    else:
        return
    for bullet in candidates:
        value = bullet.text.value
        if words(value) >= min_words and not is_label(value) and not is_list(value):
            yield bullet
