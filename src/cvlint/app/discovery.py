"""Finding the files to lint, as ruff does: folders are walked, files named directly are always linted.

A folder walk skips what ``.gitignore`` files ignore (nested ones and ``!`` negations too, read with
``pathspec``), what ``exclude``/``extend-exclude`` patterns name, and every file that neither its name nor
its content shows to be a résumé or cover letter, unless an ``include`` pattern names it. Walks are
iterative, so no depth of folders can exhaust the stack. A path given twice is linted once.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from cvlint.app.ignore_patterns import Patterns, gitignore, ignored, matches, outer_gitignores
from cvlint.app.resume_detection import looks_like_a_resume, named_like_a_resume
from cvlint.parse import SUPPORTED_SUFFIXES, YAML_SUFFIXES
from cvlint.parse.extract import DOCUMENT_SUFFIXES
from cvlint.parse.latex_project import inputs_of

if TYPE_CHECKING:
    from cvlint.engine.config import Config

DEFAULT_EXCLUDE = (
    ".*",
    "__pycache__",
    "_build",
    "_site",
    "buck-out",
    "dist",
    "node_modules",
    "site-packages",
    "third_party",
    "vendor",
    "venv",
)
"""Patterns a folder walk skips unless ``exclude`` replaces them (``extend-exclude`` adds to them)."""

_TEXT_FORMATS = SUPPORTED_SUFFIXES | YAML_SUFFIXES | {".json"}
"""The endings of the text formats cvlint reads (DOCX and PDF are taken only when named)."""


@dataclass(frozen=True, slots=True)
class DiscoveryOptions:
    """What a folder walk skips and takes."""

    exclude: tuple[Patterns, ...] = ()
    """``exclude`` and ``extend-exclude`` patterns, each relative to where it was written."""
    include: tuple[Patterns, ...] = ()
    """Files to lint in folders whether or not they look like résumés."""
    respect_gitignore: bool = True
    force_exclude: bool = False
    """Apply exclusions and résumé detection to files named directly too (for pre-commit, as ruff's flag)."""


def _wanted(path: Path, options: DiscoveryOptions, named: bool = False) -> bool:
    """True for a file an ``include`` pattern names, or one of a supported format that is a résumé.

    DOCX and PDF files (often a résumé's built copy) are taken only when ``named`` on the command line,
    and then by their name alone.
    """
    if matches(path, False, options.include):
        return True
    if path.suffix.lower() in DOCUMENT_SUFFIXES:
        return named and named_like_a_resume(path.name)
    return path.suffix.lower() in _TEXT_FORMATS and looks_like_a_resume(path)


def _skipped_directly(given: Path, options: DiscoveryOptions) -> bool:
    """With ``force_exclude``: True when a file named directly would have been skipped in a folder walk."""
    absolute = given.absolute()
    layers = outer_gitignores(absolute) if options.respect_gitignore else []
    folders = [folder for folder in given.parents if folder.name]  # the folders the path names, not "."
    for folder in reversed(folders):
        if ignored(folder.absolute(), True, layers) or matches(folder.absolute(), True, options.exclude):
            return True
    if ignored(absolute, False, layers) or matches(absolute, False, options.exclude):
        return True
    return not _wanted(absolute, options, named=True)


def _is_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


def walk(top: Path, options: DiscoveryOptions) -> list[Path]:
    """The files to lint below the folder ``top``, sorted; iterative, so depth cannot overflow the stack."""
    top_abs = top.absolute()
    outer = outer_gitignores(top_abs) if options.respect_gitignore else []
    found: list[Path] = []
    stack: list[tuple[Path, Path, tuple[Patterns, ...]]] = [(top, top_abs, tuple(outer))]
    while stack:
        folder, folder_abs, layers = stack.pop()
        if options.respect_gitignore:
            own = gitignore(folder_abs)
            if own is not None:
                layers = (*layers, own)
        try:
            with os.scandir(folder) as entries:
                listed = sorted((entry.name, _is_dir(entry), entry.is_symlink()) for entry in entries)
        except OSError:
            continue
        below: list[tuple[Path, Path, tuple[Patterns, ...]]] = []
        for name, is_dir, is_link in listed:
            absolute = folder_abs / name
            if is_dir and is_link:  # linked folders are not followed, as in os.walk
                continue
            if ignored(absolute, is_dir, layers) or matches(absolute, is_dir, options.exclude):
                continue
            if is_dir:
                below.append((folder / name, absolute, layers))
            elif _wanted(absolute, options):
                found.append(folder / name)
        stack.extend(reversed(below))
    return sorted(found)


def discover(paths: Iterable[str], options: DiscoveryOptions | None = None) -> Iterator[tuple[str, Path | None]]:
    """``(display path, path)`` for each file to lint; ``None`` stands for standard input.

    A folder with nothing to lint is yielded itself, so that it gets its one-line error.
    """
    from cvlint.report.file_report import printable

    options = options or DiscoveryOptions()
    seen: set[Path | None] = set()

    def once(path: Path | None) -> bool:
        key = None if path is None else Path(os.path.normpath(path.absolute()))
        if key in seen:
            return False
        seen.add(key)
        return True

    for given in paths:
        if given == "-":
            if once(None):
                yield "-", None
            continue
        path = Path(given)
        if path.is_dir():
            found = walk(path, options)
            inputs = inputs_of(found)  # a LaTeX file's inputs are linted with it, not alone
            found = [file for file in found if file.resolve() not in inputs]
            for file in found:
                if once(file):
                    yield printable(str(file)), file
            if not found and once(path):
                yield printable(given), path
        elif options.force_exclude and path.is_file() and _skipped_directly(path, options):
            continue
        elif once(path):
            yield printable(given), path


def options_for(
    config: Config | None,
    exclude: tuple[str, ...] = (),
    extend_exclude: tuple[str, ...] = (),
    include: tuple[str, ...] = (),
    force_exclude: bool = False,
) -> DiscoveryOptions:
    """The walk's patterns: the command line's relative to the working folder, the configuration's to its file.

    ``exclude`` replaces the configured patterns, which replace :data:`DEFAULT_EXCLUDE`; ``extend-exclude``
    and ``include`` from both places add up.
    """
    here = Path.cwd()
    root = config.root if config is not None else here
    if exclude:
        base = Patterns.of(here, exclude)
    elif config is not None and config.exclude is not None:
        base = Patterns.of(root, config.exclude)
    else:
        base = Patterns.of(here, DEFAULT_EXCLUDE)
    excluded = [base, Patterns.of(here, extend_exclude)]
    included = [Patterns.of(here, include)]
    if config is not None:
        excluded.append(Patterns.of(root, config.extend_exclude))
        included.append(Patterns.of(root, config.include))
    return DiscoveryOptions(
        exclude=tuple(p for p in excluded if any(p.lines)),
        include=tuple(p for p in included if any(p.lines)),
        respect_gitignore=config.respect_gitignore if config is not None else True,
        force_exclude=force_exclude,
    )
