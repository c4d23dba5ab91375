"""duplicate-line: a line repeated on the next non-blank line, or a bullet repeated anywhere."""

from __future__ import annotations

from collections.abc import Iterator

from cvlint.lazy_pattern import lazy_compile
from cvlint.model.document import Bullet, Document, Line, Section
from cvlint.model.findings import Finding, Fix
from cvlint.rule.context import RuleContext
from cvlint.text.bullets import is_label, is_list, is_record
from cvlint.text.edits import delete_line
from cvlint.text.prose import letter_words

_TAGS = lazy_compile(r"<[^>\n]*>|\\(?:begin|end)\s*\{[^}\n]*\}|\\[A-Za-z@]+\*?|[{}\[\]]")
"""Markup that carries no words: HTML tags, LaTeX commands and braces."""
_MIN_BULLET_WORDS = 3
_CONNECTORS = frozenset(
    {"of", "and", "the", "for", "at", "in", "on", "with", "de", "du", "des", "la", "le", "von", "und"}
)
"""Small words a name keeps in lower case ("University of Maryland")."""
_ACHIEVEMENT_ROLES = frozenset({"experience", "projects", "volunteer"})


def _key(text: str) -> str:
    return " ".join(text.split())


def _has_words(text: str) -> bool:
    return any(char.isalnum() for char in _TAGS.sub("", text))


def check(document: Document, context: RuleContext) -> Iterator[Finding]:
    """Report repeated adjacent lines (fix: delete the repeat) and bullets written twice (no fix)."""
    previous: Line | None = None
    repeated_lines: set[int] = set()
    for line in document.prose_lines():
        content = line.text.strip()
        if not content:
            continue
        if previous is not None and _key(content) == _key(previous.text.strip()) and _has_words(content):
            start = line.span.start + (len(line.text) - len(line.text.lstrip()))
            end = line.span.start + len(line.text.rstrip())
            repeated_lines.add(line.number)
            whole = document.lines[line.number - 1]
            deletion = delete_line(document, whole) if document.line_fixes else None
            yield context.finding(
                whole.span.start if deletion else start,  # with a fix, the line it deletes (with its ending)
                whole.span.end if deletion else end,
                f"line {line.number} repeats line {previous.number} word for word (an export or copy-paste artifact)",
                "delete the repeated line",
                Fix("safe", (deletion,)) if deletion else None,
                context=content,
            )
        previous = line
    seen: dict[str, tuple[int, tuple[int, int]]] = {}
    records = {b.span.start for b in document.bullets() if is_record(b.text.value)}
    for section, bullet, owner in _owned_bullets(document):
        key = _key(bullet.text.value).casefold().rstrip(".;,")
        if len(key.split()) < _MIN_BULLET_WORDS:
            continue
        # Link targets count: "[GitHub Repository](…/a)" and "[GitHub Repository](…/b)" say different things.
        key = _key(document.source[bullet.text.span.start : bullet.text.span.end]).casefold().rstrip(".;,")
        line_number = document.line_index.position(bullet.span.start)[0]
        if key in seen:
            first_line, first_owner = seen[key]
            if line_number in repeated_lines or (
                first_owner != owner and (_shared_detail(section, bullet.text.value) or owner[1] in records)
            ):
                continue  # a venue or organisation that separate entries or records share ("Via Stanford's courses")
            yield context.finding(
                bullet.text.span.start,
                bullet.text.span.end,
                f"this bullet repeats the bullet on line {first_line}",
                "keep the bullet where it fits best and reword or delete the other",
                context=_key(bullet.text.value).casefold().rstrip(".;,"),
            )
        else:
            seen[key] = (line_number, owner)


def _shared_detail(section: Section, value: str) -> bool:
    """True when two entries may both carry this line: any line outside roles and projects (a talk's venue,
    a degree's honours, a supervisor), and a name, label or list within them; not a duty written twice."""
    if section.role not in _ACHIEVEMENT_ROLES:
        return True
    if is_label(value) or is_list(value):
        return True
    words = [w for w in letter_words(value) if w.casefold() not in _CONNECTORS]
    return all(w[0].isupper() or sum(c.isalpha() for c in w) <= 3 for w in words)


def _owned_bullets(document: Document) -> Iterator[tuple[Section, Bullet, tuple[int, int]]]:
    """Every bullet with what it belongs to: its entry (or section) and the bullet it is nested under."""
    for section in document.sections:
        owned: list[tuple[Section, Bullet, tuple[int, int]]] = []
        groups = [(section.span.start, section.bullets)] + [(e.span.start, e.bullets) for e in section.entries]
        for start, bullets in groups:
            parents: list[Bullet] = []
            for bullet in sorted(bullets, key=lambda b: b.span.start):
                while parents and parents[-1].level >= bullet.level:
                    parents.pop()
                owned.append((section, bullet, (start, parents[-1].span.start if parents else -1)))
                parents.append(bullet)
        yield from sorted(owned, key=lambda item: item[1].span.start)
