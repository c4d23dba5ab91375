"""Where cvlint lives: the repository and the name it is published under, in one place.

Links to the documentation (a SARIF rule's ``helpUri``, the README's install commands) are built from
these, so that moving the repository is a one-line change. The version is ``cvlint.__version__``.
"""

from __future__ import annotations

from cvlint import __version__

REPOSITORY_URL = "https://github.com/cvlint/cvlint"
"""The public git repository: ``pip install git+REPOSITORY_URL``, pre-commit's ``repo:``, the Action."""

DISTRIBUTION = "cvlint-resume"
"""The name on PyPI (``cvlint`` there is someone else's placeholder); the command is still ``cvlint``."""


def rule_url(code: str, name: str) -> str:
    """The documentation of one built-in rule: its TOML file at the tag of this version."""
    return f"{REPOSITORY_URL}/blob/v{__version__}/rules/{code}-{name}.toml"
