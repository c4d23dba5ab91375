"""Keep third-party warnings and log lines off the user's terminal: cvlint reports in its own words."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def quiet(logger: str | None = None) -> Iterator[None]:
    """Drop Python warnings raised inside the block, and every log record of the ``logger`` library.

    pypdf logs a damaged cross-reference table, ruamel.yaml warns of a reused anchor: things
    cvlint copes with, told on standard error in many lines the user can do nothing with.
    """
    if logger is not None:
        import logging

        logging.getLogger(logger).setLevel(logging.CRITICAL + 1)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        yield
