"""``cvlint server``: a language server (LSP over stdio) built on pygls, an optional extra. It stands on
the application (the runner's configuration lookup and fix loop) and the layers below; only the
commands import it.

Diagnostics on open, change and save; quick fixes, "fix all safe" and suppression comments as code
actions; the rule's summary and examples on hover. It opens no socket: it speaks only on stdin and stdout.
"""

from __future__ import annotations

EXTRA_MESSAGE = "the language server needs the server extra: pip install 'cvlint-resume[server]' (it installs pygls)"


def available() -> bool:
    """True when pygls and lsprotocol are installed."""
    try:
        import lsprotocol  # noqa: F401
        import pygls  # noqa: F401
    except ImportError:
        return False
    return True
