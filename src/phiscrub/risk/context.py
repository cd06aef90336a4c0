"""What the words around a post's mentions say about whom it describes.

The convention is the one the labelled drafts follow (``samples/risk/README.md``, from PII-SPEC §3
and §6):

* ``EMERGENCY`` and ``ROUTINE``: a time narrows the pool only through the thing that happened at that
  time. A post about an emergency (a 999 call, a crew on scene, resus, a rescue) has the ambulance
  rate; a time on a routine visit, a clinic, a class or a school session has no rate and narrows
  nothing. Routine care includes the routine services (dialysis, chaplaincy, a care home, general
  practice, district nursing, blood bikes…), named in the draft or in the poster's earlier posts ("Proud
  to be a district nurse in Leicester"). A post that says neither is taken as an emergency: the safe side
  (k smaller, risk higher); an earlier post's own lack of either adds no incident to the draft.
* ``many_people``: a mention that counts a group ("212 babies", "our volunteers", "the ladies")
  describes no one person; "one of my ladies" picks one out again.
* ``UNIQUE`` and ``ROLE_HOLDER`` (in ``phiscrub.risk.picked_out``): a superlative or a role only one person holds.
* ``poster_age``: the poster's own age ("I'm 50", "my 50th", "25 of my 50 years", "turned 50" beside
  "my"): with the account known, it leaves two possible birth years, 365 days each; with the day it is
  reached ("my 40th today", ``age_with_its_day``) it is their date of birth.
* ``BORN_ON`` (read by ``phiscrub.risk.birthday``, with whose birthday it is): "born on Burns Night": the poster's
  (or patient's) day of birth, as a birthday is.
* ``BIRTH``: a birth described ("gave birth", "mum-to-be", "now she has a son"): the rate of births;
  ``DEATH``: a death ("died", "passed away", "die at home"): the rate of deaths; each over a year with no time.
"""

from __future__ import annotations

from functools import lru_cache

import regex as re

from phiscrub.types import Mention

# emergency care and rescue (ambulance, ED and coastguard vocabulary); a routine visit or clinic has none
EMERGENCY = re.compile(
    r"\b(?:999|ambulances?|paramedics?|crews?|call[- ]?outs?|called\s+out|shouts?(?![\s-]+(?:at|outs?|to|for|back|about))|attended|on\s+scene|resus|"
    r"a\s?&\s?e|(?-i:ED)|emergency\s+department|majors|blue[- ]light(?:ed|s)?|air\s+ambulance|hems|coastguard|"
    r"rescued?|collapsed|cardiac\s+arrest|arrested|cpr|defib\w*|overdosed?|conveyed|rushed\s+in|"
    # brought in as a patient is ("was brought in", "brought in by ambulance"), not a gift ("brought in a cake")
    r"(?:was|were|been|being|got)\s+brought\s+in\b|brought\s+in\s+(?:by|with|after|overnight|from|to\s+(?:ed|a&e|resus))\b|"
    r"(?:we|crew)\s+took\s+(?:him|her|them|an?|the)\b|trauma\s+call|major\s+trauma|"
    # a mental-health crisis response: street triage (a nurse with the police), a crisis team's call-out
    r"street\s+triage|crisis\s+(?:team|call|response)|"
    r"(?<!\b(?:got|get|her|his|their|a)\s+)(?:first|next|last)\s+job(?!\s+(?:offer|interview|as|since|in\s+years))|"
    r"call(?:ed)?\s+us|call\s+to\s+an?|we\s+(?:treated|attended|got\s+there|arrived)|"
    # an injury or a fall is what brings a crew or an ED visit: "thrown from her pony", "before she fell"
    r"fractured?|broken\s+(?:hip|leg|arm|wrist|ankle|neck|back)|broke\s+(?:his|her|their|a)\s+\w+|"
    r"injur(?:y|ies|ed)|thrown\s+(?:from|off)|came\s+off\s+(?:his|her|their|a)\s+\w+|(?:had|has|have|after|took|takes|taking|take)\s+(?:a|another)\s+(?:(?:heavy|nasty|bad|big|hard|serious)\s+)?fall|"
    # ("the same fell", "a fell": the hill, a noun)
    r"(?<!\b(?:the|a|same|this|that|each|every|our|local|nearest)\s+)fell(?!\s+(?:asleep|in\s+love|silent|quiet|ill|pregnant|apart|out|for|short|behind|through\s+the\s+cracks|"
    r"running|runners?|races?|walk(?:ing|s)?)))\b",
    re.IGNORECASE)
# routine care and everyday settings: a time there has no incident rate (unless an emergency is named too)
ROUTINE = re.compile(
    r"\b(?:(?:home\s+)?visit(?:s|ed|ing)?|clinics?|class(?:es)?|sessions?|appointments?|check-?ups?|rehab|"
    r"reviews?|jabs?|vaccin\w*|immunis\w*|screening|smears?|health\s+checks?|antenatal|postnatal|schools?|lessons?|"
    r"support\s+group|coffee\s+morning|drop-in|(?:our|the)\s+(?:[\w-]+\s+)?group(?!\s+of)|"
    # an occupational or seafarer's medical, a student or staff wellbeing service, a return to work: the day dates a
    # contact, not an incident ("rang us" stays open: a 999 or 111 call is one)
    r"medicals?(?!\s+(?:cover|tents?|teams?|centre|posts?|points?))|wellbeing|(?:back|returned|went\s+back)\s+(?:at|to)\s+work|"
    r"discharged?|pre-?op\w*|ward\s+round|assessments?|follow-?ups?|caseload|dressings?|study\s+day|training|"
    r"conference|stand|stall|fundraiser|bake\s+sale|awareness|"
    # a call at the front desk ("dropped shortbread into reception"): a visit, no incident brought them
    r"(?:in|into|at|on|to)\s+(?:the\s+|our\s+)?reception|"
    # a long-term condition's specialist team or clinic: "our paediatric diabetes team", "the memory service"
    r"(?:diabet\w*|epilepsy|asthma|respiratory|(?-i:COPD)|heart\s+failure|cardiac\s+rehab|renal|kidney|oncology|cancer|"
    r"haematology|rheumatology|dermatology|continence|stoma|tissue\s+viability|memory|dementia|parkinson['’]?s|"
    r"eating\s+disorders?|perinatal|(?-i:MND|MS|CF|IBD|TB)|motor\s+neurone|multiple\s+sclerosis|huntington['’]?s|"
    r"cystic\s+fibrosis|sickle\s+cell|lymphoedema|breast\s+care|macmillan|admiral|marie\s+curie|neurology|hepatology)"
    r"\s+(?:team|service|nurses?|clinic|specialists?)|"
    # an outreach team's round and the dressing it does: "street health round last night", "dressed his feet"
    r"outreach|(?:street|health|outreach|soup|night)\s+(?:round|run)s?|dressed\s+(?:the|his|her|their)\s+\w+|"
    # a home visit told by its leaving or its kitchen: "refused to let me leave", "made me a brew at her kitchen table"
    r"let\s+me\s+leave|before\s+i\s+left|as\s+i\s+was\s+leaving|on\s+my\s+rounds?|at\s+(?:her|his|their)\s+"
    r"(?:front\s+door|kitchen\s+table)|(?:made|makes|making)\s+me\s+(?:a\s+)?(?:cuppa|brew|cup\s+of\s+tea)|"
    # services that are routine care, named in the post or the poster's earlier posts: a time there dates a
    # visit, a session or a stay, not an incident ("the dialysis unit this morning", "#Chaplaincy", "#BloodBikes")
    r"dialysis|chaplain\w*|hospice|palliative|care\s*homes?|carehome\w*|nursing\s+homes?|residents?|(?:at|in)\s+our\s+home|"
    r"(?:district|community|practice|school|specialist)\s*nurs\w*|community\s+(?:team|matron)|health\s*visit\w*|"
    r"general\s*practice|(?:the|our|my)\s+practice\b|primary\s+care|(?-i:GP)s?|surgery|pharmac\w*|dispens\w*|occupational\s+therap\w*|(?-i:OT)|physio\w*|"
    # a club or group people come along to ("veterans' breakfast club"), a health check by another name ("health MOTs")
    r"(?:breakfast|lunch|coffee|social|walking|knit\w*|craft|book|singing|memory|peer\s+support)\s+(?:club|group|caf[eé])s?|"
    r"health\s+(?-i:MOT)s?|"
    r"blood\s*bikes?|blood\s+tests?|bloods|phlebotom\w*|venepunct\w*|samples?|neonatal|(?-i:NICU|SCBU)|outpatients?|day\s+(?:unit|centre)|"
    r"respite|went\s+home|going\s+home|"
    # a nurse's or carer's everyday care of someone already in their care: no incident brought them
    r"looked\s+after|looking\s+after|cared\s+for|caring\s+for|nursed|the\s+care\s+of|"
    # someone living with a long-term condition ("a woman in her 40s living with MND"): its prevalence, no incident
    r"living\s+with|(?:my|our)\s+patients?\s+with|(?:i|we)\s+(?:see|visit)\s+(?:in|at|on|every|each|weekly)\b|"
    r"on\s+(?:my|our)\s+(?:list|books|round|caseload)|"
    # the people a community team supports over months ("a young man we support", "in our care"), its own name
    r"(?:we|i)\s+support|(?:we|i)(?:['’]ve|\s+have)\s+(?:been\s+)?(?:work(?:ed|ing)|support(?:ed|ing))\s+with|in\s+our\s+care|"
    r"(?:mental\s+health|learning\s+disabilit\w+|(?-i:CMHT|CAMHS))\s+(?:teams?|nurs\w*|services?)|tongue[- ]ties?|"
    # a health visitor's weigh-in, a district nurse's or carer's home visit: "weighed a toddler", "popped in on"
    r"weigh(?:ed|ing|s)?\s+(?:a|an|the|her|his|him|baby|twins|both)|weigh-?ins?|(?:popped|called|dropped)\s+in\s+on|"
    r"home\s+visits?|on\s+the\s+district|(?:had|shared)\s+a\s+(?:cuppa|brew|cup\s+of\s+tea)\s+with|"
    # a conversation, and social prescribing's link workers ("had a long chat today with", "community connector")
    r"(?:had|have|having)\s+a\s+(?:\w+\s+)?chat\b|social\s+prescrib\w*|link\s+workers?|community\s+connectors?|"
    # ... or what someone in the poster's care said to them or asked of them ("asked me today whether", "thanked me
    # just for sitting with her"): a conversation, no incident
    r"(?:asked|told|thanked)\s+me\b|(?:sitting|sat)\s+with\s+(?:him|her|them)\b|"
    # a consultation, a recheck, a refresher course, a leg ulcer's care: "came to see me because", "let me look at"
    r"(?:came|come|comes|coming)\s+(?:in\s+)?to\s+see\s+me\b|let\s+me\s+(?:look\s+at|see|check|dress)\b|re-?checks?|"
    r"refreshers?|leg\s+ulcers?|"
    # a milestone or an achievement is news, not an incident ("passed his theory test", "started her first job")
    r"congratulations|congrats|passed\s+(?:his|her|their)\s+\w+|first\s+(?:[\w-]+\s+){0,2}job|graduat\w+|"
    r"(?:annual|foot|eye|diabet\w*|blood\s+pressure|(?-i:BP))\s+checks?|detox|"
    # primary and community care other than general practice: dental, optical, hearing, feet, therapies, reviews
    r"dent(?:al|ists?|istry)|extractions?|fillings?|braces|orthodont\w*|hygienists?|opticians?|optom\w*|eye\s+tests?|"
    r"glasses|audiolog\w*|hearing\s+(?:aids?|tests?)|podiatr\w*|chiropod\w*|(?:speech\s+and\s+language|talking|"
    r"speech|play|music|art)\s+therap\w*|(?-i:SLT)|dietit\w*|counsell\w*|(?:medication|meds)\s+reviews?|"
    r"inhaler\s+technique|prescriptions?|contracepti\w*|sexual\s+health|stop\s+smoking|"
    # minor ailments a pharmacy or GP sees, teeth, a prison's healthcare, a hospital chapel, an awareness day
    r"hay\s*fever|pollen|sneez\w*|head\s+lice|nits|verrucas?|cold\s+sores?|ear\s*wax|conjunctivitis|tonsillitis|"
    r"sore\s+throat|nappy\s+rash|tooth|teeth|decay|(?-i:HMP)|prisons?|prisoners?|chapel|"
    r"(?:awareness|action)\s+(?:day|week|month)|"
    # first aid at an event: the crowd is the pool, the day no incident window
    r"first\s+aid\s+(?:tent|post|point|at)|first\s+aiders?|medical\s+tent)\b", re.IGNORECASE)
# a hashtag's words: "#CervicalScreening" -> "#Cervical Screening", so its routine care is read too
_HASHTAG_WORDS = re.compile(r"(?<=#\w*\p{Ll})(?=\p{Lu})")


def routine(text: str) -> bool:
    """Routine care named in ``text``, in words or inside a hashtag ("#CervicalScreening", "#FluJab")."""
    return ROUTINE.search(_HASHTAG_WORDS.sub(" ", text) if "#" in text else text) is not None


# words for a group that a mention may name in the plural
_PLURAL = re.compile(r"(?:[^s]s|children|people|men|women|folk|staff|crew)$", re.IGNORECASE)
# "one of our choristers", "one of Cromer's crab fishermen", "one of the jarl squad": one member of a small
# group (a choir, a class year, a squad, a fishing fleet), not of a caseload or of the poster's colleagues
ONE_OF_GROUP = re.compile(
    r"\b(?:one|each)\s+of\s+(?:our|my|the|their|his|her|\p{Lu}[\p{L}'’-]+['’]s)\s+(?:[\p{L}\d-]+\s+){0,2}?"
    r"(?!(?:patients|residents|clients|service\s+users|ladies|gents|gentlemen|mums|dads|babies|families|"
    r"nurses|doctors|paramedics|midwives|colleagues|volunteers|crews|carers|students|teachers|workers|users|"
    r"customers|others|members\s+of\s+staff|survivors|donors|supporters|followers|visitors|fundraisers)\b)"
    r"(?P<g>\p{L}*(?:ers|ors|ists|ians|\p{L}men|wardens|pupils|players|members|cadets|scouts|squad|"
    r"choir|class)|(?<=(?:year\s?\d{1,2}|sixth|form)\s)(?:girls|boys|lads))\b"  # a school year's girls, not "our girls"
    # ... not a caseload: "one of the farmers we took to hospital", "one of the men we treated"
    r"(?!(?:\s+\p{L}+){0,4}?\s+(?:(?:who|that|whom)\s+)?we(?:['’]ve|\s+have|\s+had)?\s+(?:took|taken|treated|saw|seen|nursed|"
    r"cared|looked|met|brought|conveyed|rescued|transported|attended|helped|visited|fitted)\b)", re.IGNORECASE)
GROUP_MEMBERS = 100  # members of such a group: tens to a couple of hundred (phiscrub's assumption)
# a plural of people right before an age: the age describes the group ("thousands of people over 60")
_GROUP_BEFORE = re.compile(r"\b(?:people|patients|adults|men|women|residents|folk|children|kids|pupils|drivers|"
                           r"those|anyone|everyone|others)\s+(?:(?:who\s+are|aged)\s+)?$", re.IGNORECASE)
# people in the plural right after an age's word: "elderly neighbours", "older relatives and friends"
_PEOPLE_AFTER = re.compile(r"[ \t]+(?:neighbours|relatives|relations|people|persons|folk|folks|residents|patients|parents|"
                           r"grandparents|friends|loved\s+ones|family\s+members|members|adults|men|women|ladies|drivers|"
                           r"pedestrians|callers|customers|visitors|citizens|population)\b", re.IGNORECASE)
_ONE_OF = re.compile(r"\b(?:one|each|either|neither|any)\s+of\s+(?:my|our|the|his|her|their|your)\s+$", re.IGNORECASE)
_ONE_OF_SOME = re.compile(r"\bone\s+of\s+(?:my|our|the|his|her|their|your)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
# "born", then the gestation later in its sentence: "born at 26 weeks", "Born on our unit at the Royal Jubilee at 22 weeks"
BORN_AT = r"\bborn\s+(?:[^.!?\n]{0,40}?\bat\s+)?"
# a birth: its rate (about 0.010 births per resident a year, ONS) replaces the ambulance rate
BIRTH = re.compile(r"\b(?:gave\s+birth|giving\s+birth|new\s+(?:mum|mother)|in\s+labour|baby\s+(?:boy\s+|girl\s+)?born|"
                   # a midwife's "welcomed a wee girl at 5.10am", "welcoming their baby boy"
                   r"welcom(?:ed|ing)\s+(?:a|our|their|her|baby)\s+(?:(?:wee|little|tiny|beautiful|gorgeous|healthy|new|baby)\s+)*"
                   r"(?:baby|boy|girl|son|daughter|twins|triplets)\b|"
                   # a midwife's "caught my first baby boy", "delivered twins"
                   r"(?:caught|catching|delivered|delivering)\s+(?:my|our|a|her|their|the)\s+(?:(?:first|\w+th|wee|little|tiny|"
                   r"healthy|new)\s+)*(?:baby|babies|boy|girl|son|daughter|twins|triplets)\b|"
                   r"safe\s+arrival|one\s+of\s+(?:our|my)\s+(?:new\s+)?(?:mums|mams|mothers)\b|"  # a unit's mothers: a birth
                   r"born\s+(?:(?:this|last)\s+(?:week|month|morning|night|weekend)|yesterday|today|overnight|tonight)|"
                   # who was born, with no verb before it: "Twins born at Ninewells", "a baby girl born in the car park"
                   r"(?:twins|triplets|baby|babies|boy|girl|son|daughter)\s+born\b(?!\s+(?:and|&)\s|\s+(?:in|during)\s+(?:the\s+)?(?:19|20)\d\d)|"
                   r"born\s+(?:at\s+)?(?:under|less\s+than|before|just)\s+\d{2}\s+weeks|"  # "born at under 28 weeks"
                   r"\bbaby\b[^.!?\n]{0,30}?\barrived\b|\bbaby\s+(?:number|no\.?)\s+\d[\d,]*\b|"  # "Baby number 2,000 for me"
                   r"(?:twins|triplets|twin\s+(?:girls|boys)|baby\s+(?:boy|girl))\s+(?:arrived|delivered)\b|"  # "Twin girls arrived"
                   r"(?:has|had)\s+(?:a|her)\s+"
                   r"(?:son|daughter|baby|twins|triplets)|" + BORN_AT + r"\d{2}(?:\s*\+\s*[0-6])?\s*weeks|new\s?born|(?<!\bi\s)was\s+born|(?<!\bwe\s)were\s+born|delivered\s+(?:a|her|their)\s+\w+|"
                   r"delivered\s+(?:my|our)\s+(?:\w+\s+)?(?:baby|boy|girl)\b|"  # "Delivered my 500th baby yesterday"
                   r"(?:who|she)\s+delivered\s+(?:with\s+us|here|on\s+our\s+unit)|"  # "a mum who delivered with us last year"
                   r"(?:had|have|has)\s+(?:the|a|her|their)\s+(?:\w+\s+){0,2}?(?:birth|delivery)\b(?!\s+(?:plan|class|"
                   r"partner|centre|center|rate|story|stories|afterthoughts|reflections)))\b",  # "had the calm birth she'd hoped for"
                   re.IGNORECASE)
# a mother-to-be is a birth on its way ("helped a mum-to-be get to the maternity unit"), and so is a first-time
# mum or the midwife a mother had ("privileged to be her midwife"), unless the post names routine care
# ("antenatal clinic this morning and a mum-to-be brought in cardigans": a pregnancy, no birth)
EXPECTING = re.compile(r"\b(?:(?:mum|mother|mom)s?-to-be|first[- ]time\s+(?:mum|mother|mom|parents)|"
                       r"(?:be|being|was|been)\s+(?:her|their)\s+midwife)\b", re.IGNORECASE)
BIRTH_RATE = 0.010
# what someone hopes to be, up to its article: "he's going to be a …", "wants to become an …", "dreams of becoming a …"
# (not "used to be a miner", a former job)
HOPES_TO_BE = r"(?:(?:(?<!\bused\s)\bto\s+be(?:come)?|\bof\s+becoming|\b(?:you|i|they|we|one)\s+become)\s+an?|\bfuture)"  # "a future paramedic" too
# pregnant now: the year's births over the nine months a pregnancy lasts (0.010 x 39 / 52), a share of residents
PREGNANT = re.compile(r"\bpregnan(?:t|cy)\b", re.IGNORECASE)
PREGNANT_SHARE = BIRTH_RATE * 39 / 52


@lru_cache(maxsize=16)  # asked for each age and once for the incidents of a text
def expecting(text: str) -> bool:
    """One person pregnant now, no birth described: "a mum-to-be", "she's pregnant" (not "if you're pregnant",
    an eligibility list that describes no one)."""
    return bool((PREGNANT.search(text) or EXPECTING.search(text)) and not BIRTH.search(text)
                and ONE_PERSON.search(text))
# a death described: about 650,000 deaths a year in the UK, 0.0097 per resident (ONS; samples/risk/README.md)
DEATH = re.compile(r"\b(?:died|passed\s+away|(?:die|died|dying)\s+(?:at\s+home|peacefully|in\s+(?:his|her|their)\s+sleep)|"
                   r"end\s+of\s+(?:his|her|their)\s+life|last\s+days|funeral|"
                   # a bereavement: as many a year as deaths ("lost his wife earlier this year")
                   r"(?:lost|losing)\s+(?:his|her|their)\s+(?:wife|husband|partner|son|daughter|mum|dad|mother|"
                   r"father|baby|child|twin|brother|sister)|widow(?:ed|er)?)\b", re.IGNORECASE)
DEATH_RATE = 0.0097
# widowed, a state, not an event in the post's window: "a widower", "since his wife died", "since losing her husband";
# the share an older person is widowed (Census 2021, England and Wales: about 1 in 6 residents aged 70-79, more
# beyond; phiscrub's rounding for an older patient)
WIDOWED = re.compile(r"\bwidow(?:ed|er)?\b|\bsince\s+(?:(?:his|her|their)\s+(?:wife|husband|partner)\s+(?:died|passed(?:\s+away)?)"
                     r"|(?:losing|he\s+lost|she\s+lost)\s+(?:his|her|their)\s+(?:wife|husband|partner))\b", re.IGNORECASE)
WIDOWED_SHARE = 0.15
BORN_ON = re.compile(r"\bborn\s+on\s+(?:the\s+)?$", re.IGNORECASE)
DAYS_IN_A_YEAR = 365
# a count of people or of call-outs: a season's or an event's statistics ("treated 62 people", "launched 38 times",
# "3,000 over-75s vaccinated", "three lost children", "forty of our patients", "what a crowd", "a record year")
_COUNT_NOUNS = (r"people|patients|casualties|call-?outs|shouts|jobs|calls|kids|children|babies|fans|runners|"
                r"visitors|riders|swimmers|pupils|admissions|attendances|jabs|vaccinations|over-\d{2}s|missions|"
                r"flights|launches|rescues|deliveries|births|operations|referrals|journeys|trips|visits|appointments")
STATISTICS = re.compile(rf"\b\d[\d,]*\s+(?:\w+\s+)?(?:{_COUNT_NOUNS})\b|\blaunched\s+\d+\s+times\b|"
                        rf"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|twenty|thirty|forty|fifty|"
                        rf"sixty|seventy|eighty|ninety|dozens|hundreds|thousands)(?:[- ](?:one|two|three|four|five|six|seven|"
                        rf"eight|nine))?\s+(?:of\s+)?"
                        rf"(?:\w+\s+)?(?:{_COUNT_NOUNS})\b|\bwhat\s+a\s+crowd\b|\brecord\s+(?:year|month|summer|winter)\b"
                        # a rate: "a call every 50 seconds", "a baby every 20 minutes"
                        r"|\b(?:a|one)\s+(?:call|job|patient|admission|birth|baby)\s+every\s+\d+\s+(?:seconds?|minutes?|mins?|hours?)\b"
                        # what recurs: "every month our teams see little ones who've swallowed button batteries"
                        r"|(?<!\bnot\s)\b(?:every|each)\s+(?:single\s+)?(?:day|night|week|weekend|month|year|summer|winter|shift)\b"
                        r"(?=[^.!?\n]{0,80}\b(?:see|sees|treat|treats|seen|treated|look\s+after|care\s+for)\b)"
                        # a tally of anything in the plural: "thousands of freshers", "lots of grazes"
                        r"|\b(?:dozens|hundreds|thousands|lots|loads|plenty)\s+of\s+(?:\w+\s+)?\w+[^s\W]s\b", re.IGNORECASE)
# one person singled out: "a man", "an 89-year-old", "one of our ladies", "she", "his"
ONE_PERSON = re.compile(
    r"\b(?:a|an|one|another|this|that)\s+(?:[\w'’-]+\s+){0,3}?(?:man|woman|lady|gent|gentleman|boy|girl|lad|lass|baby|"
    r"toddler|child|kid|teenager|patient|resident|pensioner|grandmother|grandfather|gran|grandad|mum|dad|mother|"
    r"father|husband|wife|rider|driver|walker|cyclist|motorcyclist|pedestrian|casualty|jockey|fan|pupil|student|"
    r"passenger|climber|swimmer|kayaker|paddleboarder|runner|chap|fella|gent|teen|youngster)\b|"
    r"\bthe\s+(?:[\w'’-]+\s+){0,2}?(?:man|woman|lady|boy|girl|lad|lass|baby|child|teenager|patient|rider|driver|walker|"
    r"climber|swimmer)\s+(?:who|whose|we|i)\b|"  # "the young lad who was struck by lightning"
    r"\b(?<!\bevery\s)one\s+of\s+(?:our|my|the|his|her|their|them|these|(?:only|just)\s+\d)|\b(?:he|she|him|his|hers|herself|himself)\b|"
    r"\b(?:mum|dad|husband|wife|son|daughter)\b(?!s)|\b\d{1,3}-year-old\b(?!s)|"
    # a multiple birth is one family picked out, even among a year's figures ("one set of triplets")
    r"\b(?:one\s+(?:set\s+of\s+)?|delivered\s+|born\s+)(?:twins|triplets|quads|quadruplets)\b", re.IGNORECASE)
# one incident with its casualties is a group that can be found ("12 patients after this morning's coach crash")
_ONE_INCIDENT = re.compile(r"\b(?:crash|collision|rtc|pile-?up|fire|explosion|blaze)\b", re.IGNORECASE)


def statistics_only(text: str) -> bool:
    """A count of people or call-outs and no one person singled out: a season's or an event's figures,
    which describe no individual ("our Largs crew launched 38 times", "we treated 62 people")."""
    if not STATISTICS.search(text):
        return False
    text = _SHARE_OF.sub(" ", text)  # "one in five patients was a child" is a share of them, no one child
    return not ONE_PERSON.search(text) and not _ONE_INCIDENT.search(text)


_SHARE_OF = re.compile(r"\b(?:one|\d+)\s+in\s+(?:every\s+)?(?:\w+)(?:\s+\w+)?\s+(?:was|were|is|are)\s+(?:a|an)\s+\w+",
                       re.IGNORECASE)


def many_people(text: str, m: Mention) -> bool:
    """A plural mention of people ("babies", "our volunteers", "ladies"), not picked out by "one of"."""
    surface = text[m.start:m.end]
    if m.kind == "AGE" and _PEOPLE_AFTER.match(text, m.end) and not _ONE_OF_SOME.search(text, max(0, m.start - 40),
                                                                                        m.start):
        return True  # "look in on elderly neighbours", "older people": a group's age (not "one of our older ladies")
    if m.kind == "AGE" and m.attr("form") != "stage":  # "in his 80s" is one person's age, unless a group's:
        group = _GROUP_BEFORE.search(text, max(0, m.start - 40), m.start)  # "people over 60", "men in their 50s"
        if group and _ONE_OF_SOME.search(text, max(0, group.start() - 40), group.start()):
            group = None  # "one of our residents turned 100": one of them
        return bool(group or _AGE_GROUP.search(surface))  # "the over-65s", "under-5s"
    if _EVERY_BEFORE.search(text, max(0, m.start - 60), m.start):
        return True  # "every teacher now knows", "all the drivers": everyone of a kind, no one of them
    if _FEW_BEFORE.search(text, max(0, m.start - 30), m.start):
        return False  # "three young lads with stab wounds": a few people, each of them described
    return bool(_PLURAL.search(surface)) and not _ONE_OF.search(text, max(0, m.start - 30), m.start)


_FEW_BEFORE = re.compile(r"(?<![,&][ \t])(?<![,&])\b(?:two|three|four|[2-4]|both|a\s+couple\s+of|a\s+pair\s+of)\s+(?:\w+\s+)?$",
                         re.IGNORECASE)  # not an item of a list of calls: "falls, a fishbone, two drunk students"
_AGE_GROUP = re.compile(r"\b(?:over|under)[- ]?\d{1,3}s\b", re.IGNORECASE)
# and the items of its list: "every call handler, paramedic and volunteer"
_EVERY_BEFORE = re.compile(r"\b(?:every|each|all|any)\s+(?:(?:the|our|of|single)\s+)*"
                           r"(?:[\w-]+(?:\s+[\w-]+)?\s*(?:,|\band\b|&)\s*){0,3}$", re.IGNORECASE)


# the poster speaking of themselves near a birthday: "my birthday", "I'm 40", "my 40th"
FIRST_PERSON = re.compile(r"\b(?:my|i['’]?m|i am|i|me|mine)\b", re.IGNORECASE)


_SENTENCE_MARK = re.compile(r"[.!?\n]")


def sentence_bounds(text: str, start: int, end: int) -> tuple:
    """The start and end of the sentence (or line) that holds ``text[start:end]``."""
    before = max((text.rfind(c, 0, start) for c in ".!?\n"), default=-1) + 1
    after = _SENTENCE_MARK.search(text, end)
    return before, after.start() if after else len(text)


# the poster's own age, read as cx.* by the other modules
from phiscrub.risk.poster_age import POSTER_AGE, POSTER_BIRTH_YEARS, age_with_its_day, birth_years, in_decade, poster_age  # noqa: E402,F401,I001
