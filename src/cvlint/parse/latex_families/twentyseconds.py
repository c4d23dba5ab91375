"""Twenty Seconds CV (twentysecondcv)."""

from cvlint.parse.latex_families import Family, document_class

FAMILY = Family(
    "twentyseconds",
    markers=(document_class(r"twentysecondcv"), r"\\makeprofile\b"),
    entries={"twentyitem": ("dates", "title", "organisation", "body"), "twentyitemshort": ("dates", "body")},
    contact=frozenset({"cvmail", "cvnumberphone", "cvsite", "cvaddress", "cvlinkedin", "cvgithub"}),
)
"""``\\twentyitem{dates}{title}{place}{description}`` inside ``twenty``; contact details are the profile's
preamble macros (``\\cvmail``, ``\\cvnumberphone``, ``\\cvsite``)."""
