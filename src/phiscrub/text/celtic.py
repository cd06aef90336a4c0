"""Welsh and Scottish Gaelic clauses: their words are no names, and the English NER cannot tell.

The small English model reads a Welsh or Gaelic sentence as a string of capitalised unknowns and calls them people
("Noson brysur yn Adran Achosion Brys": night, department, emergency), and a name scanned after a cue runs on into
the clause ("Mam Nia sy'n casglu'r meds": "Nia" is the name, "sy'n casglu'r" is "who is collecting the").

A line is read as Welsh or Gaelic when at least two of its words, and a fifth of them, are function words of those
languages that English does not share (``WELSH``, ``GAELIC``; the verb "to be", pronouns, prepositions, the
particle "yn", clitic forms such as "sy'n", "o'r"). On such a line a name is what lies between its function words and
clitic forms ("Mae Siân yn": "Siân"), and a name only the NER gives must be made of names the gazetteers know ("Nia",
"Rhys"; not "Adran") or follow a title ("Annwyl Mrs Prydderch").
Source: Welsh and Scottish Gaelic grammars (King, "Modern Welsh"; Lamb, "Scottish Gaelic"); the lists leave out the
common English words ("a", "i", "am", "an", "ran", "air", "mar"); a rarer one ("dim") counts only with another.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING, List

import regex as re

from phiscrub.types import Finding

if TYPE_CHECKING:
    from phiscrub.text.person.context import Context

WELSH = frozenset("yn yr mae bydd maen sy sydd wedi gyda efo roedd oedd ydy ydw ydi yw nhw chi fi fo ei eu ein eich heno "
                  "heddiw diolch hefyd ac gan bod byddwn os nad nid dydy dim ddim gyda'r i'r o'r a'r yn'r "
                  "mewn rhwng ond neu".split())
GAELIC = frozenset("agus tha bha sinn anns aig bho cha chan gu seo thu iad ri dhut oirbh ach cuideachd leibh "
                   "airson dhan gus chun feasgar madainn mòran tapadh".split())
FUNCTION_WORDS = WELSH | GAELIC
_WORD = re.compile(r"[^\W\d_][\w'’]*")
# a Welsh or Gaelic clitic ending a word: "sy'n", "casglu'r", "mae'n" ("O'Neill" has its apostrophe inside)
CLITIC_END = re.compile(r"\w['’](?:n|r|m|th|i)$", re.IGNORECASE)
MIN_WORDS, MIN_SHARE = 2, 0.2


def celtic_line(text: str, at: int) -> bool:
    """Whether the line holding ``text[at]``, or its sentence, is Welsh or Scottish Gaelic by its function words (a
    post's one line may open in Gaelic and go on in English: "Tha sinn a' sireadh nursaichean! NHS … is recruiting")."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    if _celtic(text, start, end):
        return True
    opening = max((m.end() for m in _SENTENCE_END.finditer(text, start, at)), default=start)
    closing = _SENTENCE_END.search(text, at, end)
    return (opening, closing.end() if closing else end) != (start, end) and _celtic(
        text, opening, closing.end() if closing else end)


_SENTENCE_END = re.compile(r"[.!?]+(?:\s|$)")


@lru_cache(maxsize=512)
def _celtic(text: str, start: int, end: int) -> bool:
    """``celtic_line`` for one line, read once however many names stand on it."""
    words = _WORD.findall(text, start, end)
    # one language's function words (and clitics): a Welsh "Mae" and a Gaelic "thu" on one line are an English
    # rota's name and weekday ("Rhea Mae ↔ Bogdan: Mon LD ↔ Thu N"), no Celtic line
    hits = max(sum(1 for w in words if _function(w, lang)) for lang in (WELSH, GAELIC))
    return hits >= MIN_WORDS and hits >= MIN_SHARE * len(words)


def _function(word: str, words: frozenset = FUNCTION_WORDS) -> bool:
    w = word.lower().replace("’", "'")
    return w in words or CLITIC_END.search(w) is not None


_PREV_WORD = re.compile(r"(\w+)\.?[ \t]+\Z")


def _named(ctx: "Context", text: str, start: int, words) -> bool:
    """Whether an NER name on a Welsh or Gaelic line is a name: every word a gazetteer name, or a title before it
    ("Annwyl Mrs Prydderch")."""
    prev = _PREV_WORD.search(text, max(0, start - 16), start)
    return (prev is not None and ctx.vocab.title_word.fullmatch(prev.group(1)) is not None) or all(
        ctx.res.is_name(w.group().lower()) for w in words)


def trim_celtic(ctx: "Context", text: str, names: List[Finding]) -> List[Finding]:
    """``names`` with, on Welsh or Gaelic lines, each name cut before its first function word or clitic form (none
    left: dropped), a name only the NER gives dropped unless every word of it is a gazetteer name, and one opening in
    lower case dropped where the line opens on a capital."""
    out = []
    for f in names:
        if not celtic_line(text, f.start):
            out.append(f)
            continue
        words = list(_WORD.finditer(text, f.start, f.end))
        first = next((i for i, w in enumerate(words) if not _function(w.group())), len(words))
        stop = next((i for i in range(first, len(words)) if _function(words[i].group())), len(words))
        if first == stop or (f.rule == "ner" and not _named(ctx, text, f.start, words[first:stop])) or (
                words[first].group()[0].islower() and _capitalising(text, f.start)):
            continue  # ... or in lower case where the line opens on a capital: its writer capitalises names ("Mae car
            # … tu allan i'r Uned" = outside the unit; not chat all in lower case: "cerys ti di gweld … mae dai wedi")
        out.append(f if (first, stop) == (0, len(words)) else replace(f, start=words[first].start(), end=words[stop - 1].end()))
    return out


def _capitalising(text: str, at: int) -> bool:
    """Whether the line holding ``text[at]`` opens on a capital letter (its first letter)."""
    start = text.rfind("\n", 0, at) + 1
    first = _WORD.search(text, start, at + 1)
    return first is not None and first.group()[0].isupper()
