"""The text layer: one reading of a document's prose (``prose``: its texts, words and sentences with
their positions, made once per document and shared by every rule) and the language helpers that every
rule and reader may share, such as verbs, quantities, phrase lists, vocabularies (common words,
technology terms, template leftovers), titles, code spans, list markers, bullets, shared edits and fast
patterns. It imports only the model and the foundation: never a reader, a rule, the engine or anything
above."""
