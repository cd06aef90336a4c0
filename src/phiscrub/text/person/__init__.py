"""PERSON: names, found by candidate rules, the NER, and expansions over both (see ``recognizer``).

Modules by job: ``vocab`` (word lists of ``recognizers/person.yaml`` and the
regexes built from them), ``tokens`` (token tests, the name scanner),
``candidates`` (the rule table), ``pairs`` (lower-case full names after bed
and naming cues), ``roles`` (what a closing, cheer or hand-over cannot name),
``ner_names`` (NER names, NER blocking), ``filters`` (place, thing and eponym
context), ``abroad`` (countries and cities abroad), ``ordinary`` (ordinary
words a word list misses), ``expansions`` (lists, nicknames, repeats,
handles), ``recognizer`` (the class the pipeline calls).
"""

from phiscrub.text.person.recognizer import PersonRecognizer

__all__ = ["PersonRecognizer"]
