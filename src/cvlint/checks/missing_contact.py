"""missing-contact: no e-mail or phone near the top of a résumé; malformed addresses anywhere."""

from __future__ import annotations

import re
from collections.abc import Iterator

from cvlint.model.document import Document
from cvlint.model.findings import Finding
from cvlint.rule.context import RuleContext
from cvlint.text.prose import line_matches

EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}")
"""An e-mail address; it starts only where a word starts, so a long run of letters is scanned once."""
_EMAIL_LIKE = re.compile(r"(?<![\w.+@/:-])[\w.+-]+@[\w.,-]*[\w,](?![\w@])")
_PHONE = re.compile(
    r"(?:\+|\(\d{2,4}\)|\b\d{3}[ .-]\d)[\d\s().-]{5,}\d|\btel:|\b(?:phone|mobile|tel|cell)\s*[:.]", re.IGNORECASE
)
_PHONE_INTERNATIONAL = re.compile(r"\+(?<![\w+]\+)\d[\d \t().-]{3,}\d(?![\w-])")


def _malformed_email(candidate: str) -> bool:
    local, _, domain = candidate.partition("@")
    if not local or re.fullmatch(r"[\d.]+", domain):
        return False  # "package@1.2.3" is a version, not an address
    match = EMAIL.match(candidate)
    whole = match is not None and match.end() == len(candidate)
    return ".." in candidate or local.startswith(".") or local.endswith(".") or not whole


def check(document: Document, context: RuleContext) -> Iterator[Finding]:
    """Report a missing e-mail and phone near the top (or in a data file's header keys, wherever they stand),
    and malformed e-mails and phone numbers."""
    top: int = context.options["top-lines"]
    prose = [line.text for line in document.prose_lines() if line.text.strip()]
    header = [
        p.text.value for s in document.sections if s.role == "contact" and s.heading is None for p in s.paragraphs
    ]
    head = "\n".join(prose[:top] + [text.value for text in document.contact] + header)
    if "&" in head and document.format in ("markdown", "text"):
        import html  # with its large table of entities: only for a text that may hold one

        head = html.unescape(head)  # "me&#64;example.org" is an address to whoever reads the page
    site_page = bool(document.lines) and document.lines[0].verbatim and document.lines[0].text.startswith("---")
    if (
        not site_page
        and not document.mostly_verbatim()
        and not EMAIL.search(head)
        and not _PHONE.search(head)
        and "mailto:" not in head
    ):
        end = document.lines[0].span.end if document.lines else 0
        yield context.finding(
            0,
            end,
            f"no e-mail address or phone number in the first {top} lines",
            "put an e-mail address (and a phone number) under your name",
            context="contact",
        )
    lines = list(document.prose_lines())
    for line, match, start in line_matches(document, _EMAIL_LIKE, "@", lines):
        candidate = match.group().rstrip(".,")
        if "://" in line.text[max(0, match.start() - 40) : match.start()] or not _malformed_email(candidate):
            continue
        yield context.finding(
            start,
            start + len(candidate),
            f"'{candidate}' is not a valid e-mail address",
            "check the part after '@': it needs a domain such as example.org",
            context=candidate,
        )
    for _, match, start in line_matches(document, _PHONE_INTERNATIONAL, "+", lines):
        digits = sum(char.isdigit() for char in match.group())
        if 7 <= digits <= 15:
            continue
        yield context.finding(
            start,
            start + len(match.group()),
            f"'{match.group()}' has {digits} digits; an international phone number has 7 to 15",
            "check the number for missing or extra digits",
            context=match.group(),
        )
