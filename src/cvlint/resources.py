"""Where the rule catalogue and word lists live, installed or in a source checkout."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from cvlint import toml_store


@cache
def rules_dir() -> Path:
    """The ``rules/`` catalogue: inside the installed package, else beside ``src/`` in a checkout."""
    packaged = Path(__file__).parent / "rules"
    if packaged.is_dir():
        return packaged
    checkout = Path(__file__).resolve().parents[2] / "rules"
    if checkout.is_dir():
        return checkout
    raise RuntimeError(f"cvlint's rule catalogue is missing (looked in {packaged} and {checkout}); reinstall cvlint")


@cache
def wordlist(name: str) -> dict[str, Any]:
    """The parsed word list ``rules/wordlists/<name>.toml``."""
    key = f"wordlists/{name}.toml"
    return toml_store.parsed(key, (rules_dir() / key).read_bytes().decode())


@cache
def scoring() -> dict[str, Any]:
    """The score weights and penalties, ``rules/meta/scoring.toml``."""
    key = "meta/scoring.toml"
    return toml_store.parsed(key, (rules_dir() / key).read_bytes().decode())
