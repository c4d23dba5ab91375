"""RenderCV résumés (a ``cv:`` mapping with ``cv.sections``) into the résumé model.

Each item of a section is read as the RenderCV entry type its keys make it (RenderCV decides the same
way): education (``institution``, ``area``), experience (``company``, ``position``), publication
(``title``, ``authors``), normal (``name``), one-line (``label``, ``details``), bullet (``bullet``),
numbered (``number``), reversed-numbered (``reversed_number``), or, for a plain string, text.
"""

from __future__ import annotations

from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from cvlint.model.document import Entry, Heading, Paragraph, Section, SectionRole, Span, Text
from cvlint.parse.rendercv_keys import design_keys
from cvlint.parse.yaml_source import YamlSource, key_role

ENTRY_KEYS = frozenset(
    {
        "company",
        "position",
        "institution",
        "area",
        "degree",
        "date",
        "start_date",
        "end_date",
        "location",
        "summary",
        "highlights",
        "name",
        "title",
        "authors",
        "doi",
        "url",
        "journal",
        "label",
        "details",
        "bullet",
        "number",
        "reversed_number",
    }
)
"""The keys RenderCV reads in an entry; others are ignored when the PDF is made."""
CV_KEYS = frozenset(
    {
        "name",
        "headline",
        "label",
        "location",
        "email",
        "photo",
        "phone",
        "website",
        "social_networks",
        "custom_connections",
        "sections",
    }
)
TOP_KEYS = frozenset({"cv", "design", "locale", "locale_catalog", "rendercv_settings", "settings"})
_START = ("start_date", "date")
_END = ("end_date",)
_SINGLE = frozenset({"date"})
_ONE_STRING = ("bullet", "number", "reversed_number")
"""Entry types that hold one string, shown as a list item (bullet, numbered, reversed-numbered)."""
_EXPERIENCE_TYPE = frozenset({"company", "position"})


class RenderCV:
    """Reads ``cv.sections`` and notes every key RenderCV checks, for ``unknown-key``."""

    def __init__(self, yaml: YamlSource) -> None:
        self.yaml = yaml

    def read(self, root: CommentedMap, cv: CommentedMap, groups: CommentedMap) -> list[Section]:
        """The sections under ``cv.sections``, keys of the whole document noted."""
        yaml = self.yaml
        yaml.note_keys(root, TOP_KEYS)
        yaml.note_keys(cv, CV_KEYS)
        for key, known in design_keys(root):
            yaml.note_keys(key, known)
        sections = []
        for key in groups:
            heading = yaml.key_text(groups, key)
            if heading is not None:
                sections.append(self.section(str(key), groups[key], heading))
        return sections

    def section(self, title: str, items: Any, heading: Text) -> Section:
        role = key_role(title)
        every = isinstance(items, CommentedSeq) and items and all(isinstance(i, CommentedMap) for i in items)
        if role == "other" and every and all(set(item) >= _EXPERIENCE_TYPE for item in items):
            role = "experience"  # "Where I worked": every entry is an ExperienceEntry
        section = Section(Heading(heading.span, heading, 2), role, Span(heading.span.start, len(self.yaml.source)))
        if not isinstance(items, CommentedSeq):
            return section
        for position, item in enumerate(items):
            if isinstance(item, str):
                text = self.yaml.scalar(item, *items.lc.item(position))
                if text is not None:
                    section.paragraphs.append(Paragraph(text.span, text))  # a TextEntry
                continue
            if not isinstance(item, CommentedMap):
                continue
            self.yaml.note_keys(item, ENTRY_KEYS)
            one = next((key for key in _ONE_STRING if key in item), None)
            if one is not None:
                bullet = self.yaml.bullet(items, position, item[one], item.lc.value(one))
                if bullet is not None:
                    section.bullets.append(bullet)
            elif "label" in item or "details" in item:
                details = self.yaml.value_text(item, "details")
                if details is not None:
                    section.paragraphs.append(Paragraph(details.span, details))  # a OneLineEntry
            else:
                section.entries.append(self.entry(item, role))
        return section

    def entry(self, item: CommentedMap, role: SectionRole) -> Entry:
        yaml = self.yaml
        if "institution" in item:
            title = yaml.first_text(item, ("degree", "area"))
            organisation = yaml.value_text(item, "institution")
        elif "authors" in item:  # the journal is a citation ("Inf. Softw. Technol., vol. 178"), not prose
            title, organisation = yaml.value_text(item, "title"), None
        elif role == "education":
            title, organisation = yaml.first_text(item, ("degree", "area", "name")), None
        else:
            title = yaml.first_text(item, ("position", "name", "title"))
            organisation = yaml.value_text(item, "company")
        spans = [t.span for t in (title, organisation) if t is not None]
        start = min((s.start for s in spans), default=0)
        entry = Entry(Span(start, max((s.end for s in spans), default=start)), title, organisation)
        entry.location = yaml.value_text(item, "location")
        nested = item.get("date")  # "date: {start_date: …, end_date: …}"
        scope = nested if isinstance(nested, CommentedMap) else item
        entry.dates = yaml.dates(scope, _START, _END, _SINGLE)
        summary = yaml.value_text(item, "summary")
        if summary is not None:
            entry.paragraphs.append(Paragraph(summary.span, summary))
        highlights = item.get("highlights")
        if isinstance(highlights, CommentedSeq):
            entry.bullets.extend(
                bullet for position in range(len(highlights)) if (bullet := yaml.bullet(highlights, position))
            )
        return entry


def is_rendercv(root: Any) -> bool:
    """True for RenderCV's layout: a top-level ``cv`` mapping holding a ``sections`` mapping."""
    cv = root.get("cv") if isinstance(root, CommentedMap) else None
    return isinstance(cv, CommentedMap) and isinstance(cv.get("sections"), CommentedMap)
