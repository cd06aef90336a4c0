"""Named events whose crowd is the pool a post's details narrow: "medical tent at Glastonbury", "first aid at the
Royal Welsh Show", "a girl at Notting Hill Carnival". The crowd over the event's days replaces the town it is held
in (a festival-goer is rarely a local), and the town's own mention, inside the event's name, is not counted again.

Crowds: ``data/event-crowds.csv``, each with its source (organisers' published attendance, rounded; two generic rows,
a county show and a Highland games, are phiscrub's assumptions). A bare name that is also a place ("Glastonbury",
"Burghley") counts only beside a word of an event (festival, tent, stage, crowd, first aiders, trials).
One ferry crossing is such a pool too: its passengers, about 1,000 ("Met the 6am boat at Ullapool": someone taken
unwell on board is one of them, not one of the towns' people); so are a race meeting's riders for a jockey, about 40.
"""

from __future__ import annotations

from functools import lru_cache
from typing import List, Tuple

import regex as re

from phiscrub.risk.figures import Figures
from phiscrub.risk.types import UNUSUAL_RATE_AT_MOST, Detail, pct

# the words that make a bare name an event's, in its own name or anywhere in the post
EVENT_WORDS = re.compile(r"\b(?:festival|festival-?goers?|carnival|show|showground|trials|games|run|marathon|races|"
                         r"racegoers|grand\s+prix|street\s+party|medical\s+tent|first\s+aid(?:ers)?|tent|campsite|stage|"
                         r"headliner|crowds?|gig|match|stadium|fans|kick-?off|concert|half-?time|(?:first|second)\s+half|(?-i:Gathering))\b"
                         r"|#\w*fest\w*", re.IGNORECASE)


@lru_cache(maxsize=2)
def _compiled(events: Tuple[Tuple[str, str, int, int], ...]) -> Tuple[Tuple[re.Pattern, str, int, int], ...]:
    """The events of the figures (``Figures.events``) with their names compiled, once."""
    return tuple((re.compile(rf"\b(?:{pattern})\b", re.IGNORECASE), event, crowd, days)
                 for event, pattern, crowd, days in events)


# the people a team says it saw: the pool the one picked out of them belongs to ("our first aiders saw 600 people")
STATED_POOL = re.compile(r"\b(?:saw|seen|treated|helped|patched\s+up|looked\s+after|cared\s+for|dealt\s+with)\s+"
                         r"(?:over\s+|nearly\s+|almost\s+|about\s+|around\s+)?(?P<n>\d{2,3}(?:,\d{3})*)\s+"
                         r"(?:people|patients|casualties|runners|festival-?goers|walkers|fans|visitors|racegoers)\b",
                         re.IGNORECASE)


# first aid at an event: its tent, room or first aiders ("First aid tent at the Royal Welsh Show"); the share of a
# crowd its first aiders see over an event (St John Ambulance and event medical reports put presentations at a few
# per thousand visitors a day; phiscrub's assumption, as the labelled risk corpus's)
FIRST_AID_SHARE = 0.005
FIRST_AID = re.compile(r"\bfirst[ -]aid(?:ers?)?\b|\bmedical\s+(?:tent|centre|center|room|point|team)\b|"
                       r"\b(?:festival|event|race(?:course)?|show|match)\s*medics?\b|\bpatients?\s+of\s+the\s+(?:day|week|weekend)\b",
                       re.IGNORECASE)


# one ferry crossing: its passengers are the pool ("Met the 6am boat at Ullapool", "on the crossing from Stornoway",
# "the overnight ferry"); a large ferry carries about 1,000 (phiscrub's assumption, as the labelled corpus's)
CROSSING = re.compile(r"\b(?:met|meet|meeting|on|off|aboard)\s+the\s+(?:(?:\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm)?|early|late|"
                      r"last|first|morning|evening|night|overnight)\s+)?(?:boat|ferry|sailing|crossing)\b|"
                      r"\b(?:on|during)\s+the\s+crossing\b|\bovernight\s+(?:ferry|crossing|sailing)\b", re.IGNORECASE)
CROSSING_PASSENGERS = 1_000
# a jockey at a race meeting: the meeting's riders are the pool, about 40 (samples/risk/README.md, local role counts:
# seven races of up to a dozen runners, many riders in several), not its racegoers nor the course's town
RACE_RIDER = re.compile(r"\b(?:(?P<am>amateur)\s+(?:jockey|rider)|jockey|(?:conditional|claiming)\s+rider)\b",
                        re.IGNORECASE)  # one rider: "the jockeys and racegoers" describe no one
RACE_MEETING = re.compile(r"\b(?:races|racecourse|race\s?(?:meeting|day)|raceday|point[- ]to[- ]point|(?:jump|flat)\s+racing|"
                          r"water\s+jump|(?:at|over)\s+the\s+last)\b|\bin\s+the\s+\d{1,2}[.:]\d{2}\b", re.IGNORECASE)
MEETING_RIDERS = 40
AMATEUR_SHARE = 0.25
# one named race of a meeting's seven ("in the 4.15": phiscrub's assumption, a card of six to eight races), and a
# fall at one named fence, about 1 in 10 of a meeting's riders (samples/risk/README.md's figure)
RACE_PARTS = ((re.compile(r"\bin\s+the\s+\d{1,2}[.:]\d{2}\b", re.IGNORECASE), 1 / 7, "one named race: 1 of a meeting's 7"),
              (re.compile(r"\b(?:fell|came\s+(?:off|down)|unseated|fall|faller)\s+(?:\w+\s+){0,2}?(?:at|over)\s+the\s+"
                          r"(?:last|second[- ]last|water\s+jump|open\s+ditch|first|second|third|\w+th)\b", re.IGNORECASE),
               0.1, "a fall at one named fence: about 1 in 10 of a meeting's riders (assumed)"))


def crowds(text: str, source: str, fig: Figures) -> List[Detail]:
    """A place detail for each named event in ``text`` (its crowd over its days), for a pool the post states and for
    one ferry crossing's passengers."""
    out = []
    if m := CROSSING.search(text):
        out.append(Detail("PLACE", m.start(), m.end(), source, "place", CROSSING_PASSENGERS,
                          f"one ferry crossing: about {CROSSING_PASSENGERS:,} passengers (assumed)", "place",
                          grain="crossing"))
    if (m := RACE_RIDER.search(text)) and RACE_MEETING.search(text):
        out.append(Detail("PLACE", m.start(), m.end(), source, "place", MEETING_RIDERS,
                          f"a rider at one race meeting: about {MEETING_RIDERS} ride there (assumed)", "place",
                          grain="meeting"))
        if m["am"]:  # an amateur rider: about 1 in 4 of a meeting's riders (samples/risk/README.md's assumption)
            out.append(Detail("ROLE", m.start("am"), m.end("am"), source, "share", AMATEUR_SHARE,
                              f"an amateur rider: about {pct(AMATEUR_SHARE)} of a meeting's riders (assumed)", "performer"))
        for rx, share, what in RACE_PARTS:  # the race or the fence named: "in the 4.15", "fell at the last"
            if (p := rx.search(text)) is not None:
                out.append(Detail("ROLE", p.start(), p.end(), source, "share", share, what, "performer"))
    for m in STATED_POOL.finditer(text):
        n = int(m["n"].replace(",", ""))
        out.append(Detail("PLACE", m.start(), m.end(), source, "place", n, f"the people the post says were seen: {n:,}",
                          "place", grain="seen"))
    named: List[Tuple[int, int]] = []
    for rx, event, crowd, days in _compiled(fig.events):
        m = rx.search(text)
        if m is None or not (EVENT_WORDS.search(m.group()) or EVENT_WORDS.search(text)):
            continue
        if any(s < m.end() and m.start() < e for s, e in named):
            continue  # a generic row ("... Show") inside an event already named ("Royal Welsh Show")
        named.append(m.span())
        out.append(Detail("PLACE", m.start(), m.end(), source, "place", crowd,
                          f"event crowd: {event}, about {crowd:,} people over {days} day{'s' if days > 1 else ''}",
                          "place", band=(days,), grain="event"))
    return out


# a role only one or two people hold at one event: the referee and the two assistants of a match, its goalkeepers,
# captains and mascots; the pool is the role's holders, not the crowd (Laws of the Game: one referee, two assistant
# referees, a fourth official; one goalkeeper and one captain a side)
EVENT_ROLES = re.compile(r"\b(?:(?P<two>assistant\s+ref(?:eree)?s?|linesm[ae]n|lineswom[ae]n|goalkeepers?|goalies?|"
                         r"captains?|skippers?|mascots?|managers?|umpires?)|(?P<one>ref(?:eree)?|fourth\s+official|"
                         r"starter|commentator|compere|announcer))\b", re.IGNORECASE)


# one match, told by its minutes, halves or whistle: its roles are held by one or two however unnamed the ground
MATCH = re.compile(r"\b(?:\d{1,3}(?:st|nd|rd|th)\s+minute|(?:first|second)\s+half|half-?time|full-?time|kick-?off|"
                   r"final\s+whistle|extra\s+time|stoppage\s+time)\b", re.IGNORECASE)


# those who perform or compete at an event, not watch it: a small share of its people (phiscrub's assumption: 1 in 50)
PERFORMERS = re.compile(r"\b(?:pipers?|drummers?|dancers?|competitors?|athletes?|musicians?|bandsm[ae]n|performers?|"
                        r"exhibitors?|stallholders?|stewards?|marshals?)\b", re.IGNORECASE)
PERFORMER_SHARE = 0.02


def event_roles(text: str, source: str, details: List[Detail]) -> List[Detail]:
    """The holders of a role at a named event ("the assistant referee who collapsed at Windsor Park"): one or two
    people, finer than its crowd; a performer or competitor ("a piper in the massed bands"): one of a small share."""
    if not (any(d.grain == "event" for d in details) or MATCH.search(text)):
        return []  # a named event, or a match told by its minutes or halves ("took a boot in the 70th minute")
    out = []
    for m in EVENT_ROLES.finditer(text):
        n = 2 if m["two"] else 1
        out.append(Detail("ROLE", m.start(), m.end(), source, "place", n,
                          f"a role at the event: {n} {'person' if n == 1 else 'people'} hold it", "member"))
    if (m := PERFORMERS.search(text)) is not None:
        out.append(Detail("ROLE", m.start(), m.end(), source, "share", PERFORMER_SHARE, "performing or competing at the "
                          f"event: about {pct(PERFORMER_SHARE)} of its people (assumed)", "performer"))
    return out


def at_first_aid(text: str, details: List[Detail]) -> List[Detail]:
    """With first aid at an event, the crowd is the pool and those seen by its first aiders a share of it, about 1
    in 200 (``FIRST_AID_SHARE``): a common incident's rate per resident a year (a fall, wasp stings) does not
    narrow it further (what brings people to a first-aid tent is no rare event); a specific one (a cardiac arrest)
    still does."""
    if any(d.grain in ("crossing", "meeting") for d in details):
        # taken unwell on board: the crossing is the pool and its hours the window, so the emergency's own rate
        # (an ambulance call-out) adds nothing; a birth or a rare event still does; a jockey's fall at a meeting too
        details = [d for d in details if not (d.role == "rate" and d.group in ("assumed", "incident"))]
        rider = next((d for d in details if d.grain == "meeting"), None)
        if rider is not None:  # the jockey's occupation is the pool already: one of its riders, no share of them
            details = [d for d in details if not (d.kind == "OCCUPATION" and rider.start < d.end and d.start < rider.end)]
            details.append(Detail("SOMEONE", rider.start, rider.end, rider.source, "share", 1.0,
                                  "one of the meeting's riders", "someone"))
    event = next((d for d in details if d.grain in ("event", "seen")), None)
    aid = FIRST_AID.search(text) if event is not None else None
    if aid is None:
        return details
    kept = [d for d in details if not (d.role == "rate" and d.value > UNUSUAL_RATE_AT_MOST)]
    if any(d.grain == "seen" for d in details):
        return kept  # "our first aiders saw 600 people": the pool is already those they saw
    aid_share = Detail("FIRST_AID", aid.start(), aid.end(), event.source, "share", FIRST_AID_SHARE,
                       f"seen by the first aiders: about {pct(FIRST_AID_SHARE)} of the crowd (assumed)", "presentation")
    return kept + [aid_share] + _the_hours_crowd(event, details)


EVENT_HOURS = 12  # hours an event is open a day (shows 9 to 6, festivals late): phiscrub's assumption
HOURS_IN_A_YEAR = 8766


def _the_hours_crowd(event: Detail, details: List[Detail]) -> List[Detail]:
    """A clock hour at an event ("at 2pm" in the first-aid tent) keeps that hour's share of the crowd over the
    event's open hours (``EVENT_HOURS`` a day, every day of it): 1 in 48 at a four-day show. A day or part of one
    narrows nothing: the crowd is counted as the people there that day ("Saturday at Glastonbury"), as the labelled
    corpus counts it. The window itself narrows nothing more (it has no rate here)."""
    windows = [d for d in details if d.role == "window"]
    days = event.band[0] if event.grain == "event" and event.band else 0
    if not days or not windows:
        return []
    window = min(windows, key=lambda d: d.value)
    hours = window.value * HOURS_IN_A_YEAR
    if hours > 1.01:
        return []  # a day or a part of one: labellers count the whole crowd (samples/risk: "Saturday", "Friday")
    share = hours / (days * EVENT_HOURS)
    return [Detail("TIME", window.start, window.end, window.source, "share", share,
                   f"that part of the event: about {pct(share)} of its {days} days' crowd", "attendance")]

