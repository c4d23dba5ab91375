"""What generated résumés (hypothesis, in test_fuzz_fix and test_properties) are made of: the words and
date ranges every generator draws from, hard cases included (mojibake, invisible spaces, emoji, symbols,
dates the wrong way round or in the future); each generator adds its format's own."""

from __future__ import annotations

WORDS = [
    "Led",
    "Develop",
    "the",
    "team",
    "of",
    "4",
    "30%",
    "$2M",
    "Kubernetes",
    "Café",
    "naïve",
    "â€”",
    "Ã©",
    "—",
    "\u00a0",
    "\u200b",
    "😀",
    "p99",
    "?",
    "Python 3.11",
]
DATES = ["2020 – 2022", "Jan 2020 - Present", "01/2019 – 03/2021", "2023 – 2019", "Summer 2020", "2027 – 2028", ""]
