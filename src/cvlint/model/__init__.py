"""The model layer: what a read résumé is (``document``: sections, roles, bullets, spans; ``dates``: the
date ranges a role carries and how they are read; ``lines``: offsets to lines and columns) and what a
rule says about it (``findings``: positions, edits, fixes, severities). It imports nothing of cvlint but
the foundation (``cvlint.resources``, ``cvlint.project``); every other layer builds on it."""
