"""--jobs gives the same output as one process; the cache gives the same findings as a fresh lint."""

from __future__ import annotations

import shutil
from pathlib import Path

from conftest import FIXTURES, ROOT, run_cli

TODAY = "--today=2026-11-24"


def _tree(tmp_path: Path, copies: int = 12) -> Path:
    tree = tmp_path / "cvs"
    for index in range(copies):
        folder = tree / f"team{index % 3}"
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copy(FIXTURES / "flawed_resume.txt", folder / f"cv{index}.txt")
        shutil.copy(ROOT / "examples" / "resume.md", folder / f"resume{index}.md")
    (tree / "team1" / "empty-resume.md").write_bytes(b"")  # named like a résumé, so a folder walk takes it
    return tree


def test_jobs_output_is_identical(tmp_path: Path) -> None:
    tree = _tree(tmp_path)
    serial = run_cli("check", TODAY, "--no-cache", "--jobs", "1", "--output-format", "json", str(tree))
    parallel = run_cli("check", TODAY, "--no-cache", "--jobs", "3", "--output-format", "json", str(tree))
    assert serial.returncode == parallel.returncode == 2
    assert serial.stdout == parallel.stdout and serial.stdout.count(b'"rule"') > 100
    assert serial.stderr == parallel.stderr == f"{tree / 'team1' / 'empty-resume.md'}: error: file is empty\n".encode()


def test_jobs_stop_on_a_wrong_folder_configuration_as_one_process_does(tmp_path: Path) -> None:
    tree = _tree(tmp_path)
    (tree / "team2" / ".cvlint.toml").write_text('selekt = ["empty-bullet"]\n', encoding="utf-8")
    serial = run_cli("check", TODAY, "--no-cache", "--jobs", "1", str(tree))
    parallel = run_cli("check", TODAY, "--no-cache", "--jobs", "3", str(tree))
    expected = f"cvlint: error: {tree / 'team2' / '.cvlint.toml'}: unknown key 'selekt'"
    assert serial.returncode == parallel.returncode == 2
    assert serial.stderr == parallel.stderr
    assert serial.stderr.decode().splitlines()[-1].startswith(expected), serial.stderr
    assert b"internal error" not in parallel.stderr and b"Traceback" not in parallel.stderr


def test_cache_hits_match_fresh_lint_and_invalidate(tmp_path: Path) -> None:
    tree = _tree(tmp_path, copies=2)
    cache = tmp_path / "cache"
    env = {"CVLINT_CACHE_DIR": str(cache)}
    fresh = run_cli("check", TODAY, "--no-cache", str(tree))
    assert not cache.exists()
    first = run_cli("check", TODAY, str(tree), env=env)
    entries = sorted(cache.rglob("*.json"))
    assert len(entries) == 4 and (cache / "CACHEDIR.TAG").exists() and (cache / ".gitignore").exists()
    second = run_cli("check", TODAY, str(tree), env=env)
    assert fresh.stdout == first.stdout == second.stdout
    assert sorted(cache.rglob("*.json")) == entries, "a second run only reads the cache"
    target = tree / "team0" / "cv0.txt"
    target.write_text(
        target.read_text(encoding="utf-8").replace("Improved the quality", "Cut errors by 40% in"), encoding="utf-8"
    )
    changed = run_cli("check", TODAY, str(tree), env=env)
    assert changed.stdout != second.stdout
    assert changed.stdout == run_cli("check", TODAY, "--no-cache", str(tree)).stdout
    later = run_cli("check", "--today=2027-01-01", str(tree), env=env)
    assert len(list(cache.rglob("*.json"))) > len(entries) + 1, "another date is another cache entry"
    assert later.returncode == 2, "errors are never cached"
