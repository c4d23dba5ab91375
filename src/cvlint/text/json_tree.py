"""JSON text read into values that carry their source spans: every string keeps the span of its quotes
and its decoded text mapped back to the source, so that readers and rules can point at a key or a value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from cvlint.model.document import Piece, Span, Text

_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
_NUMBER = re.compile(r"-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?")


class JsonError(ValueError):
    """Text that is not valid JSON; the message gives the line and column."""


@dataclass(slots=True)
class JString:
    """A JSON string: its decoded text mapped to the source, and the span of its quotes."""

    text: Text
    span: Span


@dataclass(slots=True)
class JObject:
    """A JSON object, keys in order."""

    members: list[tuple[JString, JValue]] = field(default_factory=list)

    def get(self, key: str) -> JValue | None:
        """The value of ``key``, or None."""
        return next((value for name, value in self.members if name.text.value == key), None)

    def string(self, key: str) -> JString | None:
        """The value of ``key`` when it is a non-empty string."""
        value = self.get(key)
        return value if isinstance(value, JString) and value.text.value.strip() else None


@dataclass(slots=True)
class JArray:
    """A JSON array."""

    items: list[JValue] = field(default_factory=list)


JValue = JString | JObject | JArray | None | int | float | bool


class _Reader:
    def __init__(self, source: str) -> None:
        self.source = source
        self.position = 0

    def fail(self, what: str) -> JsonError:
        before = self.source[: self.position]
        line = before.count("\n") + 1
        column = self.position - (before.rfind("\n") + 1) + 1
        return JsonError(f"not valid JSON: line {line}, column {column}: {what}")

    def skip(self) -> None:
        while self.position < len(self.source) and self.source[self.position] in " \t\r\n\ufeff":
            self.position += 1

    def value(self, depth: int = 0) -> JValue:
        if depth > 200:
            raise self.fail("nested too deeply")
        self.skip()
        if self.position >= len(self.source):
            raise self.fail("unexpected end of file")
        char = self.source[self.position]
        if char == "{":
            return self.object(depth)
        if char == "[":
            return self.array(depth)
        if char == '"':
            return self.string()
        for word, result in (("true", True), ("false", False), ("null", None)):
            if self.source.startswith(word, self.position):
                self.position += len(word)
                return result
        match = _NUMBER.match(self.source, self.position)
        if match is None:
            raise self.fail(f"unexpected {char!r}")
        self.position = match.end()
        number = match.group()
        return float(number) if any(c in number for c in ".eE") else int(number)

    def object(self, depth: int) -> JObject:
        self.position += 1
        result = JObject()
        self.skip()
        if self.source.startswith("}", self.position):
            self.position += 1
            return result
        while True:
            self.skip()
            if not self.source.startswith('"', self.position):
                raise self.fail("expected a key in double quotes")
            key = self.string()
            self.skip()
            if not self.source.startswith(":", self.position):
                raise self.fail("expected ':'")
            self.position += 1
            result.members.append((key, self.value(depth + 1)))
            self.skip()
            if self.source.startswith(",", self.position):
                self.position += 1
                continue
            if self.source.startswith("}", self.position):
                self.position += 1
                return result
            raise self.fail("expected ',' or '}'")

    def array(self, depth: int) -> JArray:
        self.position += 1
        result = JArray()
        self.skip()
        if self.source.startswith("]", self.position):
            self.position += 1
            return result
        while True:
            result.items.append(self.value(depth + 1))
            self.skip()
            if self.source.startswith(",", self.position):
                self.position += 1
                continue
            if self.source.startswith("]", self.position):
                self.position += 1
                return result
            raise self.fail("expected ',' or ']'")

    def string(self) -> JString:
        source = self.source
        start = self.position
        position = start + 1
        pieces: list[Piece] = []
        run = position
        while True:
            if position >= len(source):
                raise self.fail("unterminated string")
            char = source[position]
            if char == '"':
                break
            if char == "\\":
                if run < position:
                    pieces.append((source[run:position], run, position))
                escape = source[position + 1 : position + 2]
                if escape in _ESCAPES:
                    pieces.append((_ESCAPES[escape], position, position + 2))
                    position += 2
                elif escape == "u" and re.fullmatch(r"[0-9a-fA-F]{4}", source[position + 2 : position + 6]):
                    code = int(source[position + 2 : position + 6], 16)
                    end = position + 6
                    low = source[end + 2 : end + 6] if source.startswith("\\u", end) else ""
                    if 0xD800 <= code < 0xDC00 and re.fullmatch(r"[dD][c-fC-F][0-9a-fA-F]{2}", low):
                        code = 0x10000 + ((code - 0xD800) << 10) + (int(low, 16) - 0xDC00)
                        end += 6
                    pieces.append((chr(code), position, end))
                    position = end
                else:
                    self.position = position
                    raise self.fail("invalid escape in a string")
                run = position
                continue
            if char == "\n":
                self.position = position
                raise self.fail("line break inside a string")
            position += 1
        if run < position:
            pieces.append((source[run:position], run, position))
        self.position = position + 1
        return JString(Text.join(pieces, Span(start + 1, position)), Span(start, position + 1))


def load(source: str) -> JValue:
    """Read JSON text into position-carrying values; raises ``JsonError``."""
    reader = _Reader(source)
    value = reader.value()
    reader.skip()
    if reader.position != len(source):
        raise reader.fail("unexpected text after the JSON value")
    return value


def plain(value: JValue) -> Any:
    """``value`` as the standard ``json`` module reads it (dicts, lists, strings), for a schema validator."""
    if isinstance(value, JString):
        return value.text.value
    if isinstance(value, JObject):
        return {key.text.value: plain(member) for key, member in value.members}
    if isinstance(value, JArray):
        return [plain(item) for item in value.items]
    return value


def kind_of(value: JValue) -> str:
    """What a JSON value is, as the schema messages say it (``array of strings``, ``null``)."""
    if isinstance(value, JString):
        return "string"
    if isinstance(value, JObject):
        return "object"
    if isinstance(value, JArray):
        if not value.items:
            return "empty array"
        if all(isinstance(item, JString) for item in value.items):
            return "array of strings"
        return "array of objects" if all(isinstance(item, JObject) for item in value.items) else "mixed array"
    if value is None:
        return "null"
    return "boolean" if isinstance(value, bool) else "number"
