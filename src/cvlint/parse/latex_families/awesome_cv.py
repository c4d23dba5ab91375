"""Awesome-CV."""

from cvlint.parse.latex_families import Family, document_class

FAMILY = Family(
    "awesome-cv",
    markers=(document_class(r"awesome-cv"),),
    sections={"cvsection": 1, "cvsubsection": 2},
    entries={
        "cventry": ("title", "organisation", "location", "dates", "body"),
        "cvsubentry": ("title", "skip", "dates", "body"),
        "cvhonor": ("title", "organisation", "location", "dates"),
    },
    contact=frozenset({"email", "mobile", "phone", "homepage", "github", "linkedin", "address"}),
)
"""``\\cventry{position}{organisation}{location}{dates}{\\begin{cvitems}\\item …\\end{cvitems}}`` and
``\\cvhonor{award}{event}{location}{date}``; contact details are preamble macros (``\\email``, ``\\mobile``)."""
