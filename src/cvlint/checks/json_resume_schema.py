"""json-resume-schema: values the official JSON Resume schema rejects, named by field and entry, with what
it expects.

The document is validated with ``jsonschema`` against ``rules/schemas/json-resume.schema.json`` (the
npm package ``@jsonresume/schema``, see ``scripts/build_json_resume_schema.py``); each error is then
said in the writer's terms at the key or value it concerns. ``jsonschema`` is imported only when a
JSON file is linted, so other runs do not pay for it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import cache
from typing import TYPE_CHECKING, Any

from cvlint.model.dates import ONGOING_WORDS, find_dates
from cvlint.model.document import Document
from cvlint.model.findings import Finding, Fix
from cvlint.resources import rules_dir
from cvlint.rule.context import RuleContext
from cvlint.text.json_tree import JArray, JObject, JString, JValue, kind_of, load, plain

if TYPE_CHECKING:
    from jsonschema import ValidationError
    from jsonschema.protocols import Validator

_UNPADDED = re.compile(r"(?P<year>[12]\d{3})-(?P<month>\d{1,2})(?:-(?P<day>\d{1,2}))?")
_ONGOING = re.compile("|".join((*ONGOING_WORDS, "till date", "to date")), re.IGNORECASE)
_EXPECTS = "JSON Resume expects an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD"
_TYPES = {"string": "a string", "object": "an object", "number": "a number", "boolean": "a boolean"}


@cache
def _validator() -> Validator:
    from jsonschema import Draft7Validator

    schema = json.loads((rules_dir() / "schemas" / "json-resume.schema.json").read_text(encoding="utf-8"))
    validator: Validator = Draft7Validator(schema)  # formats ("uri", "email") are not asserted, as by themes
    return validator


def _where(path: list[str | int]) -> str:
    """``work[1].startDate`` for the path ``["work", 1, "startDate"]``."""
    where = ""
    for part in path:
        where += f"[{part}]" if isinstance(part, int) else (f".{part}" if where else part)
    return where


def _locate(root: JValue, path: list[str | int]) -> tuple[JString | None, JValue]:
    """The key (the last object member's name on the way) and the value at ``path``."""
    key: JString | None = None
    value = root
    for part in path:
        if isinstance(value, JObject) and isinstance(part, str):
            member = next(((k, v) for k, v in reversed(value.members) if k.text.value == part), None)
            if member is None:
                return None, None
            key, value = member
        elif isinstance(value, JArray) and isinstance(part, int) and part < len(value.items):
            value = value.items[part]
        else:
            return None, None
    return key, value


def _expected(schema: dict[str, Any]) -> str:
    kind = schema.get("type")
    if kind == "array":
        items = schema.get("items", {}).get("type")
        return "an array of strings" if items == "string" else "an array of objects" if items else "an array"
    return _TYPES.get(str(kind), f"a {kind}")


def _iso(value: str) -> str | None:
    """``value`` written as ISO 8601 when that keeps exactly what it says, else None."""
    text = value.strip()
    unpadded = _UNPADDED.fullmatch(text)
    if unpadded:
        month, day = int(unpadded["month"]), unpadded["day"]
        if not 1 <= month <= 12 or (day is not None and not 1 <= int(day) <= 31):
            return None
        return f"{unpadded['year']}-{month:02d}" + (f"-{int(day):02d}" if day else "")
    found = find_dates(text)
    if len(found) != 1 or found[0].is_range or (found[0].start, found[0].end) != (0, len(text)):
        return None
    date = found[0].first
    if date.style.startswith("Season") or not date.valid_month:
        return None
    return f"{date.year}" if date.month is None else f"{date.year}-{date.month:02d}"


def _date(where: str, key: JString, value: JValue, entry: JValue, context: RuleContext) -> Finding | None:
    """A date the schema's ``iso8601`` rejects: null, an empty endDate after a startDate (both mean an
    ongoing role), an ongoing word, or another form. Other empty dates (``"startDate": ""`` of an undated
    project) are read as no date by every theme and are not reported."""
    ongoing = "delete the endDate member; themes then show the role as ongoing"
    if value is not None and not isinstance(value, JString):
        kind = kind_of(value)
        message = f"{where} is {'an' if kind[0] in 'aeiou' else 'a'} {kind}; {_EXPECTS}, as a string"
        year = isinstance(value, int) and not isinstance(value, bool) and 1000 <= value <= 2999
        start, end = key.text.span.start, key.text.span.end
        suggestion = f'write "{value}"' if year else 'write the date as a string, such as "2021-03"'
        return context.finding(start, end, message, suggestion, context=where)
    text = value.text.value if isinstance(value, JString) else ""
    if not text.strip():
        started = isinstance(entry, JObject) and entry.string("startDate") is not None
        if isinstance(value, JString) and not (key.text.value == "endDate" and started):
            return None
        span = value.span if isinstance(value, JString) else key.text.span
        said = "empty" if isinstance(value, JString) else "null"
        if key.text.value == "endDate":
            message = f"{where} is {said}; {_EXPECTS}, and an ongoing role has no endDate"
            return context.finding(span.start, span.end, message, ongoing, context=where)
        suggestion = f"write the date, or delete the {key.text.value} member"
        return context.finding(span.start, span.end, f"{where} is {said}; {_EXPECTS}", suggestion, context=where)
    assert isinstance(value, JString)
    start, end = value.text.span.start, value.text.span.end
    if where.endswith(".endDate") and _ONGOING.fullmatch(text.strip()):
        message = f"{where} is '{text}'; {_EXPECTS}, and an ongoing role has no endDate"
        return context.finding(start, end, message, ongoing, context=where)
    iso = _iso(text)
    return context.finding(
        start,
        end,
        f"{where} is '{text}'; {_EXPECTS}",
        f"write '{iso}'" if iso else "write the date as YYYY-MM (or YYYY, or YYYY-MM-DD)",
        Fix.replace(start, end, iso) if iso else None,
        context=where,
    )


def _finding(error: ValidationError, root: JValue, document: Document, context: RuleContext) -> Finding | None:
    path = list(error.absolute_path)
    if error.validator == "type" and path and isinstance(path[-1], int):
        return None  # an item of the wrong type: reported once, on its array (see ``_arrays``)
    key, value = _locate(root, path)
    where = _where(path)
    if key is None:
        return None  # the document itself is not an object: not a JSON Resume, and not judged
    if error.schema == _validator().schema["definitions"]["iso8601"]:
        return _date(where, key, value, _locate(root, path[:-1])[1], context)
    if error.validator == "type":
        expected = _expected(error.schema)
        kind = kind_of(value)
        fix = None
        if isinstance(value, JString) and expected == "an array of strings":
            quoted = document.source[value.span.start : value.span.end]
            fix = Fix.replace(value.span.start, value.span.end, f"[{quoted}]")
        return context.finding(
            key.text.span.start,
            key.text.span.end,
            f"{where} is {'an' if kind[0] in 'aeiou' else 'a'} {kind}; JSON Resume expects {expected}, "
            "so validators reject it and themes may leave it out",
            'put the string in an array: ["…"]' if fix else f"give {where} {expected}",
            fix,
            context=where,
        )
    return context.finding(
        key.text.span.start,
        key.text.span.end,
        f"{where} does not match the JSON Resume schema: {error.message}",
        None,
        context=where,
    )


def _arrays(errors: list[ValidationError], root: JValue, context: RuleContext) -> Iterator[Finding]:
    """One finding per array whose items are of the wrong type (``["Built a CLI", 4]`` is a mixed array)."""
    seen: set[str] = set()
    for error in errors:
        path = list(error.absolute_path)
        if error.validator != "type" or not path or not isinstance(path[-1], int):
            continue
        where = _where(path[:-1])
        key, array = _locate(root, path[:-1])
        if where in seen or key is None:
            continue
        seen.add(where)
        item = str(error.schema.get("type"))
        expected = {"string": "an array of strings", "object": "an array of objects"}.get(item, "an array")
        kind = kind_of(array)
        yield context.finding(
            key.text.span.start,
            key.text.span.end,
            f"{where} is {'an' if kind[0] in 'aeiou' else 'a'} {kind}; JSON Resume expects {expected}, "
            "so validators reject it and themes may leave it out",
            f"give {where} {expected}",
            context=where,
        )


def check(document: Document, context: RuleContext) -> Iterator[Finding]:
    """Report what the schema rejects, at the key or value concerned; fix what converts losslessly."""
    if document.format != "json" or not document.fields:
        return
    root = load(document.source)
    errors = list(_validator().iter_errors(plain(root)))
    findings = [f for error in errors if (f := _finding(error, root, document, context)) is not None]
    findings.extend(_arrays(errors, root, context))
    yield from sorted(findings, key=lambda finding: finding.start)
