"""The readers: turning a file into a ``Document``, namely reading and decoding its bytes (``read_files``),
extracting a DOCX's or PDF's text, following a LaTeX project's inputs, then one reader per format and
template family. This package chooses the format and kind, then parses. It imports only the text
layer, the model and the foundation; the engine and the application import it, no check does."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import PurePath

from cvlint.lazy_pattern import lazy_compile
from cvlint.model.document import DataField, DataKey, Document, DocumentKind, Section, Text
from cvlint.model.lines import LineIndex

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd", ".mkdn"})
TEXT_SUFFIXES = frozenset({".txt", ".text"})
LATEX_SUFFIXES = frozenset({".tex", ".latex"})
YAML_SUFFIXES = frozenset({".yaml", ".yml"})
SUPPORTED_SUFFIXES = MARKDOWN_SUFFIXES | TEXT_SUFFIXES | LATEX_SUFFIXES
"""File name endings that ``cvlint check DIR`` picks up."""
_RESUME_NAME = lazy_compile(r"(?:resume|résumé|cv|curriculum|vitae)", re.IGNORECASE)


class DocumentError(ValueError):
    """A file whose content cannot be read in its format (invalid JSON); the message is one line."""


def is_supported(name: str) -> bool:
    """True for a file ``cvlint check DIR`` lints: Markdown and text, and JSON named like a résumé."""
    suffix = PurePath(name).suffix.lower()
    data = suffix == ".json" or suffix in YAML_SUFFIXES
    return suffix in SUPPORTED_SUFFIXES or (data and bool(_RESUME_NAME.search(name)))


_COVER_NAME = re.compile(
    r"cover[\W_]*letter|motivation[\W_]*letter|anschreiben|lettre[\W_]*de[\W_]*motivation", re.IGNORECASE
)
_SALUTATION = lazy_compile(
    r"^[^\w\n]*(?:\\opening\s*\{)?(?:dear|hi|hello|to whom it may concern)\b[^\n]{0,60}[,:!]\}?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
"""A letter's salutation on a line of its own: "Dear Ms Rivera,", "Hi Rita,", ``\\opening{Dear Sir,}``."""
_CLOSING = lazy_compile(
    r"^[^\w\n]*(?:\\closing\s*\{)?(?:sincerely|yours (?:sincerely|faithfully|truly)|(?:kind|best|warm)(?:est)? regards"
    r"|regards|respectfully)\b[^\w\n]{0,3}\}?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
"""A letter's closing on a line of its own: "Sincerely,", "Kind regards", ``\\closing{Yours faithfully,}``."""
_RESUME_ROLES = frozenset({"experience", "education", "projects", "skills", "publications", "certifications"})
_DATED_RESUME_ROLES = frozenset({"experience", "education", "projects"})


def detect_format(path: str, source: str) -> str:
    """``markdown``, ``text`` or ``json``, from the file name and, for ``.txt``, the content."""
    suffix = PurePath(path).suffix.lower()
    if suffix in MARKDOWN_SUFFIXES:
        return "markdown"
    from cvlint.parse.jsonresume import looks_like_json_resume

    if suffix == ".json" or looks_like_json_resume(source):
        return "json"
    if suffix in YAML_SUFFIXES:
        return "yaml"
    from cvlint.parse.latex import looks_like_latex

    if suffix in LATEX_SUFFIXES or looks_like_latex(source):
        return "latex"
    from cvlint.parse.plaintext import looks_like_markdown

    return "markdown" if looks_like_markdown(source) else "text"


def detect_kind(path: str, source: str, sections: Sequence[Section] = ()) -> DocumentKind:
    """What the document is: ``cover-letter`` when its file name says so, or when it does not read as a
    résumé (sections of one, entries with dates) but as a letter (a salutation or a closing) or its opening
    lines call it a cover letter; else ``resume``. A résumé that links to its cover letter stays a résumé."""
    if _COVER_NAME.search(PurePath(path).name):
        return "cover-letter"
    if _reads_as_resume(sections):
        return "resume"
    if _SALUTATION.search(source) or _CLOSING.search(source) or _COVER_NAME.search(source[:600]):
        return "cover-letter"
    return "resume"


def _reads_as_resume(sections: Sequence[Section]) -> bool:
    """True when the sections are a résumé's: dated roles, degrees or projects, or two résumé sections."""
    dated = any(s.role in _DATED_RESUME_ROLES and any(e.dates for e in s.entries) for s in sections)
    return dated or len({s.role for s in sections} & _RESUME_ROLES) >= 2


def parse(
    source: str,
    path: str = "resume.md",
    kind: DocumentKind | None = None,
    encoding: str = "utf-8",
    plain: bool = False,
    fmt: str | None = None,
) -> Document:
    """Parse ``source`` (already decoded) into the résumé model; ``plain`` forces plain text (a ``.txt``
    that looked like JSON but is not valid JSON), ``fmt`` a format (text taken out of DOCX or PDF)."""
    fmt = "text" if plain else fmt or detect_format(path, source)
    escape: Callable[[str], str] | None = None
    keys: tuple[DataKey, ...] = ()
    fields: tuple[DataField, ...] = ()
    contact: tuple[Text, ...] = ()
    if fmt == "json":
        from cvlint.parse import jsonresume
        from cvlint.text.json_tree import JsonError

        try:
            lines, title, sections, json_keys, json_fields = jsonresume.read_json_resume(source)
        except JsonError as error:
            if PurePath(path).suffix.lower() == ".json":
                raise DocumentError(str(error)) from error
            return parse(source, path, kind, encoding, plain=True)
        escape, keys, fields = jsonresume.escape, tuple(json_keys), tuple(json_fields)
    elif fmt == "yaml":
        from cvlint.parse import yaml_resume

        try:
            lines, title, sections, yaml_keys = yaml_resume.read_yaml(source)
        except yaml_resume.YamlError as error:
            raise DocumentError(str(error)) from error
        escape, keys = yaml_resume.escape, tuple(yaml_keys)
    else:
        if fmt == "latex":
            from cvlint.parse.latex import escape as latex_escape
            from cvlint.parse.latex import read_latex

            reading = read_latex(source)
            lines, items, contact = reading.lines, reading.items, reading.contact
            escape = latex_escape
        elif fmt == "markdown":
            from cvlint.parse.markdown import read_markdown

            lines, items, plain_page = read_markdown(source)
            fmt = "text" if plain_page else fmt  # a plain-text résumé in a ```text fence: its text is plain
        else:
            from cvlint.parse.plaintext import read_plaintext

            lines, items = read_plaintext(source)
        from cvlint.parse.structure import assemble  # not at the top: parse.read_files runs this package

        title, sections = assemble(items, len(source))
    document = Document(
        source=source,
        path=path,
        format=fmt,
        kind=kind or detect_kind(path, source, sections),
        lines=lines,
        line_index=LineIndex(source),
        title=title,
        sections=sections,
        encoding=encoding,
        keys=keys,
        fields=fields,
        contact=contact,
    )
    if escape is not None:
        document.escape = escape
    return document
