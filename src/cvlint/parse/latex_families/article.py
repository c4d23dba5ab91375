"""A plain ``article``: ``\\section``s, ``itemize`` lists, and ``tabular`` rows that hold a role and its dates."""

from cvlint.parse.latex_families import Family, document_class

FAMILY = Family(
    "article",
    markers=(document_class(r"article"),),
)
"""Its structure is the generic one: a ``tabular`` row (``\\textbf{Engineer, Initech} & 2019 -- 2021 \\\\``)
is a line with a role and its dates, and the items after it are the role's bullets."""
