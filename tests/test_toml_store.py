"""The store of parsed bundled TOML files: the same tables as tomllib, kept only where bytecode may be
written, never through a link, and a damaged or stale store changes nothing."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

from cvlint import toml_store
from cvlint.resources import rules_dir


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A fresh, empty store in a folder of its own, as if beside the bytecode."""
    folder = tmp_path / "__pycache__"
    folder.mkdir()
    path = folder / "bundled-toml-test.marshal"
    monkeypatch.setattr(toml_store, "_location", lambda: path)
    monkeypatch.setattr(toml_store, "_state", {"entries": None, "changed": False})
    monkeypatch.setattr(toml_store.atexit, "register", lambda function: None)
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    yield path


def _restart(monkeypatch: pytest.MonkeyPatch) -> None:
    """Forget what this process read, as a new run would."""
    monkeypatch.setattr(toml_store, "_state", {"entries": None, "changed": False})


def _bundled() -> list[Path]:
    return sorted(rules_dir().glob("*.toml")) + sorted(rules_dir().glob("*/*.toml"))


def test_store_gives_what_tomllib_gives_for_every_bundled_file(store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    files = {path.relative_to(rules_dir()).as_posix(): path.read_text(encoding="utf-8") for path in _bundled()}
    parsed = {key: toml_store.parsed(key, text) for key, text in files.items()}
    toml_store._save()
    assert store.is_file()
    _restart(monkeypatch)
    for key, text in files.items():
        assert toml_store.parsed(key, text) == parsed[key] == tomllib.loads(text)
    assert not toml_store._state["changed"]  # every table came from the store


def test_changed_text_is_parsed_afresh(store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert toml_store.parsed("rule.toml", 'name = "old"\n') == {"name": "old"}
    toml_store._save()
    _restart(monkeypatch)
    assert toml_store.parsed("rule.toml", 'name = "new"\n') == {"name": "new"}


def test_a_callers_change_to_a_table_never_reaches_the_store(store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    toml_store.parsed("list.toml", "words = ['a']\n")["words"].append("b")
    assert toml_store.parsed("list.toml", "words = ['a']\n") == {"words": ["a"]}
    toml_store._save()
    _restart(monkeypatch)
    assert toml_store.parsed("list.toml", "words = ['a']\n") == {"words": ["a"]}


def test_damaged_store_is_ignored_and_replaced(store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store.write_bytes(b"\x00not marshal data")
    assert toml_store.parsed("a.toml", "x = 1\n") == {"x": 1}
    toml_store._save()
    _restart(monkeypatch)
    assert toml_store.parsed("a.toml", "x = 1\n") == {"x": 1}
    assert not toml_store._state["changed"]


def test_bad_toml_raises_as_tomllib_does(store: Path) -> None:
    with pytest.raises(tomllib.TOMLDecodeError):
        toml_store.parsed("bad.toml", "x = = 1\n")


def test_tables_with_dates_are_parsed_every_time(store: Path) -> None:
    assert toml_store.parsed("d.toml", "when = 2026-12-01\n")["when"].year == 2026
    assert not toml_store._state["changed"]


def test_not_written_when_bytecode_may_not_be(store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    toml_store.parsed("a.toml", "x = 1\n")
    toml_store._save()
    assert not store.exists()


@pytest.mark.skipif(not hasattr(os, "O_NOFOLLOW"), reason="no O_NOFOLLOW on this system")
def test_never_read_or_written_through_a_link(store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "elsewhere"
    target.write_bytes(b"keep me")
    store.symlink_to(target)
    toml_store.parsed("a.toml", "x = 1\n")
    toml_store._save()
    assert target.read_bytes() == b"keep me"
    folder_link = tmp_path / "linked"
    folder_link.symlink_to(store.parent, target_is_directory=True)
    monkeypatch.setattr(toml_store, "_location", lambda: folder_link / "store.marshal")
    _restart(monkeypatch)
    toml_store.parsed("a.toml", "x = 1\n")
    toml_store._save()
    assert not (store.parent / "store.marshal").exists()


def test_a_cold_check_gives_the_same_findings_with_and_without_the_store(tmp_path: Path) -> None:
    resume = tmp_path / "resume.md"
    resume.write_text("# Dana Example\n\n## Experience\n\n- Responsible for synergy\n-\n", encoding="utf-8")
    command = [sys.executable, "-m", "cvlint", "check", "--no-cache", "--output-format", "concise", str(resume)]
    without = subprocess.run(
        command, capture_output=True, text=True, cwd=tmp_path, env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    )
    runs = [
        subprocess.run(
            command,
            capture_output=True,
            text=True,
            cwd=tmp_path,
            env={k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
        )
        for _ in range(2)
    ]
    assert without.returncode == 1 and "empty-bullet" in without.stdout
    assert all((run.returncode, run.stdout, run.stderr) == (1, without.stdout, without.stderr) for run in runs)
