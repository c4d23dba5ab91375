"""``python -m cvlint``."""

from cvlint.cli.main import run

run()
