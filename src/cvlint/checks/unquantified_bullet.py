"""unquantified-bullet: achievement bullets that give no measure of scope or result."""

from __future__ import annotations

from collections.abc import Iterator

from cvlint.model.document import Bullet, Document, Section
from cvlint.model.findings import Finding
from cvlint.rule.context import RuleContext
from cvlint.text.bullets import achievement_bullets, is_latin
from cvlint.text.quantity import is_quantified

SUGGESTION = (
    "add a number you can stand behind: how many (users, services, people), how much (%, money, time saved), "
    "how big (requests/s, data size) or how fast (latency, lead time)"
)


def check(document: Document, context: RuleContext) -> Iterator[Finding]:
    """Report each unquantified achievement bullet, and once a low share of quantified bullets."""
    min_words: int = context.options["min-words"]
    checked = 0
    missing: list[Bullet] = []
    first_section: Section | None = None
    for section in document.sections:
        for bullet in achievement_bullets(section, min_words):
            if not is_latin(bullet.text.value):
                continue
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
