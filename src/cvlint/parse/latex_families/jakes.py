"""Jake's résumé and sb2nov's, the templates that define their macros in the document itself."""

from cvlint.parse.latex_families import Family

FAMILY = Family(
    "jakes",
    markers=(r"\\newcommand\s*\{?\s*\\resume(?:Subheading|Item)\b",),
    entries={
        "resumeSubheading": ("title", "dates", "organisation", "location"),
        "resumeSubSubheading": ("title", "dates"),
        "resumeProjectHeading": ("title", "dates"),
    },
    alternatives={"resumeSubheading": ("organisation", "location", "title", "dates")},
    items={"resumeItem": 1, "resumeSubItem": 1},
)
"""``\\resumeSubheading{title}{dates}{organisation}{location}``, or ``{school}{place}{degree}{dates}`` when
the fourth argument holds the dates (sb2nov's rows and Jake's education rows), ``\\resumeProjectHeading{name}{dates}``,
``\\resumeItem{text}``; where the document defines ``\\resumeItem`` with two arguments (sb2nov's
``{title}{description}``), the item reads as ``title: description``."""
