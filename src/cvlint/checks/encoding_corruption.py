"""encoding-corruption: mojibake, lost characters, invalid bytes, stray control characters.

ftfy does the detection and repair, limited to encoding repair (no quote uncurling, no Unicode
normalisation). It is only imported when a cheap pattern finds the traces that mojibake leaves:
a UTF-8 lead byte shown as ``Ã``, ``â``, ``ð``… followed by a continuation byte shown as a
Windows-1252 or Latin-1 symbol.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from functools import cache
from typing import Any

from cvlint.model.document import Document
from cvlint.model.findings import Finding, Fix
from cvlint.rule.context import RuleContext

_CP1252_CONTINUATIONS = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"
_SUSPECT = re.compile(r"[\u00c2-\u00f4][\u0080-\u00bf" + _CP1252_CONTINUATIONS + "]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_LOST = re.compile(r"\ufffd+")
_IN_WORD = re.compile(r"[^\W\d_][\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]+[^\W\d_]")
_BEFORE_WORD = re.compile(r"(?<![^\W\d_])[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f][^\W\d_]{2}")
"""A control character between letters, or opening a word: it stands for letters that were lost."""
_INVALID = re.compile(r"[\udc80-\udcff]+")
_QUESTION_IN_WORD = re.compile(r"(?<=[^\W\d_])\?+(?=[^\W\d_])")
_TOKEN_AROUND = re.compile(r"\S+")
_RUNS = re.compile(r"[\x00-\x7f]+|[^\x00-\x7f]+")
_LONGEST_COMPARED = 2000
"""Characters of two stretches beyond which they are not compared character by character."""
_ENCODING_NAMES = {
    "cp1252": "Windows-1252",
    "cp1250": "Windows-1250 (Central European)",
    "cp1251": "Windows-1251 (Cyrillic)",
    "latin-1": "Latin-1",
    "iso8859-1": "Latin-1",
    "sloppy-windows-1252": "Windows-1252",
    "euc_kr": "EUC-KR",
    "cp949": "CP949 (Korean)",
    "shift_jis": "Shift-JIS",
    "cp932": "CP932 (Japanese)",
    "utf-16-le": "UTF-16",
    "utf-16-be": "UTF-16",
    "utf-32-le": "UTF-32",
    "utf-32-be": "UTF-32",
    "gb2312": "GB2312",
    "gb18030": "GB18030",
    "big5": "Big5",
}


def _encoding_name(codec: str) -> str:
    return _ENCODING_NAMES.get(codec, codec)


@cache
def _fixer_config() -> Any:
    from ftfy import TextFixerConfig

    return TextFixerConfig(
        unescape_html=False,
        remove_terminal_escapes=False,
        fix_encoding=True,
        restore_byte_a0=True,
        replace_lossy_sequences=True,
        decode_inconsistent_utf8=True,
        fix_c1_controls=True,
        fix_latin_ligatures=False,
        fix_character_width=False,
        uncurl_quotes=False,
        fix_line_breaks=False,
        fix_surrogates=False,
        remove_control_chars=False,
        normalization=None,
        explain=True,
    )


def _repairs(text: str) -> tuple[str, str]:
    """ftfy's encoding repair of ``text`` and a description of the mistake it undid."""
    import ftfy

    result = ftfy.fix_and_explain(text, _fixer_config())
    codecs_used = [step[1] for step in (result.explanation or []) if step[0] == "encode"]
    how = f"UTF-8 text read as {_encoding_name(codecs_used[0])}" if codecs_used else "mis-decoded text"
    return result.text, how


def _stretches(old: str, new: str) -> list[tuple[int, int, int, int]]:
    """The pairs of non-ASCII runs that differ, when both lines hold the same ASCII runs in the same
    order (a repair changes only non-ASCII characters, so it nearly always does); else the whole lines."""
    old_runs, new_runs = list(_RUNS.finditer(old)), list(_RUNS.finditer(new))
    whole = [(0, len(old), 0, len(new))]
    if len(old_runs) != len(new_runs):
        return whole
    stretches = []
    for a, b in zip(old_runs, new_runs, strict=True):
        if a.group() == b.group():
            continue
        if a.group().isascii() or b.group().isascii():
            return whole
        stretches.append((a.start(), a.end(), b.start(), b.end()))
    return stretches


def _changes(old: str, new: str) -> Iterator[tuple[int, int, int, int]]:
    """``(old start, old end, new start, new end)`` of each stretch that differs between a line and its repair.

    Run by run, each comparison is short: one over a whole long, repetitive line took minutes.
    """
    for a_start, a_end, b_start, b_end in _stretches(old, new):
        a_text, b_text = old[a_start:a_end], new[b_start:b_end]
        if len(a_text) + len(b_text) > _LONGEST_COMPARED:
            yield _trimmed(a_text, b_text, a_start, b_start)
            continue
        import difflib  # only for text with mojibake

        matcher = difflib.SequenceMatcher(None, a_text, b_text, autojunk=False)
        for tag, a1, a2, b1, b2 in matcher.get_opcodes():
            if tag != "equal":
                yield a_start + a1, a_start + a2, b_start + b1, b_start + b2


def _trimmed(old: str, new: str, old_at: int, new_at: int) -> tuple[int, int, int, int]:
    """One stretch for all of ``old`` changed to ``new``, less the start and end they share."""
    head = _shared_start(old, new)
    tail = _shared_start(old[head:][::-1], new[head:][::-1])
    return old_at + head, old_at + len(old) - tail, new_at + head, new_at + len(new) - tail


def _shared_start(a: str, b: str) -> int:
    """How many characters ``a`` and ``b`` begin with in common."""
    shorter = min(len(a), len(b))
    return next((index for index in range(shorter) if a[index] != b[index]), shorter)


def _mojibake(document: Document, context: RuleContext) -> Iterator[Finding]:
    source = document.source
    if source.isascii() or not _SUSPECT.search(source):
        return  # a line's suspect pair is one of the source's (nearly every file has none): one scan, not one a line
    for line in document.lines:
        if not _SUSPECT.search(line.text):
            continue
        fixed, how = _repairs(line.text)
        if fixed == line.text:
            continue
        for a1, a2, b1, b2 in _changes(line.text, fixed):
            start, end = line.span.start + a1, line.span.start + a2
            bad, good = source[start:end], fixed[b1:b2]
            yield context.finding(
                start,
                end,
                f"mojibake '{bad}' should read '{good}' ({how})",
                f"replace '{bad}' with '{good}', and save the file as UTF-8",
                Fix.replace(start, end, good),
                context=bad,
            )


def _escaped_mojibake(document: Document, context: RuleContext) -> Iterator[Finding]:
    """Mojibake in JSON strings written with ASCII escapes (``\\u00e2\\u20ac\\u201d``): the lines show none."""
    source = document.source
    seen: set[tuple[int, int]] = set()
    texts = [member.value for member in document.fields if member.value is not None]
    for text in [*texts, *(text for _, text in document.prose())]:
        if not _SUSPECT.search(text.value):
            continue
        fixed, how = _repairs(text.value)
        for a1, a2, b1, b2 in _changes(text.value, fixed) if fixed != text.value else ():
            span = text.source_span(a1, a2)
            bad, good, written = text.value[a1:a2], fixed[b1:b2], source[span.start : span.end]
            if written == bad or (span.start, span.end) in seen:
                continue  # written as it shows (the lines have it), or met in another text already
            seen.add((span.start, span.end))
            yield context.finding(
                span.start,
                span.end,
                f"mojibake '{bad}' (written {written}) should read '{good}' ({how})",
                f"replace it with '{good}', and save the file as UTF-8",
                Fix.replace(span.start, span.end, document.escape(good)),
                context=bad,
            )


def check(document: Document, context: RuleContext) -> Iterator[Finding]:
    """Report encoding damage with the repaired text as a safe fix where it can be recovered."""
    source = document.source
    if codecs.lookup(document.encoding).name != "utf-8":
        first_line = document.lines[0] if document.lines else None
        end = first_line.span.end if first_line else 0
        yield context.finding(
            0,
            end,
            f"the file is encoded as {_encoding_name(document.encoding)}, not UTF-8",
            "save the file as UTF-8: other tools and sites may show its accented or non-Latin letters as garbage",
            context=document.encoding,
        )
    yield from _mojibake(document, context)
    if document.format == "json":
        yield from _escaped_mojibake(document, context)
    for match in _INVALID.finditer(source):
        raw = match.group().encode("utf-8", "surrogateescape")
        shown = " ".join(f"0x{byte:02X}" for byte in raw)
        yield context.finding(
            match.start(),
            match.end(),
            f"bytes {shown} are not valid UTF-8",
            "retype the character here and save the file as UTF-8",
            context=shown,
        )
    for match in _LOST.finditer(source):
        yield context.finding(
            match.start(),
            match.end(),
            "replacement character '\ufffd': a character was lost when this text was converted",
            "retype the character that belongs here",
            context=source[max(0, match.start() - 10) : match.end() + 10],
        )
    yield from _lost_as_question_marks(document, context)
    for match in _CONTROL.finditer(source):
        char = match.group()
        if _SUSPECT.search(source, max(0, match.start() - 1), match.end() + 1):
            continue
        if _IN_WORD.match(source, max(0, match.start() - 1)) or _BEFORE_WORD.match(source, match.start()):
            # "veri\x1fcation", "\x1feld": a character lost in a word (a PDF's "fi" ligature); deleting the
            # control character would not bring it back, so only the writer can mend the word
            yield context.finding(
                match.start(),
                match.end(),
                f"control character U+{ord(char):04X} where a letter was lost",
                "retype the word: the letters this character stands for are gone",
                context=f"U+{ord(char):04X}",
            )
            continue
        yield context.finding(
            match.start(),
            match.end(),
            f"stray control character U+{ord(char):04X}",
            "delete it: it shows as nothing or as a box, and can break parsers",
            Fix.replace(match.start(), match.end(), ""),
            context=f"U+{ord(char):04X}",
        )


def _lost_as_question_marks(document: Document, context: RuleContext) -> Iterator[Finding]:
    """``Particip?`` and ``Cr?dito``: a conversion that could not encode a letter wrote ``?`` instead."""
    for line in document.prose_lines():
        if "?" not in line.text:
            continue
        for token in _TOKEN_AROUND.finditer(line.text):
            word = token.group()
            if any(mark in word for mark in ("/", "=", "&", ":", "`")):
                continue
            for match in _QUESTION_IN_WORD.finditer(word):
                start = line.span.start + token.start() + match.start()
                shown = word[max(0, match.start() - 20) : match.end() + 20].strip(".,;()")
                yield context.finding(
                    start,
                    start + len(match.group()),
                    f"'?' inside the word '{shown}': a character was lost when this text was converted",
                    "retype the letter that belongs here, and save the file as UTF-8",
                    context=shown,
                )
