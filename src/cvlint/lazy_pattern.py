"""Patterns compiled when first used, for the many a run may never need.

Python compiles a regular expression in Python, and a module's patterns are compiled when it is imported:
an HTML block's in every Markdown file, a LaTeX macro's in every plain-text one. A lazy pattern is
compiled the first time one of its methods or attributes is asked for; from then on those are the compiled
pattern's own, held by the lazy one, so using it costs what using the compiled pattern does. It is not an
``re.Pattern``: give it to no function of ``re`` (call its methods instead).
"""

from __future__ import annotations

import re
from typing import Any, cast

_ATTRIBUTES = (
    "search",
    "match",
    "fullmatch",
    "finditer",
    "findall",
    "sub",
    "subn",
    "split",
    "scanner",
    "flags",
    "groups",
    "groupindex",
)


class _LazyPattern:
    """``re.compile(pattern, flags)`` made on first use."""

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern
        self._flags = flags

    def __getattr__(self, name: str) -> Any:
        # Called only for what the instance does not hold yet: compile, and hold the compiled pattern's own.
        if name.startswith("__"):
            raise AttributeError(name)
        compiled = re.compile(self.pattern, self._flags)
        for attribute in _ATTRIBUTES:
            setattr(self, attribute, getattr(compiled, attribute))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy_compile({self.pattern!r}, {self._flags})"


def lazy_compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A pattern that behaves as ``re.compile(pattern, flags)`` and is compiled when first used."""
    return cast("re.Pattern[str]", _LazyPattern(pattern, flags))
