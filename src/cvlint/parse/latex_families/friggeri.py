"""friggeri-cv."""

from cvlint.parse.latex_families import Family, document_class

FAMILY = Family(
    "friggeri",
    markers=(document_class(r"friggeri-cv"),),
    entries={"entry": ("dates", "title", "organisation", "body"), "printbibsection": ("skip", "title")},
)
"""``\\entry{dates}{title}{place}{description}`` inside ``entrylist``; ``\\printbibsection{type}{title}``
heads a list of publications (its first argument is a bibliography type, not words); the contact details
stand in the ``aside`` (its own section, read as prose)."""
