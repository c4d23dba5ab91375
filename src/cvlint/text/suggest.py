"""'Did you mean …?' for a misspelt key, rule or option name."""

from __future__ import annotations

from collections.abc import Iterable


def did_you_mean(word: str, candidates: Iterable[str]) -> str:
    """`` (did you mean 'X'?)`` for the closest candidate to ``word``, or an empty string when none is close."""
    import difflib  # a run that names nothing wrongly never needs it

    known = list(candidates)
    lowered = {candidate.lower(): candidate for candidate in known}
    close = difflib.get_close_matches(word.lower(), list(lowered), n=1, cutoff=0.6)
    return f" (did you mean '{lowered[close[0]]}'?)" if close else ""
