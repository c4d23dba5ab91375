"""resume.cls (Trey Hunner's and its forks): sections and entries are environments."""

from cvlint.parse.latex_families import Family, document_class

FAMILY = Family(
    "resume.cls",
    markers=(document_class(r"resume"), r"\\begin\s*\{\s*rSection\s*\}"),
    section_environments=frozenset({"rSection"}),
    entry_environments={"rSubsection": ("organisation", "dates", "title", "location")},
    contact=frozenset({"address", "email", "phone"}),
)
"""``\\begin{rSection}{Experience}`` opens a section and ``\\begin{rSubsection}{org}{dates}{title}{place}`` a
role whose ``\\item``s run to its ``\\end`` (or the next role's header); ``\\address{…}`` lines in the preamble
hold the contact details."""
