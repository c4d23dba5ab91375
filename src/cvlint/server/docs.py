"""What an editor shows about a rule: the link to its documentation and the hover text."""

from __future__ import annotations

import re

from cvlint.engine.catalogue import Rule
from cvlint.engine.example_tables import Example
from cvlint.project import REPOSITORY_URL
from cvlint.resources import rules_dir


def rule_url(rule: Rule) -> str | None:
    """The documentation of ``rule``: its TOML file in the repository, or on disk for a rule of your own."""
    if rule.path is None:
        return None
    if not rule.custom and rule.path.parent == rules_dir():
        return f"{REPOSITORY_URL}/blob/main/rules/{rule.path.name}"
    return rule.path.resolve().as_uri()


def _fence(text: str, language: str) -> str:
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    marks = "`" * max(3, longest + 1)
    return f"{marks}{language}\n{text.strip(chr(10))}\n{marks}"


def _pick(examples: tuple[Example, ...], fmt: str) -> tuple[Example | None, str | None, str]:
    """A bad example (preferably in ``fmt``), a good text for it, and the format they are written in."""
    ordered = sorted(examples, key=lambda example: example.format != fmt)
    bad = next((example for example in ordered if example.bad is not None), None)
    good_example = next((example for example in ordered if example.good is not None), None)
    if bad is not None and bad.fixed is not None:
        return bad, bad.fixed, bad.format
    good = good_example.good if good_example else None
    return bad, good, bad.format if bad else good_example.format if good_example else fmt


def hover_markdown(rule: Rule, fmt: str) -> str:
    """The rule's code, name and summary, a bad and a good example, and a link to the rule's page."""
    parts = [f"**{rule.code}** `{rule.name}` ({rule.severity})", rule.summary]
    bad, good, written_in = _pick(rule.examples, fmt)
    if bad is not None and bad.bad is not None:
        parts += ["Bad:", _fence(bad.bad, written_in)]
    if good is not None:
        parts += ["Good:", _fence(good, written_in)]
    url = rule_url(rule)
    if url:
        parts.append(f"[{rule.code} {rule.name}]({url})")
    return "\n\n".join(parts)


def hover_plain(rule: Rule, fmt: str) -> str:
    """``hover_markdown`` for clients that show plain text only."""
    lines = [f"{rule.code} {rule.name} ({rule.severity})", rule.summary]
    bad, good, _ = _pick(rule.examples, fmt)
    if bad is not None and bad.bad is not None:
        lines += ["", "Bad:", bad.bad.strip("\n")]
    if good is not None:
        lines += ["", "Good:", good.strip("\n")]
    url = rule_url(rule)
    if url:
        lines += ["", url]
    return "\n".join(lines)
