"""Check functions: one module per rule, named after the rule, each with ``check(document, context)``."""
