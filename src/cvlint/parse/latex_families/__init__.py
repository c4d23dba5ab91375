"""LaTeX résumé template families: what each template's macros mean, and how a document names its template.

A family says which macros open sections, which open entries (and what each of their arguments is: title,
organisation, location, dates, a description holding the role's items), which are items, which environments
are sections or entries (``resume.cls``'s ``rSection`` and ``rSubsection``), and which macros hold contact
details (moderncv's ``\\email`` in the preamble). One module per family declares it; ``family_of`` picks the
family whose markers (``\\documentclass{moderncv}``, ``\\usepackage{altacv}``) the preamble carries, and
documents of no known template are read with ``GENERIC``, the macros every family shares.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

Field = Literal["title", "organisation", "location", "dates", "detail", "body", "skip"]
"""What one argument of an entry macro holds: ``detail`` is shown after the header's parts (a grade),
``body`` is the role's description (its items are read as the entry's bullets), ``skip`` is layout (an icon)."""


@dataclass(frozen=True, slots=True)
class Family:
    """What one template family's macros mean."""

    name: str
    markers: tuple[str, ...] = ()
    """Patterns, one of which the preamble matches when the document uses this template."""
    sections: dict[str, int] = field(default_factory=dict)
    """Macros that open a section (level 1) or a subsection (level 2): ``{"cvsection": 1}``."""
    entries: dict[str, tuple[Field, ...]] = field(default_factory=dict)
    """Macros that open an entry, with what each of their arguments holds."""
    alternatives: dict[str, tuple[Field, ...]] = field(default_factory=dict)
    """A second layout of an entry macro, taken when its dates argument holds a date range and the first
    layout's does not (Jake's rows put a school's dates last and a role's second)."""
    items: dict[str, int] = field(default_factory=dict)
    """Macros that are items, with their arguments (0: the text runs to the next item, like ``\\item``)."""
    section_environments: frozenset[str] = frozenset()
    """Environments whose ``\\begin{…}{Title}`` opens a section."""
    entry_environments: dict[str, tuple[Field, ...]] = field(default_factory=dict)
    """Environments whose ``\\begin{…}`` arguments are an entry's header and whose body is the entry."""
    header_parts: dict[str, Field] = field(default_factory=dict)
    """Macros that add to the header of the entry right before them (Deedy's ``\\descript``, ``\\location``)."""
    contact: frozenset[str] = frozenset()
    """Macros whose first argument is a contact detail, wherever they stand (the preamble too)."""

    def extend(self, other: Family) -> Family:
        """This family with ``other``'s meanings added (``other`` wins where both define a macro)."""
        claimed = set(other.sections) | set(other.entries) | set(other.items)
        return Family(
            other.name,
            other.markers,
            {name: level for name, level in self.sections.items() if name not in claimed} | other.sections,
            {name: spec for name, spec in self.entries.items() if name not in claimed} | other.entries,
            {name: spec for name, spec in self.alternatives.items() if name not in claimed} | other.alternatives,
            {name: count for name, count in self.items.items() if name not in claimed} | other.items,
            self.section_environments | other.section_environments,
            self.entry_environments | other.entry_environments,
            self.header_parts | other.header_parts,
            self.contact | other.contact,
        )


def document_class(name: str) -> str:
    """A marker: ``\\documentclass[…]{name}``."""
    return r"\\documentclass\s*(?:\[[^\]]*\])?\s*\{\s*" + name + r"\s*\}"


def package(name: str) -> str:
    """A marker: ``\\usepackage[…]{name}``."""
    return r"\\usepackage\s*(?:\[[^\]]*\])?\s*\{\s*" + name + r"\s*\}"


GENERIC = Family(
    "generic",
    sections={
        "section": 1,
        "part": 1,
        "chapter": 1,
        "sectiontitle": 1,
        "subsection": 2,
        "subsubsection": 2,
        "cvsection": 1,
        "cvsubsection": 2,
        "runsubsection": 2,
    },
    entries={
        "datedsubsection": ("title", "dates"),
        "resumeSubheading": ("title", "dates", "organisation", "location"),
        "resumeSubSubheading": ("title", "dates"),
        "resumeProjectHeading": ("title", "dates"),
        "datedentry": ("title", "dates"),
        "cventry": ("dates", "title", "organisation", "location", "detail", "body"),
        "cvevent": ("title", "organisation", "dates", "location"),
    },
    alternatives={"resumeSubheading": ("organisation", "location", "title", "dates")},
    items={"item": 0, "cvlistitem": 1, "cvitemwithcomment": 1, "resumeItem": 1, "resumeSubItem": 1},
    contact=frozenset({"email", "phone", "mobile", "homepage", "social", "address"}),
)
"""What LaTeX résumés share, whatever their template: the reading of a document no family claims."""


def _families() -> tuple[Family, ...]:
    from cvlint.parse.latex_families import (
        altacv,
        article,
        awesome_cv,
        deedy,
        europass,
        friggeri,
        jakes,
        moderncv,
        resume_cls,
        twentyseconds,
    )

    modules = (moderncv, awesome_cv, altacv, deedy, jakes, resume_cls, friggeri, twentyseconds, europass, article)
    return tuple(GENERIC.extend(module.FAMILY) for module in modules)


FAMILIES = _families()
"""Every known family, each with the generic meanings under its own; the first whose markers match wins."""


def family_of(source: str) -> Family:
    """The family whose markers ``source`` (comments removed) carries, else the generic one."""
    for family in FAMILIES:
        if any(re.search(marker, source) for marker in family.markers):
            return family
    return GENERIC
