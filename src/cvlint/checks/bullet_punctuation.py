"""bullet-punctuation: some bullets of a list end with a period and others do not."""

from __future__ import annotations

import re
from collections.abc import Iterator

from cvlint.bullets import achievement_bullets
from cvlint.engine import RuleContext
from cvlint.findings import Finding, Fix
from cvlint.lists import bullet_lists, clear_majority
from cvlint.model import Bullet, Document
from cvlint.textedit import end_after_markup

_URL_AT_END = re.compile(r"(?:https?://|www\.)\S+$")
_ONLY_A_LINK = re.compile(r"[*_]*(?:\[[^\]]*\]\([^)]*\)|\\href\{[^}]*\}\{[^}]*\}|<[^>]+>)[*_]*")


def _ending(document: Document, bullet: Bullet) -> str | None:
    """``period``, ``none``, or None for an ending that is not compared: other punctuation, a URL (a
    period after it would read as part of it), or a bullet that is only a link (a title, not a sentence)."""
    value = bullet.text.value.rstrip()
    if not value or _URL_AT_END.search(value):
        return None
    if _ONLY_A_LINK.fullmatch(document.source[bullet.marker.end : bullet.span.end].strip()):
        return None
    if value.endswith(".") and not value.endswith(".."):
        return "period"
    if value[-1].isalnum() or value[-1] in ")%":
        return "none"
    return None


def check(document: Document, context: RuleContext) -> Iterator[Finding]:
    """Report bullets against the majority ending of their list; the fix adds or removes the final period.

    A list is judged on its achievement bullets, three or more of them, with a clear majority (a tie is
    not reported). The fix is offered only when that majority holds for every bullet of the list with a
    known ending too, so fixing never makes a short bullet or a label line the odd one out.
    """
    min_words = context.options["min-words"]
    compared = {id(b) for section in document.sections for b in achievement_bullets(section, min_words)}
    for bullets in bullet_lists(document):
        yield from _check_list(document, context, bullets, compared)


def _check_list(
    document: Document, context: RuleContext, bullets: list[Bullet], compared: set[int]
) -> Iterator[Finding]:
    endings = [(bullet, _ending(document, bullet)) for bullet in bullets]
    counted = [(bullet, ending) for bullet, ending in endings if ending is not None and id(bullet) in compared]
    majority = clear_majority([ending for _, ending in counted])
    if majority is None or all(ending == majority for _, ending in counted):
        return
    fixable = clear_majority([ending for _, ending in endings if ending is not None]) == majority
    periods = sum(1 for _, ending in counted if ending == "period")
    bare = len(counted) - periods
    for bullet, ending in counted:
        if ending == majority:
            continue
        text = bullet.text
        value = text.value.rstrip()
        if majority == "period":
            end = end_after_markup(document, text, len(value))
            fix = Fix.replace(end, end, ".") if end is not None and fixable else None
            message = f"bullet ends without a period; {periods} of the {len(counted)} bullets of its list end with one"
            suggestion = "end it with a period, like the others"
        else:
            span = text.source_span(len(value) - 1, len(value))
            fix = Fix.replace(span.start, span.end, "") if fixable else None
            message = f"bullet ends with a period; {bare} of the {len(counted)} bullets of its list end without one"
            suggestion = "drop the final period, like the others"
        last = text.source_span(len(value) - 1, len(value))
        # The finding names the place its fix writes: a period added after closing markup (a link's
        # "](url)") lies past the last letter, so the span runs to it.
        finish = max(last.end, *(edit.end for edit in fix.edits)) if fix is not None else last.end
        yield context.finding(last.start, finish, message, suggestion, fix, context=value)
