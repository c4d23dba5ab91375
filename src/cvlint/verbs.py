"""Verb forms of the words that open bullets, from lemminflect's morphology tables.

lemminflect is imported on first use only, so runs that never ask about a verb never pay for it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Literal

from cvlint.resources import wordlist

Form = Literal["past", "base", "third-person", "gerund"]


@dataclass(frozen=True, slots=True)
class VerbForm:
    """What a word is as a verb, and its other forms."""

    form: Form
    past: str
    base: str
    noun_too: bool
    """True when the word is also a common noun ("Lead", "Design"), so it may not be a verb here."""


@cache
def _word_sets() -> tuple[frozenset[str], frozenset[str]]:
    data = wordlist("verbs")
    return frozenset(data["object-starters"]), frozenset(data["not-verbs"])


def object_starters() -> frozenset[str]:
    """Words after which an ambiguous opening word reads as a verb with an object."""
    return _word_sets()[0]


@cache
def analyse(word: str) -> VerbForm | None:
    """The verb form of ``word`` (any case), or None when it is not a verb."""
    import lemminflect

    lower = word.lower()
    if lower in _word_sets()[1]:
        return None
    lemmas = lemminflect.getAllLemmas(lower)
    verb_lemmas = lemmas.get("VERB")
    if not verb_lemmas:
        return None
    lemma = verb_lemmas[0]
    forms = lemminflect.getAllInflections(lemma, upos="VERB")
    past_forms = set(forms.get("VBD", ())) | set(forms.get("VBN", ()))
    past = forms.get("VBD", (lemma + "ed",))[0]
    base = forms.get("VB", (lemma,))[0]
    noun_too = "NOUN" in lemmas or "ADJ" in lemmas
    form: Form
    if lower in past_forms:
        form = "past"
    elif lower in forms.get("VBG", ()):
        form = "gerund"
    elif lower in forms.get("VBZ", ()):
        form = "third-person"
    elif lower in forms.get("VB", ()) or lower in forms.get("VBP", ()):
        form = "base"
    else:
        return None
    return VerbForm(form, past, base, noun_too)


def match_case(word: str, model: str) -> str:
    """``word`` with the capitalisation of ``model`` (``Led`` for ``Lead``)."""
    if model.isupper() and len(model) > 1:
        return word.upper()
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


@cache
def is_plural_noun(word: str) -> bool:
    """True for a plural noun such as ``dashboards``: after "Build", it reads as the verb's object."""
    import lemminflect

    lower = word.lower()
    nouns = lemminflect.getAllLemmas(lower).get("NOUN", ())
    return (
        bool(nouns)
        and lower != nouns[0]
        and lower in lemminflect.getAllInflections(nouns[0], upos="NOUN").get("NNS", ())
    )
