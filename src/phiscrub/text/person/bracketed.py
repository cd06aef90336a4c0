"""PERSON rule ``bracketed-relation``: a name with who they are in brackets right after it: "Karen Lincoln
(daughter)", "Sunny (son of pt in 2)", "Lincoln (agency)", "Mo (NOK)"; or in brackets after who they are:
"matron (Pauline)", "her daughter (Karen)", "DAUGHTER (FUNKE)"; or the name someone goes by: "Tendai Moyo (prefers Tee)";
or a staff member's first name glossed with their job or band: "by carer (Lydia, Helping Hands)", "(Rachel, Band 5)".

A relative's, a carer's or a shift worker's name is glossed with the relation or the staffing group in brackets,
in letters, lists and rotas; the bracket says a person stands before it, even where the name is also a word or a
town. Source: NHS complaint letters, visit lists and rotas. Avoids: words that are no name (an ordinary word no
name list knows: "Visitors (family)"; stop words; keep-list words that are no first name or surname: "Ward 4
(son)"), and what ``not_a_person`` calls a place or a thing.
"""

from __future__ import annotations

from functools import lru_cache
from typing import List

import regex as re

from phiscrub.text.person.context import Context, finding
from phiscrub.text.person.filters import not_a_person
from phiscrub.types import Finding

# a town is glossed with no relation or role: the bracket outranks a place's name ("Lincoln (agency)")
_PLACE_CHECKS = frozenset({"known-place", "part-of-place", "abroad"})
# who a bracket says the name is, besides the relation words: the next of kin, a carer, a staffing group
STAFF_GROUPS = r"agency|bank|locum|student|trainee|apprentice"  # "Will (student)"
_ROLES = rf"nok|next\s+of\s+kin|carer|main\s+carer|interpreter|{STAFF_GROUPS}"
# a staff member glossed with their job: "Grace (our new HCA)", "Will (physio)", "Joy (student nurse, 2nd year)".
# Source: NHS Employers' job titles of the clinical and support workforce and their ward short forms (HCA, SN, RMN,
# FY1, SHO, ANP, ACP, MSW, OT, SALT; Scotland's "auxiliary", a healthcare assistant), as staff write them in welcome,
# leaving and thank-you posts.
STAFF_JOBS = (r"(?:student|senior|junior|trainee|staff|charge|ward|deputy|specialist|senior\s+staff)?\s*"
          r"(?:nurse|hca|healthcare\s+assistant|care\s+assistant|nursing\s+associate|(?:nursing\s+)?auxiliary|rgn|rmn|rn|sn|tna|"
          r"midwife|msw|mca|physio|physiotherapist|ot|occupational\s+therapist|salt|slt|dietitian|dietician|"
          r"pharmacist|pharmacy\s+tech(?:nician)?|porter|domestic|housekeeper|clerk|receptionist|secretary|"
          r"fy1|fy2|f1|f2|sho|registrar|consultant|anp|acp|cns|paramedic|emt|eca|call\s+handler|"
          r"physician\s+associate|sister|matron|manager|volunteer|chaplain|cleaner|chef|driver|phlebotomist|"
          r"radiographer|sonographer|hcsw|mhsw|support\s+worker|carer|care\s+worker|team\s+leader|"
          # ... or the support team they work in: "rosemary (housekeeping)", "Bev (reception)"
          r"housekeeping|reception|catering|portering|domestics|switchboard)")
_GLOSS_DET = r"(?:(?:his|her|their|the|pt['’]?s|patient['’]?s|our|my|a|an)[ \t]+)?(?:new[ \t]+)?"


@lru_cache(maxsize=4)
def _pattern(relations: str) -> "re.Pattern":
    return re.compile(
        rf"(?<![\w'’@#-])(?P<name>(?-i:\p{{Lu}}[\p{{Ll}}'’-]+(?:[ \t]\p{{Lu}}[\p{{Ll}}'’-]+)?|\p{{Ll}}[\p{{Ll}}'’-]+(?:[ \t]\p{{Ll}}[\p{{Ll}}'’-]+)?))[ \t]?\([ \t]?"
        rf"{_GLOSS_DET}(?:{relations}|{_ROLES}|{STAFF_JOBS})"
        rf"(?:[ \t]+of\b[^()\n]{{0,30}}|,[^()\n]{{1,30}})?[ \t]?\)", re.IGNORECASE)


@lru_cache(maxsize=4)
def _after_pattern(relations: str, titles: str) -> "re.Pattern":
    """A relation, a title or a staff job, then the name in brackets: "matron (Pauline)", "her daughter (Karen Lincoln)",
    "Security (Oyelowo) attended" (not a staffing role: "interpreter (Tetum)" is a language); or "me", the writer:
    "please call me (Shelley) on …"."""
    return re.compile(
        rf"(?<![\w'’@#-])(?:{relations}|{titles}|me|{STAFF_JOBS}|security|police)[ \t]?\([ \t]?"
        rf"(?P<name>(?-i:\p{{Lu}}[\p{{Ll}}'’-]+(?:[ \t]\p{{Lu}}[\p{{Ll}}'’-]+)?"
        # ... in a board's capitals, a name a list knows: "DAUGHTER (FUNKE) COLLECTING"
        rf"|(?<=(?-i:\p{{Lu}}{{2}})[ \t]?\([ \t]?)\p{{Lu}}{{2}}[\p{{Lu}}'’-]*))[ \t]?\)", re.IGNORECASE)


# a name glossed with "she" or "he" in brackets: "msg me or sunny (she knows the rota)", "ask Jo (he's on till 8)"; or
# with their age, their names or their care team: "Stanley (who is 96!)", "Precious (pref name; legal name …)",
# "Reuben (care coordinator Anneka)"
PRONOUN_GLOSS = re.compile(r"(?<![\w'’@#-])(?P<name>\p{L}[\p{Ll}'’-]+)[ \t]?\([ \t]?(?:(?i:she|he)(?:['’](?:s|ll|d))?\b|"
                           r"(?i:who\s+is|who['’]s|aged|pref(?:erred)?\.?\s+name|legal\s+name|known\s+as|"
                           r"care\s+co-?ordinator|key\s?worker|named\s+nurse)\b)[^()\n]{0,40}\)")
# the name someone goes by, in brackets after their name: "Tendai Moyo (prefers Tee)", "Mr Okoro (known as Bunny)": any
# capitalised word, even an ordinary one, is a name there
ALIAS = re.compile(r"(?<=\p{L}[ \t]?)\([ \t]*(?i:prefers(?:[ \t]+to[ \t]+be[ \t]+called)?|pref(?:erred)?\.?[ \t]+name:?|known[ \t]+as|"
                   r"aka|a\.k\.a\.?|goes[ \t]+by|likes[ \t]+to[ \t]+be[ \t]+called)[ \t]+[\"'‘“]?(?P<name>\p{Lu}[\p{Ll}'’-]+)[\"'’”]?[ \t]*\)")
# the name of whoever is in a bed or room, in brackets after its label (the vocabulary's ``bed_cue``): "Room 9
# (Blessing) new admission", "Cot 2 (Kelvin)"
AFTER_BED = re.compile(r"\([ \t]*(?P<name>\p{Lu}[\p{Ll}'’-]+(?:[ \t]\p{Lu}[\p{Ll}'’-]+)?|"
                       r"\p{Ll}[\p{Ll}'’-]+[ \t]\p{Ll}[\p{Ll}'’-]+)[ \t]*\)")  # in chat a whole name: "b12 (joseph mensah-bonsu)"


# a first name opening a bracket after a staff job, or before its job or band after a comma (a staff member's gloss or
# signature): "by carer (Lydia, Helping Hands)", "(Rachel, Band 5, LGI A&E)", "(Joy, staff nurse)"
STAFF_GLOSS = re.compile(rf"(?P<job>(?<![\w'’-])(?i:{STAFF_JOBS})[ \t]?)?\([ \t]*(?P<name>\p{{Lu}}\p{{Ll}}[\p{{Ll}}'’-]*),[ \t]*"
                         rf"(?:(?P<own>(?i:band)[ \t]*\d|(?i:{STAFF_JOBS})\b)|\p{{Lu}})[^()\n]{{0,40}}\)")


def _staff_glosses(ctx: Context, text: str) -> List[Finding]:
    """After a job any capitalised gloss will do ("carer (Lydia, Helping Hands)"); else the gloss is a band or a job."""
    res = ctx.res
    return [finding(*m.span("name"), 0.7, "bracketed-relation") for m in STAFF_GLOSS.finditer(text)
            if (m["job"] or m["own"]) and res.is_first_name(m["name"].lower())
            and not (res.never_name(m["name"]) or ctx.is_stop(m["name"].lower()))]


def from_bracketed_relation(ctx: Context, text: str) -> List[Finding]:
    """Capitalised words right before a bracketed relation or staffing group, or in brackets right after one (or
    after a title or role: "matron (Pauline)", or a bed's or room's number: "Room 9 (Blessing)"): a person."""
    if "(" not in text:
        return []
    out, res, vocab = [], ctx.res, ctx.vocab
    before = _pattern(vocab.relation_word.pattern).finditer(text)
    after = _after_pattern(vocab.relation_word.pattern, vocab.title_word.pattern).finditer(text)
    in_bed = (AFTER_BED.match(text, b.end()) for b in vocab.bed_cue.finditer(text))
    for m in (*before, *after, *(m for m in in_bed if m is not None), *PRONOUN_GLOSS.finditer(text)):
        words, (s, e) = m["name"].split(), m.span("name")
        if len(words) == 2 and _no_name_word(ctx, words[0]) and not _no_name_word(ctx, words[1]):
            words, s = words[1:], e - len(words[1])  # the word before a one-word name: "card for rosemary (housekeeping)"
        if any(_no_name_word(ctx, w) for w in words):
            continue  # a capitalised stop word that is a first name is the name: "Will (student)", "May (daughter)"
        if m.re is PRONOUN_GLOSS and words[0].islower() and not res.anglo_first_names.get(words[0], 0):
            continue  # in lower case, a first name used here: "sunny (she knows the rota)"; not "my hero (he knows)"
        if (m.re in (AFTER_BED, PRONOUN_GLOSS) or m["name"].isupper()) and not res.is_name(words[0]):
            continue  # "Bed 4 (Closed)", "Room 2 (Isolation)": a bed's state
        if not not_a_person(ctx, text, s, e, _PLACE_CHECKS):
            out.append(finding(s, e, 0.7, "bracketed-relation"))
    return out + _staff_glosses(ctx, text) + [finding(*m.span("name"), 0.7, "bracketed-relation") for m in ALIAS.finditer(
        text) if not (ctx.is_stop(m["name"].lower()) or res.never_name(m["name"]))]


def _no_name_word(ctx: Context, w: str) -> bool:
    """A stop word no common first name, a keep word or an ordinary word that no list has as a name."""
    res = ctx.res
    return ((ctx.is_stop(w.lower()) and res.anglo_first_names.get(w.lower(), 0) < 2) or (res.never_name(w) and not res.is_name(w))
            or (res.is_common(w) and not res.is_name(w)))
