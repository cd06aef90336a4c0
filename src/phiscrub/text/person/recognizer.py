"""PERSON: names of patients, relatives, the public and staff.

Rule: spaCy's NER PERSON entities, plus what a small general model misses in
this domain, each a named rule over the same tokens (``candidates.RULES``:
titles, field labels, relation, naming and thanks cues, closings, cheers and
hand-overs that make a capitalised word a name ("ta Jem x", "Go on Reg!",
"ask for Blessing"), "he's"/"she's", sign-offs, gazetteer first names, chat
openers, initials, a name before an age, possessives of kin, ward allocations,
lower-case full names after bed and naming cues ("b4 priya raman 63"), a first name before a bleep number
("Precious bleep 2214")); then,
over all names found, the steps of ``expansions.EXPANSIONS`` (list siblings, a word between two listed names,
bracketed nicknames, repeats) and names inside #hashtags and @corporate
handles dropped.

Source: NHS social-media policies (names of patients, relatives, and of staff
without consent); word lists in ``recognizers/person.yaml`` with their sources;
gazetteers as in ``phiscrub.resources``; places abroad from GeoNames (``abroad``).
Avoids: capitalised ordinary words ("Ring", "Bay", "Obs", "Ref"), also opening a
sentence ("Burnout", "Thurs", "It's"), roles and wards ("Sister" alone, "Ward
7"), eponymous conditions ("Parkinson's", "Down's syndrome"), eponymous
hospitals, shops and GP practices ("the Robert Jones and Agnes Hunt",
"Princess Alexandra", "Mount Pleasant Surgery"), countries and cities abroad
("from Manila"), hashtags and @handles, places and organisations the NER labels
as such, field labels themselves, the words of Welsh and Gaelic clauses (``phiscrub.text.celtic``).
"""

from __future__ import annotations

from pathlib import Path
from typing import List, Optional, Sequence

from phiscrub.resources import Resources
from phiscrub.text.celtic import trim_celtic
from phiscrub.text.person.boards import _name_word as name_word
from phiscrub.text.person.candidates import find_candidates
from phiscrub.text.person.context import ENTITY, RECOGNIZER, Context
from phiscrub.text.person.expansions import expand
from phiscrub.text.person.ner_names import Blocked, blocked_by_ner, from_ner, vetoable
from phiscrub.text.person.vocab import default_vocab, load_vocab
from phiscrub.types import Finding

TABLE_PARTICLES = frozenset("van von der den de da di du del della le la al el ap ab bin ó ní nic".split())


class PersonRecognizer:
    """Names in three steps the pipeline calls in order: ``candidates`` (rules, no NER),
    ``with_entities`` (adds the NER's names, drops rule names inside NER places),
    ``expand`` (lists, nicknames, repeats; handles dropped). ``find`` runs all three.

    ``vocab_path``: another PERSON word-list file (default: the shipped ``person.yaml``).
    """

    entity = ENTITY
    name = RECOGNIZER

    def __init__(self, resources: Resources, vocab_path: Optional[Path] = None):
        self.resources = resources
        vocab = default_vocab() if vocab_path is None else load_vocab(Path(vocab_path))
        self._ctx = Context(resources, vocab)

    def candidates(self, text: str) -> List[Finding]:
        """The rule findings: they do not depend on the NER, so the pipeline computes them once."""
        return find_candidates(self._ctx, text)

    def with_entities(self, text: str, entities: Sequence, candidates: List[Finding]) -> List[Finding]:
        """The NER's PERSON names (``entities``: ``phiscrub.text.ner.Entity``), plus the
        ``candidates`` that do not start inside an NER place (unless trusted)."""
        entities = entities or ()
        blocked = Blocked(entities)
        out = from_ner(self._ctx, text, entities)
        out += [f for f in candidates if not blocked_by_ner(self._ctx, text, f, blocked)]
        return trim_celtic(self._ctx, text, out)  # Welsh and Gaelic lines: their words are no names

    def vetoable(self, text: str, f: Finding) -> bool:
        """Whether an NER place at the rule finding ``f`` would drop it (the gate asks the NER then)."""
        return vetoable(self._ctx, text, f)

    def expand(self, text: str, names: List[Finding]) -> List[Finding]:
        """``names`` plus list siblings, nicknames and repeats, without names inside handles."""
        return expand(self._ctx, text, names)

    def table_name_word(self, word: str) -> int:
        """How well ``word`` in a table's name column can be part of a name: 2 a gazetteer name even where it is
        also a word, month or stop word ("ROSE, April", "WILL"); 1 a particle, initial or what a bed board takes
        as a name word, or a keep-list town that is also a name ("Lincoln"); 0 an ordinary word ("Wren", "EMPTY"); -1
        never (any other keep-list word, a relation word, a stop word that is no name)."""
        w = word.lower()
        if len(w) == 1 or w in TABLE_PARTICLES:
            return 1
        ctx = self._ctx
        if ctx.res.never_name(w) and ctx.res.is_place(w) and ctx.res.is_name(w):
            return 1  # a town the keep-list holds that is also a name: "Lincoln Grant", "PRESTON, Ada" in this column
        if ctx.res.never_name(w) or ctx.vocab.relation_word.fullmatch(w) or (ctx.is_stop(w) and not ctx.res.is_name(w)):
            return -1  # ... or a stop word no name list holds: "DO NOT FEED"
        return 2 if ctx.res.is_name(w) else int(name_word(ctx, word))

    def find(self, text: str, entities: Sequence = ()) -> List[Finding]:
        """All three steps; ``entities``: the NER entities of ``text`` (rules run without them too)."""
        return self.expand(text, self.with_entities(text, entities, self.candidates(text)))
