"""What a run produces for one file, as every output format and gate reads it."""

from __future__ import annotations

from dataclasses import dataclass, field

from cvlint.model.findings import Finding


@dataclass(slots=True)
class FileReport:
    """The outcome for one file: findings left, fixes applied, or the reason it could not be read."""

    path: str
    findings: list[Finding] = field(default_factory=list)
    error: str | None = None
    fixed: int = 0
    diff: str = ""
    output: bytes | None = None
    """With ``--fix`` on standard input: the fixed bytes to print."""
    known: list[Finding] = field(default_factory=list)
    """Findings accepted by the baseline or already present at the ``--since`` revision."""
    score: int | None = None
    previous_score: int | None = None
    """The score at the ``--since`` revision (None when the file did not exist there)."""
    notice: str | None = None
    """A remark for stderr that is not an error (a DOCX or PDF left as it is by --fix)."""
    text: str | None = None
    """The text the findings' offsets point into (after fixes; a DOCX's or PDF's extracted text)."""
    fixes: tuple[tuple[str, str, int], ...] = ()
    """``(code, rule, count)`` of the fixes applied."""
    seconds: float = 0.0
    """How long reading, linting and fixing the file took."""


def printable(name: str) -> str:
    """``name`` as every output format can write it: bytes of a file name that no encoding decoded
    (held as lone surrogates) become U+FFFD."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return "".join("\ufffd" if "\ud800" <= char <= "\udfff" else char for char in name)
    return name
