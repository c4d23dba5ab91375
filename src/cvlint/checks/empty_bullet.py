"""empty-bullet: a bullet marker with nothing after it."""

from __future__ import annotations

from collections.abc import Iterator

from cvlint.engine import RuleContext
from cvlint.findings import Finding, Fix
from cvlint.model import Document
from cvlint.textedit import delete_line, line_at


def check(document: Document, context: RuleContext) -> Iterator[Finding]:
    """Report bullets whose text is empty; the fix deletes the line unless sub-bullets hang from it."""
    bullets = list(document.bullets())
    for index, bullet in enumerate(bullets):
        if bullet.text.value.strip():
            continue
        line = line_at(document, bullet.marker.start)
        if document.line_fixes and document.source[bullet.marker.end : line.span.end].strip():
            continue  # more on the line than the parser read into the item (nesting limits): not empty
        following = bullets[index + 1] if index + 1 < len(bullets) else None
        has_children = following is not None and following.level > bullet.level
        fix = None if has_children or not document.line_fixes else Fix("safe", (delete_line(document, line),))
        suggestion = "write the point this bullet was meant to make, or delete the line"
        if has_children:
            suggestion = "give this bullet a label for the sub-bullets under it, or indent them one level less"
        message = f"empty bullet: the marker '{bullet.marker_text}' has no text after it"
        if document.format == "json":
            message, suggestion = "empty list item: the string has no text", "write the point, or remove the item"
        yield context.finding(
            bullet.marker.start,
            bullet.marker.end,
            message,
            suggestion,
            fix,
            context=line.text.strip(),
        )
