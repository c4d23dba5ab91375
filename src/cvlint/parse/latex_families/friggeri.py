"""friggeri-cv."""

from cvlint.parse.latex_families import Family, document_class

FAMILY = Family(
    "friggeri",
    markers=(document_class(r"friggeri-cv"),),
    entries={"entry": ("dates", "title", "organisation", "body")},
)
"""``\\entry{dates}{title}{place}{description}`` inside ``entrylist``; the contact details stand in the
``aside`` (its own section, read as prose)."""
