"""``cvlint server``: the language server for editors."""

from __future__ import annotations

import click

from cvlint.cli.options import fail


@click.command()
def server() -> None:
    """Run the language server (LSP over stdio) for editors."""
    from cvlint.server import EXTRA_MESSAGE, available

    if not available():
        fail(EXTRA_MESSAGE)
    from cvlint.server.app import serve

    serve()
