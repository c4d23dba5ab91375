"""The rule API: what a check is given and may ask besides the document, namely its context (options,
severity, the date that counts as today), the suppression comments of the file, the files beside it
(recorded so that a cached answer can be checked), the repository it belongs to, and the kinds of a rule
that is data (``kinds``: existence, substitution, consistency, occurrence), whose lists a check may also
be given (its rule's ``matchers``). It imports only
the text layer, the model and the foundation; checks import it instead of the engine."""
