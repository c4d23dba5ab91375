"""Where each rule's documentation is: its TOML file in the repository, at the tag of this version."""

from __future__ import annotations

from cvlint.engine.catalogue import Rule, load_catalogue
from cvlint.project import rule_url


def help_uri(rule: Rule) -> str | None:
    """The rule's documentation; None for a rule of your own (``rule-dirs``)."""
    if rule.matcher is not None or rule.path is None:
        return None
    return rule_url(rule.code, rule.name)


def help_uri_of(code: str) -> str | None:
    """The documentation of the built-in rule ``code``; None when no built-in rule has that code."""
    rule = load_catalogue().get(code)
    return help_uri(rule) if rule is not None and rule.code == code else None
