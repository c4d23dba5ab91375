"""Check functions: one module per rule, named after the rule, each with ``check(document, context)``.
A check imports only the rule API (``cvlint.rule``), the text layer, the model and the foundation:
never the engine, a reader or another check (what two checks share lives in the text layer)."""
