"""Anything a file system can hand cvlint: findings or one clear line with exit code 2, never a traceback,
and the other files of the run are still linted."""

from __future__ import annotations

import codecs
import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from conftest import FIXTURES, run_cli

TODAY = "--today=2026-11-24"
GOOD = "## Experience\n\n### Engineer, Acme\n2020 – 2022\n\n- Led 4 engineers\n-\n"

FINDINGS = {
    "bom.md": codecs.BOM_UTF8 + GOOD.encode(),
    "crlf.md": GOOD.replace("\n", "\r\n").encode(),
    "cr.md": GOOD.replace("\n", "\r").encode(),
    "mixed.md": b"## Experience\r\n\n- Led 4 people\r-\n- Ran 3 teams\r\n",
    "utf16.md": codecs.BOM_UTF16_LE + GOOD.encode("utf-16-le"),
    "cp1252.md": "## Expérience\n\n- Réduit les coûts de 30 % — à Genève\n-\n".encode("cp1252"),
    "euckr.md": "## 경력\n\n- 팀원 4명을 이끌었습니다\n-\n".encode("euc-kr"),
    "sjis.md": "## 職歴\n\n- 4人のチームを率いた\n-\n".encode("shift_jis"),
    "invalid-utf8.md": "## Experience\n\n- Led the Café team — naïve ".encode() + b"\xff plan\n-\n",
    "long-line.md": b"- " + b"word 2020 - 2021 " * 60_000 + b"\n-\n",
    "nested.md": b"-\n\n" + ("- " * 10_000 + "x\n").encode() + ("> " * 10_000 + "deep\n").encode(),
}
ERRORS = {
    "empty.md": (b"", "file is empty"),
    "blank.md": (b"  \n\t\n", "file has no text (only white space)"),
    "png.md": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not a text file: looks like a PNG image"),
    "pdf.md": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "not a text file: looks like a PDF document"),
    "nul.md": (
        b"## Experience\n\n- Led\x00 4 people\n",
        "not a text file: looks like binary data (it contains NUL bytes)",
    ),
    "deep.yaml": (b"cv: " + b"[" * 20_000 + b"]" * 20_000 + b"\n", "cannot read: the YAML is nested too deeply"),
    "deep.json": (b"[" * 20_000 + b"]" * 20_000, "not valid JSON: line 1, column 202: nested too deeply"),
}


def _errors(result: subprocess.CompletedProcess[bytes]) -> list[str]:
    return result.stderr.decode("utf-8").splitlines()


@pytest.mark.parametrize("name", sorted(FINDINGS))
def test_odd_but_readable_files_get_findings(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(FINDINGS[name])
    result = run_cli("check", TODAY, str(path))
    assert result.stderr == b""  # no traceback, and no warning of a library either
    assert result.returncode == 1, result.stderr
    assert b"CV101 [empty-bullet]" in result.stdout


@pytest.mark.parametrize("name", sorted(ERRORS))
def test_unreadable_content_is_one_line_and_exit_2_while_others_are_linted(tmp_path: Path, name: str) -> None:
    data, message = ERRORS[name]
    (tmp_path / name).write_bytes(data)
    shutil.copy(FIXTURES / "flawed_resume.txt", tmp_path / "cv.txt")
    result = run_cli("check", TODAY, str(tmp_path / name), str(tmp_path / "cv.txt"))
    assert result.returncode == 2
    assert _errors(result) == [f"{tmp_path / name}: error: {message}"]
    assert b"cv.txt:10:1: CV101" in result.stdout


def test_file_system_oddities(tmp_path: Path) -> None:
    big = tmp_path / "big.md"
    big.write_bytes(b"- Led a team of 4 engineers across 3 time zones\n" * 450_000)
    (tmp_path / "resume.md").mkdir()
    os.symlink(tmp_path / "loop2.md", tmp_path / "loop1.md")
    os.symlink(tmp_path / "loop1.md", tmp_path / "loop2.md")
    os.mkfifo(tmp_path / "fifo.md")
    shutil.copy(FIXTURES / "flawed_resume.txt", tmp_path / "cv.txt")
    names = ["big.md", "resume.md", "loop1.md", "fifo.md", "missing.md", "cv.txt"]
    result = run_cli("check", TODAY, *(str(tmp_path / name) for name in names))
    assert result.returncode == 2
    assert _errors(result) == [
        f"{big}: error: file is too large (20.6 MiB; the limit is 8 MiB)",
        f"{tmp_path / 'resume.md'}: error: is a folder with no résumé or cover letter in it"
        " (name the files, or use --include)",
        f"{tmp_path / 'loop1.md'}: error: cannot read: Too many levels of symbolic links",
        f"{tmp_path / 'fifo.md'}: error: not a regular file",
        f"{tmp_path / 'missing.md'}: error: no such file",
    ]
    assert b"cv.txt:10:1: CV101" in result.stdout


@pytest.mark.skipif(not Path("/proc/self/mem").exists(), reason="needs Linux /proc")
def test_a_file_that_fails_to_read() -> None:
    # /proc/self/mem is a regular file whose first bytes cannot be read (EIO), even by root.
    result = run_cli("check", "/proc/self/mem")
    assert result.returncode == 2
    assert _errors(result) in (
        ["/proc/self/mem: error: cannot read: Input/output error"],
        ["/proc/self/mem: error: file is empty"],
    )


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_permissions(tmp_path: Path) -> None:
    path = tmp_path / "cv.md"
    path.write_text(GOOD, encoding="utf-8")
    path.chmod(0)
    result = run_cli("check", str(path))
    assert result.returncode == 2
    assert _errors(result) == [f"{path}: error: cannot read: Permission denied"]


def test_file_that_changes_while_linted(tmp_path: Path) -> None:
    path = tmp_path / "cv.md"
    versions = [GOOD.encode(), (GOOD + "- Ran 3 teams\n-\n").encode()]
    path.write_bytes(versions[0])
    stop = threading.Event()

    def rewrite() -> None:
        index = 0
        while not stop.is_set():
            index = 1 - index
            temporary = tmp_path / f".w{index}"
            temporary.write_bytes(versions[index])
            os.replace(temporary, path)
            time.sleep(0.001)

    writer = threading.Thread(target=rewrite)
    writer.start()
    try:
        results = [run_cli("check", TODAY, "--fix", str(path)) for _ in range(5)]
    finally:
        stop.set()
        writer.join()
    for result in results:
        assert b"Traceback" not in result.stderr
        assert result.returncode in (0, 1, 2)
        assert not result.stderr or _errors(result) == [
            f"{path}: error: not fixed: the file changed while it was linted"
        ]
    fixed = [v.replace(b"-\n", b"", 1) if v.endswith(b"-\n") else v for v in versions]
    assert path.read_bytes() in versions + fixed + [versions[1].replace(b"\n-\n", b"\n")]


def test_fix_interrupted_leaves_old_or_new_file(tmp_path: Path) -> None:
    path = tmp_path / "cv.md"
    original = ("## Experience\n\n" + "- Led 4 engineers â€” shipped 3 releases\n" * 6_000).encode()
    fixed = original.replace("â€”".encode(), "—".encode())
    command = [sys.executable, "-m", "cvlint", "check", "--fix", "--select", "encoding-corruption", str(path)]
    path.write_bytes(original)
    began = time.perf_counter()
    subprocess.run(command, capture_output=True, check=False)
    duration = time.perf_counter() - began
    assert path.read_bytes() == fixed
    # Kill the process at moments spread over its run, the last ones near the write at its end.
    for fraction in (0.3, 0.6, 0.8, 0.9, 0.95, 0.98, 1.0):
        path.write_bytes(original)
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(duration * fraction)
        process.kill()
        process.wait()
        assert path.read_bytes() in (original, fixed)
        leftovers = [p.name for p in tmp_path.iterdir() if p.name != "cv.md"]
        # A kill during the write leaves the atomic writer's temporary file (app/atomic_write.py), never
        # anything else.
        assert all(name.startswith(".cvlint-") and name.endswith(".tmp") for name in leftovers), leftovers
        for name in leftovers:
            (tmp_path / name).unlink()


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="needs a file system that takes any bytes as a name")
def test_a_file_name_that_is_not_utf8_is_shown_with_a_replacement_character(tmp_path: Path) -> None:
    path = os.path.join(os.fsencode(tmp_path), b"\xffcv.md")
    with open(path, "wb") as handle:
        handle.write(GOOD.encode())
    for output_format in ("text", "json", "sarif", "gitlab", "junit", "github", "rdjsonl"):
        result = run_cli("check", TODAY, "--output-format", output_format, str(tmp_path))
        assert (result.returncode, result.stderr) == (1, b""), output_format
    shown = run_cli("check", TODAY, str(tmp_path)).stdout.decode("utf-8")
    assert f"{tmp_path}/\ufffdcv.md:7:1: CV101" in shown
    run_cli("check", TODAY, "--fix", str(tmp_path))
    with open(path, "rb") as handle:
        assert handle.read() == GOOD.replace("-\n", "").encode(), "the file under its real name is fixed"
