"""Deedy résumé (deedy-resume, deedy-resume-openfont)."""

from cvlint.parse.latex_families import Family, document_class

FAMILY = Family(
    "deedy",
    markers=(document_class(r"deedy-resume[\w-]*"),),
    entries={"runsubsection": ("organisation",)},
    header_parts={"descript": "title", "location": "dates"},
    contact=frozenset({"email", "phone"}),
)
"""``\\runsubsection{Company}`` opens a role, the ``\\descript{| Title}`` and ``\\location{dates | place}`` after
it complete its header, and the ``tightemize`` list after them holds its items."""
