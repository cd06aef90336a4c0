"""PERSON: names, found by candidate rules, the NER, and expansions over both (see ``recognizer``).

Modules by job: ``vocab`` (word lists of ``recognizers/person.yaml`` and the
regexes built from them), ``tokens`` (token tests, the name scanner),
``candidates`` (the rule table), ``ner_names`` (NER names, NER blocking),
``filters`` (place, thing and eponym context), ``expansions`` (lists,
nicknames, repeats, handles), ``recognizer`` (the class the pipeline calls).
"""

from phiscrub.text.person.recognizer import PersonRecognizer

__all__ = ["PersonRecognizer"]
