"""Rule ``name-age``: a name right before an age or a date of birth: "Tariq Mahmood 34M",
"marjorie flint, 84F", "Reg Holloway DOB"; and rule ``birthday``: a capitalised word whose birthday or
age is being celebrated ("It's Hope's 30th today", "our June's 99th on Friday", "Reg's birthday").

Source: NHS handover and incident-post usage (name, then age and sex).
Avoids: a lone letter ("SEX  F"), an ordinary word ("Owner, 82", "Driver, 45"; in lower case all of them: "long lie, 93F"), the helpline ("Deaf? Use NHS 111"), words no
name is made of (``_picked``), a building after "at" ("at Beech Lodge, DOB …"); a keep-list town counts as a surname only after a well-known first
name ("Matthew Lincoln 52M"; not "Royal Derby, 45").
"""

from __future__ import annotations

from typing import List

import regex as re

from phiscrub.text import words as wd
from phiscrub.text.person.context import Context, finding
from phiscrub.text.person.tokens import NAME_AGE, token_ok
from phiscrub.types import Finding

# a name's last word that names a building, rarely a surname (not Hall, Mill), after a word that places it
BUILDING_WORD = re.compile(r"(?i:house|lodge|court|manor|grange|cottage|farm|barn|villa|mansions|towers?|gardens|view|"
                           r"wing|suite|centre|unit|home|hospice)")  # and a hospital's: "in NICU at the Jessop Wing, born at 26 wks"
# ... and a hospital named for its town: "from Royal Bournemouth, hosp no …"
AT_PLACE = re.compile(r"\b(?:at|in|from|to|near|into|outside)(?:[ \t]+the)?(?:[ \t]+Royal)?[ \t]*$", re.IGNORECASE)
TOWN = 10_000  # GeoNames population of a place that is a town, as surnames taken from towns are
HOSPITAL_AFTER = re.compile(r"[ \t]+(?-i:Hospital)\b")
AGE_UNIT = re.compile(r"(?i:years?|yrs?|months?|weeks?)")
WORDS = re.compile(r"(?<![\w])[^\W\d_][\w'’\-]*")


def _picked(ctx: Context, words: List[str]) -> List[str]:
    """The name words at the end of ``words`` (read backwards until a word cannot be a name:
    a keep, stop or relation word, or one with a digit, such as "MRN: RX10091234" or "01-Jan-1944")."""
    picked: List[str] = []
    for i in range(len(words) - 1, -1, -1):
        word = words[i]
        if not picked and i > 0 and _town_surname(ctx, word, words[i - 1]):
            picked.insert(0, word)  # "Matthew Lincoln 52M": a keep-list town after a well-known first name
            continue
        bare = word.lower().removesuffix("'s").removesuffix("’s")
        if bare in ("royal", "ex-royal"):
            return []  # what "Royal" opens is an institution: "ex-Royal Logistic Corps, DOB …", "Royal Anglian, 45"
        if ctx.res.never_name(bare) or ctx.is_stop(bare) or any(ch.isdigit() for ch in word) \
                or ctx.vocab.relation_word.fullmatch(bare) or _field_label(ctx, bare):
            break  # ... or a relation word, possessive or not: "her son (DOB …)", "Patient's hosp no"; a field's label
            # with no colon: "Caller Aoife, 31"
        if word[0].islower():
            if not ctx.res.is_name(word) or (i > 0 and AGE_UNIT.fullmatch(words[i - 1])):
                break  # ... or a word after an age's unit: "90 years young, born 12th November 1935"
            if picked and picked[0][0].isupper() and not picked[0].isupper() and not wd.PARTICLE.fullmatch(word):
                break  # ... or a lower-case word before a name in title case: "trying to trace Derek Whitlow, 67"
        elif not token_ok(ctx, word, allow_lower=False, strong=True):
            break
        picked.insert(0, word)
    return picked


def _field_label(ctx: Context, word: str) -> bool:
    m = ctx.vocab.field_cue.match(f"{word}: x")
    return m is not None and m.end() == len(word) + 2


# a letter's unit: "B wing", "C block" (a prison's, a hospital's), never a name with its surname in lower case
LETTERED_UNIT = re.compile(r"(?i:wing|block|bay|ward|unit|pod|zone|side|floor|level|landing|corridor|annexe)")
# a count in brackets after a lower-case word, as a tally writes its items: "waiting times (6), lost property (4)"
TALLY_ITEM = re.compile(r"(?P<word>[^\W\d_][\w'’-]*)[ \t]*\([ \t]*\d{1,3}[ \t]*\)")


def _lettered_unit(picked: List[str]) -> bool:
    return (len(picked) >= 2 and len(picked[-2]) == 1 and picked[-2].isupper()
            and LETTERED_UNIT.fullmatch(picked[-1]) is not None)


def _tally(ctx: Context, text: str, at: int) -> bool:
    """Whether the count in brackets at ``text[at:]`` is one of a tally's: three or more counts in brackets on its line,
    two or more of them after words no name list knows ("themes: waiting times (6), lost property (4), praise (2)")."""
    if "(" not in text[at:at + 4]:
        return False  # no count in brackets
    start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    items = [m["word"] for m in TALLY_ITEM.finditer(text, start, len(text) if end < 0 else end)]
    return len(items) >= 3 and sum(not ctx.res.is_name(w) for w in items) >= 2


def _town_surname(ctx: Context, word: str, before: str) -> bool:
    """A keep-list town (``TOWN`` people or more: not the village "Hospital") or surname ("Ward") in title case
    right after a first name well known in the UK, Ireland or the US ("Marjorie Ward 84F")."""
    res = ctx.res
    return (word.istitle() and res.never_name(word)
            and (res.place_population.get(word.lower(), 0) >= TOWN or res.is_surname(word.lower()))
            and before.istitle() and res.anglo_first_names.get(before.lower(), 0) >= 2 and not res.never_name(before))


def _a_place(ctx: Context, picked: List[str], head: str) -> bool:
    """A home or building after "at" ("at Beech Lodge, DOB 12.12.1933", "lives at Rowan House, 84"), a town after
    "from" ("a man from Penrith, DOB 12/03/1940", "from Cumnock, 79")."""
    if len(picked) > 1 and BUILDING_WORD.fullmatch(picked[-1]) and AT_PLACE.search(head[:-len(" ".join(picked))]):
        return True
    return bool(len(picked) == 1 and ctx.res.is_place(picked[0]) and not ctx.res.is_name(picked[0])
                and AT_PLACE.search(head[:-len(picked[0])]))


def from_name_age(ctx: Context, text: str) -> List[Finding]:
    """"Tariq Mahmood 34M", "marjorie flint, 84F", "Reg Holloway DOB": a name right before an age or DOB."""
    out = []
    res = ctx.res
    for m in NAME_AGE.finditer(text):
        lo = max(0, m.start() - 60)
        head = text[lo:m.start()].rstrip()
        words = WORDS.findall(text[lo:m.start()])[-3:]
        if not words or not head.endswith(words[-1]):
            continue
        picked = _picked(ctx, words)
        if _lettered_unit(picked) or (picked and picked[-1].islower() and _tally(ctx, text, m.start())):
            continue  # a prison's or hospital's lettered wing ("Wing: B wing"); a tally's item ("praise (2)")
        if len(picked) == 1 and (len(picked[0]) == 1 or (res.is_common(picked[0]) and not res.is_name(picked[0]))):
            continue  # a lone letter ("SEX  F") or an ordinary word ("Owner, 82")
        if not picked or not any(res.is_first_name(w) or w[0].isupper() or not res.is_common(w) for w in picked) or (
                all(w.islower() and res.is_common(w) and not res.anglo_first_names.get(w) for w in picked)):
            continue  # in lower case, words all ordinary and none a first name known here: a finding ("long lie, 93F")
        if _a_place(ctx, picked, head) or (picked[0].lower() in ctx.vocab.royal_titles and HOSPITAL_AFTER.match(text, m.start())):
            continue  # ... or a hospital named for a royal, its number after it: "Princess Elizabeth Hospital no PEH 0381764"
        while len(picked) > 1 and not head.endswith(" ".join(picked)):
            picked = picked[1:]  # words across a break: "a match for Aarav? 🧡 Aarav Deshmukh is 6"
        end = lo + len(head)
        joined = " ".join(picked)
        start = end - len(joined) if head.endswith(joined) else end - len(picked[-1])
        if end - start > 1:  # a lone letter is a field's value: "Sex: F\nNHS No: …"
            out.append(finding(start, end, 0.7, "name-age"))
    return out


# "Hope's 30th", "June's 99th birthday", "Reg's big birthday", "Ade's bday": only a person has a birthday
# "Grace turned 100 today", "Hope turns 6 on Friday", "Ade is 40 today": an age reached
BIRTHDAY = re.compile(r"(?<![\w'’\-])(?P<name>\p{Lu}\p{Ll}[\p{L}\-]*)(?:['’]s[ \t]+"
                      r"(?:(?:1[01]\d|[1-9]?\d)(?:st|nd|rd|th)(?![\w])|(?:big[ \t]+|special[ \t]+)?(?:birthday|b['’]?day)\b)"
                      r"|[ \t]+(?:turned|turns|turning|is(?=[ \t]+\d{1,3}[ \t]+(?:today|tomorrow)\b))[ \t]+(?:1[01]\d|[1-9]?\d)\b"
                      r"(?![.,:%]\d|[ \t]*(?:%|degrees|percent|mins?|minutes|hours?|days?|weeks?|months?|times|points|mph|kg|miles)))")


def from_birthday(ctx: Context, text: str) -> List[Finding]:
    """Rule ``birthday``: a capitalised word, then "'s" and an ordinal age or "birthday", or "turned" and an
    age ("Hope turned 6 today"), is a person, even a word ("Hope", "June"). Avoids: keep-list words that are no common first name ("the Trust's 30th",
    "Ward's 10th"), stop words, places that are no first name ("Leeds's 100th"; "Hope" is both), block
    capitals ("NHS's 75th")."""
    out = []
    for m in BIRTHDAY.finditer(text):
        w = m.group("name")
        if (ctx.res.never_name(w) and ctx.res.anglo_first_names.get(w.lower(), 0) < 2) or ctx.is_stop(
                w.lower()) or (ctx.res.is_place(w) and not ctx.res.is_first_name(w)):
            continue  # a keep word that is no common first name ("Trust", "Ward"); "June", "May" are here
        out.append(finding(m.start("name"), m.end("name"), 0.7, "birthday"))
    return out


# a child's name with the age in brackets: "at home with Hodan (2)", "Ayaan (4) and Zara (6)"
# and an older person's the same way, an age to come allowed ("Doris (101 in March!)"): a first name only
CHILD_AGE = re.compile(r"(?<![\w'’-])(?P<name>\p{Lu}[\p{Ll}'’-]+)[ \t]?\((?P<n>1[0-7]|[0-9]|[6-9]\d|1[01]\d)"
                       r"(?:[ \t]?(?:y|yrs?|years?|yo|m|mths?|months?))?(?:[ \t]+(?:in|on|next|this)[ \t]+\w+"
                       r"|[ \t]+(?:today|tomorrow|tmrw|yesterday))?[ \t]*!*\)")  # "Doris (101 today!)"


def from_child_age(ctx: Context, text: str) -> List[Finding]:
    """Rule ``child-age``: a capitalised word with a child's age (under 18) in brackets right after it is a child's
    name, even one no list knows ("Hodan (2)"). Avoids: ordinary words, keep and stop words, places ("Room (3)",
    "Leeds (2)"), a title or relation before the number's word."""
    out = []
    res = ctx.res
    for m in CHILD_AGE.finditer(text):
        w = m.group("name")
        if res.never_name(w) or ctx.is_stop(w.lower()) or ctx.vocab.relation_word.fullmatch(w.lower()):
            continue
        if (res.is_common(w) or res.is_place(w) or int(m.group("n")) >= 60) and not res.is_first_name(w):
            continue
        out.append(finding(m.start("name"), m.end("name"), 0.7, "child-age"))
    return out


# a child or patient home at last, news a family or ward shares: "After 47 days on PICU our Sunny is HOME",
# "our Chester went home today"
HOME_NEWS = re.compile(r"(?<![\w'’-])(?i:our)[ \t]+(?P<name>\p{Lu}[\p{Ll}'’-]+)[ \t]+(?i:(?:is|was|has|['’]s)[ \t]+"
                       r"(?:finally[ \t]+|now[ \t]+|gone[ \t]+|going[ \t]+|back[ \t]+)?|went[ \t]+|came[ \t]+|"
                       r"got[ \t]+to[ \t]+go[ \t]+)(?i:home)\b(?![ \t]+to\b|-)")


def from_home_news(ctx: Context, text: str) -> List[Finding]:
    """Rule ``home-news``: "our" and a first name of the gazetteer before "is home", "went home": the child or patient
    a family or ward is glad to see home, even a first name that is a word or a town ("Sunny", "Chester"). Avoids:
    a keep word that is no common first name ("our Ward is home …"), "home to" and "home-made"."""
    out = []
    for m in HOME_NEWS.finditer(text):
        w = m.group("name")
        if ctx.res.is_first_name(w) and not ctx.is_stop(w.lower()) and not (
                ctx.res.never_name(w) and ctx.res.anglo_first_names.get(w.lower(), 0) < 2):
            out.append(finding(m.start("name"), m.end("name"), 0.7, "home-news"))
    return out
