"""Pin what each rule's ``bad`` examples give now into the rule files (as ``cargo insta`` / ``--snapshot-update``).

Every ``bad`` example in ``rules/*.toml`` lists the findings it must give with only its rule selected
(``findings = [{ line, column, message, fix }]``), and ``tests/test_rule_examples.py`` checks exactly
those. After changing what a rule reports, run

    .venv/bin/python scripts/pin_rule_examples.py            # rewrite the pins, print the diff
    .venv/bin/python scripts/pin_rule_examples.py --check    # print the diff, write nothing
    .venv/bin/python scripts/pin_rule_examples.py spelling CV5   # only these rules (names, codes, prefixes)

and read the diff: it is what the change does to the examples. A pin whose message is a fragment of the
new message, at the same place and with the same fix, is kept as written. The rest of each file (layout,
comments, strings) is left as it is. A ``bad`` example that gives no finding, or a ``good`` one that
gives some, cannot be pinned: it is reported and the exit code is 1, as with ``--check`` when a pin is out
of date. Needs tomlkit (in the ``test`` extra).
"""

from __future__ import annotations

import argparse
import difflib
import sys
from pathlib import Path
from typing import Any

import tomlkit
from tomlkit.items import AoT, Table

from cvlint.engine.catalogue import Catalogue, Rule, load_catalogue
from cvlint.engine.example_tables import Example, Pin
from cvlint.engine.rule_examples import example_findings, pin_of, pinned
from cvlint.engine.rule_files import CatalogueError

ROOT = Path(__file__).resolve().parents[1]


def _pins(rule: Rule, example: Example, catalogue: Catalogue) -> tuple[Pin, ...]:
    """What ``example.bad`` gives now, keeping each old pin that still records its finding."""
    assert example.bad is not None
    found = example_findings(rule, example, example.bad, catalogue)
    kept = list(example.findings)
    pins = []
    for finding in found:
        old = next((pin for pin in kept if pinned(pin, finding)), None)
        if old is not None:
            kept.remove(old)
        pins.append(old or pin_of(finding))
    return tuple(pins)


def _array(pins: tuple[Pin, ...]) -> Any:
    array = tomlkit.array()
    for pin in pins:
        table = tomlkit.inline_table()
        table.update({"line": pin.line, "column": pin.column, "message": pin.message})
        if pin.fix is not None:
            table["fix"] = pin.fix
        array.append(table)
    return array.multiline(True)


def _set_findings(table: Table, pins: tuple[Pin, ...]) -> None:
    """Put ``findings`` right after ``bad`` (where an existing one stands, it is replaced in place)."""
    if "findings" in table:
        table["findings"] = _array(pins)
        return
    keys = list(table.keys())
    after = keys[keys.index("bad") + 1 :]
    moved = [(key, table.item(key)) for key in after]
    for key in after:
        del table[key]
    table["findings"] = _array(pins)
    for key, item in moved:
        table[key] = item


def pin_file(path: Path, rule: Rule, catalogue: Catalogue, problems: list[str]) -> str:
    """The text of the rule file at ``path`` with its ``bad`` examples' findings pinned afresh."""
    text = path.read_text(encoding="utf-8")
    document = tomlkit.parse(text)
    tables = document.get("examples")
    if not isinstance(tables, AoT):
        return text
    for table, example in zip(tables, rule.examples, strict=True):
        where = f"{path.name}: {example.title}"
        if example.good is not None and example_findings(rule, example, example.good, catalogue):
            problems.append(f"{where}: the good example gives findings of {rule.name}")
        if example.bad is None:
            continue
        pins = _pins(rule, example, catalogue)
        if not pins:
            problems.append(f"{where}: the bad example gives no finding of {rule.name}; left as it is")
        elif pins != example.findings:
            _set_findings(table, pins)
    return tomlkit.dumps(document)


def main(argv: list[str] | None = None) -> int:
    """Pin the examples of the chosen rules (all by default); 1 when something is wrong or, with ``--check``,
    out of date."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("rules", nargs="*", help="rule names, codes or code prefixes (default: every rule)")
    parser.add_argument("--check", action="store_true", help="print what would change, write nothing")
    parser.add_argument("--rules-dir", type=Path, default=ROOT / "rules", help="the rule files (default: rules/)")
    args = parser.parse_args(argv)
    try:
        catalogue = load_catalogue(args.rules_dir.resolve())  # the checkout's files, wherever cvlint is installed
        chosen = catalogue.select(args.rules, ()) if args.rules else list(catalogue)
    except CatalogueError as error:
        parser.error(str(error))
    problems: list[str] = []
    changed: dict[Path, str] = {}
    for rule in chosen:
        assert rule.path is not None
        old = rule.path.read_text(encoding="utf-8")
        try:
            new = pin_file(rule.path, rule, catalogue, problems)
        except CatalogueError as error:
            problems.append(str(error))
            continue
        if new != old:
            changed[rule.path] = new
            name = rule.path.name
            diff = difflib.unified_diff(old.splitlines(True), new.splitlines(True), f"a/{name}", f"b/{name}")
            sys.stdout.writelines(diff)
    if not args.check:
        for path, text in changed.items():
            path.write_text(text, encoding="utf-8")
    for problem in problems:
        print(f"pin_rule_examples: {problem}", file=sys.stderr)
    count = f"{len(changed)} rule file{'s' if len(changed) != 1 else ''}"
    print(f"pin_rule_examples: {count} {'out of date' if args.check else 'rewritten'}", file=sys.stderr)
    return 1 if problems or (args.check and changed) else 0


if __name__ == "__main__":
    sys.exit(main())
