"""tense-mismatch: bullets of a finished role that open in the present tense (and the reverse)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from cvlint.bullets import is_latin
from cvlint.engine import RuleContext
from cvlint.findings import Finding, Fix
from cvlint.model import Bullet, Document, Entry
from cvlint.verbs import VerbForm, analyse, is_plural_noun, match_case, object_starters

_TOKEN = re.compile(r"[A-Za-z][a-z]*(?:-[a-z]+)*|&|,|/")
_ROLES = ("experience", "projects", "volunteer")
_JOINERS = ("and", "&", ",", "/")


def _opening_verbs(bullet: Bullet) -> Iterator[tuple[re.Match[str], VerbForm]]:
    """The verbs that open ``bullet``: the first word and any joined to it ("Built and operate")."""
    value = bullet.text.value
    lead = re.match(r"[\W_]*", value)
    position = lead.end() if lead else 0
    tokens = list(_TOKEN.finditer(value, position))
    if not tokens or tokens[0].start() != position:
        return
    index = 0
    while index < len(tokens):
        token = tokens[index]
        word = token.group()
        if word in _JOINERS or (word.isupper() and len(word) > 1):
            return
        if value[token.end() : token.end() + 1] in (":", "/", "(") and value[token.end() : token.end() + 1]:
            return
        verb = analyse(word)
        if verb is None:
            return
        if verb.noun_too and verb.form in ("base", "gerund") and not _object_follows(tokens, index):
            return
        if verb.noun_too and verb.form == "third-person" and _gerund_follows(tokens, index):
            return  # "Articles covering SwiftUI": a plural noun, described by the verb after it
        yield token, verb
        after = index + 1
        if after < len(tokens) and tokens[after].group() in _JOINERS:
            after += 1
            if after < len(tokens) and tokens[after].group() == "and":
                after += 1
            index = after
            continue
        return


def _object_follows(tokens: list[re.Match[str]], index: int) -> bool:
    """True when the words after ``tokens[index]`` make it read as a verb ("Design and build", "Lead a")."""
    following = tokens[index + 1].group().lower() if index + 1 < len(tokens) else ""
    if following in ("and", "&"):
        after = tokens[index + 2].group() if index + 2 < len(tokens) else ""
        verb = analyse(after) if after else None
        return verb is not None and verb.form != "gerund"
    return following in object_starters() or (bool(following) and is_plural_noun(following))


def _gerund_follows(tokens: list[re.Match[str]], index: int) -> bool:
    following = tokens[index + 1].group() if index + 1 < len(tokens) else ""
    verb = analyse(following) if following else None
    return verb is not None and verb.form == "gerund"


def _ended(entry: Entry, today: tuple[int, int]) -> bool | None:
    """True for a finished role, False for an ongoing one, None when the dates do not say."""
    dates = entry.dates
    if dates is None:
        return None
    if dates.ongoing is not None:
        return False
    last = dates.last or dates.first
    return last.last_month() < today


def check(document: Document, context: RuleContext) -> Iterator[Finding]:
    """Report present-tense openings in finished roles; in ongoing roles, as the option asks."""
    current_policy: str = context.options["current-role-tense"]
    today = (context.today.year, context.today.month)
    for section, entry in document.entries():
        if section.role not in _ROLES:
            continue
        ended = _ended(entry, today)
        if ended is None or (not ended and current_policy == "any"):
            continue
        for bullet in entry.bullets:
            if not is_latin(bullet.text.value):
                continue  # "Excel 기반 …": an English word opening a sentence in another language
            for token, verb in _opening_verbs(bullet):
                word = token.group()
                if ended or current_policy == "past":
                    if verb.form == "past" or verb.past == word.lower():
                        continue
                    wanted, tense = verb.past, "past"
                else:
                    if verb.form != "past" or verb.base == word.lower():
                        continue
                    wanted, tense = verb.base, "present"
                replacement = match_case(wanted, word)
                span = bullet.text.source_span(token.start(), token.end())
                state = "has ended" if ended else "is ongoing"
                yield context.finding(
                    span.start,
                    span.end,
                    f"'{word}' is {'present' if tense == 'past' else 'past'} tense, but this role {state}",
                    f"write '{replacement}'",
                    Fix.replace(span.start, span.end, document.escape(replacement), "unsafe"),
                    context=bullet.text.value,
                )
