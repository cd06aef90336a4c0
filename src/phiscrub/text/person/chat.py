"""Rule ``chat-subject``: in ward chat, a first name opening a clause before a verb only a person does is a
person, in any case and even where it is also a word: "grace said she wud", "precious went home with them",
"kasia swapped her late", "lewis u left ur steth", "April is off sick", "Will can you swap", "Faith sat with her",
"june's off sick", "april's on the late", and a stop word that is a well-known first name before "has", "is" or
"was" (no modal comes before those: "and may has swapped to nights");
and a short form
or name no list knows as a word or place ("Gaz on break", "(Shaz has the folder)").

Source: UK ward group chats, where names are written in lower case and open the message. Avoids: words that are
no first name ("ward said", "bay 3 asked"), stop, keep, relation and title words ("he said", "mum rang",
"sister said"), a name-like word in mid-clause ("the hope is"), verbs a thing can do ("hope is on the way",
"grace period has ended"): a word that is also an ordinary word needs a verb of speaking, swapping or leaving
(grace "said before the roast" is a prayer).
Also here: rule ``self-intro`` (who a chat message says it is from: "hi dawn its ioana."), ``signature`` (a first
name above a job title) and ``bleep`` (a first name before a bleep or extension).
"""

from __future__ import annotations

from typing import List

import regex as re

from phiscrub.text.person.context import Context, finding
from phiscrub.text.person.filters import not_a_person
from phiscrub.text.person.ordinary import drug_name, ordinary
from phiscrub.text.person.roles import FIELD_OF_WORK
from phiscrub.types import Finding

# what opens a clause before the name (read behind the name, so only a word's start is tried: a name never starts
# inside a word, "andrew" holds no "rew" after "and")
_OPEN = (r"(?<![\p{L}'’-])(?=\p{L})(?<=(?:^|[.!?;:,\n()–—]|\p{So}|\b(?:and|or|but|also|lol|omg|ok|okay|so|fyi|tho|coz|"
         r"cos|pls|plz|hiya|hi|hey|morning|evening|big|little|ask|try|tell|ring|text|anyway|then|w|its|it['’]s|"
         r"cover|covering|asked|tell[ \t]+(?:him|her|them)))[ \t]*)")
# verbs of speaking, swapping, leaving and messaging: only a person does them
_SAID = (r"said(?![ \t]+(?:before|over)\b)|says|asked|asks|swapped|swapping|rang|rung|phoned|texted|messaged|knows|agreed|offered|"
         r"ha[sd][ \t]+(?:swapped|agreed|rung|phoned|texted|asked|said|offered)|"
         r"went[ \t]+home|left[ \t]+(?:ur|your|her|his|the|early)|is[ \t]+off[ \t]+sick|can[ \t]+(?:u|you)|wud|u[ \t]+left|"
         # and comforting someone: "Faith sat with her til 01:30", "Joy held his hand"
         r"sat[ \t]+with|stayed[ \t]+(?:with|late|behind)|held[ \t]+(?:her|his|their|my)[ \t]+hand|hugged|comforted|"
         r"told[ \t]+(?:me|us|her|him|them)\b|herself\b|himself\b|"
         # and a colleague's seniority or department: "precious is senior on floor 2", "ring joy in pharmacy"
         r"is[ \t]+senior\b|in[ \t]+(?:pharmacy|x-?ray|radiology|theatres?|physio|switchboard|estates|security|"
         r"admin|resus|(?-i:ED|ICU|ITU|HDU|CCU|AMU|SAU)|the[ \t]+(?:office|lab))\b")
# and what a colleague is doing, for a name that is no ordinary word: "dom has it", "tash is covering"
_DOING = (r"ha[sd][ \t]+(?:it|got|them|the|her|his|my|agreed|swapped)|is[ \t]+(?:off|on|stuck|asking|covering|leaving|"
          r"in[ \t]+charge|doing|coming|free)|was[ \t]+(?:asking|off|on)|can[ \t]+(?:do|cover|swap)|needs|wants|"
          r"covering|on[ \t]+(?:break|nights|days|lates|earlies|leave|annual[ \t]+leave)\b|"
          # what they did with something, and where they work: "baz took them home", "bev from Southmead wants"
          # a task handed to them in minutes or chat: "Tom to reply", "priya to chase"
          r"to[ \t]+(?:reply|chase|action|follow[ \t]+up|ring|call|email|book|arrange|contact|respond)\b|"
          r"took|takes|brought|borrowed|(?:is|was)[ \t]+(?:senior|back|in[ \t]+today)|from[ \t]+(?:the[ \t]+)?"
          r"(?:(?-i:\p{Lu}\p{Ll}+)|pharmacy|security|estates|switchboard|theatres?|radiology|physio|ot|bank|agency|"
          r"admin|facilities|portering|occ[ \t]+health|ed|a&e|resus|icu|itu|hdu|ccu|maternity|paeds|ward[ \t]+\d+|"
          r"church|chapel|mosque|temple|gurdwara|synagogue|next[ \t]+door|"
          r"(?:bed|bay|room|rm|side[ \t]*r(?:oo)?m)[ \t]*\d+)|takes[ \t]+over|has[ \t]+my\b")
# what only a colleague has, so a name that is also a word counts: the shift they come from, and what is theirs
# ("its ade from nights", "tell jordan his car is blocking the bins")
_THEIRS = (r"from[ \t]+(?:nights|days|lates|earlies|the[ \t]+(?:bank|agency))|(?:his|her)[ \t]+(?:car|keys|phone|bag|lunch|locker|badge|"
           r"lanyard|coat|glasses|shift|rota)\b")
# a colleague's own occasion or shift, in the possessive ("its daisy's last shift", "cover joys early", "Tolu's naming
# ceremony"): only a person has one, so a name that is also a word counts too
_OWN = (r"(?:last|first|leaving|naming|birthday|bday|wedding|hen|stag|retirement|early|late|long[ \t]+day|night|"
        r"nights|shift|day[ \t]+off|mum|dad|husband|wife|partner|baby|kids?)\b"
        # and the shift they are on or off, "is" cut short: "april's on the late", "june's off sick"
        r"|(?:on|off)[ \t]+(?:sick|the[ \t]+(?:late|early|night|long[ \t]+day)|nights|lates|earlies|(?:annual|mat|study)[ \t]+leave"
        r"|leave|al)\b")
CHAT_SUBJECT = re.compile(rf"{_OPEN}(?P<name>\p{{L}}(?:[\p{{L}}'’-]*\p{{L}})?)(?:[ \t]+(?P<verb>(?i:{_SAID})|(?i:{_DOING}))\b|"
                          rf"(?P<own>['’]?s[ \t]+(?i:{_OWN})|[ \t]+(?i:{_THEIRS})))", re.MULTILINE)
SAID = re.compile(rf"(?i:{_SAID})")
NO_MODAL = re.compile(r"(?i:ha[sd]|is|was|['’]s)\b")  # a stop word before these is no modal: "may has swapped"
THEIRS = re.compile(rf"(?i:{_THEIRS})")
SKIP = frozenset({"abroad", "field-label"})
_WHERE = re.compile(r"(?i:in)[ \t]")  # "in pharmacy", "in the office": where a colleague is


def from_chat_subject(ctx: Context, text: str) -> List[Finding]:
    """Rule ``chat-subject``: a first name opening a clause before a person's verb (see the module)."""
    out = []
    res, vocab = ctx.res, ctx.vocab
    for m in CHAT_SUBJECT.finditer(text):
        name = m["name"]
        w = name.lower()
        stop = ctx.is_stop(w) and not (res.anglo_first_names.get(w, 0) >= 2 and NO_MODAL.match(m["verb"] or m["own"] or ""))
        if (not (res.is_first_name(w) or _no_word(ctx, name)) or stop or vocab.relation_word.fullmatch(w) or vocab.title_word.fullmatch(w)
                or w in vocab.address_terms or (res.never_name(w) and res.anglo_first_names.get(w, 0) < 2)):
            continue
        if m["own"] and m["own"][0] in "sS" and (len(w) < 3 or ctx.is_stop(w + "s") or res.is_common(w + "s")):
            continue  # with no apostrophe the whole word must be no word itself: "has early", "this early"
        if (res.is_common(w) or res.never_name(w)) and not (m["own"] or SAID.match(m["verb"]) or THEIRS.match(m["verb"])):
            continue  # "hope is on the way": a word that is a name only before a verb of speaking or leaving
        if res.is_common(w) and res.anglo_first_names.get(w, 0) < 2 and _WHERE.match(m["verb"] or ""):
            continue  # where a word rarely a name is ("key in the office safe"); "grace in pharmacy" stays
        if not not_a_person(ctx, text, m.start("name"), m.end("name"), SKIP):
            out.append(finding(m.start("name"), m.end("name"), 0.6, "chat-subject"))
    return out


def _no_word(ctx: Context, name: str) -> bool:
    """A capitalised word that no list knows as a word, place, drug or keep word: a short form or a name the
    gazetteer lacks ("Shaz has the folder", "Gaz on break", "Jaz covering"); not an acronym ("ICU has")."""
    w = name.lower()
    return (name[:1].isupper() and not name.isupper() and name.isalpha() and len(w) >= 3 and not ordinary(ctx, w)
            and not ctx.res.is_place(w) and not ctx.res.never_name(w) and not drug_name(ctx.res, w))


# a self-introduction in chat, opening a line or a sentence or after a greeting (and whoever the greeting names):
# "hi dawn its ioana.", "its me tom, locked out again", "hey its grace from nights", "It's Kasia here"
INTRO = re.compile(r"(?:^|(?<=[\n.!?])[ \t]*|(?<![\p{L}'’-])(?P<greet>(?i:hi|hiya|hey|hello|morning|evening|afternoon))"
                   r"[ \t]*,?[ \t]+(?:(?P<to>\p{L}[\p{L}'’-]*)[ \t]*,?[ \t]+)?)"
                   r"(?i:its|it['’]s|it[ \t]+is|this[ \t]+is)[ \t]+(?:(?P<me>(?i:me|only[ \t]+me))[ \t]*,?[ \t]+)?"
                   r"(?P<name>\p{L}[\p{L}'’-]*)(?=[ \t]*(?P<end>[,.!]|x+\b|\n|$|(?i:here|again)\b|(?P<from>(?i:from))\b))",
                   re.MULTILINE)


def from_self_introduction(ctx: Context, text: str) -> List[Finding]:
    """Rule ``self-intro``: who a chat message says it is from ("its ioana.", "It's Kasia here", "its me tom,"),
    and after a greeting whom it is to ("hi dawn its ioana"). A name that is also a word ("grace", "dawn") counts only
    after a greeting, after "me", or before "from" (not "its sunny here", "it's chaos."); never a stop, keep,
    relation, title or calendar word or a term of address ("its me again"; the "all" of "hi all its Sam")."""
    out = []
    for m in INTRO.finditer(text):
        strong = bool(m["greet"] or m["me"] or m["from"])
        for key in ("to", "name"):
            if m[key] and _introduced(ctx, m[key], strong or key == "to") and not not_a_person(
                    ctx, text, m.start(key), m.end(key), SKIP):
                out.append(finding(m.start(key), m.end(key), 0.6, "self-intro"))
    return out


# initials someone asks to be called by: "I like to be called DJ", "call him AJ", "known as 'TJ'" (never an acronym
# after these phrases: no one is called "RTC")
CALLED_INITIALS = re.compile(r"(?i:\b(?:call(?:s|ed)?[ \t]+(?:me|him|her|them)|(?:like|likes|liked|prefer|prefers|preferred|"
                             r"want|wants|wanted)[ \t]+to[ \t]+be[ \t]+called|known[ \t]+as))[ \t]+"
                             r"[\"“'‘]?(?P<n>(?-i:[A-Z]\.[ ]?[A-Z]\.|[A-Z][A-Z]))[\"”'’]?(?![\w])")


def from_called_initials(ctx: Context, text: str) -> List[Finding]:
    """Rule ``called-initials``: the initials someone goes by, after "like to be called", "call me", "known as"."""
    return [finding(m.start("n"), m.end("n"), 0.6, "called-initials") for m in CALLED_INITIALS.finditer(text)]


def _introduced(ctx: Context, name: str, strong: bool) -> bool:
    """A first name (one that is a word only with ``strong`` context) or a capitalised word no list knows."""
    res, vocab, w = ctx.res, ctx.vocab, name.lower()
    if (ctx.is_stop(w) or vocab.relation_word.fullmatch(w) or vocab.title_word.fullmatch(w) or w in vocab.address_terms
            or w in vocab.calendar_words or (res.never_name(w) and res.anglo_first_names.get(w, 0) < 2)):
        return False
    if res.is_first_name(w):
        return strong or not res.is_common(w)
    return _no_word(ctx, name)

# an NHS job title or department opening the line under a name, or after its comma ("Lorraine, medical secretary
# to Mr Adewale"; "Ruth / Nurse in Charge, Ward 18"); source: NHS Employers national job profiles
_JOB = (r"(?:(?:senior|junior|lead|deputy|assistant|associate|specialist|advanced|clinical|charge|staff|student|"
        r"trainee|ward|unit|team|practice|community|district|medical|admin(?:istrative)?|outpatient|booking|hr|people|"
        r"bank|agency|band[ \t]*\d)[ \t]+){0,3}"
        r"(?:nurse|sister|manager|secretary|secretaries|clerk|receptionist|coordinator|co-ordinator|officer|"
        r"administrator|matron|practitioner|therapist|physiotherapist|midwife|paramedic|consultant|registrar|hca|"
        r"support[ \t]+worker|navigator|adviser|advisor|booking|team|radiographer|business[ \t]+partner|"
        r"pharmacist|technician|porter|chaplain|volunteer|dietitian|sonographer|nursing[ \t]+associate|"
        r"in[ \t]+charge)s?\b")
# ... or a department after the comma, ending the line ("…for the band 2? Ruby, reception"): a message's sender
_DEPARTMENT = (r"(?:main[ \t]+)?(?:reception|pharmacy|switchboard|estates|pals|outpatients|payroll|hr|admissions|theatres|"
               r"catering|portering|housekeeping|medical[ \t]+records|ward[ \t]+\d{1,3}[a-z]?)")
# ... or the business a sender writes from, ending the line ("Please confirm eligibility. Lewis, Highland Eyecare")
_PRACTICE = (r"(?:\p{Lu}[\p{L}'’&.-]*[ \t]+){1,4}(?i:opticians?|eyecare|optometrists?|pharmacy|chemists?|surgery|"
             r"(?:medical|health)[ \t]+(?:centre|practice|group)|dental[ \t]+(?:practice|surgery|care)|dentists?|care[ \t]+home|"
             r"nursing[ \t]+home|hearing[ \t]+care)")
SIGNATURE = re.compile(rf"(?:^|(?<=\n)|(?<=[.!?][ \t]))[ \t]*(?:[–—-][ \t]*)?(?P<name>\p{{Lu}}[\p{{Ll}}'’-]+)"
                       rf"(?P<surname>[ \t]+\p{{Lu}}[\p{{Ll}}'’-]+)?[ \t]*(?:\n[ \t]*|,[ \t]+)"
                       rf"(?:(?i:(?:the[ \t]+|our[ \t]+|your[ \t]+)?{_JOB})|(?:(?i:{_DEPARTMENT})|{_PRACTICE})"
                       rf"[ \t]*[.!]?[ \t]*(?=\n|$))", re.MULTILINE)


def from_signature_block(ctx: Context, text: str) -> List[Finding]:
    """Rule ``signature``: a first name (and a surname) alone on its line with a job title on the next line or after its
    comma ("Ruth\\nNurse in Charge, Ward 18", "Helen Frobisher\\nHR Business Partner", "Lorraine, medical secretary to Mr
    Adewale"), or a department ending the line after its comma ("… for the band 2? Ruby, reception"), even one that is a word.
    Avoids: a name no list has, stop, keep and relation words ("Team\\nWard 3", "Mum, nurse"), places."""
    out = []
    res = ctx.res
    for m in SIGNATURE.finditer(text):
        w = m["name"].lower()
        if (not res.is_first_name(w) or ctx.is_stop(w) or ctx.vocab.relation_word.fullmatch(w)
                or (res.never_name(w) and res.anglo_first_names.get(w, 0) < 2) or w in ctx.vocab.closing_words):
            continue  # ... or a closing's word: "Love, the porters' lodge"
        end = m.end("surname") if m["surname"] and not _ordinary_surname(ctx, m["surname"].strip()) else m.end("name")
        if not not_a_person(ctx, text, m.start("name"), end, SKIP):
            out.append(finding(m.start("name"), end, 0.6, "signature"))
    return out


def _ordinary_surname(ctx: Context, word: str) -> bool:
    """A second word that is a keep word, or a verb or adjective no surname list has: "Ruth Ward", "Grace Smiling"
    (a noun may be a surname: "Frobisher" is in the dictionary)."""
    w = word.lower()
    return ctx.res.never_name(w) or ctx.is_stop(w) or (w in ctx.res.non_noun_words and not ctx.res.is_surname(w))


# a colleague's bleep or extension right after their first name: "NIC today: Precious bleep 2214", "Faith (ext 4410)";
# or their grade in its capitals: "Tharshan FY1", "Nwosu SpR"
BLEEP_HOLDER = re.compile(r"(?<![\w'’-])(?P<name>\p{Lu}\p{Ll}[\p{L}'’-]*)(?:[ \t]*[,(]?[ \t]*"
                          r"(?i:bleep|blp|ext\.?|extension)[ \t]*:?[ \t]*\d{3,5}(?!\d)"
                          r"|[ \t]+(?P<grade>FY[12]|F[12]|SHO|SpR|StR|ST[1-8]|CT[1-3]|HCA|HCSW|RGN|RMN|RN|ANP|ACP)(?![\w/'’-]))")
# specialties shortened as a grade's first word, which no dictionary knows ("Ortho SHO", "Paeds ST3", "Resp SpR")
SHORT_SPECIALTIES = frozenset({"gastro", "resp", "onc", "haem", "ortho", "orthos", "paeds", "peds", "gynae", "obs", "psych",
                               "neuro", "cardio", "derm", "derms", "rheum", "uro", "urol", "anaes", "gen", "surg", "med",
                               "geri", "gerries", "vasc", "hepato", "endo", "micro", "neonatal", "neonates", "ent",
                               "maxfax", "ophth", "ophthal", "rehab", "periop", "ortho-geri", "gastroenterology"})


def from_bleep_holder(ctx: Context, text: str) -> List[Finding]:
    """Rule ``bleep``: a first name of the gazetteer right before a bleep or extension number is a colleague's, even
    where it is also a word ("Precious bleep 2214", "Faith (ext 4410)"); before a grade in its capitals, a name no
    dictionary knows is one as well ("Any probs – Tharshan FY1"). Avoids: a department or a role ("Cardiology
    bleep 4412", "Sister bleep 2214", "Bank HCA", "Ortho SHO"), stop and keep words ("Will bleep"), places."""
    out = []
    res, vocab = ctx.res, ctx.vocab
    for m in BLEEP_HOLDER.finditer(text):
        w = m["name"].lower()
        if ctx.is_stop(w) or vocab.title_word.fullmatch(w) or vocab.relation_word.fullmatch(w):
            continue
        if res.is_first_name(w):
            if res.never_name(w) and res.anglo_first_names.get(w, 0) < 2:
                continue
        elif not (m["grade"] and len(w) >= 4 and not (res.is_common(w) or res.is_place(w) or res.never_name(w))
                  and w not in SHORT_SPECIALTIES and w not in vocab.services and not FIELD_OF_WORK.search(w)):
            continue
        if not not_a_person(ctx, text, m.start("name"), m.end("name"), SKIP):
            out.append(finding(m.start("name"), m.end("name"), 0.6, "bleep"))
    return out
