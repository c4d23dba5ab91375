"""unknown-key: a key that the renderer does not read, one slip from one it does (``start_data``), or an older
version's name of one it does (JSON Resume 0.x ``company``)."""

from __future__ import annotations

import difflib
from collections.abc import Iterator

from cvlint.model.document import DataKey, Document
from cvlint.model.findings import Finding, Fix
from cvlint.rule.context import RuleContext


def check(document: Document, context: RuleContext) -> Iterator[Finding]:
    """Report keys close to a known key but not one of them; the unsafe fix renames the key."""
    for use in document.keys:
        if use.renamed is not None:
            if not use.renamed_taken:  # "company" beside "name": kept on purpose for 0.x themes; 1.0 lose nothing
                yield _renamed(use, context)
            continue
        if use.key in use.expected:
            continue
        close = difflib.get_close_matches(use.key, sorted(use.expected), n=1, cutoff=0.75)
        if not close:
            continue  # a key of its own, far from any known one: custom data, not a typo
        yield context.finding(
            use.span.start,
            use.span.end,
            f"'{use.key}' is not a key {use.reader} reads: it is ignored, and its value left out of the résumé",
            f"did you mean '{close[0]}'?",
            Fix.replace(use.span.start, use.span.end, close[0], "unsafe"),
            context=use.key,
        )


def _renamed(use: DataKey, context: RuleContext) -> Finding:
    """An older version's key (JSON Resume 0.x ``company``): themes made for the current one leave it out."""
    new = use.renamed or ""
    return context.finding(
        use.span.start,
        use.span.end,
        f"'{use.key}' is the {use.reader} 0.x name of '{new}': themes made for {use.reader} 1.0 leave it out",
        f"rename it '{new}'",
        Fix.replace(use.span.start, use.span.end, new, "unsafe"),
        context=use.key,
    )
