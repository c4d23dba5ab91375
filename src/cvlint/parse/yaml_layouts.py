"""YAML résumés in layouts of their own (Jekyll ``_data/resume.yml``, FRESH, yaml-cv, JSON Resume in
YAML, a ``spec`` or ``cv`` mapping), read by the meaning of their keys.

A section is a key that names one (``jobs``, ``workExperience``, ``Research experience``) holding a
list, or a mapping with such a list (FRESH's ``employment: {history: […]}``). An entry is a mapping;
its title, organisation, dates and bullets are found under the keys writers use for them, in the
entry itself or one mapping down (``term: {start: …, end: …}``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeVar

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from cvlint.model.document import Entry, Heading, Paragraph, Section, SectionRole, Span, Text
from cvlint.parse.yaml_source import YamlSource, key_role

ROLE_TITLE = ("position", "job_title", "jobTitle", "title", "role", "name")
EDUCATION_TITLE = ("degree", "studyType", "area", "major", "title")
ORGANISATION = ("company", "employer", "organization", "organisation", "institution", "school", "university", "place")
START = ("start_date", "startDate", "date_start", "start", "from", "since", "begin")
END = ("end_date", "endDate", "date_end", "end", "to", "until")
RANGE = ("dates", "date", "when", "time", "period", "duration", "years", "term")
"""Keys holding a whole range or a lone date ("June 2024 - Present", "2014-2018")."""
BULLETS = (
    "highlights",
    "achievements",
    "accomplishments",
    "responsibilities",
    "bullets",
    "items",
    "tasks",
    "duties",
    "details",
    "what",
)
SUMMARY = ("summary", "description", "inline_detail", "blurb")
CONTACT = ("headline", "label", "tagline", "email", "phone", "website", "url", "location", "address")
_CONTACT_GROUPS = ("contact", "contacts", "contactPoints", "links", "social", "info", "basics", "header")
_HOLDERS = ("spec", "cv", "resume")
_DIAL = re.compile(r"(?:tel|sms|callto|skype|facetime):", re.IGNORECASE)
"""A link that dials a number (``tel:+1-678-…``): the number, not words, and no e-mail address."""
T = TypeVar("T")
"""Keys that hold the whole résumé one level down."""


def holder(root: CommentedMap) -> CommentedMap:
    """The mapping that holds the résumé's sections: the root, or its ``spec``/``cv``/``resume`` mapping."""
    for key in _HOLDERS:
        inner = root.get(key)
        if isinstance(inner, CommentedMap) and any(isinstance(v, CommentedSeq) for v in inner.values()):
            return inner
    return root


def contact_texts(yaml: YamlSource, mapping: CommentedMap) -> list[Text]:
    """The contact lines of a résumé: its own contact keys, and the strings of its contact groups."""
    texts = [text for key in CONTACT if (text := yaml.value_text(mapping, key)) is not None]
    groups: list[CommentedMap] = []
    for value in (mapping.get(key) for key in _CONTACT_GROUPS):
        if isinstance(value, CommentedSeq):  # links: [{txt: …, url: mailto:…}, …]
            groups.extend(item for item in value if isinstance(item, CommentedMap))
        elif isinstance(value, CommentedMap):
            groups.append(value)
    for group in groups:
        for key, value in group.items():
            inner = value if isinstance(value, CommentedMap) else None
            for owner, name in [(group, key)] if inner is None else [(inner, k) for k in inner]:
                text = yaml.value_text(owner, name)
                if text is not None and not _DIAL.match(text.value):
                    texts.append(text)
    return texts


class Layout:
    """Reads sections by the meaning of their keys."""

    def __init__(self, yaml: YamlSource) -> None:
        self.yaml = yaml

    def read(self, mapping: CommentedMap) -> list[Section]:
        """The sections of ``mapping``: lists (or FRESH ``history`` lists) under keys that name a section."""
        sections = []
        shown = _shown_sections(mapping)
        for key, value in mapping.items():
            if shown is not None and key not in shown:
                continue
            role = key_role(str(key))
            items = value
            if isinstance(value, CommentedMap):
                items = value.get("history")
            if role == "other" or not isinstance(items, CommentedSeq):
                continue
            heading = self.yaml.key_text(mapping, key)
            if heading is not None:
                sections.append(self.section(role, items, heading))
        return sections

    def section(self, role: SectionRole, items: CommentedSeq, heading: Text) -> Section:
        section = Section(Heading(heading.span, heading, 2), role, Span(heading.span.start, len(self.yaml.source)))
        for position, item in enumerate(items):
            if isinstance(item, CommentedMap):
                section.entries.append(self.entry(item, role))
            elif (bullet := self.yaml.bullet(items, position)) is not None:
                section.bullets.append(bullet)
        return section

    def entry(self, item: CommentedMap, role: SectionRole) -> Entry:
        yaml = self.yaml
        scopes = [item, *(value for value in item.values() if isinstance(value, CommentedMap))]
        title_keys = EDUCATION_TITLE if role == "education" else ROLE_TITLE
        title = _first(scopes, lambda scope: yaml.first_text(scope, title_keys))
        organisation = _first(scopes, lambda scope: yaml.first_text(scope, ORGANISATION))
        if role == "education" and organisation is None:
            organisation = yaml.value_text(item, "name")
        spans = [t.span for t in (title, organisation) if t is not None]
        start = min((s.start for s in spans), default=0)
        entry = Entry(Span(start, max((s.end for s in spans), default=start)), title, organisation)
        entry.location = _first(scopes, lambda scope: yaml.value_text(scope, "location"))
        entry.dates = _first(scopes, lambda scope: yaml.dates(scope, START + RANGE, END, frozenset(RANGE)))
        for scope in scopes:
            summary = yaml.first_text(scope, SUMMARY)
            if summary is not None:
                entry.paragraphs.append(Paragraph(summary.span, summary))
            bullets = next((scope[key] for key in BULLETS if isinstance(scope.get(key), CommentedSeq)), None)
            if isinstance(bullets, CommentedSeq):
                entry.bullets.extend(b for position in range(len(bullets)) if (b := yaml.bullet(bullets, position)))
        return entry


def _shown_sections(mapping: CommentedMap) -> frozenset[str] | None:
    """The sections a résumé lists as the ones it shows (yaml-cv's ``sections: [Education, Skills]``: a section
    left out of the list, or commented out of it, is not printed), or None when it lists none."""
    listed = mapping.get("sections")
    if not isinstance(listed, CommentedSeq) or not all(isinstance(name, str) for name in listed):
        return None
    return frozenset(listed) if any(name in mapping for name in listed) else None


def _first(scopes: list[CommentedMap], find: Callable[[CommentedMap], T | None]) -> T | None:
    return next((found for scope in scopes if (found := find(scope)) is not None), None)
