"""The engine: the rule catalogue, configuration, users' custom rules, fingerprints, fixes, rule
examples and the lint of one document (``lint``: settings, rule contexts, suppressions, positions). It
may import the checks, the readers (``parse``), the rule API, the text layer, the model and the
foundation; never the report types, the output formats, the application or the commands."""
