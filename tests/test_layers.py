"""The package layout draws the architecture: each layer imports only the layers it stands on.

Every module of ``src/cvlint`` is parsed and each of its imports (at module level, inside functions and
under ``TYPE_CHECKING`` alike) is checked against the layer it belongs to. docs/architecture.md describes
the same layers.
"""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"

LAYERS: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    # (layer, its modules and packages, the layers it stands on), from the bottom up
    (
        "foundation",
        ("cvlint.resources", "cvlint.project", "cvlint.__version__", "cvlint.lazy_pattern", "cvlint.toml_store"),
        (),
    ),
    ("model", ("cvlint.model",), ("foundation",)),
    ("text", ("cvlint.text",), ("model",)),
    ("parse", ("cvlint.parse",), ("text",)),
    ("rule", ("cvlint.rule",), ("text",)),
    ("checks", ("cvlint.checks",), ("rule",)),
    ("engine", ("cvlint.engine",), ("checks", "parse")),
    ("report", ("cvlint.report",), ("engine",)),
    ("output", ("cvlint.output",), ("report",)),
    ("app", ("cvlint.app",), ("output",)),
    ("server", ("cvlint.server",), ("app",)),
    ("cli", ("cvlint.cli",), ("server",)),
    ("api", ("cvlint", "cvlint.api", "cvlint.__main__"), ("cli",)),
)
"""``cvlint.__version__`` is the constant hatch reads from ``cvlint/__init__.py``: importing it runs
nothing above the foundation, so ``from cvlint import __version__`` counts as an import of the foundation."""


def _module_name(path: Path) -> str:
    parts = path.relative_to(SRC).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@cache
def _modules() -> dict[str, Path]:
    return {_module_name(path): path for path in sorted((SRC / "cvlint").rglob("*.py"))}


def _target(module: str, name: str) -> str:
    """What ``from module import name`` imports: the submodule ``name``, or ``module``."""
    submodule = f"{module}.{name}"
    return submodule if submodule in _modules() or submodule == "cvlint.__version__" else module


def _imports_in(source: str, package: str) -> list[tuple[int, str]]:
    """``(line, imported module)`` of every import of a cvlint module in ``source``, a module of ``package``."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names if alias.name.split(".")[0] == "cvlint"]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join([*base, *([node.module] if node.module else [])])
            else:
                module = node.module or ""
            if module.split(".")[0] == "cvlint":
                found += [(node.lineno, _target(module, alias.name)) for alias in node.names]
    return found


@cache
def _imports(module: str) -> tuple[tuple[int, str], ...]:
    """The imports of cvlint modules in ``module``."""
    path = _modules()[module]
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    return tuple(_imports_in(path.read_text(encoding="utf-8"), package))


def _layer(module: str) -> str | None:
    """The layer of ``module``: that of the longest module or package name it is or lies in."""
    best: tuple[int, str] | None = None
    for layer, names, _ in LAYERS:
        for name in names:
            if (module == name or module.startswith(name + ".")) and (best is None or len(name) > best[0]):
                best = (len(name), layer)
    return best[1] if best else None


def _below(layer: str) -> set[str]:
    """Every layer ``layer`` stands on, directly or through another."""
    stands_on = {name: set(under) for name, _, under in LAYERS}
    reached: set[str] = set()
    todo = list(stands_on[layer])
    while todo:
        under = todo.pop()
        if under not in reached:
            reached.add(under)
            todo += stands_on[under]
    return reached


def _package(module: str) -> str:
    """The package (or top-level module) ``module`` belongs to: ``cvlint.engine.lint`` -> ``cvlint.engine``."""
    return ".".join(module.split(".")[:2])


def test_every_module_has_a_layer() -> None:
    assert [module for module in _modules() if _layer(module) is None] == []


def test_the_layers_stand_on_layers_below_them() -> None:
    order = [name for name, _, _ in LAYERS]
    for index, (name, _, under) in enumerate(LAYERS):
        assert all(order.index(layer) < index for layer in under), name


@pytest.mark.parametrize("module", sorted(_modules()))
def test_no_module_imports_a_layer_above_its_own(module: str) -> None:
    own = _layer(module)
    assert own is not None
    allowed = _below(own) | {own}
    wrong = [
        f"line {line}: {target} ({_layer(target)})"
        for line, target in _imports(module)
        if _layer(target) not in allowed
    ]
    assert wrong == [], f"{module} ({own}) imports a layer it does not stand on"


@pytest.mark.parametrize("module", sorted(m for m in _modules() if m.startswith("cvlint.checks.")))
def test_no_check_imports_another_check(module: str) -> None:
    assert [target for _, target in _imports(module) if target.startswith("cvlint.checks")] == []


def test_no_import_cycle_between_packages() -> None:
    edges: dict[str, set[str]] = {}
    for module in _modules():
        for _, target in _imports(module):
            if _package(target) != _package(module):
                edges.setdefault(_package(module), set()).add(_package(target))

    def reachable(start: str) -> set[str]:
        seen: set[str] = set()
        todo = list(edges.get(start, ()))
        while todo:
            package = todo.pop()
            if package not in seen:
                seen.add(package)
                todo += edges.get(package, ())
        return seen

    assert sorted(package for package in edges if package in reachable(package)) == []


def test_imports_inside_functions_and_type_checking_blocks_count() -> None:
    source = (
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    from cvlint.engine.lint import ActiveRule\n"
        "def f():\n    from cvlint.app import runner\n    import cvlint.output.text\n"
        "from . import fast_regex\nfrom cvlint import __version__\n"
    )
    found = sorted(_imports_in(source, "cvlint.text"))
    assert found == [
        (3, "cvlint.engine.lint"),
        (5, "cvlint.app.runner"),
        (6, "cvlint.output.text"),
        (7, "cvlint.text.fast_regex"),
        (8, "cvlint.__version__"),
    ]
    assert [_layer(target) for _, target in found] == ["engine", "app", "output", "text", "foundation"]
