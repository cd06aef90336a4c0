"""Cue checks for ``candidates.from_cue``: where a cue's match names no one (a table's header row, a thing's
"name:" field, a title that ends a sentence, Gaelic "nan" read as a grandmother).

Source: NHS forms and handover sheets; Scottish Gaelic grammar (the article "nan" after a noun).
"""

from __future__ import annotations

import calendar
from typing import List

import regex as re

from phiscrub.resources import WEEKDAY_ABBREVIATIONS
from phiscrub.text.person.context import Context
from phiscrub.text.person.filters import STREET_TYPES
from phiscrub.text.person.tokens import NUMBERED
from phiscrub.text.words import MONTHS as MONTH_NAMES
from phiscrub.text.words import NUMBERED_UNITS


def header_row(ctx: Context, words: List[str]) -> bool:
    """Words after a field label with no colon that are ordinary words, not names: a table's
    header row ("NAME   POST   NI NO"), not a name; keep words too ("Name	Ward	DOB": a ward is no one's name there)."""
    return all((ctx.res.is_common(w) and not ctx.res.is_name(w)) or ctx.res.never_name(w) for w in words)


# words before "name:" that make the field a thing's name, not a person's ("Team name:", "Ward name:")
THING_LABELS = frozenset({
    "team", "ward", "unit", "trust", "company", "hospital", "event", "group", "page", "file", "project",
    "practice", "business", "organisation", "organization", "product", "drug", "medicine", "brand", "shop",
    "pet", "dog", "cat", "horse", "boat", "display", "screen", "user", "account", "venue", "street", "road",
    "place", "station", "school", "club", "charity", "village", "town", "course", "module", "policy", "form",
    "document", "scheme", "service", "site", "building", "room", "device", "app", "network", "wifi",
    "campaign", "fund", "award", "category", "song", "book", "film", "game", "stage", "band", "house"})
PREV_WORD = re.compile(r"([^\W\d_]+)[ \t]+\Z")


def thing_label(text: str, start: int) -> bool:
    """The word before a field label names a thing: "Team name:", "Event name:"."""
    m = PREV_WORD.search(text, max(0, start - 30), start)
    return bool(m and m.group(1).lower() in THING_LABELS)


# titles written with a full stop; after any other title a full stop ends the sentence ("HCA. Response due")
DOTTED_TITLE = re.compile(r"(?i:mrs?|ms|mx|dr|prof|sr|st|rev|revd|fr|capt|cllr|pc|sgt|dc|insp|mstr)\.")


def _plural_noun(ctx: Context, word: str) -> bool:
    """"Specialists", "Practitioners": a plural of an ordinary word that no list has as a name in either form."""
    w = word.lower()
    return (len(w) > 4 and w.endswith("s") and not w.endswith("ss") and ctx.res.is_common(w[:-1])
            and not (ctx.res.is_name(w) or ctx.res.is_name(w[:-1])))


CELEBRATED = frozenset({"day", "week", "month", "awards"})  # "ODP Day", "Midwife Week", "Porter Awards"
_FEAST_BEFORE = re.compile(r"(?i:\b(?:happy|international|national|world)[ \t]+)$")


def _misread_title(ctx: Context, cue: str, bare: str, words: List[str], before: str) -> bool:
    if "." in cue:
        return not DOTTED_TITLE.match(cue.lstrip())
    if bare.isupper() and bare.lower() in HONORIFICS and words[0][:1].islower():
        return True  # "her MS medication": a title in capitals names no lower-case word (MS is multiple sclerosis)
    if cue.split() == ["nan"] and GAELIC_ARTICLE_BEFORE.search(before):
        return True
    if len(words) == 1 and words[0].lower() in STREET_TYPES and cue.split()[0].lower() in STREET_TITLES:
        return True  # a street named by a title: "Boots on Lord Street", "King Street", "Duke Street"
    job = bare.split()[-1].lower().rstrip(".") not in HONORIFICS
    if job and len(words) == 1 and words[0].lower() in CELEBRATED and (bare.isupper() or _FEAST_BEFORE.search(before)):
        return True  # a job's day or week: "HCA Week", "Happy Midwife Day" (not "Mrs Day", "Sister Day is on")
    if job and len(words) == 1 and words[0][:1].isupper() and ctx.res.is_common(words[0]) and not ctx.res.is_name(words[0]) and (
            ABSTRACT.search(words[0]) or ctx.vocab.title_word.fullmatch(words[0].lower())):
        return True  # a job's title before an abstract noun or another job's no name list has is a subject, a service or
        # a post: "BSc Paramedic Science", "Nurse Education", "Nurse Director" (not "MW Clover", "Scrub: Tiff", "Nurse Hope")
    # a plural after a job's title is a group: "Nurse Specialists" (after "Mr" a surname: "Mr Gillies")
    return len(words) == 1 and job and _plural_noun(ctx, words[0])


def misread_cue(ctx: Context, rule: str, cue: str, words: List[str], after: str = "", before: str = "") -> bool:
    """A cue that names no one here: a title ending a sentence ("…and HCA. Response due"), a capitalised relation word
    naming a thing with the ordinary word after it ("the Patient Safety forum", not "my Friend Sarah"), a numbered unit
    after a field label ("To: Ward 12 Sister", ``after``: the text after the name), Gaelic "nan" (of the) after a
    capitalised word ("Ospadal nan Eilean", "Comhairle nan Eilean Siar"; ``before``: the text before the cue), kisses
    before anything but a first name, a street named by a title ("Lord Street"), a title in capitals before a lower-case
    word ("her MS medication"), an ordinary word paired with another by "&" or "and" ("Meet & Greet"), a plural after a
    job's title ("Nurse Specialists")."""
    bare = cue.strip().rstrip(":")
    if rule == "title":
        return _misread_title(ctx, cue, bare, words, before)
    if rule == "relation" and len(words) == 1 and ctx.vocab.relation_word.fullmatch(words[0].lower()):
        return True  # a relation word after a relation label is who, not a name: "NOK: MOTHER – 0191 …"
    if rule == "relation" and _described_by_verb(ctx, cue, words, before):
        return True  # "The man ran towards", "a lady fell": a person described, then a verb in lower case
    if rule == "field" and len(words) == 1 and words[0].lower() in NUMBERED_UNITS and NUMBERED.match(after):
        return True
    if rule == "thanks" and not THANKING.search(cue) and (words[0].lower().rstrip(".") in MONTHS_AND_DAYS or (
            words[0].isupper() and (len(words[0]) <= 4 or len(words) == 1 and not ctx.res.is_name(words[0])))):
        return True  # "supply OK from Jan.", "Sent with: MAR chart", "admitted with NSTEMI": a month or an acronym
    if rule == "thanks" and bare.lower() in ("and", "&") and len(words) == 1 and ctx.res.is_common(words[0]) and (
            pair := WORD_BEFORE.search(before)) and ctx.res.is_common(pair[1]) and not ctx.res.is_name(pair[1]):
        return True  # "Meet & Greet", "Fish and Chips": two ordinary words paired, no name before the "&"
    if rule == "role" and SLOT_DAY.match(bare) and not ctx.res.is_first_name(words[0]):
        return True  # a rota's slot takes a first name of the gazetteer: "Mon AM – Kirklees South" is a patch
    if rule == "closing" and KISSES.match(cue) and not (len(words) == 1 and ctx.res.is_first_name(words[0])):
        return True  # kisses sign off only a first name of the gazetteer: "ta x bex", not "given x Fortisip"
    last = (cue.split() or [""])[-1]
    return (rule == "relation" and last[:1].isupper() and not last.isupper() and len(words) == 1
            and ctx.res.is_common(words[0]) and not ctx.res.is_name(words[0]))


# words that describe a person rather than name a relation: after "the" or "a", a lower-case word is their verb
PERSON_NOUNS = frozenset("man woman boy girl lady gentleman gent lad lass kid".split())
_DETERMINER_END = re.compile(r"(?i:\b(?:the|a|an|this|that|one)[ \t]+)$")


def _described_by_verb(ctx: Context, cue: str, words: List[str], before: str) -> bool:
    head = cue.split()
    if not head or head[-1].lower() not in PERSON_NOUNS or not words[0].islower() or not ctx.res.is_common(words[0]):
        return False
    return bool(_DETERMINER_END.search(" ".join([before] + head[:-1]) + " "))


ABSTRACT = re.compile(r"(?:[ae]nce|ion|ment|ship|ics|ology|ism|ity|ness)s?$")  # a subject's or a service's noun
HONORIFICS = frozenset("mr mrs ms miss mx dr prof".split())  # not a role's acronym: "new HCA tendai"
# titles that streets are named with ("Lord Street", "Queen Square", "Bishop Road")
STREET_TITLES = frozenset("lord lady king queen duke duchess prince princess earl bishop major captain admiral general "
                          "colonel regent".split())
WORD_BEFORE = re.compile(r"(\p{L}+)[ \t]*\Z")
SLOT_DAY = re.compile(r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)")  # a rota slot's weekday opens ``vocab.slot_cue``
KISSES = re.compile(r"[ \t]*x{1,4}\b", re.IGNORECASE)
GAELIC_ARTICLE_BEFORE = re.compile(r"\p{Lu}\p{Ll}+[ \t]+$")
# the thanks cues that thank someone (not "from", "with", "by": "back from April")
THANKING = re.compile(r"thank|\bta\b|cheers|well\s+done|congrat|shout|kudos|praise|farewell|welcome|goodbye|happy|mention|"
                      r"lovely|wonderful|amazing|fabulous|brilliant|beloved|\bdear\b|very\s+own"
                      r"|props|credit|respect", re.IGNORECASE)
# a month, its short form included, after a cue that thanks no one ("from Jan.")
MONTHS = MONTH_NAMES | {m.lower() for m in calendar.month_abbr if m} | {"sept"}
# ... and the days' short forms, as a rota writes them before a shift's code: "Sat LD and Sun N on Ward 16" (a day in
# full may be a first name: "big shout to Sunday Okafor")
MONTHS_AND_DAYS = MONTHS | WEEKDAY_ABBREVIATIONS


def remark(ctx: Context, text: str, e: int, words: List[str]) -> bool:
    """One ordinary word and a full stop ending a last line, a remark ("Told me off for driving. Fair."), unless a first
    name well known in the UK ("Hope.")."""
    return len(words) == 1 and text[e:e + 1] == "." and ctx.res.is_common(words[0]) and ctx.res.anglo_first_names.get(
        words[0].lower(), 0) < 2
