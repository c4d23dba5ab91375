"""scripts/pin_rule_examples.py: rewrites out-of-date pins from what the rules give now, keeps the layout."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from conftest import ROOT

SCRIPT = ROOT / "scripts" / "pin_rule_examples.py"
RULE = "CV701-long-bullet.toml"


def _pin(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args], capture_output=True, text=True, timeout=300, check=False
    )


def test_the_bundled_examples_are_pinned() -> None:
    result = _pin("--check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == "" and result.stderr == "pin_rule_examples: 0 rule files out of date\n"


def test_a_stale_pin_is_rewritten_and_shown_and_the_rest_of_the_file_kept(tmp_path: Path) -> None:
    original = (ROOT / "rules" / RULE).read_text(encoding="utf-8")
    pinned = "{line = 1, column = 3, message = "
    assert original.count(pinned) == 1
    stale = original.replace(pinned, "{line = 1, column = 5, message = ")
    (tmp_path / RULE).write_text(stale, encoding="utf-8")
    checked = _pin("--check", "--rules-dir", str(tmp_path))
    assert checked.returncode == 1 and (tmp_path / RULE).read_text(encoding="utf-8") == stale
    assert f"--- a/{RULE}\n+++ b/{RULE}\n" in checked.stdout
    assert "\n-    {line = 1, column = 5, message = " in checked.stdout
    assert "\n+    {line = 1, column = 3, message = " in checked.stdout
    assert checked.stderr.endswith("1 rule file out of date\n")
    written = _pin("--rules-dir", str(tmp_path), "long-bullet")
    assert written.returncode == 0 and written.stdout == checked.stdout
    assert (tmp_path / RULE).read_text(encoding="utf-8") == original


def test_a_message_fragment_that_still_matches_is_kept_and_missing_pins_are_added(tmp_path: Path) -> None:
    original = (ROOT / "rules" / RULE).read_text(encoding="utf-8")
    start = original.index("findings = [")
    end = original.index("]\n", start) + 2
    message = original[original.index('message = "', start) + len('message = "') : original.index('"}', start)]
    fragment = original.replace(message, message.split(" (")[0][:20])
    (tmp_path / RULE).write_text(fragment, encoding="utf-8")
    kept = _pin("--check", "--rules-dir", str(tmp_path))
    assert kept.returncode == 0 and kept.stdout == ""
    (tmp_path / RULE).write_text(original[:start] + original[end:], encoding="utf-8")
    added = _pin("--rules-dir", str(tmp_path))
    assert added.returncode == 0 and (tmp_path / RULE).read_text(encoding="utf-8") == original


def test_an_example_that_cannot_be_pinned_is_reported(tmp_path: Path) -> None:
    original = (ROOT / "rules" / RULE).read_text(encoding="utf-8")
    good = original.index('good = """\n') + len('good = """\n')
    wordy = "- " + " ".join(["word"] * 60) + "\n"
    (tmp_path / RULE).write_text(original[:good] + wordy + original[good:], encoding="utf-8")
    result = _pin("--rules-dir", str(tmp_path))
    assert result.returncode == 1
    assert f"pin_rule_examples: {RULE}: example 2: the good example gives findings of long-bullet\n" in result.stderr
