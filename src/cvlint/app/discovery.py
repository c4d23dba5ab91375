"""Finding the files to lint, as ruff does: folders are walked, files named directly are always linted.

A folder walk skips what ``.gitignore`` files ignore (nested ones and ``!`` negations too, read with
``pathspec``), what ``exclude``/``extend-exclude`` patterns name, and every file that neither its name nor
its content shows to be a résumé or cover letter, unless an ``include`` pattern names it. Walks are
iterative, so no depth of folders can exhaust the stack. A path given twice is linted once.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

from cvlint.lazy_pattern import lazy_compile
from cvlint.parse import LATEX_SUFFIXES, SUPPORTED_SUFFIXES, YAML_SUFFIXES
from cvlint.parse.extract import DOCUMENT_SUFFIXES
from cvlint.parse.latex_project import inputs_of

if TYPE_CHECKING:
    import pathspec

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
_HEAD_BYTES = 65536
"""How much of a file its content markers are looked for in."""
_IGNORE_FILE_BYTES = 1 << 20

_NAME_WORDS = frozenset(
    {"resume", "résumé", "cv", "vita", "vitae", "curriculum", "lebenslauf", "coverletter", "anschreiben"}
)
_NAME_TOKEN = lazy_compile(r"[A-ZÀ-Þ]+(?=[A-ZÀ-Þ][a-zß-ÿ])|[A-ZÀ-Þ]?[a-zß-ÿ]+|[A-ZÀ-Þ]+|\d+")
_YAML_RESUME = lazy_compile(r"^(?:cv|basics):[ \t]*(?:#.*)?$", re.MULTILINE)
_LATEX_CLASS = lazy_compile(r"\\documentclass\s*(?:\[[^\]]*\])?\s*\{\s*([\w-]+)\s*\}")
_CV_CLASSES = frozenset(
    {"moderncv", "altacv", "europecv", "europasscv", "twentysecondcv", "limecv", "res", "curve", "simplehipstercv"}
)
_LATEX_MACROS = lazy_compile(r"\\(?:cventry|cvitem|cvsection|cvevent|resumeSubheading|resumeItem|datedsubsection)\b")
_MARKUP = lazy_compile(r"<[^>\n]*>|\\[a-zA-Z]+\*?|&\w+;|[#*_{}=|~`>]+")
_HEADING_MARK = lazy_compile(r"[ \t]*(?:#|<h\d|\\(?:sub)*section\b|\*\*|__)|[^\n]+\n[ \t]*(?:=+|-+)[ \t]*$")
_YAML_KEY = lazy_compile(r"^([A-Za-z][\w-]*):", re.MULTILINE)
_LETTER_LINE = lazy_compile(
    r"^[ \t]*(?:Dear [^\n]{1,60}|(?:[\w ]{0,24}\b)?(?:Sincerely|Yours (?:sincerely|faithfully|truly)"
    r"|(?:Best|Kind|Warm)(?:est)? [Rr]egards|Regards|Respectfully)[,.!]?)[ \t]*$",
    re.MULTILINE,
)
_CORE_ROLES = frozenset({"experience", "education", "skills", "projects", "summary"})


def _name_words(name: str) -> list[str]:
    """The words of a file name: ``Jane_DoeCV-2024.md`` gives jane, doe, cv, 2024, md."""
    return [token.lower() for token in _NAME_TOKEN.findall(name)]


def named_like_a_resume(name: str) -> bool:
    """True when a word of the file name says résumé, CV or cover letter (``opencv-setup.md`` does not)."""
    words = _name_words(name)
    return any(word in _NAME_WORDS for word in words) or any(
        first == "cover" and second == "letter" for first, second in pairwise(words)
    )


def reads_like_a_resume(path: Path, head: str) -> bool:
    """True when the opening of a file shows it to be a résumé or cover letter.

    JSON Resume's keys, RenderCV's ``cv:`` key, a LaTeX CV class or CV macros, a letter's ``Dear …`` or
    ``Sincerely,`` line, or headings (YAML keys) naming two kinds of résumé section.
    """
    suffix = path.suffix.lower()
    if suffix == ".json":
        from cvlint.parse.jsonresume import looks_like_json_resume

        return looks_like_json_resume(head)
    if suffix in YAML_SUFFIXES and _YAML_RESUME.search(head):
        return True
    latex_class = _LATEX_CLASS.search(head)
    if latex_class and (named_like_a_resume(latex_class.group(1)) or latex_class.group(1).lower() in _CV_CLASSES):
        return True
    if (suffix in LATEX_SUFFIXES or latex_class) and _LATEX_MACROS.search(head):
        return True
    if _LETTER_LINE.search(head):
        return True
    if suffix in YAML_SUFFIXES:
        from cvlint.parse.yaml_source import key_role

        roles = {key_role(key) for key in _YAML_KEY.findall(head)}
    else:
        from cvlint.parse.structure import section_role

        roles = {section_role(" ".join(words)) for words in _short_lines(head)}
    return len(roles & _CORE_ROLES) >= 2


def _short_lines(head: str) -> Iterator[list[str]]:
    """The words of each line that may be a heading (marked as one, or after a blank line), markup dropped."""
    before = ""
    for line in head.splitlines():
        marked = _HEADING_MARK.match(line) is not None
        if len(line) <= 100 and (marked or not before.strip()):
            words = _MARKUP.sub(" ", line).replace(":", " ").split()
            if 0 < len(words) <= 5:
                yield words
        before = line


def _head(path: Path) -> str:
    try:
        with open(path, "rb") as handle:
            return handle.read(_HEAD_BYTES).decode("utf-8", "replace")
    except OSError:
        return ""


@cache
def _spec(lines: tuple[str, ...]) -> pathspec.GitIgnoreSpec:
    """The compiled patterns, built (and ``pathspec`` imported) only when a path is first asked about."""
    import pathspec

    return pathspec.GitIgnoreSpec.from_lines(list(lines), backend="simple")


@dataclass(frozen=True, slots=True)
class Patterns:
    """Gitignore-style patterns relative to the folder ``base``."""

    base: Path
    lines: tuple[str, ...]
    """The patterns as written, one a line (empty lines say nothing)."""
    anywhere: bool = True
    """Outside ``base``, match the name alone (``exclude`` patterns); a ``.gitignore`` says nothing there."""

    @classmethod
    def of(cls, base: Path, lines: Iterable[str], anywhere: bool = True) -> Patterns:
        """Patterns from ``lines`` (as in a ``.gitignore``) relative to ``base``."""
        return cls(base.absolute(), tuple(lines), anywhere)

    @property
    def spec(self) -> pathspec.GitIgnoreSpec:
        """The compiled patterns."""
        return _spec(self.lines)

    def verdict(self, path: Path, is_dir: bool) -> bool | None:
        """True when ignored, False when re-included by a ``!`` pattern, None when no pattern speaks."""
        try:
            relative = path.relative_to(self.base).as_posix()
        except ValueError:
            if not self.anywhere:
                return None
            relative = path.name
        if relative == ".":
            return None
        return self.spec.check_file(relative + "/" if is_dir else relative).include


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


def _repository_root(folder: Path) -> Path | None:
    for candidate in (folder, *folder.parents):
        if (candidate / ".git").exists():
            return candidate
    return None


def _read_patterns(base: Path, file: Path) -> Patterns | None:
    """The patterns of an ignore file, or None when it is absent or not a regular file of sane size."""
    try:
        if not stat.S_ISREG(file.stat().st_mode):
            return None
        with open(file, "rb") as handle:
            text = handle.read(_IGNORE_FILE_BYTES).decode("utf-8", "replace")
    except OSError:
        return None
    return Patterns.of(base, text.splitlines(), anywhere=False)


def _gitignore(folder: Path) -> Patterns | None:
    return _read_patterns(folder, folder / ".gitignore")


def _outer_gitignores(top: Path) -> list[Patterns]:
    """``.git/info/exclude`` and the ``.gitignore`` files from the repository root down to ``top``'s parent."""
    root = _repository_root(top)
    if root is None:
        return []
    info = _read_patterns(root, root / ".git" / "info" / "exclude")
    found = [info] if info is not None else []
    for folder in reversed(top.parents):
        if folder == root or root in folder.parents:
            ignore = _gitignore(folder)
            if ignore is not None:
                found.append(ignore)
    return found


def _ignored(path: Path, is_dir: bool, layers: Iterable[Patterns]) -> bool:
    """The deepest ``.gitignore`` with a pattern for ``path`` decides, as in git."""
    for layer in reversed(list(layers)):
        verdict = layer.verdict(path, is_dir)
        if verdict is not None:
            return verdict
    return False


def _matches(path: Path, is_dir: bool, patterns: Iterable[Patterns]) -> bool:
    return any(p.verdict(path, is_dir) for p in patterns)


def _wanted(path: Path, options: DiscoveryOptions, named: bool = False) -> bool:
    """True for a file an ``include`` pattern names, or one of a supported format that is a résumé.

    DOCX and PDF files (often a résumé's built copy) are taken only when ``named`` on the command line,
    and then by their name alone.
    """
    if _matches(path, False, options.include):
        return True
    if path.suffix.lower() in DOCUMENT_SUFFIXES:
        return named and named_like_a_resume(path.name)
    return path.suffix.lower() in _TEXT_FORMATS and (
        named_like_a_resume(path.name) or reads_like_a_resume(path, _head(path))
    )


def _skipped_directly(given: Path, options: DiscoveryOptions) -> bool:
    """With ``force_exclude``: True when a file named directly would have been skipped in a folder walk."""
    absolute = given.absolute()
    layers = _outer_gitignores(absolute) if options.respect_gitignore else []
    folders = [folder for folder in given.parents if folder.name]  # the folders the path names, not "."
    for folder in reversed(folders):
        if _ignored(folder.absolute(), True, layers) or _matches(folder.absolute(), True, options.exclude):
            return True
    if _ignored(absolute, False, layers) or _matches(absolute, False, options.exclude):
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
    outer = _outer_gitignores(top_abs) if options.respect_gitignore else []
    found: list[Path] = []
    stack: list[tuple[Path, Path, tuple[Patterns, ...]]] = [(top, top_abs, tuple(outer))]
    while stack:
        folder, folder_abs, layers = stack.pop()
        if options.respect_gitignore:
            own = _gitignore(folder_abs)
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
            if _ignored(absolute, is_dir, layers) or _matches(absolute, is_dir, options.exclude):
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
