"""Each rule's documentation: where it is (its TOML file in the repository, at the tag of this version), and
the rule list and explanation ``cvlint rules`` and ``cvlint rule`` print."""

from __future__ import annotations

from cvlint.engine.catalogue import Catalogue, Rule, load_catalogue
from cvlint.project import rule_url


def help_uri(rule: Rule) -> str | None:
    """The rule's documentation; None for a rule of your own (``rule-dirs``)."""
    if rule.custom or rule.path is None:
        return None
    return rule_url(rule.code, rule.name)


def help_uri_of(code: str) -> str | None:
    """The documentation of the built-in rule ``code``; None when no built-in rule has that code."""
    rule = load_catalogue().get(code)
    return help_uri(rule) if rule is not None and rule.code == code else None


def rule_list(catalogue: Catalogue) -> str:
    """``cvlint rules``: a line per rule with its code, name, default severity, fix kind and summary."""
    width = max(len(rule.name) for rule in catalogue)
    lines = [f"{'code':<6}  {'name':<{width}}  {'severity':<8}  {'fix':<9}  summary"]
    lines += [f"{r.code:<6}  {r.name:<{width}}  {r.severity:<8}  {r.fix:<9}  {r.summary}" for r in catalogue]
    return "".join(line + "\n" for line in lines)


def _listed(value: object) -> str:
    return ", ".join(map(str, value)) if isinstance(value, list) else str(value)


def explain(rule: Rule) -> str:
    """``cvlint rule NAME``: the rule's summary, defaults, rationale, options and examples."""
    lines = [
        f"{rule.code} {rule.name}",
        "",
        rule.summary,
        "",
        f"Default severity: {rule.severity}",
        f"Category: {rule.category}",
        f"Fix: {rule.fix}",
        f"Applies to: {', '.join(rule.applies_to)}",
        f"Formats: {', '.join(rule.formats)}",
        *([f"Kind: {rule.matcher.describe()}"] if rule.matcher is not None else []),
        *(f"List {name}: {matcher.describe()}" for name, matcher in rule.matchers.items()),
        "",
        rule.rationale,
    ]
    if rule.options:
        lines += ["", "Options:"]
        for option in rule.options.values():
            bounds = f" ({option.range_text()})" if option.range_text() else ""
            lines.append(f"  {option.name} = {option.default!r}{bounds}: {option.description}")
            for choice in option.choices:
                data = "".join(f"; {key}: {_listed(value)}" for key, value in option.choice_data[choice].items())
                shown = str(choice).lower() if isinstance(choice, bool) else repr(choice)
                lines.append(f"    {shown}: {option.meanings[choice]}{data}")
    for example in rule.examples:
        lines += ["", f"Example: {example.title}"]
        for label, text in (("bad", example.bad), ("fixed", example.fixed), ("good", example.good)):
            if text is not None:
                lines.append(f"  {label}:")
                lines.extend(f"    {line}" for line in text.rstrip("\n").split("\n"))
    return "\n".join(lines) + "\n"
