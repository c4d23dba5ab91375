"""A LaTeX résumé of several files: the main file and the files it ``\\input``s, ``\\include``s or, with the
import package, ``\\import``s and ``\\subimport``s.

The files are read as one document, as LaTeX reads them: each input's text stands right after the command
that names it. Each finding is then reported under the file that holds its text, at that file's own lines
and columns, and each fix edits that file. Only files inside the main file's folder are followed: a name
that is absolute, climbs out with ``..``, or resolves (through a symlink) outside the folder is left alone.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath

from cvlint.lazy_pattern import lazy_compile
from cvlint.model.findings import Edit, Finding, Fix, Position
from cvlint.model.lines import LineIndex
from cvlint.parse.read_files import InputError, SourceFile, decode, read_file

MAX_INPUTS = 64
"""At most this many files are followed from one main file."""
_NAME = r"\s*\{\s*([^{}\\%\n]+?)\s*\}"
_INPUT = lazy_compile(rf"\\(?:input|include){_NAME}|\\(sub)?import\s*\{{\s*([^{{}}\\%\n]*?)\s*\}}{_NAME}")
"""``\\input{name}``, ``\\include{name}``; ``\\import{folder}{name}`` (its folder from the main file's) and
``\\subimport{folder}{name}`` (from the folder of the file that holds it)."""
_HERE = PurePosixPath(".")
_COMMENT = lazy_compile(r"(?<!\\)%")


@dataclass(slots=True)
class Part:
    """One file of the document."""

    path: Path
    display: str
    """Its path as findings report it."""
    source: SourceFile


@dataclass(frozen=True, slots=True)
class _Segment:
    start: int
    """Where this stretch starts in the combined text."""
    part: int | None
    """The file it is taken from (None: a line break put between a file and its input)."""
    offset: int
    """Where it starts in that file."""


def _input_names(text: str, here: PurePosixPath = _HERE) -> list[tuple[int, str]]:
    """``(end of the command, name)`` for each file ``text`` inputs outside comments, the name from the main
    file's folder; ``here`` is the folder, from the main file's, of the file that holds ``text``."""
    found = []
    for match in _INPUT.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        if _COMMENT.search(text, line_start, match.start()) is not None:
            continue
        name, sub, folder, imported = match.groups()
        if imported is not None:
            name = (here / folder / imported if sub else PurePosixPath(folder) / imported).as_posix()
        found.append((match.end(), name))
    return found


def _folder_of(part: Path, folder: Path) -> PurePosixPath:
    """The folder of the input ``part``, from the main file's ``folder``."""
    return PurePosixPath(part.relative_to(folder).as_posix()).parent


def resolve_input(folder: Path, name: str) -> Path | None:
    """The file ``name`` names inside ``folder`` (``.tex`` added as LaTeX does), or None when it is outside."""
    pure = PurePosixPath(name)
    if pure.is_absolute() or ".." in pure.parts or "\\" in name or ":" in name:
        return None
    candidates = [folder / pure]
    if pure.suffix != ".tex":
        candidates.insert(0, folder / f"{name}.tex")
    root = folder.resolve()
    for candidate in candidates:
        try:
            if candidate.is_file() and candidate.resolve().is_relative_to(root):
                return candidate
        except OSError:
            continue
    return None


def input_parts(path: Path, display: str, source: SourceFile) -> list[Part]:
    """The main file at ``path`` and every file it inputs, directly or through another input."""
    folder = path.parent
    parts = [Part(path, display, source)]
    seen = {path.resolve()}
    pending = [(source.text, _HERE)]
    while pending:
        for _, name in _input_names(*pending.pop(0)):
            found = resolve_input(folder, name)
            if found is None or found.resolve() in seen or len(parts) > MAX_INPUTS:
                continue
            try:
                child = read_file(found)
            except InputError:
                continue
            seen.add(found.resolve())
            shown = (PurePosixPath(display).parent / found.relative_to(folder).as_posix()).as_posix()
            parts.append(Part(found, shown, child))
            pending.append((child.text, _folder_of(found, folder)))
    return parts


def inputs_files(path: Path, data: bytes) -> bool:
    """True when the LaTeX file ``data`` at ``path`` inputs a file inside its folder."""
    if b"\\input" not in data and b"\\include" not in data and b"import" not in data:
        return False
    try:
        text = decode(data).text
    except InputError:
        return False
    folder = path.parent
    return any(resolve_input(folder, name) is not None for _, name in _input_names(text))


def inputs_of(files: list[Path]) -> set[Path]:
    """The files (resolved) that a LaTeX file of ``files`` inputs: linted with it, not alone.

    A file that another one inputs names no inputs of its own here, so of two files that input each other
    the first in ``files`` is linted, with the second.
    """
    found: set[Path] = set()
    for file in files:
        if file.suffix.lower() not in (".tex", ".latex") or file.resolve() in found:
            continue
        try:
            source = read_file(file)
        except InputError:
            continue
        if has_inputs(source.text):
            found.update(part.path.resolve() for part in input_parts(file, str(file), source)[1:])
    return found


class LatexProject:
    """The main file and its inputs, read as one document and linted file by file."""

    def __init__(self, parts: list[Part], lint: Callable[[str], list[Finding]]) -> None:
        self.parts = parts
        self._lint = lint
        self._texts = [part.source.text for part in parts]
        self._memo: tuple[tuple[str, ...], list[tuple[int, Finding]]] | None = None

    def _combine(self, texts: list[str]) -> tuple[str, list[_Segment]]:
        """The document's text, each input's text right after its command, and where each stretch comes from."""
        index = {part.path.resolve(): number for number, part in enumerate(self.parts)}
        folder = self.parts[0].path.parent
        pieces: list[str] = []
        segments: list[_Segment] = []
        length = 0
        used: set[int] = set()

        def emit(text: str, part: int | None, offset: int) -> None:
            nonlocal length
            if text:
                segments.append(_Segment(length, part, offset))
                pieces.append(text)
                length += len(text)

        def add(number: int) -> None:
            used.add(number)
            text = texts[number]
            position = 0
            for end, name in _input_names(text, _folder_of(self.parts[number].path, folder)):
                found = resolve_input(folder, name)
                child = index.get(found.resolve()) if found is not None else None
                if child is None or child in used:
                    continue
                emit(text[position:end], number, position)
                emit("\n", None, 0)
                add(child)
                emit("\n", None, 0)
                position = end
            emit(text[position:], number, position)

        add(0)
        return "".join(pieces), segments

    def _findings(self, texts: list[str]) -> list[tuple[int, Finding]]:
        """Each finding of the document with the file that holds it, in that file's offsets."""
        key = tuple(texts)
        if self._memo is not None and self._memo[0] == key:
            return self._memo[1]
        combined, segments = self._combine(texts)
        starts = [segment.start for segment in segments]
        indexes = [LineIndex(text) for text in texts]
        placed: list[tuple[int, Finding]] = []
        for finding in self._lint(combined):
            number = bisect_right(starts, finding.start) - 1
            while number > 0 and segments[number].part is None:
                number -= 1
            segment = segments[max(number, 0)]
            part = segment.part or 0
            limit = segments[number + 1].start if number + 1 < len(segments) else len(combined)

            def local(offset: int, segment: _Segment = segment, limit: int = limit) -> int:
                return segment.offset + min(max(offset, segment.start), limit) - segment.start

            fix = finding.fix
            if fix is not None and not all(segment.start <= e.start and e.end <= limit for e in fix.edits):
                fix = None  # an edit outside the file that holds the finding: no fix is certain
            if fix is not None:
                fix = Fix(
                    fix.applicability, tuple(Edit(local(e.start), local(e.end), e.replacement) for e in fix.edits)
                )
            start, end = local(finding.start), local(finding.end)
            position = indexes[part].position
            edits = fix.edits if fix is not None else ()
            placed.append(
                (
                    part,
                    replace(
                        finding,
                        start=start,
                        end=end,
                        fix=fix,
                        path=self.parts[part].display,
                        begin=Position(*position(start)),
                        finish=Position(*position(end)),
                        edit_positions=tuple((Position(*position(e.start)), Position(*position(e.end))) for e in edits),
                    ),
                )
            )
        self._memo = (key, placed)
        return placed

    def findings(self) -> list[Finding]:
        """Every finding of the document, each under the file that holds it."""
        return [finding for _, finding in self._findings(self._texts)]

    def text(self, number: int) -> str:
        """File ``number``'s text as last linted (after its fixes)."""
        return self._texts[number]

    def lint_for(self, number: int) -> Callable[[str], list[Finding]]:
        """Lint the document with ``text`` as file ``number``; that file's findings, in its offsets.

        Fixing a file with this reads the others as they stand (as fixed so far)."""

        def lint(text: str) -> list[Finding]:
            self._texts[number] = text  # the text last linted is the one kept: the files after it see it
            return [finding for part, finding in self._findings(list(self._texts)) if part == number]

        return lint


def has_inputs(text: str) -> bool:
    """True when ``text`` names a file to ``\\input``, ``\\include``, ``\\import`` or ``\\subimport``."""
    return ("\\input" in text or "\\include" in text or "import" in text) and bool(_input_names(text))
