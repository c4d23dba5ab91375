"""bullet-punctuation: some bullets end with a period and others do not."""

from __future__ import annotations

from collections.abc import Iterator

from cvlint.bullets import achievement_bullets
from cvlint.engine import RuleContext
from cvlint.findings import Finding, Fix
from cvlint.model import Bullet, Document
from cvlint.textedit import end_after_markup


def _ending(bullet: Bullet) -> str | None:
    value = bullet.text.value.rstrip()
    if value.endswith(".") and not value.endswith(".."):
        return "period"
    if value[-1].isalnum() or value[-1] in ")%":
        return "none"
    return None


def check(document: Document, context: RuleContext) -> Iterator[Finding]:
    """Report bullets against the majority ending; the fix adds or removes the final period."""
    bullets = [b for section in document.sections for b in achievement_bullets(section, context.options["min-words"])]
    endings = [(bullet, _ending(bullet)) for bullet in bullets]
    counted = [(bullet, ending) for bullet, ending in endings if ending is not None]
    periods = sum(1 for _, ending in counted if ending == "period")
    bare = len(counted) - periods
    if not periods or not bare or periods == bare or len(counted) < 3:
        return
    majority = "period" if periods > bare else "none"
    for bullet, ending in counted:
        if ending == majority:
            continue
        text = bullet.text
        value = text.value.rstrip()
        if majority == "period":
            end = end_after_markup(document, text, len(value))
            fix = Fix.replace(end, end, ".") if end is not None else None
            message = f"bullet ends without a period; {periods} of {len(counted)} bullets end with one"
            suggestion = "end it with a period, like the others"
        else:
            span = text.source_span(len(value) - 1, len(value))
            fix = Fix.replace(span.start, span.end, "")
            message = f"bullet ends with a period; {bare} of {len(counted)} bullets end without one"
            suggestion = "drop the final period, like the others"
        last = text.source_span(len(value) - 1, len(value))
        yield context.finding(last.start, last.end, message, suggestion, fix, context=value)
