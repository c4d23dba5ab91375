"""The keys RenderCV reads under ``design``, ``locale`` (1.x: ``locale_catalog``) and ``rendercv_settings``, from
``rules/schemas/rendercv-keys.json`` (built by ``scripts/build_rendercv_keys.py`` from RenderCV's own models)."""

from __future__ import annotations

import difflib
import json
from collections.abc import Iterator
from functools import cache
from typing import Any

from ruamel.yaml.comments import CommentedMap

from cvlint.resources import rules_dir


@cache
def _table() -> dict[str, Any]:
    table: dict[str, Any] = json.loads((rules_dir() / "schemas" / "rendercv-keys.json").read_text(encoding="utf-8"))
    return table


def _walk(
    mapping: CommentedMap, tree: dict[str, list[str]], path: str
) -> Iterator[tuple[CommentedMap, frozenset[str]]]:
    known = tree.get(path)
    if known is None:
        return
    yield mapping, frozenset(known)
    for key, value in mapping.items():
        if isinstance(value, CommentedMap):
            yield from _walk(value, tree, f"{path}.{key}" if path else str(key))


def _known_release(levels: list[tuple[CommentedMap, frozenset[str]]]) -> bool:
    """False when a block holds a key that is neither known nor one slip from a known key (``side_space``):
    its options are those of a RenderCV release the table does not know, so none of its keys is judged."""
    return all(
        key in known or difflib.get_close_matches(str(key), known, n=1, cutoff=0.75)
        for mapping, known in levels
        for key in mapping
    )


def design_keys(root: CommentedMap) -> Iterator[tuple[CommentedMap, frozenset[str]]]:
    """Each mapping under ``design`` (of a built-in theme), ``locale`` and ``rendercv_settings``, with the
    keys RenderCV (1.x or 2.x) reads there. A custom theme's ``design`` defines keys of its own, and a
    block written for a release the table does not know (see ``_known_release``), are not checked."""
    table = _table()
    blocks: list[tuple[Any, dict[str, list[str]]]] = []
    design = root.get("design")
    if isinstance(design, CommentedMap):
        theme = design.get("theme", "classic")
        themes: dict[str, dict[str, list[str]]] = table["design"]
        if isinstance(theme, str) and theme in themes:
            blocks.append((design, themes[theme]))
    blocks.extend((root.get(key), table[key]) for key in ("locale", "locale_catalog", "rendercv_settings"))
    for block, tree in blocks:
        if isinstance(block, CommentedMap):
            levels = list(_walk(block, tree, ""))
            if _known_release(levels):
                yield from levels
