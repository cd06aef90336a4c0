"""PLACE: a place at its granularity, finest first (``entities.PLACE_GRANULARITIES``).

Rule, one granularity per source:
* postcode_district: an outward code alone or before its inward code ("EX39",
  "TR7 2QA" gives "TR7"), checked against the ONS outward codes; a one-letter
  area ("B15", "M4") only before an inward code or after "in"/"from" ("in E2"; not M: roads);
* street: capitalised words + a street type without a house number ("Station
  Road", "Fore St"; inside "14 Station Road" too: the scorer reads it after redaction);
* venue: chains ("the Co-op", "Tesco car park"), named venues ("Exeter Chiefs
  stadium", "St Peter's Church", "HMP Wakefield") and venues that narrow a place unnamed ("care home");
* ward: "Ward 7", "Bay 3", "bed 12", "Mayflower Ward", "ICU", "ED", "resus";
* hospital: "Derriford Hospital", "the RD&E", "Royal Cornwall";
* village / town / city: the gazetteer (thresholds in ``gazetteer.py``);
* road: "A303", "M5", "B3212", "the A38" (one- and two-digit A roads need "the"/"on");
* region: counties, regions, national parks ("Cornwall", "North Devon", "Dartmoor").
Attributes ``granularity`` and, for gazetteer places, ``population``. GPE, LOC
and FAC entities of the NER that no rule found become town, region and venue
without a population. Word lists: ``recognizers/mentions/places.yaml``.
Source: PII-SPEC §3 "place at its granularity"; GeoNames; ONS Postcode Directory.
Avoids: trainee grades and gases that look like outward codes ("FY1", "ST3",
"CT2", "CO2"), "B12 injection", "A4 paper", number plates ("M783 XRT"), a surname after a title ("Mr
Preston"), place names that are words ("a bath", "Reading the notes"), a street inside a quoted song title ('sang
"You'll Never Walk Alone"').
"""

from __future__ import annotations

from typing import Iterator, List

import regex as re

from phiscrub.entities import PLACE_GRANULARITIES
from phiscrub.text.mentions.base import MentionFinder, PhraseMatcher, Scan, SpanIndex, Tokens, leftmost_longest
from phiscrub.text.mentions.gazetteer import Gazetteer, granularity, name_before
from phiscrub.text.mentions.wordlists import NUMBER, load_lists
from phiscrub.text.recognizers.postcode import known_outcodes
from phiscrub.text.titles import quoted_title
from phiscrub.types import Mention

_NOT_DISTRICTS = frozenset(["FY1", "FY2", "CT1", "CT2", "CT3", "CO2"] + [f"ST{n}" for n in range(1, 9)])
_DISTRICT = re.compile(r"(?<![\w-])(?P<m>[A-Z]{2}\d{1,2}[A-Z]?)(?![\w-]|\s?[A-Z]{3}\b)|(?<![\w-])(?P<m>[A-Z]\d{1,2}[A-Z]?)\s?\d[A-Z]{2}(?![\w-])"
                       # a one-letter area alone after "in"/"from" ("a home visit in E2", "from N16"); not a road ("M4")
                       r"|\b(?i:in|from|around|across|near|covering)\s+(?!B12\b)(?P<m>[BEGLNSW]\d{1,2}[A-Z]?)(?![\w-])")
_ROAD = re.compile(r"(?<![\w-])(?P<m>(?:A\d{3,4}|B\d{3,4}|M\d{1,3})(?:\(M\))?)(?![\w-]|\s?[A-Z]{3}\b)"
                   r"|\b(?i:the|on|off|along|via|onto|up|down)\s+(?P<m>A\d{1,2}(?:\(M\))?)(?![\w-])"
                   r"(?!\s+(?i:paper|size|sheet|envelope|folder|poster|page|level))"
                   r"|(?<![\w-])(?P<m>A\d{1,2}(?:\(M\))?)(?=\s+(?i:shut|closed|blocked|northbound|southbound|eastbound"
                   r"|westbound|junction|roundabout|near|at|between|traffic|jam|RTC|crash|collision)\b)")
_WARD = re.compile(r"\b(?P<m>(?:[Ww]ard|WARD|[Bb]ay|BAY|[Bb]ed|BED|[Ss]ide\s?[Rr]oom|[Cc]ubicle|[Pp]od)\s?\d{1,3}[A-Za-z]?)\b(?![.\w]*@)")
# a ward named after "Ward", as Welsh hospitals name them ("Ward Dewi", "Ward Enlli"): its name no ordinary word ("Ward Sister")
_WARD_FIRST = re.compile(r"(?<![\w-])(?P<m>(?-i:Ward)\s+(?P<name>\p{Lu}\p{Ll}+))\b")
# a prison named by its prefix ("HMP Wakefield", "HMYOI Polmont", "HM Prison Barlinnie"): a venue, not its town
_ROYAL = re.compile(r"(?<![\w-])(?P<m>Royal\s+(?P<town>\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+)?))\b")
_PRISON = re.compile(r"(?<![\w-])(?P<m>(?:HMP(?:\s*/\s*|\s+&\s+)?(?:YOI)?|HMYOI|HM\s+Prison(?:\s+and\s+YOI)?)"
                     r"\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)")
BAY_TOWN = 5_000  # a "... Bay" with this many residents is a town ("Whitley Bay"), not a beach ("Woolacombe Bay")
_DIRECTIONS = frozenset("north south east west mid central upper lower greater outer inner".split())
_NER_GRANULARITY = {"GPE": "town", "LOC": "region", "FAC": "venue"}
_CONNECTORS = {"hospital_heads": frozenset(("and", "of"))}  # "Royal Devon and Exeter Hospital"
_LISTS = ("hospitals", "hospital_heads", "ward_units", "ward_units_any", "ward_heads", "venue_brands",
          "venue_brands_any", "venue_heads", "venues_unnamed", "street_heads", "regions", "not_places", "located_places")


class PlaceFinder(MentionFinder):
    KIND = "PLACE"
    ATTRIBUTES = {"granularity": PLACE_GRANULARITIES, "population": (NUMBER,)}

    def __init__(self, resources):
        super().__init__(resources)
        lists = {wl.name: wl for wl in load_lists("places.yaml", self.ATTRIBUTES, _LISTS)}
        self._named = PhraseMatcher(wl for name, wl in lists.items()
                                    if not name.endswith("_heads") and name not in ("not_places", "located_places"))
        self._heads = PhraseMatcher(wl for name, wl in lists.items() if name.endswith("_heads"))
        not_places = frozenset(p.lower() for p in lists["not_places"].phrases)
        located = frozenset(p.lower() for p in lists["located_places"].phrases)
        self._gazetteer = Gazetteer(resources, not_places | located, located)
        self._outcodes = known_outcodes()

    def _regex_places(self, text: str) -> Iterator[Mention]:
        for m in _DISTRICT.finditer(text):
            if m.group("m") in self._outcodes and m.group("m") not in _NOT_DISTRICTS:
                yield self.mention(m.start("m"), m.end("m"), "district", (("granularity", "postcode_district"),))
        for m in _ROAD.finditer(text):
            yield self.mention(m.start("m"), m.end("m"), "road", (("granularity", "road"),))
        for m in _PRISON.finditer(text):
            yield self.mention(m.start("m"), m.end("m"), "prison", (("granularity", "venue"),))
        for m in _WARD.finditer(text):
            yield self.mention(m.start("m"), m.end("m"), "ward number", (("granularity", "ward"),))
        for m in _WARD_FIRST.finditer(text):
            if not self.resources.is_common(m.group("name").lower()):
                yield self.mention(m.start("m"), m.end("m"), "ward named", (("granularity", "ward"),))
        for m in _ROYAL.finditer(text):  # "Royal Preston", "Royal Stoke": a hospital named after a town the gazetteer knows
            if self.resources.place_population.get(m.group("town").lower(), 0) >= 1_000:
                yield self.mention(m.start("m"), m.end("m"), "royal hospital", (("granularity", "hospital"),))

    def _list_places(self, tokens: Tokens) -> Iterator[Mention]:
        for i, j, wl in self._named.matches(tokens):
            if wl.name == "venues_unnamed" and self._named.plural(tokens, i, j):
                continue  # "Care homes team, Bournemouth": many of a kind, no one venue
            level = dict(wl.attributes)["granularity"]
            if level == "region" and i > 0 and tokens.joined[i] and tokens.norms[i - 1] in _DIRECTIONS \
                    and tokens.raws[i - 1][:1].isupper():
                i -= 1  # "North Cornwall", "West Wales"
            yield self.mention(tokens.starts[i], tokens.ends[j - 1], wl.name, wl.attributes)

    def _headed_places(self, tokens: Tokens) -> Iterator[Mention]:
        for i, j, wl in self._heads.matches(tokens):
            if wl.name == "street_heads" and tokens.keys[i] == "St" and j < len(tokens) and tokens.joined[j] \
                    and tokens.raws[j][:1].isupper():
                continue  # "St Austell": a saint, not a street
            start = name_before(tokens, i, self.resources, _CONNECTORS.get(wl.name, frozenset()))
            if start is not None and tokens.norms[j - 1] == "bay" and self.resources.place_population.get(
                    " ".join(tokens.norms[start:j]), 0) >= BAY_TOWN:
                continue  # "Colwyn Bay", "Herne Bay": a town the gazetteer knows, not a beach (its entry stands)
            if start is not None and not quoted_title(tokens.text[max(0, tokens.starts[start] - 80):tokens.starts[start]],
                                                      tokens.text[tokens.ends[j - 1]:tokens.ends[j - 1] + 40]):
                yield self.mention(tokens.starts[start], tokens.ends[j - 1], wl.name, wl.attributes)  # not a song's words

    def _gazetteer_places(self, tokens: Tokens) -> Iterator[Mention]:
        for i, j, population in self._gazetteer.matches(tokens):
            attrs = (("granularity", granularity(population)), ("population", population if population > 0 else None))
            yield self.mention(tokens.starts[i], tokens.ends[j - 1], "gazetteer", attrs)

    def _ner_places(self, scan: Scan, found: List[Mention]) -> Iterator[Mention]:
        taken = SpanIndex((m.start, m.end) for m in found)
        for e in scan.entities:
            level = _NER_GRANULARITY.get(e.label)
            if level and not taken.overlaps(e.start, e.end) and any(c.isupper() for c in scan.text[e.start:e.end]):
                yield self.mention(e.start, e.end, f"ner {e.label}", (("granularity", level),))

    def scan(self, scan: Scan) -> List[Mention]:
        tokens = scan.tokens
        found = leftmost_longest([*self._regex_places(scan.text), *self._list_places(tokens),
                                  *self._headed_places(tokens), *self._gazetteer_places(tokens)])
        return found + list(self._ner_places(scan, found))
