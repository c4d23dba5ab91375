"""Rules of your own, as data: TOML files in the folders a configuration names with ``rule-dirs``.

A custom rule has the fields of a built-in rule file (code, name, severity, category, summary,
rationale, examples) and a ``[match]`` table of one of the kinds of ``cvlint.rule.kinds`` (existence,
substitution, consistency, occurrence), checked when the configuration is read. Nothing in a rule file
runs code.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from cvlint.engine.catalogue import Rule, rule_from_data
from cvlint.engine.rule_files import CatalogueError, read_rule_file
from cvlint.rule.repository import path_inside


def load_rule_dirs(folders: Iterable[Path], root: Path) -> list[Rule]:
    """The rules of every ``*.toml`` file in ``folders`` (sorted by name); ``CatalogueError`` when one is wrong.

    The folders are inside ``root`` (resolved); a rule file that is a link to a file outside it is refused, unread.
    """
    rules: list[Rule] = []
    for folder in folders:
        if not folder.is_dir():
            raise CatalogueError(f"{folder}: rule-dirs names a folder that does not exist")
        for path in sorted(folder.glob("*.toml")):
            if path_inside(root, folder, path.name) is None:
                raise CatalogueError(f"{path}: a link to a file outside {root}, the repository it configures")
            rules.append(rule_from_data(read_rule_file(path), path, custom=True))
    return rules
