"""cvlint: a linter for résumés and cover letters.

The Python API is two pure functions over text, safe to call from worker processes:

>>> from cvlint import lint_text
>>> [f.rule for f in lint_text("- Led the team\\n-\\n", path="resume.md")]
['empty-bullet']
"""

from __future__ import annotations

from typing import TYPE_CHECKING

__version__ = "0.2.0"

if TYPE_CHECKING:
    from cvlint.api import fix_text, lint_text
    from cvlint.model.findings import Finding

__all__ = ["Finding", "__version__", "fix_text", "lint_text"]


def __getattr__(name: str) -> object:
    # Imported on demand so that ``import cvlint`` (and the CLI's start-up) stays cheap.
    if name in ("lint_text", "fix_text"):
        from cvlint import api

        return getattr(api, name)
    if name == "Finding":
        from cvlint.model.findings import Finding

        return Finding
    raise AttributeError(f"module 'cvlint' has no attribute {name!r}")
