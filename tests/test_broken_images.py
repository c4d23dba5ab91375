"""broken-link checks images as it checks links: Markdown ``![](…)`` and LaTeX ``\\includegraphics{…}``."""

from __future__ import annotations

from pathlib import Path

from cvlint.engine.lint import lint_source, resolve_settings

SETTINGS = resolve_settings(None, select=("CV604",))


def _found(folder: Path, name: str, text: str) -> list[str]:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return [text[f.start : f.end] for f in lint_source(text, str(path), SETTINGS)[1]]


def test_markdown_images(tmp_path: Path) -> None:
    (tmp_path / "photo.png").write_bytes(b"")
    text = "# Dana\n\n![Me](photo.png) ![Gone](missing.png) ![Far](https://dana.dev/x.png)\n"
    assert _found(tmp_path, "cv.md", text) == ["missing.png"]


def test_latex_images(tmp_path: Path) -> None:
    (tmp_path / "photo.jpg").write_bytes(b"")
    text = (
        "\\documentclass{article}\n\\usepackage{graphicx}\n\\begin{document}\n"
        "\\includegraphics[width=2cm]{photo.jpg}\n\\includegraphics{missing.pdf}\n\\includegraphics{searched}\n"
        "\\end{document}\n"
    )
    assert _found(tmp_path, "cv.tex", text) == ["missing.pdf"]


def test_latex_graphicspath_is_searched(tmp_path: Path) -> None:
    text = (
        "\\documentclass{article}\n\\usepackage{graphicx}\n\\graphicspath{{img/}}\n\\begin{document}\n"
        "\\includegraphics{photo.png}\n\\end{document}\n"
    )
    assert _found(tmp_path, "cv.tex", text) == []


def test_an_image_outside_the_repository_is_never_looked_at(tmp_path: Path) -> None:
    folder = tmp_path / "cv"
    folder.mkdir()
    (tmp_path / "secret.png").write_bytes(b"")
    path = folder / "cv.md"
    text = "# Dana\n\n![Me](../secret.png)\n"
    path.write_text(text, encoding="utf-8")
    (finding,) = lint_source(text, str(path), SETTINGS)[1]
    assert text[finding.start : finding.end] == "../secret.png" and "points outside" in finding.message
