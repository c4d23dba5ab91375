"""placeholder-link: links that point nowhere real (``#``, empty, example.com, ``TODO``, template paths)."""

from __future__ import annotations

from collections.abc import Iterator

from cvlint.model.document import Document
from cvlint.model.findings import Finding
from cvlint.rule.context import RuleContext
from cvlint.text.links import links, placeholder


def check(document: Document, context: RuleContext) -> Iterator[Finding]:
    """Report each placeholder link target."""
    for start, end, target in links(document):
        if not placeholder(target):
            continue
        shown = target or "an empty target"
        yield context.finding(
            start,
            end,
            f"link to {shown!r} is a placeholder" if target else "link has an empty target",
            "point the link at the real page, or remove the link",
            context=shown,
        )
