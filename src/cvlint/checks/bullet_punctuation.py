"""bullet-punctuation: some bullets of a list end with a period and others do not."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from cvlint.model.document import Bullet, Document
from cvlint.model.findings import Finding, Fix
from cvlint.rule.context import RuleContext
from cvlint.text.bullets import achievement_bullets
from cvlint.text.edits import end_after_markup
from cvlint.text.lists import bullet_lists, clear_majority, majority

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

    A list is judged on its achievement bullets. The fix follows a clear majority of three or more, and
    only when that majority holds for every bullet of the list with a known ending too, so fixing never
    makes a short bullet or a label line the odd one out; a tie or a list of two is reported without one.
    """
    min_words = context.options["min-words"]
    compared = {id(b) for section in document.sections for b in achievement_bullets(section, min_words)}
    lists = [[(bullet, _ending(document, bullet)) for bullet in items] for items in bullet_lists(document)]
    usual = Counter(ending for items in lists for b, ending in items if id(b) in compared and ending is not None)
    for endings in lists:
        yield from _check_list(document, context, endings, compared, usual)


def _check_list(
    document: Document,
    context: RuleContext,
    endings: list[tuple[Bullet, str | None]],
    compared: set[int],
    usual: Counter[str],
) -> Iterator[Finding]:
    """The findings of one list, given each of its bullets with its ending."""
    counted = [(bullet, ending) for bullet, ending in endings if ending is not None and id(bullet) in compared]
    kinds = [ending for _, ending in counted]
    if len(set(kinds)) < 2:
        return
    # A tie, or a list of two, is reported without a fix, naming the bullets unlike the document's usual ending.
    most, clear = majority(kinds, usual)
    fixable = clear and clear_majority([ending for _, ending in endings if ending is not None]) == most
    periods = sum(1 for _, ending in counted if ending == "period")
    bare = len(counted) - periods
    for bullet, ending in counted:
        if ending == most:
            continue
        text = bullet.text
        value = text.value.rstrip()
        if most == "period":
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
