"""The application: linting files on disk, namely discovery, reading and atomically writing files, the
cache, the runner and its process pool, gates (``--since``, baselines, scores), unified diffs of fixes,
the HTML report file and the settings view. It may import the output formats, the report types, the
engine and everything below them; only the language server and the commands import it."""
