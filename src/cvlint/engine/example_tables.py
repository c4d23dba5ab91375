"""A rule's documented examples as its TOML holds them: the text, the options, and the findings each
``bad`` example pins."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from cvlint.engine.rule_files import CatalogueError, toml_table

_EXAMPLE_KEYS = frozenset(
    {"title", "bad", "good", "fixed", "format", "kind", "today", "options", "unsafe", "findings", "extend-select"}
)


@dataclass(frozen=True, slots=True)
class Pin:
    """A finding a ``bad`` example must give: where it starts, its message (or a part of it), its fix."""

    line: int
    column: int
    message: str
    fix: str | None = None
    """``safe`` or ``unsafe``: the applicability of the finding's fix; None when it has none."""

    def matches(self, line: int, column: int, message: str, fix: str | None) -> bool:
        """Whether a finding at ``line``, ``column`` with ``message`` and a fix of ``fix`` is this one."""
        return (self.line, self.column, self.fix) == (line, column, fix) and self.message in message


@dataclass(frozen=True, slots=True)
class Example:
    """A documented example, run as a test with only its rule selected: ``bad`` gives exactly the findings
    it pins (``findings``), ``good`` gives none, ``fixed`` is what ``--fix`` makes of ``bad``."""

    title: str
    bad: str | None
    good: str | None
    fixed: str | None
    format: str
    kind: str | None
    today: str | None
    options: dict[str, Any]
    unsafe: bool
    findings: tuple[Pin, ...] = ()
    extend_select: tuple[str, ...] = ()
    """Rules run besides the example's own (unused-suppression reads what their findings used); only the
    example's rule's findings are pinned and checked."""


@cache
def examples_from_toml(text: str, where: str) -> tuple[Example, ...]:
    data = toml_table(text, where)
    if set(data) - {"examples"}:
        raise CatalogueError(f"{where}: {sorted(set(data) - {'examples'})} must come before the [[examples]]")
    return examples_from_data(data, where)


def examples_from_data(data: dict[str, Any], where: str) -> tuple[Example, ...]:
    examples: list[Example] = []
    for index, example in enumerate(data.get("examples", [])):
        if set(example) - _EXAMPLE_KEYS or not ({"bad", "good"} & set(example)):
            raise CatalogueError(f"{where}: example {index + 1} needs bad or good text and only known keys")
        if "findings" in example and "bad" not in example:
            raise CatalogueError(f"{where}: example {index + 1} pins findings but has no bad text")
        examples.append(
            Example(
                title=example.get("title", f"example {index + 1}"),
                bad=example.get("bad"),
                good=example.get("good"),
                fixed=example.get("fixed"),
                format=example.get("format", "markdown"),
                kind=example.get("kind"),
                today=example.get("today"),
                options=example.get("options", {}),
                unsafe=example.get("unsafe", False),
                findings=tuple(_pin(pin, f"{where}: example {index + 1}") for pin in example.get("findings", [])),
                extend_select=tuple(example.get("extend-select", ())),
            )
        )
    return tuple(examples)


def _pin(data: Any, where: str) -> Pin:
    """A pinned finding from its inline table ``{ line = 2, column = 3, message = "...", fix = "safe" }``."""
    if (
        not isinstance(data, dict)
        or set(data) - {"line", "column", "message", "fix"}
        or not all(isinstance(data.get(key), int) and data[key] > 0 for key in ("line", "column"))
        or not isinstance(data.get("message"), str)
        or data.get("fix", "safe") not in ("safe", "unsafe")
    ):
        raise CatalogueError(
            f"{where}: each of findings needs a line, a column, a message (or part of it) "
            "and may have fix = 'safe' or 'unsafe'"
        )
    return Pin(data["line"], data["column"], data["message"], data.get("fix"))
