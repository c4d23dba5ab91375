"""``cvlint rules`` and ``cvlint rule NAME``: the catalogue that applies here, and one rule explained."""

from __future__ import annotations

from pathlib import Path

import click

from cvlint.cli.options import fail
from cvlint.engine.catalogue import Catalogue, load_catalogue
from cvlint.engine.config import ConfigError, find_config_file, load_config
from cvlint.engine.rule_files import CatalogueError


def _catalogue_here() -> Catalogue:
    """The built-in rules plus those of the ``rule-dirs`` of the configuration that applies here."""
    catalogue = load_catalogue()
    found = find_config_file(Path.cwd())
    if found is None:
        return catalogue
    try:
        return load_config(found, catalogue).catalogue or catalogue
    except (ConfigError, CatalogueError) as error:
        fail(str(error))


@click.command("rules")
def list_rules() -> None:
    """List every rule (yours from rule-dirs too): code, name, default severity, and whether it can fix."""
    from cvlint.output.rule_docs import rule_list

    click.echo(rule_list(_catalogue_here()), nl=False)


@click.command("rule")
@click.argument("name")
def explain_rule(name: str) -> None:
    """Explain one rule, by name or code, with its examples."""
    from cvlint.output.rule_docs import explain

    rule = _catalogue_here().get(name)
    if rule is None:
        fail(f"unknown rule '{name}' (see 'cvlint rules')")
    click.echo(explain(rule), nl=False)
