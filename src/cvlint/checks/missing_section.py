"""missing-section: a résumé without an experience section (or, as info, without education)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from cvlint.model.dates import find_date_ranges
from cvlint.model.document import Document
from cvlint.model.findings import Finding
from cvlint.rule.context import RuleContext

_TRAINING = re.compile(r"\b(?:courses?|coursework|training)\b", re.IGNORECASE)
"""A section of courses or training is the education the rule asks for ("your degrees or training")."""


def check(document: Document, context: RuleContext) -> Iterator[Finding]:
    """Report missing experience and education sections, recognised by their many usual names."""
    if document.mostly_verbatim():
        return  # a résumé kept in a code block or built from HTML: its sections cannot be read
    roles = {section.role for section in document.sections}
    end = document.lines[0].span.end if document.lines else 0
    dated_roles = sum(1 for s, e in document.entries() if e.dates is not None and s.role != "education")
    dated_headings = sum(1 for s in document.sections if s.heading and find_date_ranges(s.heading.text.value))
    if "experience" not in roles and "projects" not in roles and dated_roles + dated_headings < 2:
        yield context.finding(
            0,
            end,
            "no experience section (looked for headings such as 'Experience', 'Work History', 'Employment')",
            "add a section for your roles; if it has one, give it a heading readers and parsers recognise",
            context="experience",
        )
    training = any(s.heading and _TRAINING.search(s.heading.text.value) for s in document.sections)
    if "education" not in roles and not training and context.options["require-education"]:
        yield context.finding(
            0,
            end,
            "no education section (looked for headings such as 'Education', 'Academic Background')",
            "add your degrees or training, even briefly, under an 'Education' heading",
            context="education",
            default_severity="info",
        )
