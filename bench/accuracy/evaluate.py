"""Precision and recall of cvlint's rules on annotated corpus documents, and the fixes that write wrong text.

Run by hand from the repository root, with cvlint installed::

    python bench/accuracy/evaluate.py --corpus ../shared/corpus

Each document listed in ``documents.txt`` has a file in ``annotations/`` that judges the findings a
reviewer read (``right`` or ``wrong``) and names the problems cvlint missed (``missing``); see
``README.md`` beside this script. The documents themselves are not in this repository. No test uses
this script.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tomllib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
GROUPS = {"markdown": "Markdown/text", "text": "Markdown/text", "cover-letters": "cover letters"}


@dataclass
class Item:
    """One annotation: a finding judged, or a problem that should have been found."""

    file: str
    line: int
    rule: str
    verdict: str
    text: str = ""
    fix: str = ""
    note: str = ""
    matched: bool = False


def _share(numerator: int, denominator: int) -> str:
    return f"{numerator / denominator:.0%}" if denominator else "-"


@dataclass
class Tally:
    """Counts for one rule or one group."""

    findings: int = 0
    right: int = 0
    wrong: int = 0
    unjudged: int = 0
    expected: int = 0
    found: int = 0
    wrong_fixes: list[str] = field(default_factory=list)

    def precision(self) -> str:
        return _share(self.right, self.right + self.wrong)

    def recall(self) -> str:
        return _share(self.found, self.expected)


def documents() -> list[str]:
    """The annotated documents, as paths under the corpus."""
    lines = (HERE / "documents.txt").read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def annotation_path(document: str) -> Path:
    """Where the annotations of ``document`` are kept."""
    return HERE / "annotations" / (document.replace("/", "--") + ".toml")


def load_items(document: str) -> list[Item] | None:
    """The annotations of ``document``, or None when it has not been annotated yet."""
    path = annotation_path(document)
    if not path.exists():
        return None
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    items = []
    for raw in data.get("item", []):
        if raw.get("verdict") not in ("right", "wrong", "missing"):
            raise SystemExit(f"{path}: verdict must be right, wrong or missing: {raw}")
        items.append(
            Item(
                str(raw["file"]),
                int(raw["line"]),
                str(raw["rule"]),
                str(raw["verdict"]),
                str(raw.get("text", "")),
                str(raw.get("fix", "")),
                str(raw.get("note", "")),
            )
        )
    return items


def lint(corpus: Path, names: list[str], today: str) -> list[dict[str, Any]]:
    """cvlint's findings on ``names`` (paths under ``corpus``), as its stable JSON output."""
    command = ["cvlint", "check", "--no-cache", "--today", today, "--output-format", "json", *names]
    result = subprocess.run(command, cwd=corpus, capture_output=True, check=False)
    if result.returncode not in (0, 1, 2) or not result.stdout.strip():
        raise SystemExit(f"cvlint failed ({result.returncode}): {result.stderr.decode(errors='replace')}")
    for line in result.stderr.decode(errors="replace").splitlines():
        print(f"  cvlint: {line}", file=sys.stderr)
    findings: list[dict[str, Any]] = json.loads(result.stdout)
    return findings


def flagged(corpus: Path, finding: dict[str, Any], cache: dict[str, list[str]]) -> str:
    """The text a finding marks (its first line, when it spans several), plus its message."""
    path = finding["path"]
    if path not in cache:
        try:
            cache[path] = (corpus / path).read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError:
            cache[path] = []
    lines = cache[path]
    text = ""
    if 0 < finding["line"] <= len(lines):
        row = lines[finding["line"] - 1]
        end = finding["end_column"] - 1 if finding["end_line"] == finding["line"] else len(row)
        text = row[finding["column"] - 1 : end]
    return f"{text}\n{finding['message']}"


def owner(path: str, names: list[str]) -> str:
    """The listed document a linted file belongs to (a folder document holds several files)."""
    for name in names:
        if path == name or path.startswith(name.rstrip("/") + "/"):
            return name
    return path


def evaluate(corpus: Path, today: str) -> dict[str, Any]:
    """Match findings to annotations; the tallies per rule and per group, and what is unjudged."""
    names = documents()
    annotated = {name: load_items(name) for name in names}
    findings = lint(corpus, names, today)
    lines: dict[str, list[str]] = {}
    per_rule: dict[str, Tally] = defaultdict(Tally)
    per_group: dict[str, Tally] = defaultdict(Tally)
    unjudged: list[str] = []
    for finding in findings:
        document = owner(finding["path"], names)
        items = annotated.get(document)
        if items is None:
            continue
        group = GROUPS.get(document.split("/", 1)[0], "structured")
        tallies = (per_rule[finding["rule"]], per_group[group], per_group["all"])
        for tally in tallies:
            tally.findings += 1
        text = flagged(corpus, finding, lines)
        match = next(
            (
                item
                for item in items
                if not item.matched
                and item.file == finding["path"]
                and item.line == finding["line"]
                and item.rule == finding["rule"]
                and item.text in text
            ),
            None,
        )
        where = f"{finding['path']}:{finding['line']}:{finding['column']} {finding['rule']}: {finding['message']}"
        if match is None:
            for tally in tallies:
                tally.unjudged += 1
            unjudged.append(where)
            continue
        match.matched = True
        verdict = "right" if match.verdict in ("right", "missing") else "wrong"
        for tally in tallies:
            setattr(tally, verdict, getattr(tally, verdict) + 1)
        if finding.get("fix") and match.fix == "wrong":
            kind = finding["fix"]["applicability"]
            for tally in tallies:
                tally.wrong_fixes.append(f"[{kind}] {where}")
    for name, items in annotated.items():
        group = GROUPS.get(name.split("/", 1)[0], "structured")
        for item in items or []:
            if item.verdict in ("right", "missing"):
                for tally in (per_rule[item.rule], per_group[group], per_group["all"]):
                    tally.expected += 1
                    tally.found += item.matched
    done = sum(items is not None for items in annotated.values())
    return {"annotated": done, "documents": len(names), "rules": per_rule, "groups": per_group, "unjudged": unjudged}


def table(tallies: dict[str, Tally], title: str) -> list[str]:
    """A Markdown table of ``tallies``."""
    rows = [
        f"| {title} | findings | right | wrong | unjudged | precision | expected | found | recall | wrong fixes |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for name in sorted(tallies, key=lambda key: (key == "all", key)):
        t = tallies[name]
        rows.append(
            f"| {name} | {t.findings} | {t.right} | {t.wrong} | {t.unjudged} | {t.precision()} | {t.expected} "
            f"| {t.found} | {t.recall()} | {len(t.wrong_fixes)} |"
        )
    return rows


def comparison(before: dict[str, Any], after: dict[str, Tally], title: str) -> list[str]:
    """A Markdown table of precision, recall and wrong safe fixes before (an earlier ``--json``) and now."""
    rows = [
        f"| {title} | precision before | after | recall before | after | wrong safe fixes before | after "
        "| unjudged now |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    empty = {"right": 0, "wrong": 0, "found": 0, "expected": 0, "wrong_fixes": []}
    for name in sorted(set(before) | set(after), key=lambda key: (key == "all", key)):
        old = before.get(name, empty)
        new = after.get(name, Tally())
        safe_before = sum(line.startswith("[safe]") for line in old["wrong_fixes"])
        safe_after = sum(line.startswith("[safe]") for line in new.wrong_fixes)
        rows.append(
            f"| {name} | {_share(old['right'], old['right'] + old['wrong'])} | {new.precision()} "
            f"| {_share(old['found'], old['expected'])} | {new.recall()} | {safe_before} | {safe_after} "
            f"| {new.unjudged} |"
        )
    return rows


def main() -> None:
    """Print the evaluation as Markdown (or JSON with --json)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpus"))
    parser.add_argument("--today", default="2026-12-01")
    parser.add_argument("--json", action="store_true", help="print the tallies as JSON")
    parser.add_argument("--unjudged", action="store_true", help="list every finding no annotation judges")
    parser.add_argument(
        "--before", type=Path, help="an earlier run's --json output: print precision and recall before and now"
    )
    args = parser.parse_args()
    result = evaluate(args.corpus.resolve(), args.today)
    if args.before:
        before = json.loads(args.before.read_text(encoding="utf-8"))
        print("\n".join(comparison(before["groups"], result["groups"], "group")))
        print()
        print("\n".join(comparison(before["rules"], result["rules"], "rule")))
        return
    if args.json:
        print(
            json.dumps(
                {
                    "annotated": result["annotated"],
                    "rules": {k: vars(v) for k, v in result["rules"].items()},
                    "groups": {k: vars(v) for k, v in result["groups"].items()},
                    "unjudged": result["unjudged"],
                },
                indent=1,
            )
        )
        return
    print(f"{result['annotated']} of {result['documents']} documents annotated\n")
    print("\n".join(table(result["groups"], "group")))
    print()
    print("\n".join(table(result["rules"], "rule")))
    wrong = result["groups"]["all"].wrong_fixes if "all" in result["groups"] else []
    kinds = Counter(line.split("]", 1)[0].lstrip("[") for line in wrong)
    print(f"\nFixes judged wrong: {kinds.get('safe', 0)} safe, {kinds.get('unsafe', 0)} unsafe")
    for line in wrong:
        print(f"- {line}")
    if args.unjudged:
        print(f"\nUnjudged findings ({len(result['unjudged'])}):")
        for line in result["unjudged"]:
            print(f"- {line}")


if __name__ == "__main__":
    main()
