"""Where the rule catalogue and word lists live, installed or in a source checkout."""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path
from typing import Any


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
    with open(rules_dir() / "wordlists" / f"{name}.toml", "rb") as handle:
        return tomllib.load(handle)


@cache
def scoring() -> dict[str, Any]:
    """The score weights and penalties, ``rules/meta/scoring.toml``."""
    with open(rules_dir() / "meta" / "scoring.toml", "rb") as handle:
        return tomllib.load(handle)
