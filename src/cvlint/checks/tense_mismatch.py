"""tense-mismatch: bullets of a finished role that open in the present tense (and the reverse)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice

from cvlint.model.document import Bullet, Document, Entry
from cvlint.model.findings import Finding, Fix
from cvlint.rule.context import RuleContext
from cvlint.text.bullets import is_label, is_latin, is_list, is_record, label_end
from cvlint.text.verbs import (
    VerbForm,
    analyse,
    is_person_noun,
    is_plural_noun,
    match_case,
    object_starters,
    prepositions,
)

_TOKEN = re.compile(r"[A-Za-z][a-z]*(?:-[a-z]+)*|&|,|/")
_ROLES = ("experience", "projects", "volunteer")
_JOINERS = ("and", "&", ",", "/")
_QUOTES = "\"'‘’“”«»„`"
_READ_AHEAD = 8
"""Tokens of a bullet read at a time: its opening verbs and the words after them, not the whole bullet."""
_ITALIC_MACRO = re.compile(r"\\(?:emph|textit|textsl|it|em|sl)\b")


def _opening_verbs(document: Document, entry: Entry, bullet: Bullet) -> Iterator[tuple[re.Match[str], VerbForm]]:
    """The verbs that open ``bullet``: the first word and any joined to it ("Built and operate").

    After a lead-in label ("Mentoring & Leadership: Guided …") the sentence's verbs are read. A bullet that
    is a list of names or a label line ("Hibernate, Spring, Kafka"), a record such as a list of the tools
    used ("Using technologies such as …"), or that opens with a quoted or italic title or with the role's
    organisation, opens with no verb to correct.
    """
    value = bullet.text.value
    start = label_end(value)
    if (
        (is_label(value) and not start)
        or value.rstrip().endswith(":")
        or _names_listed(value)
        or is_record(value[start:])
        or _opens_with_name(document, entry, bullet, start)
    ):
        return
    lead = re.match(r"[\W_]*", value[start:])
    position = start + (lead.end() if lead else 0)
    found = _TOKEN.finditer(value, position)
    tokens = list(islice(found, _READ_AHEAD))  # read on only as far as the words looked at
    if not tokens or tokens[0].start() != position:
        return
    index = 0
    while True:
        if len(tokens) < index + 3:  # a verb is read with the two words after it
            tokens.extend(islice(found, _READ_AHEAD))
        if index >= len(tokens):
            return
        token = tokens[index]
        word = token.group()
        if word in _JOINERS or (word.isupper() and len(word) > 1):
            return
        after_token = value[token.end() : token.end() + 1]
        if after_token and (after_token in ":/(_" or after_token.isalnum()):
            return  # a label, or part of a longer word ("Leap4Life", "Implementé", "[cite_start]")
        verb = analyse(word)
        if verb is None:
            return
        joined = index > 0  # after "and" that follows a verb: a verb too ("Maintain and update")
        if not _reads_as_verb(tokens, index, verb, joined):
            return
        yield token, verb
        after = index + 1
        if after < len(tokens) and tokens[after].group() in _JOINERS:
            after += 1
            if after < len(tokens) and tokens[after].group() == "and":
                after += 1
            index = after
            continue
        return


def _names_listed(value: str) -> bool:
    """A list of names that opens with a one-word name ("Hibernate, Spring, Kafka"), not "Develop X, Y, etc."."""
    return is_list(value) and " " not in re.split(r"[,;+|、，]", value.strip(), maxsplit=1)[0].strip()


def _opens_with_name(document: Document, entry: Entry, bullet: Bullet, start: int) -> bool:
    """True when the bullet (after its label, from ``start``) opens with a quoted or italic title, or with the
    organisation's name."""
    value = bullet.text.value[start:].lstrip()
    if value[:1] in _QUOTES:
        return True
    organisation = entry.organisation.value.strip() if entry.organisation else ""
    if organisation and value.lower().startswith(organisation.lower()):
        return True
    words = re.search(r"[A-Za-z]", value)
    if words is None:
        return False
    first = bullet.text.source_start(value.index(words.group()) + len(bullet.text.value) - len(value))
    after_label = bullet.text.source_start(start - 1) if start else bullet.marker.end
    prefix = document.source[after_label:first]
    return bool(_ITALIC_MACRO.search(prefix)) or any(c in prefix.replace("**", "").replace("__", "") for c in "*_")


def _reads_as_verb(tokens: list[re.Match[str]], index: int, verb: VerbForm, joined: bool) -> bool:
    """Whether the word at ``tokens[index]`` is a verb here, from the words around it.

    A word that is also a noun heads a noun phrase before a capitalised common noun or two capitalised
    words ("Service Providers", "Lead Database Consultant"). One whose lemma WordNet's tagged text uses
    mostly as a noun ("Images", "Tools") is a verb only with an object after it; as an -ing word it is a
    noun before a preposition ("Messaging between services"). A word joined by "and" to a verb before it
    is a verb ("Maintain and update"). One used mostly as a verb ("Lead", "Update") is a verb
    before any word but "and", a preposition, a person or an -ing word ("Design and development",
    "Lead of", "Lead engineer", "Query tuning"), after which it needs an object to be one.
    """
    following = tokens[index + 1].group() if index + 1 < len(tokens) else ""
    then = tokens[index + 2].group() if index + 2 < len(tokens) else ""
    nounish = verb.noun_too or verb.reading == "noun"
    titled = _capitalised(following) and following.lower() not in object_starters()
    if nounish and titled and (_names_a_thing(following) or _capitalised(then)):
        return False
    if verb.reading == "noun" and verb.form != "gerund":
        return _object_follows(tokens, index)
    if verb.reading == "noun" and following.lower() in prepositions():
        return False
    if joined:
        return True
    if verb.noun_too and verb.form == "base" and verb.reading == "verb":
        if following.lower() in (*prepositions(), "and", "&") or is_person_noun(following) or _gerund(following):
            return _object_follows(tokens, index)
        return following[:1].isalpha()
    if verb.noun_too and verb.form in ("base", "gerund"):
        return _object_follows(tokens, index)
    # "Articles covering SwiftUI": a plural noun, described by the verb after it
    return not (verb.noun_too and verb.form == "third-person" and _gerund_follows(tokens, index))


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and word[1:].islower()


def _gerund(word: str) -> bool:
    verb = analyse(word) if word else None
    return verb is not None and verb.form == "gerund"


def _names_a_thing(word: str) -> bool:
    """True for a common noun ("Providers", "Developer", "Patterns"), not a product ("Kubernetes")."""
    if is_plural_noun(word) or is_person_noun(word):
        return True
    verb = analyse(word)
    return verb is not None and (verb.noun_too or verb.reading == "noun")


def _object_follows(tokens: list[re.Match[str]], index: int) -> bool:
    """True when the words after ``tokens[index]`` make it read as a verb ("Design and build", "Lead a")."""
    following = tokens[index + 1].group().lower() if index + 1 < len(tokens) else ""
    if following in ("and", "&"):
        after = tokens[index + 2].group() if index + 2 < len(tokens) else ""
        verb = analyse(after) if after else None
        return verb is not None and verb.form != "gerund"
    return following in object_starters() or (bool(following) and is_plural_noun(following))


def _gerund_follows(tokens: list[re.Match[str]], index: int) -> bool:
    return index + 1 < len(tokens) and _gerund(tokens[index + 1].group())


_PRODUCT = re.compile(r"^\W*an?\s+(?:[\w.+-]+\s+){0,4}?(?:that|which|to)\s", re.IGNORECASE)


def _describes_a_product(entry: Entry) -> bool:
    """True when a bullet of the entry names the thing made ("An iOS app that …", "A Chrome extension to …"):
    the present tense of the bullets beside it then tells what the product does, not what the writer did."""
    return any(_PRODUCT.match(bullet.text.value) for bullet in entry.bullets)


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
        product = _describes_a_product(entry)
        for bullet in entry.bullets:
            if not is_latin(bullet.text.value):
                continue  # "Excel 기반 …": an English word opening a sentence in another language
            for token, verb in _opening_verbs(document, entry, bullet):
                word = token.group()
                if ended or current_policy == "past":
                    if verb.form == "past" or verb.past == word.lower() or product:
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
