"""Reading résumé files: bytes in, text out, and the same bytes back when nothing changed."""

from __future__ import annotations

import codecs
import os
import stat
from dataclasses import dataclass, replace
from pathlib import Path

MAX_FILE_BYTES = 8 * 1024 * 1024
"""Files larger than this are refused: no résumé is this long, and reading one would stall a hook."""

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG", "a PNG image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (DOCX, ODT or similar)"),
    (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
)


class InputError(Exception):
    """A file that cannot be linted; the message is one line a user can act on."""


@dataclass(frozen=True, slots=True)
class SourceFile:
    """Decoded text plus what it takes to write it back byte for byte."""

    text: str
    encoding: str
    """Python codec name used to decode the bytes after the BOM."""
    bom: bytes = b""
    invalid_bytes: bool = False
    """True when some bytes were not valid in ``encoding`` (kept as surrogate escapes)."""
    lossless: bool = True
    """True when encoding ``text`` again gives back the very bytes that were read."""

    def encode(self, text: str) -> bytes:
        """``text`` as bytes in the file's own encoding, with its BOM."""
        errors = "surrogateescape" if self.invalid_bytes else "strict"
        return self.bom + text.encode(self.encoding, errors=errors)


def _binary_kind(data: bytes) -> str | None:
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    if b"\x00" in data[:65536]:
        return "binary data (it contains NUL bytes)"
    return None


_WESTERN_PUNCTUATION = frozenset("’‘“”–—•…€£©®°·«»§¿¡")


def _looks_western(text: str) -> bool:
    """True for text whose non-ASCII characters are Latin letters or punctuation set among ASCII.

    Western European text read as Windows-1252 looks like this; Korean or Japanese bytes read the
    same way give runs of symbols and accented capitals instead.
    """
    import unicodedata

    odd = [i for i, char in enumerate(text) if not char.isascii()]
    if not odd:
        return True
    for index in odd:
        char = text[index]
        if char not in _WESTERN_PUNCTUATION and not (char.isalpha() and "LATIN" in unicodedata.name(char, "")):
            return False
    lonely = sum(1 for i in odd if (i == 0 or text[i - 1].isascii()) and (i + 1 == len(text) or text[i + 1].isascii()))
    return lonely * 2 >= len(odd)


def _detect_legacy(data: bytes) -> str | None:
    try:
        if _looks_western(data.decode("cp1252")):
            return "cp1252"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        return None
    encoding = codecs.lookup(best.encoding).name
    return None if encoding == "utf-8" else encoding


def decode(data: bytes) -> SourceFile:
    """Decode a résumé's bytes: UTF-8 first, a BOM when present, else the likeliest legacy encoding.

    Raises ``InputError`` for empty or binary data.
    """
    if not data:
        raise InputError("file is empty")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as error:
                raise InputError(
                    f"file starts with a {encoding} byte-order mark but is not valid {encoding}"
                ) from error
            return _checked(SourceFile(text, encoding, bom), data)
    kind = _binary_kind(data)
    if kind is not None:
        raise InputError(f"not a text file: looks like {kind}")
    try:
        return _checked(SourceFile(data.decode("utf-8"), "utf-8"), data)
    except UnicodeDecodeError:
        pass
    damaged = data.decode("utf-8", errors="surrogateescape")
    invalid = sum(1 for char in damaged if "\udc80" <= char <= "\udcff")
    valid = sum(1 for char in damaged if not char.isascii()) - invalid
    if valid >= 2 * invalid:
        # Valid multi-byte UTF-8 beside a few bad bytes: UTF-8 with damage, not a legacy encoding.
        return _checked(SourceFile(damaged, "utf-8", invalid_bytes=True), data)
    legacy = _detect_legacy(data)
    if legacy is not None:
        try:
            return _checked(SourceFile(data.decode(legacy), legacy), data)
        except UnicodeDecodeError:
            pass
    return _checked(SourceFile(data.decode("utf-8", errors="surrogateescape"), "utf-8", invalid_bytes=True), data)


def _checked(source: SourceFile, data: bytes) -> SourceFile:
    if not source.text.strip():
        raise InputError("file has no text (only white space)")
    try:
        lossless = source.encode(source.text) == data
    except UnicodeEncodeError:
        lossless = False
    return source if lossless else replace(source, lossless=False)


def read_file(path: Path, max_bytes: int = MAX_FILE_BYTES) -> SourceFile:
    """Read and decode one résumé file; every failure is an ``InputError`` with a one-line reason."""
    return decode(read_bytes(path, max_bytes))


def read_bytes(path: Path, max_bytes: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of one résumé file; every failure is an ``InputError`` with a one-line reason."""
    try:
        info = path.stat()
    except FileNotFoundError as error:
        raise InputError("no such file") from error
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror or error}") from error
    if stat.S_ISDIR(info.st_mode):
        raise InputError("is a folder with no résumé or cover letter in it (name the files, or use --include)")
    if not stat.S_ISREG(info.st_mode):
        raise InputError("not a regular file")
    if info.st_size > max_bytes:
        raise InputError(
            f"file is too large ({info.st_size / 1048576:.1f} MiB; the limit is {max_bytes / 1048576:.0f} MiB)"
        )
    try:
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror or error}") from error
    if len(data) > max_bytes:
        raise InputError(f"file is too large (over {max_bytes / 1048576:.0f} MiB)")
    return data


MAX_DATA_BYTES = 1024 * 1024
"""The limit for the files cvlint reads besides résumés: configuration, word lists, rule files."""


def read_data_file(path: Path, max_bytes: int = MAX_DATA_BYTES) -> str:
    """The UTF-8 text of a configuration, word list or rule file; ``FileNotFoundError`` when it is missing.

    It must be a regular file (not a FIFO, a device or a link to one) of at most ``max_bytes``: opened
    without blocking and checked on the open file, so nothing cvlint reads can hang it or fill its memory.
    Every other failure is an ``InputError`` with a one-line reason.
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        raise
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror or error}") from error
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode):
        os.close(fd)
        raise InputError("not a regular file")
    with os.fdopen(fd, "rb") as handle:
        if info.st_size > max_bytes:
            raise InputError(f"file is too large ({info.st_size} bytes; the limit is {max_bytes // 1024} KiB)")
        data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError(f"file is too large (over {max_bytes // 1024} KiB)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise InputError(f"not UTF-8 text (byte {error.start + 1})") from error
