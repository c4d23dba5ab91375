"""AltaCV."""

from cvlint.parse.latex_families import Family, document_class, package

FAMILY = Family(
    "altacv",
    markers=(document_class(r"altacv"), package(r"altacv")),
    sections={"cvsection": 1, "cvsubsection": 2},
    entries={
        "cvevent": ("title", "organisation", "dates", "location"),
        "cvachievement": ("skip", "title", "body"),
    },
    contact=frozenset({"email", "phone", "mailaddress", "homepage", "linkedin", "github", "location"}),
)
"""``\\cvevent{title}{organisation}{dates}{location}`` followed by its items, and
``\\cvachievement{icon}{title}{description}``; contact details stand in ``\\personalinfo{\\email{…}…}``."""
