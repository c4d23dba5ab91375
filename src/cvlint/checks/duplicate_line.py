"""duplicate-line: a line repeated on the next non-blank line, or a bullet repeated anywhere."""

from __future__ import annotations

from collections.abc import Iterator

from cvlint.lazy_pattern import lazy_compile
from cvlint.model.document import Bullet, Document, Line, Section
from cvlint.model.findings import Edit, Finding, Fix
from cvlint.rule.context import RuleContext
from cvlint.text.bullets import is_label, is_list, is_record
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
    repeated_lines: set[int] = set()
    for original, repeats in _repeated_runs(document):
        repeated_lines.update(line.number for line in repeats)
        deletions = _delete_lines(document, repeats)
        first, last = repeats[0], repeats[-1]
        start = first.span.start + (len(first.text) - len(first.text.lstrip()))
        end = last.span.start + len(last.text.rstrip())
        which = f"line {first.number} repeats" if len(repeats) == 1 else f"lines {first.number}–{last.number} repeat"
        yield context.finding(
            document.lines[first.number - 1].span.start if document.line_fixes else start,  # with a fix, the
            document.lines[last.number - 1].span.end if document.line_fixes else end,  # lines it deletes
            f"{which} line {original.number} word for word (an export or copy-paste artifact)",
            "delete the repeated line" if len(repeats) == 1 else "delete the repeated lines",
            Fix("safe", deletions) if document.line_fixes else None,
            context=original.text.strip(),
        )
    seen: dict[str, tuple[int, tuple[int, int]]] = {}
    records: set[int] | None = None  # the bullets that record, read only when two entries share a bullet
    for section, bullet, owner in _owned_bullets(document):
        key = _key(bullet.text.value).casefold().rstrip(".;,")
        if len(key.split()) < _MIN_BULLET_WORDS:
            continue
        # Link targets count: "[GitHub Repository](…/a)" and "[GitHub Repository](…/b)" say different things.
        key = _key(document.source[bullet.text.span.start : bullet.text.span.end]).casefold().rstrip(".;,")
        line_number = document.line_index.position(bullet.span.start)[0]
        if key in seen:
            first_line, first_owner = seen[key]
            if line_number in repeated_lines:
                continue
            if first_owner != owner:  # a venue or organisation that separate entries or records share
                if _shared_detail(section, bullet.text.value):  # ("Via Stanford's courses")
                    continue
                if records is None:
                    records = {b.span.start for b in document.bullets() if is_record(b.text.value)}
                if owner[1] in records:
                    continue
            yield context.finding(
                bullet.text.span.start,
                bullet.text.span.end,
                f"this bullet repeats the bullet on line {first_line}",
                "keep the bullet where it fits best and reword or delete the other",
                context=_key(bullet.text.value).casefold().rstrip(".;,"),
            )
        else:
            seen[key] = (line_number, owner)


def _delete_lines(document: Document, lines: list[Line]) -> tuple[Edit, ...]:
    """Deletions of ``lines`` (each with its ending), joined where they touch, keeping the file's final-newline
    state: a last line without an ending takes the ending of the last line kept before it."""
    numbers = {line.number for line in lines}
    edits: list[Edit] = []
    for line in sorted(lines, key=lambda line: line.number):
        whole = document.lines[line.number - 1]
        start, end = whole.span.start, whole.span.end + len(whole.ending)
        if not whole.ending:
            kept = next((n for n in range(line.number - 1, 0, -1) if n not in numbers), None)
            start = document.lines[kept - 1].span.end if kept else start
        if edits and start <= edits[-1].end:
            edits[-1] = Edit(min(edits[-1].start, start), max(edits[-1].end, end), "")
        else:
            edits.append(Edit(start, end, ""))
    return tuple(edits)


def _repeated_runs(document: Document) -> Iterator[tuple[Line, list[Line]]]:
    """Each line with words that the next non-blank lines repeat word for word, with those repeats: one run,
    so that deleting them leaves no repeat behind (three copies are one finding, not two in a chain)."""
    original: Line | None = None
    original_key = ""
    repeats: list[Line] = []
    for line in document.prose_lines():
        content = line.text.strip()
        if not content:
            continue
        key = _key(content)
        if original is not None and key == original_key and _has_words(content):
            repeats.append(line)
            continue
        if original is not None and repeats:
            yield original, repeats
        original, original_key, repeats = line, key, []
    if original is not None and repeats:
        yield original, repeats


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
