"""Rule options carry their ranges and the meaning of every choice in the rule's TOML, checked when read."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from conftest import run_cli
from cvlint.checks.privacy import kinds
from cvlint.engine.catalogue import load_catalogue
from cvlint.engine.config import ConfigError, parse_config
from cvlint.engine.lint import lint_source, resolve_settings
from cvlint.engine.rule_files import CatalogueError
from cvlint.resources import rules_dir

CATALOGUE = load_catalogue()
RESUME = "# Dana Example\n\ndana@example.com\n\n## Experience\n\n- Cut checkout latency by 40% for 2M users\n"


def test_an_option_out_of_its_range_is_a_config_error_naming_file_option_and_range(tmp_path: Path) -> None:
    (tmp_path / "resume.md").write_text(RESUME, encoding="utf-8")
    config = tmp_path / ".cvlint.toml"
    cases = {
        "[rules.long-bullet]\nmax-words = -5\n": "rules.long-bullet: option 'max-words' must be at least 1, not -5",
        "[rules.unquantified-bullet]\nmin-quantified-share = 1.5\n": (
            "rules.unquantified-bullet: option 'min-quantified-share' must be from 0.0 to 1.0, not 1.5"
        ),
    }
    for text, message in cases.items():
        config.write_text(text, encoding="utf-8")
        result = run_cli("check", "--no-cache", "resume.md", cwd=tmp_path)
        assert result.returncode == 2, result.stderr.decode()
        assert result.stderr.decode() == f"cvlint: error: {config}: {message}\n"


def test_every_option_has_a_range_or_the_meaning_of_each_choice() -> None:
    for rule in CATALOGUE:
        for option in rule.options.values():
            if isinstance(option.default, int | float) and not isinstance(option.default, bool):
                assert option.range_text(), f"{rule.name}.{option.name} declares no min or max"
            else:
                assert option.choices, f"{rule.name}.{option.name} declares no choices"
                assert all(option.meanings[choice] for choice in option.choices)


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ("default = 3\nmin = 5\n", "the default of option 'limit' must be at least 5, not 3"),
        ("default = 3\nmin = 0.5\n", "option 'limit': min must be a int like its default"),
        ('default = "a"\nmax = 3\n', "option 'limit': max must be a str like its default"),
        ('default = "a"\nchoices = ["a", "b"]\n', "choices must be a table of value = meaning"),
        ('default = true\nchoices = { true = "on", maybe = "?" }\n', "or of true and false, for one taking true"),
        ('default = "a"\nchoices = { a = "one", b = {} }\n', "choice 'b' needs its meaning"),
        ('default = "c"\nchoices = { a = "one" }\n', "the default of option 'limit' must be one of 'a', not 'c'"),
    ],
)
def test_a_rule_file_declaring_an_option_wrongly_is_a_catalogue_error(tmp_path: Path, table: str, message: str) -> None:
    text = (rules_dir() / "CV701-long-bullet.toml").read_text(encoding="utf-8")
    start = text.index("[options.max-words]")
    text = text[:start] + "[options.limit]\n" + table + "\n" + text[start:]
    (tmp_path / "CV701-long-bullet.toml").write_text(text, encoding="utf-8")
    with pytest.raises(CatalogueError, match=message.replace("(", r"\(").replace(")", r"\)")):
        load_catalogue(tmp_path)


def test_each_market_reports_only_kinds_the_privacy_check_knows() -> None:
    privacy = CATALOGUE.rules[[r.name for r in CATALOGUE].index("privacy")]
    market = privacy.options["market"]
    for choice in market.choices:
        reports = market.choice_data[choice]["reports"]
        assert reports and set(reports) <= kinds(privacy), f"market {choice!r} reports {reports}"


def test_a_market_added_in_the_rule_file_is_a_choice_users_can_set(tmp_path: Path) -> None:
    text = (rules_dir() / "CV708-privacy.toml").read_text(encoding="utf-8")
    anchor = 'de = { description = "Germany: ID numbers only", reports = ["id"] }\n'
    added = 'fr = { description = "France: marital status only", reports = ["marital"] }\n'
    (tmp_path / "CV708-privacy.toml").write_text(text.replace(anchor, anchor + added), encoding="utf-8")
    catalogue = load_catalogue(tmp_path)
    config = parse_config({"rules": {"privacy": {"market": "fr"}}}, None, catalogue)
    settings = resolve_settings(config, today=dt.date(2026, 6, 1), catalogue=catalogue, select=("privacy",))
    text = "## Personal details\n\nMarital status: married · SSN 123-45-6789\n"
    findings = lint_source(text, "resume.md", settings)[1]
    assert [f.context for f in findings] == ["Marital status: married · SSN 123-45-6789"]
    assert findings[0].message.startswith("'Marital status': marital status")
    with pytest.raises(ConfigError, match="option 'market' must be one of 'us', 'uk', 'eu', 'de', not 'fr'"):
        parse_config({"rules": {"privacy": {"market": "fr"}}}, None, CATALOGUE)
