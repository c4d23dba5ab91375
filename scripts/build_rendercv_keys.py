"""Regenerate ``rules/schemas/rendercv-keys.json``: the keys RenderCV reads under ``design`` (per built-in
theme), ``locale``, ``locale_catalog`` and ``rendercv_settings``, at every level.

Source: the ``rendercv`` wheel from PyPI (MIT licence). Its options are pydantic models that forbid
extra keys; this script reads their field names from the wheel's source with ``ast`` (nothing of
RenderCV is imported or installed), so the build is reproducible offline from the wheel:

    for v in 1.14 1.18 2.0 2.3; do pip download --no-deps rendercv==$v -d /tmp/rendercv; done
    python scripts/build_rendercv_keys.py /tmp/rendercv/rendercv-{1.14,1.18,2.0,2.3}-py3-none-any.whl

Documents written for RenderCV 1.x (``locale_catalog``, ``design.color``) are still common, and options
came and went between releases (``design.page_numbering_style``), so the table is the union of these
releases (the layout this script reads begins with 1.14): a key any of them reads is not a typo.
"""

from __future__ import annotations

import ast
import json
import re
import sys
import zipfile
from pathlib import Path

OUTPUT = Path(__file__).resolve().parents[1] / "rules" / "schemas" / "rendercv-keys.json"
SETTINGS = (
    ("locale", "locale", "Locale"),
    ("locale_catalog", "locale_catalog", "LocaleCatalog"),
    ("rendercv_settings", "rendercv_settings", "RenderCVSettings"),
)
"""The top-level blocks besides ``design``: key, model module, model class (``locale_catalog`` is 1.x's name)."""

Classes = dict[str, tuple[list[str], dict[str, list[str]]]]
"""Class name -> (base class names, field name -> the names its annotation mentions)."""


def _names(node: ast.expr | None) -> list[str]:
    """The class names an annotation mentions (``Page``, ``o.Page``, ``X | None``)."""
    if node is None:
        return []
    return [
        n.attr if isinstance(n, ast.Attribute) else n.id
        for n in ast.walk(node)
        if isinstance(n, ast.Name | ast.Attribute)
    ]


def _classes(text: str, prefix: str) -> Classes:
    classes: Classes = {}
    for node in ast.parse(text).body:
        if not isinstance(node, ast.ClassDef):
            continue
        fields: dict[str, list[str]] = {}
        for statement in node.body:
            target = statement.target if isinstance(statement, ast.AnnAssign) else None
            if isinstance(statement, ast.AnnAssign) and isinstance(target, ast.Name) and target.id != "model_config":
                fields[target.id] = [f"{prefix}{n}" for n in _names(statement.annotation)]
        bases = [f"{prefix}{_names(b)[0]}" for b in node.bases]
        classes[f"{prefix}{node.name}"] = (bases, fields)
    return classes


def _fields(classes: Classes, name: str) -> dict[str, str]:
    """The fields of ``name`` with those it inherits; a nested type resolves locally, then in options."""
    bases, own = classes.get(name, ([], {}))
    merged: dict[str, str] = {}
    for base in bases:
        merged.update(_fields(classes, _resolve(classes, [base], name)))
    for field, mentioned in own.items():
        merged[field] = _resolve(classes, mentioned)
    return merged


def _resolve(classes: Classes, mentioned: list[str], within: str = "") -> str:
    """The first of ``mentioned`` that is a model class, looked up locally and then in the options module;
    a base class of ``within`` is never ``within`` itself (``class Colors(o.Colors)``)."""
    candidates = [c for n in mentioned for c in (n, "options." + n.rsplit(".", 1)[-1])]
    return next((c for c in candidates if c in classes and c != within), "")


def _tree(classes: Classes, name: str, path: str, table: dict[str, set[str]]) -> None:
    fields = _fields(classes, name)
    table.setdefault(path, set()).update(fields)
    for field, kind in fields.items():
        if kind:
            _tree(classes, kind, f"{path}.{field}" if path else field, table)


def _wheel(wheel: Path) -> dict[str, dict[str, dict[str, set[str]]]]:
    """The key tables of one RenderCV wheel: design per theme, and each settings block."""
    with zipfile.ZipFile(wheel) as archive:
        members = set(archive.namelist())

        def read(member: str) -> str:
            return archive.read(f"rendercv/{member}").decode("utf-8")

        options = next(m for m in ("themes/options.py", "themes/common_options.py") if f"rendercv/{m}" in members)
        classes = _classes(read(options), "options.")
        themes: dict[str, dict[str, set[str]]] = {}
        for member in sorted(members):
            theme = re.fullmatch(r"rendercv/themes/(\w+)/__init__\.py", member)
            if theme is None:
                continue
            own = dict(classes)
            own.update(_classes(read(f"themes/{theme.group(1)}/__init__.py"), ""))
            root = next((n for n in own if n.endswith("ThemeOptions") and not n.startswith("options.")), None)
            _tree(own, root or "options.ThemeOptions", "", themes.setdefault(theme.group(1), {}))
        blocks: dict[str, dict[str, set[str]]] = {}
        for key, module, model in SETTINGS:
            if f"rendercv/data/models/{module}.py" in members:
                _tree(_classes(read(f"data/models/{module}.py"), ""), model, "", blocks.setdefault(key, {}))
    return {"design": themes, **blocks}


def _merge(into: dict[str, dict[str, set[str]]], tables: dict[str, dict[str, set[str]]]) -> None:
    for name, table in tables.items():
        for path, keys in table.items():
            into.setdefault(name, {}).setdefault(path, set()).update(keys)


def build(wheels: list[Path]) -> dict[str, object]:
    """The key table of the RenderCV wheels named: a key any of these releases reads is known."""
    design: dict[str, dict[str, set[str]]] = {}
    blocks: dict[str, dict[str, set[str]]] = {}
    for wheel in wheels:
        tables = _wheel(wheel)
        _merge(design, tables.pop("design"))
        _merge(blocks, tables)
    versions = [found.group(1) for w in wheels if (found := re.search(r"rendercv-([^-]+)-", w.name))]

    def listed(table: dict[str, set[str]]) -> dict[str, list[str]]:
        return {path: sorted(keys) for path, keys in sorted(table.items())}

    return {
        "source": "rendercv (PyPI wheels): themes/options.py or themes/common_options.py, themes/*/__init__.py, "
        "data/models/*.py",
        "versions": versions,
        "licence": "MIT",
        "generated-by": "scripts/build_rendercv_keys.py",
        "design": {theme: listed(table) for theme, table in sorted(design.items())},
        **{key: listed(table) for key, table in sorted(blocks.items())},
    }


def main() -> None:
    """Write the table from the wheel named on the command line."""
    OUTPUT.write_text(
        json.dumps(build([Path(a) for a in sys.argv[1:]]), indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    main()
