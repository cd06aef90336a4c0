"""Named-entity recognition, run only where a name could still hide.

spaCy's NER is most of phiscrub's cost. A sentence whose capitalised words are
all ordinary words opening the sentence, keep-list words ("Ward", "Derriford",
"NHS") or inside #hashtags and @handles cannot give the NER a name the rules
would miss, so it is not sent to the model. The other sentences go through
``nlp.pipe`` in one batch across all texts, and entities come back as frozen
``Entity`` values with offsets into the whole text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, List, Sequence, Tuple

import regex as re

from phiscrub.resources import Resources

_SENTENCE = re.compile(r"[^\n.!?]*(?:[.!?]+(?=\s|$)|\n|$)")
_CLITIC = re.compile(r"['’](?:s|t|ve|re|ll|d|m)$", re.IGNORECASE)
_CAPITALISED = re.compile(r"(?<![#@\w])[A-Z][\w'’\-]*")


@dataclass(frozen=True)
class Entity:
    """One NER entity: character offsets into the text, label and token offsets."""

    start: int
    end: int
    label: str
    tokens: Tuple[Tuple[int, int], ...]


def needs_ner(sentence: str, lexicon: Resources, covered: Sequence[Tuple[int, int]] = (), offset: int = 0) -> bool:
    """Whether a sentence has a capitalised word the rules cannot explain.

    ``covered``: spans (offsets into the whole text, ``offset`` being where the
    sentence starts) that rules already found: their words need no model.
    """
    for m in _CAPITALISED.finditer(sentence):
        at = offset + m.start()
        if any(s <= at < e for s, e in covered):
            continue
        word = _CLITIC.sub("", m.group())  # "She's" -> "She", "Flint's" -> "Flint"
        w = word.lower().strip("'’-")
        if len(w) < 2 or lexicon.never_name(w):
            continue
        if lexicon.is_common(w) and not lexicon.is_name(w):
            continue  # "Huge", "Thanks", "Emergency": capitalised ordinary words
        if word.isupper() and len(w) <= 4 and not lexicon.is_name(w):
            continue  # acronyms: RTC, NAD, CT, GP
        if lexicon.is_place(w) and not lexicon.is_name(w):
            continue  # towns and villages are scored by the risk stage, never redacted
        return True
    return False


def segments(text: str, lexicon: Resources, gate: bool = True,
             covered: Sequence[Tuple[int, int]] = ()) -> List[Tuple[int, int]]:
    """(start, end) of the sentences of ``text`` that need the NER (all of it without ``gate``)."""
    if not gate:
        return [(0, len(text))] if text else []
    out = []
    for m in _SENTENCE.finditer(text):
        if m.end() > m.start() and needs_ner(m.group(), lexicon, covered, m.start()):
            if out and out[-1][1] >= m.start() - 1:
                out[-1] = (out[-1][0], m.end())  # neighbours stay together: the model sees context
            else:
                out.append((m.start(), m.end()))
    return out


def run_ner(get_nlp: Callable, texts: Sequence[str], lexicon: Resources, batch_size: int, gate: bool = True,
            covered: Sequence[Sequence[Tuple[int, int]]] = ()) -> List[Tuple[Entity, ...]]:
    """Entities per text, the model run once over all the segments that need it.

    ``get_nlp`` is called only when some segment needs the model, so a draft whose
    capitalised words the rules all explain never loads spaCy.
    """
    covered = list(covered) or [()] * len(texts)
    jobs = [(i, s, e) for i, text in enumerate(texts) for s, e in segments(text, lexicon, gate, covered[i])]
    found: List[list] = [[] for _ in texts]
    if not jobs:
        return [() for _ in texts]
    docs = get_nlp().pipe((texts[i][s:e] for i, s, e in jobs), batch_size=batch_size)
    for (i, offset, _), doc in zip(jobs, docs):
        for ent in doc.ents:
            tokens = tuple((offset + t.idx, offset + t.idx + len(t.text)) for t in ent)
            found[i].append(Entity(offset + ent.start_char, offset + ent.end_char, ent.label_, tokens))
    return [tuple(f) for f in found]
