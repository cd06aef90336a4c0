"""Who a post is about, beyond the mentions: circumstances with their own shares or pools (sleeping rough, a hotel
housing people seeking asylum), one person singled out with nothing else said of them, and the poster's younger self
(no patient). Part of ``phiscrub.risk.details``.
"""

from __future__ import annotations

from typing import List

import regex as re

from phiscrub.risk.context import ONE_PERSON
from phiscrub.risk.types import Detail, pct

# sleeping rough: England's single-night snapshot counted 3,898 people in autumn 2023 (DLUHC, Rough sleeping snapshot
# in England: autumn 2023); over a year about 11.6 times as many sleep rough (London's CHAIN count, 11,993 people seen
# in 2023-24, against London's 1,033 in that snapshot), about 45,000 people, 0.08% of residents; the same share is
# taken for the UK
ROUGH_SLEEPING = re.compile(r"\b(?:sleep(?:s|ing)?\s+rough|slept\s+rough|rough[- ]sleep(?:er|ers|ing)|beds?\s+down|bedding\s+down|"
                            r"street[- ]homeless|living\s+on\s+the\s+streets?)\b", re.IGNORECASE)
ROUGH_SLEEPING_SHARE = 3_898 * 11_993 / 1_033 / 56_490_000
# a hotel housing people seeking asylum: about 50,500 people in about 400 hotels in June 2023 (Home Office, as
# reported to Parliament), about 125 a hotel: its residents are the pool, finer than its town
ASYLUM = re.compile(r"\b(?:asylum|refugees?|#?refugee\w*|home\s+office\s+accommodation)\b", re.IGNORECASE)
HOTEL = re.compile(r"\b(?:the|a|an|our|one)\s+(?:asylum\s+|contingency\s+|local\s+)?hotels?\b", re.IGNORECASE)
ASYLUM_HOTEL_RESIDENTS = 125
# someone seeking asylum, housed anywhere: about 110,000 people received asylum support in the UK in 2023 (Home Office,
# Immigration system statistics, asylum support tables), 0.16% of residents
SEEKING_ASYLUM = re.compile(r"\b(?:seeking\s+asylum|asylum[- ]seekers?)\b", re.IGNORECASE)
SEEKING_ASYLUM_SHARE = 110_000 / 67_026_292


# the poster's younger self, in a career post: "Started as a skinny lad with hair", "joined as a girl of 18"
YOUNGER_SELF = re.compile(r"\b(?:i\s+)?(?:started|began|joined|came\s+here|arrived)\s+(?:here\s+|out\s+)?as\s+an?\s+"
                          r"(?:[\w-]+\s+){0,2}?(?:lad|lass|girl|boy|kid|teenager|youngster)\b(?:\s+of\s+\d{2})?",
                          re.IGNORECASE)
# one person singled out with nothing else about them: "Someone on Ward 9 told me", "Someone fell" (somewhere:
# "Someone asked me today what the hardest part of the job is" is a conversation anywhere), "a patient asked", "one
# of our patients" (a maternity or children's unit's "one of our mums", "dads"; a care home's "one of our residents",
# "ladies"), "a home visit" (someone's home; not
# "if someone you know")
SOMEONE = re.compile(r"(?<!\bif\s)\bsome(?:one|body)\s+(?:on|in|at|from)\s+(?:[\w'’-]+\s+){0,5}?(?:told|said|asked|sang)\b|"
                     # someone an incident befell: "Someone fell down the steps outside a bar" (not "if someone falls")
                     r"(?<!\b(?:if|when|whenever|in\s+case)\s)\bsome(?:one|body)\s+(?:fell|collapsed|crashed|came\s+off|"
                     r"was\s+(?:hit|stabbed|assaulted|knocked|glassed|bitten|found)|got\s+(?:hit|knocked|glassed))\b|"
                     r"\b(?:a|another)\s+patient\b(?!['’]s?\s|\s+(?:experience|survey|safety|transport|leaflet|group|"
                     r"forum|panel|stor(?:y|ies)|feedback|information))|\bone\s+of\s+(?:our|my)\s+(?:patients|mums|mams|dads|residents|"
                     r"ladies|gentlemen|gents|clients|service\s+users)\b|"
                     r"\b(?:a|one)\s+home\s+visit\b|"  # someone's home
                     # someone an incident's role names: "helped us with a passenger who collapsed", "a walker"
                     r"(?<!\b(?:if|when|whenever)\s|\bhow\s+\w+\s)\b(?:a|one|another)\s+(?:passenger|walker|hiker|rambler|cyclist|"
                     r"pedestrian|motorcyclist|swimmer|runner|jogger|climber|surfer|kayaker|spectator|shopper|customer|"
                     r"diner|tourist|holidaymaker|camper|commuter)\b(?!\s+(?:safety|numbers|survey|information|you|we|they)\b)",
                     re.IGNORECASE)


def circumstances(text: str, source: str) -> List[Detail]:
    """Sleeping rough (a share of residents), a hotel housing people seeking asylum (its residents, a place) or someone
    seeking asylum housed anywhere (a share of residents), and one
    person singled out with nothing else said of them (no share: the pool stays whole)."""
    out = [Detail("SOMEONE", m.start(), m.end(), source, "share", 1.0, "one person singled out", "someone")
           for m in SOMEONE.finditer(text)][:1]
    out += [Detail("RARITY", m.start(), m.end(), source, "share", ROUGH_SLEEPING_SHARE,
                  f"sleeping rough: about {pct(ROUGH_SLEEPING_SHARE)} of residents over a year (DLUHC, CHAIN)", "rarity")
           for m in ROUGH_SLEEPING.finditer(text)][:1]
    if (m := HOTEL.search(text)) and ASYLUM.search(text):
        out.append(Detail("PLACE", m.start(), m.end(), source, "place", ASYLUM_HOTEL_RESIDENTS,
                          f"a hotel housing people seeking asylum: about {ASYLUM_HOTEL_RESIDENTS} residents (Home "
                          "Office)", "place", grain="venue"))
    elif (m := SEEKING_ASYLUM.search(text)) and ONE_PERSON.search(text):  # one person, not a service's people
        out.append(Detail("RARITY", m.start(), m.end(), source, "share", SEEKING_ASYLUM_SHARE, "seeking asylum: about "
                          f"{pct(SEEKING_ASYLUM_SHARE)} of residents receive asylum support (Home Office)", "rarity"))
    return out
