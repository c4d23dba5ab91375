"""The bundled verb tables match lemminflect, the morphology library they are generated from."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from cvlint.verbs import analyse

ROOT = Path(__file__).resolve().parents[1]


def test_tables_are_up_to_date_with_lemminflect() -> None:
    pytest.importorskip("lemminflect")
    spec = importlib.util.spec_from_file_location("build_verb_table", ROOT / "scripts" / "build_verb_table.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_verb_table"] = module
    spec.loader.exec_module(module)
    verbs, index, plurals = module.build()
    wordlists = ROOT / "rules" / "wordlists"
    assert (wordlists / "verb-forms.tsv").read_text(encoding="utf-8") == verbs, "run scripts/build_verb_table.py"
    assert (wordlists / "verb-index.tsv").read_text(encoding="utf-8") == index, "run scripts/build_verb_table.py"
    assert (wordlists / "plural-nouns.txt").read_text(encoding="utf-8") == plurals, "run scripts/build_verb_table.py"


@pytest.mark.parametrize(
    ("word", "form", "past", "noun_too"),
    [
        ("Develop", "base", "developed", False),
        ("Leads", "third-person", "led", True),
        ("Managing", "gerund", "managed", False),
        ("Lead", "base", "led", True),
        ("Led", "past", "led", False),
        ("Built", "past", "built", False),
        ("Found", "past", "found", False),
        ("Cut", "past", "cut", True),
    ],
)
def test_forms(word: str, form: str, past: str, noun_too: bool) -> None:
    verb = analyse(word)
    assert verb is not None
    assert (verb.form, verb.noun_too) == (form, noun_too)
    if form != "past":
        assert verb.past == past


def test_not_verbs() -> None:
    assert analyse("Kubernetes") is None
    assert analyse("Maintenance") is None


def test_english_word_lists_are_up_to_date_with_pyspellchecker() -> None:
    pytest.importorskip("spellchecker")
    spec = importlib.util.spec_from_file_location("build_word_list", ROOT / "scripts" / "build_word_list.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_word_list"] = module
    spec.loader.exec_module(module)
    everything, common = module.build()
    wordlists = ROOT / "rules" / "wordlists"
    assert (wordlists / "english-words.tsv").read_text(encoding="utf-8") == everything, "run scripts/build_word_list.py"
    assert (wordlists / "common-words.txt").read_text(encoding="utf-8") == common, "run scripts/build_word_list.py"
    from cvlint.checks.spelling import MIN_FREQUENCY

    assert module.COMMON == MIN_FREQUENCY
