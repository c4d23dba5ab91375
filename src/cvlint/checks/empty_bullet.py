"""empty-bullet: a bullet marker with nothing after it (and, in LaTeX, an entry macro with empty arguments)."""

from __future__ import annotations

from collections.abc import Iterator

from cvlint.lazy_pattern import lazy_compile
from cvlint.model.dates import find_date_ranges, find_dates
from cvlint.model.document import Document, Line
from cvlint.model.findings import Finding, Fix
from cvlint.rule.context import RuleContext
from cvlint.text.edits import delete_line, line_at

_MARKER = lazy_compile(r"^[-–—•*·▪◦]\s+")
_EMPTY_ARGUMENTS = lazy_compile(r"\\(?P<name>[A-Za-z]+)(?P<args>(?:\s*\{\s*\})+)[ \t]*(?:%.*)?$")


def _empty_entries(document: Document, context: RuleContext) -> Iterator[Finding]:
    """LaTeX entry macros whose arguments are all empty (``\\cventry{}{}{}{}{}{}``)."""
    for _, entry in document.entries():
        if entry.title or entry.organisation or entry.location or entry.dates or entry.bullets or entry.paragraphs:
            continue
        line = line_at(document, entry.span.start)
        macro = document.source.rfind("\\", line.span.start, entry.span.start + 1)
        found = _EMPTY_ARGUMENTS.match(document.source, macro, line.span.end) if macro >= 0 else None
        if found is None:
            continue
        alone = not document.source[line.span.start : macro].strip()
        deletion = delete_line(document, line) if alone else None
        # With a fix, the finding names the line it deletes (with its line ending); without one, the macro.
        yield context.finding(
            line.span.start if deletion else macro,
            line.span.end if deletion else found.end("args"),
            f"empty entry: '\\{found['name']}' has no text in any of its arguments",
            "fill in the role, or delete the entry",
            Fix("safe", (deletion,)) if deletion else None,
            context=line.text.strip(),
        )


def _joins_dates(document: Document, line: Line) -> bool:
    """True for a lone dash between a line that ends with a date and one that starts with a date or an
    ongoing word: a date range split over lines (``June 2000`` / ``-`` / ``October 2001``), as text
    exports of PDFs write it. It is the range's separator, not an empty bullet, however the range is read."""
    if line.text.strip() not in ("-", "–", "—"):
        return False
    index = line.number - 1
    before = next((ln for ln in reversed(document.lines[:index]) if ln.text.strip()), None)
    after = next((ln for ln in document.lines[index + 1 :] if ln.text.strip()), None)
    if before is None or after is None:
        return False
    ends = find_dates(before.text.rstrip())
    if not ends or ends[-1].end != len(before.text.rstrip()):
        return False
    joined = f"{ends[-1].text} - {_MARKER.sub('', after.text.strip())}"
    return any(r.start == 0 and r.end > len(ends[-1].text) + 3 for r in find_date_ranges(joined))


def check(document: Document, context: RuleContext) -> Iterator[Finding]:
    """Report bullets whose text is empty; the fix deletes the line unless sub-bullets hang from it."""
    if document.format == "latex":
        yield from _empty_entries(document, context)
    bullets = list(document.bullets())
    for index, bullet in enumerate(bullets):
        if bullet.text.value.strip():
            continue
        line = line_at(document, bullet.marker.start)
        if _joins_dates(document, line):
            continue
        rest = document.source[bullet.marker.end : line.span.end].strip()
        if rest and document.format == "markdown":
            continue  # more on the line than the parser read into the item (nesting limits): not empty
        before = document.source[line.span.start : bullet.marker.start].strip()
        alone = not rest and not (before and document.format == "latex")  # `\begin{itemize}\item \end{itemize}`
        following = bullets[index + 1] if index + 1 < len(bullets) else None
        has_children = following is not None and following.level > bullet.level
        fix = None
        span = bullet.marker
        if alone and not has_children and document.line_fixes:
            deletion = delete_line(document, line)
            fix = Fix("safe", (deletion,))
            span = line.span  # the finding names the line its fix deletes (with its line ending)
        suggestion = "write the point this bullet was meant to make, or delete the line"
        if has_children:
            suggestion = "give this bullet a label for the sub-bullets under it, or indent them one level less"
        message = f"empty bullet: the marker '{bullet.marker_text}' has no text after it"
        if document.format == "json":
            message, suggestion = "empty list item: the string has no text", "write the point, or remove the item"
        yield context.finding(
            span.start,
            span.end,
            message,
            suggestion,
            fix,
            context=line.text.strip(),
        )
