"""``python -m cvlint``."""

from cvlint.cli import run

run()
