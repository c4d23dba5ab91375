"""broken-link: a relative link or image whose target is missing, or a URL that is malformed.

Nothing is fetched: remote URLs are only checked for shape.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import chain
from pathlib import Path
from urllib.parse import unquote

from cvlint.model.document import Document
from cvlint.model.findings import Finding
from cvlint.rule.context import RuleContext
from cvlint.rule.outside import path_exists
from cvlint.rule.repository import boundary, path_inside, repository_root
from cvlint.text.images import images
from cvlint.text.links import links, placeholder

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
_MALFORMED = re.compile(
    r"^(?:htp|htps|hhtp|htttp|http:/[^/]|https:/[^/]|https?//|https?:///|https?:\\\\)", re.IGNORECASE
)


def check(document: Document, context: RuleContext) -> Iterator[Finding]:
    """Report relative targets that do not exist beside the file, and malformed URLs.

    A target is looked for only inside the repository (the git work tree above the file, or the file's
    folder when there is none): one that leads outside is reported as such, never as present or missing.
    Nothing is looked for when the settings say no file beside the document may be read (the Python API).
    """
    beside = context.files_beside and document.path not in ("-", "stdin.md")
    base = Path(document.path).parent if beside else None
    for start, end, target in chain(links(document), images(document)):
        clean = target.strip()
        if not clean or placeholder(clean):
            continue
        if _MALFORMED.match(clean):
            yield context.finding(
                start, end, f"'{clean}' is not a well-formed URL", "write it as https://…", context=clean
            )
            continue
        if _SCHEME.match(clean) or clean.startswith(("#", "/", "//", "{")) or base is None:
            continue
        relative = unquote(clean.split("#", 1)[0].split("?", 1)[0])
        if not relative:
            continue
        found = path_inside(boundary(base).resolve(), base.resolve(), relative)
        if found is None:
            where = "the repository" if repository_root(base) else f"the folder of {Path(document.path).name}"
            yield context.finding(
                start,
                end,
                f"'{relative}' points outside {where}, where cvlint does not look",
                "link to a file inside it, or give a full URL",
                context=relative,
            )
        elif not path_exists(found):
            yield context.finding(
                start,
                end,
                f"'{relative}' does not exist next to {Path(document.path).name}",
                "fix the path, or add the file",
                context=relative,
            )
