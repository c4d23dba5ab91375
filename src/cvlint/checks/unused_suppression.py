"""unused-suppression: suppression comments that name no rule, or that turned no finding off (ruff's RUF100)."""

from __future__ import annotations

from cvlint.model.document import Document
from cvlint.model.findings import Finding, Fix
from cvlint.rule.context import RuleContext
from cvlint.rule.suppression import ALL, Directive
from cvlint.text.edits import delete_line, line_at
from cvlint.text.suggest import did_you_mean


def _deletion(document: Document, directive: Directive) -> Fix | None:
    """Deleting the comment's line, when the comment stands alone on it and opens no range."""
    if directive.verb not in ("disable-next-line", "disable-file"):
        return None
    line = line_at(document, directive.start)
    if (
        document.source[line.span.start : directive.start].strip()
        or document.source[directive.end : line.span.end].strip()
    ):
        return None
    return Fix("safe", (delete_line(document, line),))


def check(document: Document, context: RuleContext) -> list[Finding]:
    """Findings for names that are not rules, and for names (or bare comments) that suppressed nothing.

    A name is only judged unused when its rule ran on this document, so ``--select`` and rules for
    other formats do not make a comment look stale. A list, not a generator: it must be read before the
    engine applies suppressions to these findings in turn.
    """
    suppressions = context.suppressions
    if suppressions is None:
        return []
    found: list[Finding] = []
    for directive in suppressions.directives:
        if directive.verb == "enable":
            continue
        whole = len(directive.names) <= 1
        for name, start, end in directive.names:
            if name not in context.known_rules:
                hint = did_you_mean(name, context.known_rules)
                found.append(
                    context.finding(start, end, f"'{name}' names no rule{hint}", "name a rule from 'cvlint rules'")
                )
            elif name in context.ran and name not in directive.used:
                found.append(
                    context.finding(
                        start,
                        end,
                        f"'{name}' suppresses nothing: no {name} finding is turned off here",
                        "remove the name from the comment (or the comment)",
                        _deletion(document, directive) if whole else None,
                    )
                )
        if not directive.names and ALL not in directive.used:
            found.append(
                context.finding(
                    directive.start,
                    directive.end,
                    f"'cvlint-{directive.verb}' suppresses nothing: no finding is turned off here",
                    "remove the comment",
                    _deletion(document, directive),
                )
            )
    return found
