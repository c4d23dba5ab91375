"""What a renderer may need to know about the run besides its reports."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class View:
    """How to show the results."""

    color: bool = False
    quiet: bool = False
    unsafe_fixes: bool = False
