"""Report types: what a run produces and what every output format reads, namely the report of one file,
running counts over reports, scores and the baseline of accepted findings. It may import the engine and
everything below it; the output formats and the application import it, so that no format needs the
runner."""
