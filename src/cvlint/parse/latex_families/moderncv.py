"""moderncv (every style: classic, casual, banking, oldstyle, fancy)."""

from cvlint.parse.latex_families import Family, document_class

FAMILY = Family(
    "moderncv",
    markers=(document_class(r"moderncv"), r"\\moderncvstyle\b"),
    entries={"cventry": ("dates", "title", "organisation", "location", "detail", "body")},
    items={"cvlistitem": 1, "cvitemwithcomment": 1, "cvlistdoubleitem": 2},
    contact=frozenset({"email", "phone", "mobile", "homepage", "social", "address", "extrainfo"}),
)
"""``\\cventry{dates}{title}{employer}{city}{grade}{description}``; ``\\cvitem{label}{text}`` is a line of its
own; contact details (``\\email``, ``\\phone``, ``\\address``, ``\\homepage``, ``\\social``) are preamble macros."""
