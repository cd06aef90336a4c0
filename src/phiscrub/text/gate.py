"""The NER gate: which parts of a text the model is asked about.

spaCy's NER is most of phiscrub's cost, and on most words it can only repeat
what the rules already know. It is asked about a word only where the rules
leave a doubt:

- a capitalised word that no rule finding covers and that the word lists cannot
  explain: not a stop word ("The", "He"), not an ordinary word that is never a
  name ("Huge", "Thanks"), not a short acronym ("RTC", "NAD"), not a town that
  is never a name ("Truro"), not a word the lists say is never a name;
- a name the rules found that an NER place would drop ("thanks to our nurses
  from Kottayam"): ``vetoable`` says which (``person.ner_names.vetoable``);
- a capitalised word after an initial or a name particle ("R. Brook", "van der
  Berg"), or with a capital after a hyphen ("al-Hashimi");
- a lower-case first name or surname that is no ordinary word ("zainab",
  "nguyen"): the NER sometimes knows it where no rule cue does.

A rare first name that is also a word ("Dot", "Long") is asked about inside a
sentence, not opening one; a surname that is also a word or a town ("Park",
"Bolton") only within ``NEAR`` characters of a name the rules found on its line
("Baker / Nguyen"); a word of a known place name ("Hywel Dda") never.

The model sees a window of ``WINDOW`` (four) words either side of each such
word, inside its line (windows that touch are merged). The small English
model's NER embeds a token from the four tokens either side of it, so the word
itself is read as the whole line would give it. Measured, not assumed: on the
five corpora the gate was built on, findings differ from reading every word in
3 of 972 drafts, each a tighter span ("Frank Ellis" for "Frank Ellis 💔 Came"),
and in 4 of 3,000 drafts of the partial probe; the model reads under a fifth
of the text (three words either side: one more probe draft differs).
Windows come back as ``(start, end)`` offsets into the text; a text with none
never loads the model.
"""

from __future__ import annotations

from typing import Callable, List, Optional, Sequence, Tuple

import regex as re

from phiscrub.text.person.around import Around
from phiscrub.text.person.filters import part_of_place, sentence_start
from phiscrub.text.person.ordinary import drug_name
from phiscrub.text.words import PARTICLE
from phiscrub.types import Finding

WINDOW = 4  # words either side of a doubtful word

_LINE = re.compile(r"[^\n]*(?:\n|$)")
_WORD = re.compile(r"\S+")
# a word that could open a name: a letter not inside a word, #hashtag or @handle
_CANDIDATE = re.compile(r"(?<![#@\w])[^\W\d_][\w'’\-]*")
# a capital opening the word or one of its parts: "Priya", "al-Hashimi", "t-Saoir", "McLaughlin"
_CAPITAL_PART = re.compile(r"^[^\w]*[A-Z]|[-'’][A-Z]|^Ma?c[A-Z]")
# what makes the next capitalised word a name whatever the lists say: an initial ("R. Brook"), a
# name particle ("van der Berg", "ap Gwilym", "bin Yusof") or a nickname in quotes
_NAME_BEFORE = re.compile(rf"(?:(?<![\w.])[A-Z]\.[ \t]*|(?<![\w'’-]){PARTICLE.pattern}[ \t]+"
                          r"|[\w.][ \t]+[\"“][^\"”\n]{1,20}[\"”][ \t]+)\Z")  # and a quoted nickname: 'Reg "Nan" Bradford'
_NOT = re.compile(r"n['’]t\Z", re.IGNORECASE)
_CLITIC = re.compile(r"['’](?:s|t|ve|re|ll|d|m)$", re.IGNORECASE)


# Answers of ``doubtful``: a word that may still be a name; one that may be a name unless it opens a
# sentence (a rare first name that is also a word: "the ward will miss Dot", not "Long day"); one
# that may be a name only beside another name (a surname that is also a word or a town: "Baker /
# Nguyen"); one explained.
ASK, INSIDE_SENTENCE, NEAR_NAME, EXPLAINED = 3, 2, 1, 0
NEAR = 24  # characters between a NEAR_NAME word and a rule's name on the same line


def doubtful(word: str, resources) -> int:
    """Whether the word lists leave ``word`` (as written) open to being a name the rules missed:
    ``ASK``, ``INSIDE_SENTENCE``, ``NEAR_NAME`` or ``EXPLAINED``."""
    bare = _CLITIC.sub("", word)  # "She's" -> "She", "Flint's" -> "Flint"
    w = bare.lower().strip("'’-")
    if len(w) < 2 or resources.never_name(w) or resources.is_stop(w) or _NOT.search(word):
        return EXPLAINED  # and "Don't"
    first, common, name = resources.is_first_name(w), resources.is_common(w), resources.is_name(w)
    if not _CAPITAL_PART.search(bare):  # lower case: "priya", "nguyen"; not "bill", "rose", "gold", "da"
        return ASK if len(w) > 2 and name and not common else EXPLAINED
    if len(w) == 2 and not name:
        return EXPLAINED  # "St", "Tel."; but "Li", "Ng"
    anglo = resources.anglo_first_names.get(w, 0)
    if first and resources.is_place(w) and anglo < 3:
        return NEAR_NAME  # a town that is a rare first name: "Kendal", "Bradford" (not "Hope", "Florence")
    if first and (bare.isupper() or not (common and anglo < 2)):
        return ASK  # "Priya", "WEI"; a word that is a common first name here: "Hope", "Frank"
    if first:
        return INSIDE_SENTENCE  # "Dot", "Long", "Job"
    if common or resources.is_place(w) or w in resources.eponyms:
        # "Emergency", "Truro"; a surname that is also a word or a town: "Park", "Bolton"
        return NEAR_NAME if resources.is_surname(w) else EXPLAINED
    if drug_name(resources, w):
        return EXPLAINED  # "Bisoprolol"
    return EXPLAINED if bare.isupper() and len(w) <= 4 else ASK  # acronyms: RTC, NAD, CT, GP


def windows(text: str, findings: Sequence[Finding], resources, vetoable: Optional[Callable] = None,
            width: int = WINDOW) -> List[Tuple[int, int]]:
    """(start, end) of the parts of ``text`` the NER is run on, in order, not overlapping.

    ``findings``: the rules' candidates; ``vetoable(text, finding)``: whether an NER place would
    drop a PERSON candidate (None: never)."""
    covered = [(f.start, f.end) for f in findings if f.entity_type != "PERSON"]
    names = [(f.start, f.end, bool(vetoable and vetoable(text, f))) for f in findings if f.entity_type == "PERSON"]
    out: List[Tuple[int, int]] = []
    for line in _LINE.finditer(text):
        if line.end() == line.start():
            continue
        hits = [m for m in _CANDIDATE.finditer(text, line.start(), line.end())
                if (m.group()[0].isupper() or not m.group().isalpha() or not m.group().isascii()
                    or m.group().lower() in resources.first_names
                    or m.group().lower() in resources.surnames)  # most lower-case words, at once
                and _asks(text, m, covered, names, resources)]
        if not hits:
            continue
        words = [(w.start(), w.end()) for w in _WORD.finditer(text, line.start(), line.end())]
        k = 0
        for m in hits:
            while words[k][1] <= m.start():
                k += 1
            start = words[max(0, k - width)][0]
            end = words[min(len(words) - 1, k + width)][1]
            if out and out[-1][1] >= start - 1:
                out[-1] = (out[-1][0], max(out[-1][1], end))
            else:
                out.append((start, end))
    return out


def _asks(text: str, m, covered, names, resources) -> bool:
    at = m.start()
    if any(s <= at < e for s, e in covered):
        return False
    inside = [veto for s, e, veto in names if s <= at < e]
    if inside:
        return any(inside)  # the NER may drop this name as a place
    if len(m.group()) > 1 and m.group()[0].isupper() and _NAME_BEFORE.search(text, max(0, at - 30), at):
        return True
    answer = doubtful(m.group(), resources)
    if answer and m.group()[0].isupper() and part_of_place(resources, Around.of(text, at, m.end())):
        return False  # "Hywel Dda", "Mary Seacole", "St John Ambulance"
    if answer == ASK or (answer == INSIDE_SENTENCE and not sentence_start(text, at)):
        return True
    return answer != EXPLAINED and any(_near(text, at, m.end(), s, e) for s, e, _ in names)


def _near(text: str, start: int, end: int, s: int, e: int) -> bool:
    """Whether the name ``text[s:e]`` is within ``NEAR`` characters of ``text[start:end]`` on its line."""
    gap = (e, start) if e <= start else (end, s)
    return gap[1] - gap[0] <= NEAR and "\n" not in text[gap[0]:gap[1]]
