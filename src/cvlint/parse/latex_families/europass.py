"""Europass (europasscv and the older europecv)."""

from cvlint.parse.latex_families import Family, document_class

FAMILY = Family(
    "europass",
    markers=(document_class(r"europ(?:ass|e)cv"),),
    sections={"ecvsection": 1},
    entries={"ecvtitle": ("dates", "title")},
    items={"ecvbulletitem": 1},
    contact=frozenset({"ecvemail", "ecvtelephone", "ecvaddress", "ecvhomepage"}),
)
"""``\\ecvsection{Work experience}``, ``\\ecvtitle{dates}{position}`` then ``\\ecvitem{}{…}`` lines (the
organisation, an ``ecvitemize`` list); contact details are the preamble's ``\\ecvemail``, ``\\ecvtelephone``."""
