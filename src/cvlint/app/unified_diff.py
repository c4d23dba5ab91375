"""Unified diffs of fixes that ``patch`` and ``git apply`` take as they are."""

from __future__ import annotations

_NO_NEWLINE = "\\ No newline at end of file\n"


def _lines(text: str) -> list[str]:
    """The lines of ``text`` as a patch counts them: each ends at a line feed (a carriage return or a
    form feed is part of its line), and the last may have no ending."""
    lines = [line + "\n" for line in text.split("\n")]
    lines[-1] = lines[-1][:-1]
    return lines if lines[-1] else lines[:-1]


def unified_diff(before: str, after: str, name: str) -> str:
    """The change from ``before`` to ``after`` of the file ``name``, as ``a/name`` and ``b/name``."""
    import difflib  # only --diff needs it

    out: list[str] = []
    for line in difflib.unified_diff(_lines(before), _lines(after), fromfile=f"a/{name}", tofile=f"b/{name}"):
        out.append(line if line.endswith("\n") else f"{line}\n{_NO_NEWLINE}")
    return "".join(out)
