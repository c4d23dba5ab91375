"""The garbage collector in a run over many files: the loaded tables frozen, the youngest generation larger."""

from __future__ import annotations

import gc

YOUNG_THRESHOLD = 20000
"""Allocations between two collections of the youngest generation once the tables are loaded (Python's
default is 700): fewer collections, and fewer of a file's live objects walked again in older ones."""


def freeze_tables() -> None:
    """After a run's first file: what it loaded (rule tables, word sets, compiled rules) is moved out of the
    collector's reach, so no later collection walks it, and the youngest generation is collected less often."""
    gc.freeze()
    gc.set_threshold(YOUNG_THRESHOLD, *gc.get_threshold()[1:])
