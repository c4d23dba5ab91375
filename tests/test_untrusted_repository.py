"""A repository someone else wrote cannot make cvlint write outside it, lose a file's identity, or lie.

Each test builds the hostile tree, runs the real command in a subprocess from inside it, and checks
what is on disk afterwards.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import ROOT

TODAY = "--today=2026-11-24"
FIXABLE = "# Ada Lovelace\n\nada@example.org\n\n## Experience\n\n- Github Actions pipelines for 12 teams\n"
FIXED = FIXABLE.replace("Github", "GitHub")


def cvlint(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    """The real command, with the environment a user has (no test cache folder unless given)."""
    base = {key: value for key, value in os.environ.items() if key != "CVLINT_CACHE_DIR"}
    return subprocess.run(
        [sys.executable, "-m", "cvlint", *args],
        cwd=cwd,
        capture_output=True,
        env={**base, "NO_COLOR": "1", **(env or {})},
        timeout=300,
    )


def _repository(tmp_path: Path) -> Path:
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    (repo / "resume.md").write_text(FIXABLE, encoding="utf-8")
    return repo


# The cache


def test_links_committed_into_the_cache_folder_are_never_written_through(tmp_path: Path) -> None:
    repo = _repository(tmp_path)
    victim = tmp_path / "authorized_keys"
    victim.write_text("ssh-ed25519 AAAA owner\n", encoding="utf-8")
    (repo / ".cvlint_cache").mkdir()
    (repo / ".cvlint_cache" / ".gitignore").symlink_to(victim)
    (repo / ".cvlint_cache" / "CACHEDIR.TAG").symlink_to(tmp_path / "created-by-cvlint")
    result = cvlint("check", TODAY, "resume.md", cwd=repo)
    assert result.returncode == 1
    assert victim.read_text(encoding="utf-8") == "ssh-ed25519 AAAA owner\n"
    assert not (tmp_path / "created-by-cvlint").exists()
    assert b"not using the cache" in result.stderr and result.stderr.count(b"\n") == 1


def test_a_cache_folder_that_is_a_link_is_not_used(tmp_path: Path) -> None:
    repo = _repository(tmp_path)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (repo / ".cvlint_cache").symlink_to(elsewhere)
    result = cvlint("check", TODAY, "resume.md", cwd=repo)
    assert result.returncode == 1 and b"is a symbolic link" in result.stderr
    assert list(elsewhere.iterdir()) == []


def test_a_link_inside_a_real_cvlint_cache_is_replaced_not_followed(tmp_path: Path) -> None:
    repo = _repository(tmp_path)
    cache = repo / ".cvlint_cache"
    assert cvlint("check", TODAY, "resume.md", cwd=repo).returncode == 1
    (entry,) = cache.rglob("*.json")
    victim = tmp_path / "victim"
    victim.write_text("keep me\n", encoding="utf-8")
    entry.unlink()
    entry.symlink_to(victim)
    shard = entry.parent
    for other in range(3):
        (cache / f"z{other}").symlink_to(tmp_path)  # shards that lead out are never entered
    assert cvlint("check", TODAY, "resume.md", cwd=repo).returncode == 1
    assert victim.read_text(encoding="utf-8") == "keep me\n"
    assert not entry.is_symlink() and json.loads(entry.read_text(encoding="utf-8"))["v"] == 2
    assert shard.is_dir() and not shard.is_symlink()


@pytest.mark.parametrize("value", ["", " ", ".", "./", ".."])
def test_a_cache_setting_naming_the_project_itself_is_refused(tmp_path: Path, value: str) -> None:
    repo = _repository(tmp_path)
    (repo / ".gitignore").write_text("build/\n", encoding="utf-8")
    (repo / "sub").mkdir()
    result = cvlint("check", TODAY, "../resume.md", cwd=repo / "sub", env={"CVLINT_CACHE_DIR": value})
    assert result.returncode == 2
    assert result.stderr.startswith(b"cvlint: error: CVLINT_CACHE_DIR") and result.stderr.count(b"\n") == 1
    assert (repo / ".gitignore").read_text(encoding="utf-8") == "build/\n"
    assert not (repo / "CACHEDIR.TAG").exists() and not (repo / "sub" / "CACHEDIR.TAG").exists()


def test_a_cache_another_cvlint_is_creating_at_the_same_moment_is_used(tmp_path: Path) -> None:
    repo = _repository(tmp_path)
    cache = repo / ".cvlint_cache"
    cache.mkdir()
    (cache / ".gitignore").write_text("# cvlint's cache; safe to delete.\n*\n", encoding="utf-8")
    (cache / "CACHEDIR.TAG.4242.tmp").write_text("Signature: 8a47", encoding="utf-8")  # its tag, half written
    result = cvlint("check", TODAY, "resume.md", cwd=repo)
    assert result.returncode == 1 and b"not using the cache" not in result.stderr
    tag = (cache / "CACHEDIR.TAG").read_text(encoding="utf-8")
    assert tag.startswith("Signature: 8a477f597d28d172789f06886806bc55")
    assert [p.name for p in cache.glob("*.tmp")] == ["CACHEDIR.TAG.4242.tmp"], "this run leaves no file of its own"


def test_a_full_folder_that_is_not_a_cvlint_cache_is_left_alone(tmp_path: Path) -> None:
    repo = _repository(tmp_path)
    (repo / "src").mkdir()
    (repo / "src" / "main.py").write_text("print()\n", encoding="utf-8")
    result = cvlint("check", TODAY, "resume.md", cwd=repo, env={"CVLINT_CACHE_DIR": "src"})
    assert result.returncode == 1 and b"is not a cvlint cache" in result.stderr
    assert sorted(p.name for p in (repo / "src").iterdir()) == ["main.py"]


@pytest.mark.parametrize(
    "entry",
    [
        b"{}",
        b"[]",
        b'{"v": 2, "findings": {}, "probes": []}',
        b'{"v": 2, "findings": [{"c": 1}], "probes": []}',
        b'{"v": 2, "findings": [], "probes": [["/x", "yes"]]}',
        b"\xff\xfe not json",
        b"[" * 100000,
    ],
)
def test_a_malformed_entry_is_a_miss_and_is_replaced(tmp_path: Path, entry: bytes) -> None:
    repo = _repository(tmp_path)
    fresh = cvlint("check", TODAY, "--no-cache", "resume.md", cwd=repo)
    assert cvlint("check", TODAY, "resume.md", cwd=repo).stdout == fresh.stdout
    (path,) = (repo / ".cvlint_cache").rglob("*.json")
    path.write_bytes(entry)
    again = cvlint("check", TODAY, "resume.md", cwd=repo)
    assert (again.returncode, again.stdout, again.stderr) == (fresh.returncode, fresh.stdout, b"")
    assert json.loads(path.read_text(encoding="utf-8"))["v"] == 2


def test_a_deleted_link_target_is_reported_on_a_warm_cache(tmp_path: Path) -> None:
    repo = _repository(tmp_path)
    (repo / "resume.md").write_text(FIXED + "- Wrote [the design notes](notes/design.md)\n", encoding="utf-8")
    (repo / "notes").mkdir()
    (repo / "notes" / "design.md").write_text("notes\n", encoding="utf-8")
    args = ("check", TODAY, "--select", "broken-link", "resume.md")
    assert cvlint(*args, cwd=repo).returncode == 0
    assert cvlint(*args, cwd=repo).returncode == 0
    (repo / "notes" / "design.md").unlink()
    warm = cvlint(*args, cwd=repo)
    assert warm.returncode == 1 and b"notes/design.md" in warm.stdout


def test_two_checkouts_sharing_a_cache_folder_see_their_own_links(tmp_path: Path) -> None:
    cache = tmp_path / "shared-cache"
    text = FIXED + "- Wrote [the design notes](design.md)\n"
    one, two = _repository(tmp_path / "one"), _repository(tmp_path / "two")
    for repo in (one, two):
        (repo / "resume.md").write_text(text, encoding="utf-8")
    (one / "design.md").write_text("notes\n", encoding="utf-8")
    env = {"CVLINT_CACHE_DIR": str(cache)}
    args = ("check", TODAY, "--select", "broken-link", "resume.md")
    assert cvlint(*args, cwd=one, env=env).returncode == 0
    assert cvlint(*args, cwd=two, env=env).returncode == 1
    assert cvlint(*args, cwd=one, env=env).returncode == 0


# --fix


def _fix(repo: Path, name: str = "resume.md") -> subprocess.CompletedProcess[bytes]:
    return cvlint("check", TODAY, "--no-cache", "--fix", "--select", "term-casing", name, cwd=repo)


def test_fix_writes_through_a_link_to_its_target_inside_the_repository(tmp_path: Path) -> None:
    repo = _repository(tmp_path)
    (repo / "cv").mkdir()
    (repo / "resume.md").rename(repo / "cv" / "real.md")
    (repo / "resume.md").symlink_to("cv/real.md")
    assert _fix(repo).returncode == 0
    assert (repo / "resume.md").is_symlink() and os.readlink(repo / "resume.md") == "cv/real.md"
    assert (repo / "cv" / "real.md").read_text(encoding="utf-8") == FIXED


def test_fix_never_writes_through_a_link_out_of_the_repository(tmp_path: Path) -> None:
    repo = _repository(tmp_path)
    outside = tmp_path / "bashrc.md"
    outside.write_text(FIXABLE, encoding="utf-8")
    (repo / "resume.md").unlink()
    (repo / "resume.md").symlink_to(outside)
    result = _fix(repo)
    assert result.returncode == 2
    assert result.stderr == b"resume.md: error: not fixed: it is a symbolic link to a file outside the repository\n"
    assert outside.read_text(encoding="utf-8") == FIXABLE and (repo / "resume.md").is_symlink()


def test_fix_refuses_links_when_configured_so(tmp_path: Path) -> None:
    repo = _repository(tmp_path)
    (repo / ".cvlint.toml").write_text('fix-symlinks = "refuse"\n', encoding="utf-8")
    (repo / "resume.md").rename(repo / "real.md")
    (repo / "resume.md").symlink_to("real.md")
    result = _fix(repo)
    assert result.returncode == 2 and b'symbolic link (fix-symlinks = "refuse")' in result.stderr
    assert (repo / "real.md").read_text(encoding="utf-8") == FIXABLE


def test_fix_keeps_hard_links_one_file(tmp_path: Path) -> None:
    repo = _repository(tmp_path)
    os.link(repo / "resume.md", repo / "copy.md")
    assert _fix(repo).returncode == 0
    assert (repo / "copy.md").read_text(encoding="utf-8") == FIXED
    assert os.stat(repo / "copy.md").st_ino == os.stat(repo / "resume.md").st_ino


def test_fix_keeps_mode_bits_setuid_and_setgid_included(tmp_path: Path) -> None:
    repo = _repository(tmp_path)
    os.chmod(repo / "resume.md", 0o6754)
    before = os.stat(repo / "resume.md")
    assert _fix(repo).returncode == 0
    after = os.stat(repo / "resume.md")
    assert after.st_mode == before.st_mode and (after.st_uid, after.st_gid) == (before.st_uid, before.st_gid)
    assert (repo / "resume.md").read_text(encoding="utf-8") == FIXED


def test_fix_keeps_extended_attributes(tmp_path: Path) -> None:
    repo = _repository(tmp_path)
    try:
        os.setxattr(repo / "resume.md", "user.origin", b"exported from the CV builder")
    except OSError as error:
        pytest.skip(f"this file system keeps no user extended attributes ({error.strerror})")
    assert _fix(repo).returncode == 0
    assert os.getxattr(repo / "resume.md", "user.origin") == b"exported from the CV builder"
    assert (repo / "resume.md").read_text(encoding="utf-8") == FIXED


def test_fix_leaves_a_read_only_file_unless_asked(tmp_path: Path) -> None:
    repo = _repository(tmp_path)
    os.chmod(repo / "resume.md", 0o444)
    result = _fix(repo)
    assert result.returncode == 2 and b"the file is read-only" in result.stderr
    assert (repo / "resume.md").read_text(encoding="utf-8") == FIXABLE
    (repo / ".cvlint.toml").write_text("fix-read-only = true\n", encoding="utf-8")
    assert _fix(repo).returncode == 0
    assert (repo / "resume.md").read_text(encoding="utf-8") == FIXED
    assert os.stat(repo / "resume.md").st_mode & 0o777 == 0o444


def test_fix_needs_no_pid_in_temp_names_and_fits_long_names(tmp_path: Path) -> None:
    repo = _repository(tmp_path)
    name = "r" * 240 + ".md"  # 243 characters: a valid name, too long to carry a suffix
    (repo / "resume.md").rename(repo / name)
    for pid in (1, os.getpid(), 12345):  # stale temp files of any older naming scheme change nothing
        (repo / f".{name[:200]}.cvlint-{pid}.tmp").write_text("stale\n", encoding="utf-8")
    before = {p.name for p in repo.iterdir()}
    assert _fix(repo, name).returncode == 0
    assert (repo / name).read_text(encoding="utf-8") == FIXED
    assert {p.name for p in repo.iterdir()} == before, "no temporary file is left behind"


def _children(pid: int) -> set[int]:
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").iterdir():
        text = (task / "children").read_text()
        found.update(int(child) for child in text.split())
    return found


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux's /proc")
def test_workers_die_with_their_parent(tmp_path: Path) -> None:
    tree = tmp_path / "cvs"
    tree.mkdir()
    example = (ROOT / "examples" / "resume.md").read_bytes()
    for index in range(400):
        (tree / f"resume{index:03}.md").write_bytes(example)
    env = {key: value for key, value in os.environ.items() if key != "CVLINT_CACHE_DIR"}
    process = subprocess.Popen(
        [sys.executable, "-m", "cvlint", "check", TODAY, "--no-cache", "--fix", "--jobs", "2", str(tree)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    workers: set[int] = set()
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and process.poll() is None:
        workers = _children(process.pid)
        if len(workers) >= 2 and any((tree / f).read_bytes() != example for f in ("resume000.md", "resume001.md")):
            break
        time.sleep(0.02)
    if process.poll() is not None:
        pytest.skip("the run ended before its workers could be seen")
    process.kill()  # the main process alone, as timeout, an OOM kill or kill PID do
    process.wait()
    while time.monotonic() < deadline and any(Path(f"/proc/{pid}").exists() for pid in workers):
        time.sleep(0.05)
    alive = [pid for pid in workers if Path(f"/proc/{pid}").exists() and "Z" not in _state(pid)]
    assert not alive, "workers outlived the process that started them"
    process.stdout.close()  # type: ignore[union-attr]
    process.stderr.close()  # type: ignore[union-attr]
    unfixed = sum((tree / f"resume{index:03}.md").read_bytes() == example for index in range(400))
    assert unfixed > 0, "the run was stopped before it had fixed every file"


def _state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return "Z"
