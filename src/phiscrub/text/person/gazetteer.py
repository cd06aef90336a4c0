"""PERSON rule ``gazetteer``: first names of the gazetteer standing alone ("Priya was amazing"), extended to a
full name; scored by case and position (``_gazetteer_score``).

Source: the first-name gazetteers of ``phiscrub.resources`` (with their UK, Irish and US frequency ranks).
What the rule avoids is in ``from_gazetteer``'s docstring.
"""

from __future__ import annotations

from typing import List, Optional

import regex as re

from phiscrub.resources import WEEKDAY_ABBREVIATIONS, fold_accents
from phiscrub.text.celtic import celtic_line
from phiscrub.text.person.bracketed import STAFF_JOBS
from phiscrub.text.person.context import Context, finding
from phiscrub.text.person.eponyms import eponym
from phiscrub.text.person.filters import not_a_person, sentence_start, unknown_surname_follows
from phiscrub.text.person.roles import FIELD_OF_WORK
from phiscrub.text.person.tokens import TOKEN, ScanOptions, scan
from phiscrub.types import Finding

# after a capitalised first name that is also a word: where the person works ("Hope from our
# Talking Therapies team", "Will from the Day Opportunities group")
AFFILIATION = re.compile(r"[ \t]+from[ \t]+(?:our|the)[ \t]+[A-Z]")
# after a first name: a verb of which a person is the subject ("marivic says", "tariq back", "Sarah is")
SUBJECT_VERB = re.compile(r"[ \t]+(?:says|said|is|was|has|had|will|wants|asked|asks|rang|called|back|here|off|"
                          r"covering|coming|needs|thinks)\b")
# after a first name: a verb only a person is the subject of, told to or about someone ("Jude called her back",
# "Paddy told me"; not "is", "has" or "back": "Summer is here")
SPEAKER_VERB = re.compile(r"[ \t]+(?:says|said|asked|asks|rang|phoned|texted|emailed|messaged|told|replied|thinks|"
                          r"called[ \t]+(?:me|him|her|us|them|back))\b")
# a dash, then a staff job or a team (one or two words may lead: "Comms Officer", "Ward 9 Sister", "Community
# Midwifery"), then the end of the line or a comma: how a message is signed
DASH_JOB = re.compile(rf"[ \t]+[–—-][ \t]+(?:[\w&]+[ \t]+){{0,2}}?(?:{STAFF_JOBS}|officer|lead|administrator|co-?ordinator|"
                      r"midwifery|nursing|team|service|pharmacy|physiotherapy)[ \t]*(?:[,.(\n]|$)", re.IGNORECASE)
# ... or a comma, then a job ending the line: "Lorraine, HR Advisor"; a staff band in brackets: "Carol (Band 7)"
COMMA_JOB = re.compile(rf",[ \t]+(?:(?:[\w&]+[ \t]+){{0,2}}?(?:{STAFF_JOBS}|officer|lead|advisor|adviser|administrator|"
                       r"co-?ordinator)|band[ \t]*[2-9])[ \t]*$", re.IGNORECASE | re.MULTILINE)  # "— Kezia, Band 7"
STAFF_BAND = re.compile(r"[ \t]*\((?:(?:band|b)[ \t]*[2-9]\b|(?:nights?|days?|lates?|earl(?:y|ies)|long[ \t]+days?|bank|agency)\))",
                        re.IGNORECASE)  # or the shift worked: "Comfort (nights)", "Joy (agency)"
# ... or "the" and a staff job, the name's apposition: "and to Will the HCA who kept bringing tea" (not opening a
# sentence: "Will the nurse ring me?")
THE_JOB = re.compile(rf"[ \t]+the[ \t]+(?:{STAFF_JOBS})\b", re.IGNORECASE)
# ... or the post or shift a person is on: "– Pat on front desk", "Lucy on phones till 11", "Handed to Shona on day shift"
ON_DUTY = re.compile(r"[ \t]+on[ \t]+(?:the[ \t]+)?(?:front[ \t]+desk|desk|reception|switchboard|phones|break|lunch|bleep|"
                     r"(?:long[ \t]+)?(?:days|nights|lates|earlies)|(?:day|night|late|early)[ \t]+shift)\b", re.IGNORECASE)
CAPS_NEXT = re.compile(r"[ \t]+([A-Z](?:[A-Z\-]|['’](?=[A-Z]))+)(?:['’]s)?(?![\w'’\-])")  # "LLOYD", "O'NEILL's"


def _gazetteer_score(ctx: Context, text: str, m, word: str, w: str) -> Optional[float]:
    """The score of a gazetteer first name by its case and position, or None to skip it."""
    res = ctx.res
    opener = sentence_start(text, m.start())
    anglo = max(res.anglo_first_names.get(w, 0), res.anglo_first_names.get(fold_accents(w), 0))
    common = res.is_common(w)
    if word[0].isupper() and not word.isupper() and w not in ctx.vocab.closing_words and (
            DASH_JOB.match(text, m.end()) or COMMA_JOB.match(text, m.end()) or STAFF_BAND.match(text, m.end())
            or ON_DUTY.match(text, m.end())
            or (not opener and THE_JOB.match(text, m.end()))):
        return 0.6  # a name with its job after a dash or a comma ("Lucy – Comms Officer, ext 4417"), its band or shift
        # in brackets ("Carol (Band 7)"), "the" and its job ("to Will the HCA who …"), its post ("Pat on front desk")
    if word[0].isupper() and not word.isupper():
        affiliation = AFFILIATION.match(text, m.end()) and not (opener and w in ctx.vocab.closing_words)
        if (common and (opener or anglo < 5) and not unknown_surname_follows(ctx, text, m.end())
                and not affiliation and not _name_as_subject(ctx, text, m.end(), w, anglo)):
            return None  # "Grace period", "Will you"; but "Jade Ogunleye", "Hope from our team" are names (not
            # a closing: "Love from the Pembertons")
        return 0.5 if opener else 0.6
    subject = SUBJECT_VERB.match(text, m.end()) is not None
    if word.islower() and subject and (not common or _name_as_subject(ctx, text, m.end(), w, anglo)):
        return 0.45  # "btw marivic says", "tariq back from leave", "daniel said": chat names as subjects
    if word.islower() and w not in ctx.vocab.closing_words and _from_a_service(ctx, text, m.end()):
        return 0.45  # "faith from pharmacy says": a colleague by where she works (not "love from pharmacy")
    if word.isupper() and _caps_surname_follows(ctx, text, m.end(), strict=common):
        return 0.5  # "AHMED SANTOS", "MORAG MACKENZIE": a first name, then a surname, in block capitals; a first
        # name that is also a word only before a surname that is none ("ROSE NGUYEN", not "ROSE GARDEN")
    if common or anglo < 4:
        return None
    return 0.45 if word.islower() else 0.5


# where a colleague works, in lower-case chat: "from pharmacy", "from ward 9", "from the ED", "from radiology"
LOWER_AFFILIATION = re.compile(r"[ \t]+from[ \t]+(?:the[ \t]+)?(?P<w>[a-z]+)(?P<n>[ \t]+\d{1,2}[a-z]?\b)?")
_UNITS = frozenset({"pharmacy", "ward", "ed", "icu", "itu", "hdu", "amu", "ccu", "resus", "theatres", "theatre", "maternity",
                    "radiology", "xray", "x-ray", "ct", "mri", "outpatients", "paeds", "nicu"})


def _from_a_service(ctx: Context, text: str, end: int) -> bool:
    m = LOWER_AFFILIATION.match(text, end)
    if m is None:
        return False
    w = m["w"]
    return (w == "ward" and m["n"] is not None) or (w != "ward" and (
        w in _UNITS or w in ctx.vocab.services or bool(FIELD_OF_WORK.search(w))))


def _name_as_subject(ctx: Context, text: str, end: int, w: str, anglo: int) -> bool:
    """"Sarah is a star": a first name frequent in the UK whose dictionary entry is only a noun (a saint, a king:
    "sarah", "john"; not a verb or an adjective: "Grace", "Mark", "Frank"), as the subject of a verb; a rarer one
    ("Jude", "Paddy") only before a verb of speaking or calling ("Jude called her back")."""
    if w in ctx.res.non_noun_words or anglo < 1:
        return False
    return SPEAKER_VERB.match(text, end) is not None or (anglo >= 6 and SUBJECT_VERB.match(text, end) is not None)


def _caps_surname_follows(ctx: Context, text: str, end: int, strict: bool = False) -> bool:
    """A block-capital surname of the gazetteer that is no keep word right after ``end`` (``strict``: and no word or
    place either)."""
    nxt = CAPS_NEXT.match(text, end)
    w = nxt.group(1).lower() if nxt else ""
    if strict and (ctx.res.is_common(w) or ctx.res.is_place(w) or ctx.res.is_first_name(w)):
        return False
    return len(w) >= 3 and ctx.res.is_surname(w) and not (ctx.res.never_name(w) or ctx.is_stop(w))


def _gazetteer_word(ctx: Context, text: str, m) -> Optional[str]:
    """The token as a first name of the gazetteer (no possessive, no full stop), or None."""
    word = m.group().rstrip(".")
    w = word.lower()
    if w.endswith(("'s", "’s")):
        w, word = w[:-2], word[:-2]
    if m.start() > 0 and text[m.start() - 1] in "#_/.":
        return None
    res = ctx.res
    if not res.is_first_name(w) or (res.never_name(w) and not _keep_word_named(ctx, text, m)) or len(w) < 3 or (
            ctx.is_stop(w) and not _job_after(ctx, text, m)):
        return None
    if ctx.vocab.relation_word.fullmatch(w):
        return None  # "Son Imran": a relation word, even where it is also a first name
    return word


_TITLE_NEXT = re.compile(r"[ \t]+(\p{Lu}\p{Ll}[\p{L}'’-]*)(?![\w'’-])")


def _keep_word_named(ctx: Context, text: str, m) -> bool:
    """"Reg Khan", "May Okonjo": a keep word that is a first name of the UK, Ireland or the US, in title case, right
    before a surname of the gazetteer that is no verb or adjective, place or keep word, is that first name."""
    if _job_after(ctx, text, m):
        return True
    nxt = _TITLE_NEXT.match(text, m.end())
    last = nxt.group(1).lower() if nxt else ""
    return (m.group().istitle() and ctx.res.anglo_first_names.get(m.group().lower(), 0) >= 1 and ctx.res.is_surname(last)
            and m.group().lower() not in WEEKDAY_ABBREVIATIONS  # "Mon Gordon, Tue Eunice": a rota's day
            and not (last in ctx.res.non_noun_words or ctx.res.is_place(last) or ctx.res.never_name(last)))


def _job_after(ctx: Context, text: str, m) -> bool:
    """"and to Will the HCA who …": a first name of the UK, Ireland or the US that is also a keep or stop word, in title
    case and opening no sentence, with its job after it."""
    return (m.group().istitle() and ctx.res.anglo_first_names.get(m.group().lower(), 0) >= 1
            and THE_JOB.match(text, m.end()) is not None and not sentence_start(text, m.start()))


def from_gazetteer(ctx: Context, text: str) -> List[Finding]:
    """First names from the gazetteer standing alone ("Priya was amazing"), extended to a full name.

    Avoids: capitalised ordinary words ("Grace period", "Will you") unless an
    unknown surname follows; lower-case names that are ordinary words or rare in
    the UK, Ireland and the USA.
    """
    out = []
    first_names = ctx.res.first_names
    for m in TOKEN.finditer(text):
        w = m.group().lower()
        if w.isalpha() and w.isascii() and w not in first_names:
            continue  # most words: no first name whatever the checks below say
        word = _gazetteer_word(ctx, text, m)
        score = None if word is None else _gazetteer_score(ctx, text, m, word, word.lower())
        if score is None:
            continue
        spans = scan(ctx, text, m.start(), ScanOptions(lower=word.islower(), strong=True))
        s, e = spans[0] if spans and spans[0][0] == m.start() else (m.start(), m.start() + len(word))
        if eponym(ctx, text, e, text[s:e].split()[-1]) or not_a_person(ctx, text, s, e):
            continue
        out.append(finding(s, e, score, "gazetteer"))
    return out + _lenited_names(ctx, text)


# a Gaelic first name lenited after a preposition or in the vocative ("do Dhòmhnall", "aig Mhàiri", "a Sheumais"): the
# consonant, an "h", the rest; then its surname when one follows ("Dhòmhnall MacAoidh")
LENITED = re.compile(r"(?<![\w'’-])(?P<w>[BCDFGMPST]h\p{Ll}[\p{L}'’-]+)(?P<s>[ \t]+(?:Mac|Nic|Mhic)\p{Lu}[\p{L}'’-]+)?(?![\w'’-])")


def _lenited_names(ctx: Context, text: str) -> List[Finding]:
    """On a Gaelic or Welsh line, a lenited word whose plain form is a first name of the gazetteer and which is none
    itself ("Dhòmhnall": Dòmhnall; not "Thomas", "Shane"), with its Mac or Nic surname."""
    out = []
    for m in LENITED.finditer(text):
        w = m["w"].lower()
        if not ctx.res.is_first_name(w[0] + w[2:]) or ctx.res.is_first_name(w) or ctx.res.is_common(w):
            continue
        if celtic_line(text, m.start()):
            out.append(finding(m.start(), m.end(), 0.6, "gazetteer"))
    return out
