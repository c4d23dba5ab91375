"""--fix on real files: only the fixed bytes change; line endings, BOM, mode and the rest stay."""

from __future__ import annotations

import json
import os
import stat
import subprocess
from pathlib import Path

import pytest

from conftest import FIXTURES, run_cli

TODAY = "--today=2026-11-24"


def _write(path: Path, data: bytes, mode: int = 0o640) -> None:
    path.write_bytes(data)
    os.chmod(path, mode)


def test_fix_preserves_crlf_bom_and_mode(tmp_path: Path) -> None:
    path = tmp_path / "cv.md"
    original = (
        "\ufeff## Experience\r\n\r\n- Led 4 engineers\r\n-\r\n- Worked with the CafÃ© team on 3 launches\r\n".encode()
    )
    _write(path, original, 0o640)
    result = run_cli("check", TODAY, "--fix", "--select", "CV1,CV2", str(path))
    assert result.returncode == 0, result.stdout
    assert (
        path.read_bytes()
        == "\ufeff## Experience\r\n\r\n- Led 4 engineers\r\n- Worked with the Café team on 3 launches\r\n".encode()
    )
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert b"Fixed 2 problems" in result.stdout


def test_second_fix_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "example.md"
    path.write_bytes((Path(__file__).parents[1] / "examples" / "resume.md").read_bytes())
    run_cli("check", TODAY, "--fix", "--unsafe-fixes", str(path))
    once = path.read_bytes()
    mtime = path.stat().st_mtime_ns
    result = run_cli("check", TODAY, "--fix", "--unsafe-fixes", str(path))
    assert path.read_bytes() == once
    assert path.stat().st_mtime_ns == mtime
    assert b"Fixed" not in result.stdout


def test_fix_touches_only_edited_bytes(tmp_path: Path) -> None:
    path = tmp_path / "cv.txt"
    original = FIXTURES.joinpath("flawed_resume.txt").read_bytes().replace(b"\n", b"\r\n").rstrip(b"\r\n")
    path.write_bytes(original)
    run_cli("check", TODAY, "--fix", str(path))
    fixed = path.read_bytes()
    assert not fixed.endswith(b"\n"), "the missing final newline stays missing"
    assert b"\r\n" in fixed and b"\n" not in fixed.replace(b"\r\n", b"")
    assert b"Caf\xc3\xa9" in fixed and b"\xc3\x83" not in fixed
    assert fixed.count(b"Build dashboards") == 1
    assert b"01/2021 - Present" in fixed
    untouched = [
        line for line in original.split(b"\r\n") if b"Globex" in line or b"Umbrella" in line or b"EXPERIENCE" in line
    ]
    for line in untouched:
        assert line in fixed


def test_diff_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "cv.txt"
    original = FIXTURES.joinpath("flawed_resume.txt").read_bytes()
    path.write_bytes(original)
    result = run_cli("check", TODAY, "--diff", str(path))
    assert result.returncode == 1
    assert path.read_bytes() == original
    out = result.stdout.decode()
    assert out.startswith(f"--- a/{path}\n+++ b/{path}\n")
    assert "-- Worked with the CafÃ© team on reporting\n+- Worked with the Café team on reporting" in out


@pytest.mark.parametrize(
    "text",
    [
        "## Experience\n\n- Led 4 engineers\n-\n- Used Github for 3 teams",  # no line break at the end
        "## Experience\r\n\r\n- Used Github for 3 teams\r\n-\r\n",
        "## Experience\n\n- Used Github\u2028for 3 teams\n- Ran\x0c3 things\n-\n",  # breaks only Python sees
    ],
)
def test_diff_is_a_patch_that_git_applies_as_fix_would(tmp_path: Path, text: str) -> None:
    path = tmp_path / "cv.md"
    path.write_bytes(text.encode())
    diff = run_cli("check", TODAY, "--diff", "cv.md", cwd=tmp_path).stdout
    subprocess.run(["git", "apply", "-"], input=diff, cwd=tmp_path, check=True, capture_output=True)
    patched = path.read_bytes()
    path.write_bytes(text.encode())
    run_cli("check", TODAY, "--fix", "cv.md", cwd=tmp_path)
    assert patched == path.read_bytes() != text.encode()


def test_unsafe_fixes_only_when_asked(tmp_path: Path) -> None:
    path = tmp_path / "cv.txt"
    path.write_bytes(FIXTURES.joinpath("flawed_resume.txt").read_bytes())
    run_cli("check", TODAY, "--fix", "--select", "tense-mismatch", str(path))
    assert b"- Build dashboards" in path.read_bytes()
    run_cli("check", TODAY, "--fix", "--unsafe-fixes", "--select", "tense-mismatch", str(path))
    assert b"- Built dashboards" in path.read_bytes()


def test_legacy_encoding_fixed_in_its_own_encoding(tmp_path: Path) -> None:
    path = tmp_path / "cv.md"
    original = "## Expérience\n\n- Réduit les coûts de 30 % à Genève\n-\n".encode("cp1252")
    path.write_bytes(original)
    run_cli("check", TODAY, "--fix", str(path))
    assert path.read_bytes() == "## Expérience\n\n- Réduit les coûts de 30 % à Genève\n".encode("cp1252")


def test_a_period_is_never_added_inside_a_link_or_a_macro(tmp_path: Path) -> None:
    """bullet-punctuation's period goes after closing markup; with a link title there is no sure place."""
    bullets = "- Cut checkout latency by 40% for 2M users.\n- Led 4 engineers through the payments migration.\n"
    titled = tmp_path / "resume.md"
    titled.write_text(f'## Projects\n\n{bullets}- Wrote the runbook for [12 services](https://x.org "Runbook")\n')
    result = run_cli("check", "--select", "bullet-punctuation", "--output-format", "json", str(titled))
    [finding] = json.loads(result.stdout)
    assert finding["rule"] == "bullet-punctuation" and finding["fix"] is None
    latex = tmp_path / "cv.tex"
    latex.write_text(
        "\\begin{document}\n\\section{Projects}\n\\begin{itemize}\n"
        "\\item Cut checkout latency by 40\\% for 2M users.\n\\item Led 4 engineers through the migration.\n"
        "\\item Reviewed the storage design. \\mppr{15500}\n\\end{itemize}\n\\end{document}\n"
    )
    run_cli("check", "--select", "bullet-punctuation", "--fix", str(latex))
    assert "\\mppr{15500}.\n" in latex.read_text(), "the period follows the macro, the PR number is intact"
