"""A LaTeX résumé of several files: inputs inside its folder are read with it, reported and fixed in their own file."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from conftest import FIXTURES, run_cli
from cvlint.parse.latex_project import resolve_input

PROJECT = FIXTURES / "latex-inputs"
LAST_ITEM = "\\item {Wrote 12 runbooks that halved the time to resolve incidents"


def _copy(tmp_path: Path) -> Path:
    folder = tmp_path / "cv"
    shutil.copytree(PROJECT, folder)
    return folder


def _findings(*args: str, cwd: Path, env: dict[str, str] | None = None) -> list[dict[str, object]]:
    result = run_cli("check", "--today=2026-11-24", "--output-format=json", *args, cwd=cwd, env=env)
    assert result.returncode in (0, 1), result.stderr
    findings: list[dict[str, object]] = json.loads(result.stdout)
    return findings


def test_inputs_are_read_with_the_main_file_and_reported_under_their_own_path(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    findings = _findings("--no-cache", ".", cwd=folder)
    assert [(f["path"], f["rule"], f["line"]) for f in findings] == [
        ("sections/experience.tex", "bullet-punctuation", 8)
    ], "the roles in the input are read (no missing-section) and the input is not linted alone"
    line = (folder / "sections" / "experience.tex").read_text(encoding="utf-8").splitlines()[7]
    assert findings[0]["column"] == line.index("incidents") + len("incidents"), "the column of its last letter"
    named = _findings("--no-cache", "cv.tex", cwd=folder)
    assert [f["path"] for f in named] == ["sections/experience.tex"]
    text = run_cli("check", "--no-cache", "--today=2026-11-24", "cv.tex", cwd=folder)
    assert b"sections/experience.tex:8:72: CV702" in text.stdout, text.stdout


def test_a_fix_lands_in_the_file_that_holds_the_text_and_converges(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    main = (folder / "cv.tex").read_text(encoding="utf-8")
    run_cli("check", "--no-cache", "--today=2026-11-24", "--fix", ".", cwd=folder)
    experience = (folder / "sections" / "experience.tex").read_text(encoding="utf-8")
    assert LAST_ITEM + ".}" in experience
    assert (folder / "cv.tex").read_text(encoding="utf-8") == main
    run_cli("check", "--no-cache", "--today=2026-11-24", "--fix", ".", cwd=folder)
    assert (folder / "sections" / "experience.tex").read_text(encoding="utf-8") == experience
    diff = run_cli("check", "--no-cache", "--today=2026-11-24", "--diff", "cv.tex", cwd=_copy(tmp_path / "again"))
    assert diff.stdout.startswith(b"--- a/sections/experience.tex\n+++ b/sections/experience.tex\n"), diff.stdout


def test_the_cache_sees_a_change_in_an_input(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    cache = {"CVLINT_CACHE_DIR": str(tmp_path / "cache")}
    assert len(_findings("cv.tex", cwd=folder, env=cache)) == 1
    experience = folder / "sections" / "experience.tex"
    experience.write_text(experience.read_text(encoding="utf-8").replace("incidents}", "incidents.}"), "utf-8")
    assert _findings("cv.tex", cwd=folder, env=cache) == []
    late = folder / "sections" / "late.tex"
    (folder / "late.tex").write_text(
        (folder / "cv.tex")
        .read_text(encoding="utf-8")
        .replace("sections/experience", "sections/late")
        .replace("\\input{sections/education.tex}\n", ""),
        "utf-8",
    )  # its one input is missing: linted alone, and cached
    assert _findings("late.tex", cwd=folder, env=cache) == []
    late.write_text(experience.read_text(encoding="utf-8").replace("incidents.}", "incidents}"), "utf-8")
    found = _findings("late.tex", cwd=folder, env=cache)
    assert "sections/late.tex" in {f["path"] for f in found}, "an input that appears is read, not the cached answer"


def test_files_outside_the_folder_are_never_read(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    outside = tmp_path / "outside.tex"
    outside.write_text("\\cvsection{Experience}\n\\cventry{Engineer}{Initech}{X}{2019 - 2020}{}\n", "utf-8")
    (folder / "sections" / "link.tex").symlink_to(outside)
    main = folder / "cv.tex"
    text = main.read_text(encoding="utf-8").replace("\\input{sections/experience}\n", "")
    text = text.replace(
        "\\end{document}", f"\\input{{../outside}}\n\\input{{{outside}}}\n\\include{{sections/link}}\n\\end{{document}}"
    )
    main.write_text(text, "utf-8")
    findings = _findings("--no-cache", "cv.tex", cwd=folder)
    assert {f["path"] for f in findings} == {"cv.tex"}
    assert any(f["rule"] == "missing-section" for f in findings), "none of the outside roles was read"
    assert resolve_input(folder, "../outside") is None
    assert resolve_input(folder, str(outside)) is None
    assert resolve_input(folder, "sections/link") is None
    assert resolve_input(folder, "sections/experience") == folder / "sections" / "experience.tex"


def test_import_and_subimport_are_followed_as_input_is(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    main = folder / "cv.tex"
    text = main.read_text(encoding="utf-8").replace("\\input{sections/experience}", "\\import{sections/}{experience}")
    text = text.replace("\\input{sections/education.tex}", "\\import{ sections }{wrapper}\n\\import{sections/}{absent}")
    main.write_text(text, "utf-8")
    (folder / "sections" / "wrapper.tex").write_text(
        "\\subimport{}{education.tex}\n\\subimport{./}{wrapper}\n\\subimport{../}{cv}\n", "utf-8"
    )  # its folder is the file's own: education.tex beside it; itself and the main file again are cycles
    findings = _findings("--no-cache", ".", cwd=folder)
    assert [(f["path"], f["rule"], f["line"]) for f in findings] == [
        ("sections/experience.tex", "bullet-punctuation", 8)
    ], "both sections are read, through a subimport too, and neither input is linted alone"
    run_cli("check", "--no-cache", "--today=2026-11-24", "--fix", "cv.tex", cwd=folder)
    assert LAST_ITEM + ".}" in (folder / "sections" / "experience.tex").read_text(encoding="utf-8")
    assert main.read_text(encoding="utf-8") == text
