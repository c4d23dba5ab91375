"""A rule's options as its TOML declares them: default, range or choices, and the meaning of each."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from cvlint.engine.rule_files import CatalogueError

_OPTION_KEYS = frozenset({"default", "description", "choices", "min", "max"})


@dataclass(frozen=True, slots=True)
class OptionSpec:
    """A rule option: its default (which fixes its type), its range or its choices, each with its meaning."""

    name: str
    default: Any
    description: str
    choices: tuple[Any, ...] = ()
    meanings: dict[Any, str] = field(default_factory=dict)
    """What each choice means, for people (``cvlint rule NAME``)."""
    choice_data: dict[Any, dict[str, Any]] = field(default_factory=dict)
    """What each choice means to the rule's check (privacy: the kinds of data a market ``reports``)."""
    minimum: int | float | None = None
    maximum: int | float | None = None

    def range_text(self) -> str:
        """The values a number option allows: ``at least 1``, ``at most 5``, ``from 0.0 to 1.0`` (or empty)."""
        if self.minimum is not None and self.maximum is not None:
            return f"from {self.minimum} to {self.maximum}"
        if self.minimum is not None:
            return f"at least {self.minimum}"
        return "" if self.maximum is None else f"at most {self.maximum}"

    def validate(self, value: Any) -> Any:
        """``value`` if it fits this option, else ``ValueError`` saying what is expected."""
        expected = type(self.default)
        if expected is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if type(value) is not expected:
            raise ValueError(f"option '{self.name}' takes a {expected.__name__}, not {value!r}")
        if self.choices and value not in self.choices:
            allowed = ", ".join(repr(c) for c in self.choices)
            raise ValueError(f"option '{self.name}' must be one of {allowed}, not {value!r}")
        if (self.minimum is not None and value < self.minimum) or (self.maximum is not None and value > self.maximum):
            raise ValueError(f"option '{self.name}' must be {self.range_text()}, not {value!r}")
        return value


def option_from_table(name: str, spec: Any, where: str) -> OptionSpec:
    """An option from its table: ``default``, ``description``, a number's ``min``/``max``, or ``choices``,
    a table of ``value = "meaning"`` or ``value = { description = "meaning", ... }`` (data for the check);
    a true-or-false option's choices are ``true`` and ``false``."""
    if not isinstance(spec, dict) or "default" not in spec or set(spec) - _OPTION_KEYS:
        raise CatalogueError(
            f"{where}: option '{name}' needs a default (and may have description, min, max or choices)"
        )
    default = spec["default"]
    number = isinstance(default, int | float) and not isinstance(default, bool)
    bounds = [spec.get(key) for key in ("min", "max")]
    for key, bound in zip(("min", "max"), bounds, strict=True):
        if bound is not None and (not number or type(bound) is not type(default)):
            raise CatalogueError(f"{where}: option '{name}': {key} must be a {type(default).__name__} like its default")
    choices = spec.get("choices", {})
    boolean = isinstance(default, bool)
    if (
        not isinstance(choices, dict)
        or (choices and not isinstance(default, str) and not boolean)
        or (choices and boolean and set(choices) != {"true", "false"})
    ):
        raise CatalogueError(
            f"{where}: option '{name}': choices must be a table of value = meaning, for an option taking a string "
            "(or of true and false, for one taking true or false)"
        )
    if boolean:
        choices = {value == "true": meaning for value, meaning in choices.items()}
    meanings: dict[Any, str] = {}
    data: dict[Any, dict[str, Any]] = {}
    for value, meaning in choices.items():
        table = {"description": meaning} if isinstance(meaning, str) else meaning
        if not isinstance(table, dict) or not isinstance(table.get("description"), str):
            raise CatalogueError(f"{where}: option '{name}': choice '{value}' needs its meaning (a description)")
        meanings[value] = table["description"]
        data[value] = {key: item for key, item in table.items() if key != "description"}
    option = OptionSpec(name, default, spec.get("description", ""), tuple(choices), meanings, data, *bounds)
    try:
        option.validate(default)
    except ValueError as error:
        raise CatalogueError(f"{where}: the default of {error}") from error
    return option
