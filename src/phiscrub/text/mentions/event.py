"""EVENT: incidents, mechanisms and distinctive vehicles, with their rarity.

Rule: phrases of ``recognizers/mentions/events.yaml`` in any case ("RTC",
"house fire", "fell from a ladder", "jet ski", "wedged in a chimney",
"triplets", "record-breaking"), and occasions with ``occasion: yes`` ("wedding", "parkrun",
"storm": they say when and where, not what happened to whom). Vehicles are EVENTs with ``vehicle: yes``
(not PLACEs: a car describes the incident, not where it was): a make counts
after an article, a possessive, a colour or a modifier, or before a model
("a Tesla", "Ford Fiesta"); a model only after a colour, a modifier or a make
("silver Astra"); kinds of vehicle always ("vintage tractor", "quad bike").
The span takes in colours and modifiers before the vehicle; a modifier
("vintage", "classic", "customised") makes it unusual and a colour adds
``colour: yes``. Attribute ``rarity`` common | unusual. "Centenarian" is an
AGE (100..115), not an event. Source: PII-SPEC §3 "unusual mechanisms or
events", and the policies' "distinctive vehicles and branded vehicles".
Avoids: makes and models that are words or names on their own ("Focus on
safety", "Golf day", "Mini rant", "Mercedes" a first name), "flu shot",
"quads" (muscles), "oxygen tank"; "fight" as a verb, before a pronoun or a preposition ("fight me", "fight for her
life", "fight back"): only the noun is an incident ("a fight outside the pub").
"""

from __future__ import annotations

from typing import Dict, Iterator, List, Tuple

import regex as re

from phiscrub.text.mentions.base import TOKEN, MentionFinder, PhraseMatcher, Scan, Tokens, leftmost_longest
from phiscrub.text.mentions.wordlists import load_lists
from phiscrub.types import Mention

_VEHICLE_LISTS = ("vehicle_common", "vehicle_unusual", "vehicle_models")
_DETERMINERS = frozenset("a an the his her their my our your this that whose".split())
# "fight" read as a verb: a pronoun or a preposition after it ("fight me", "fight for", "fight it", "fight back")
_FIGHT_VERB = re.compile(r"(?i:fight)(?=[ \t]+(?i:me|you|him|her|them|us|it|this|that|for|against|back|on|off|through|"
                         r"to|with(?![ \t]+(?:a|an|the|his|her|their)\b))\b)")


class EventFinder(MentionFinder):
    KIND = "EVENT"
    ATTRIBUTES = {"rarity": ("common", "unusual"), "vehicle": ("yes",), "colour": ("yes",), "occasion": ("yes",)}

    def __init__(self, resources):
        super().__init__(resources)
        lists = {wl.name: wl for wl in load_lists("events.yaml", self.ATTRIBUTES,
                                                  ("common", "unusual", "occasion", *_VEHICLE_LISTS, "vehicle_colours",
                                                   "vehicle_modifiers"))}
        self._events = PhraseMatcher(wl for n, wl in lists.items() if not n.startswith("vehicle_"))
        self._vehicles = PhraseMatcher(lists[n] for n in _VEHICLE_LISTS)
        self._describers: Dict[Tuple[str, ...], str] = {}  # "silver" -> colour, "brand new" -> modifier
        for name, role in (("vehicle_colours", "colour"), ("vehicle_modifiers", "modifier")):
            for phrase in lists[name].phrases:
                self._describers[tuple(w.lower() for w in TOKEN.findall(phrase))] = role

    def _widen(self, tokens: Tokens, i: int) -> Tuple[int, bool, bool]:
        """(first token, has colour, has modifier) after taking in describing words before token i."""
        roles = set()
        for _ in range(3):
            for n in (3, 2, 1):
                k = i - n
                if k >= 0 and all(tokens.joined[t] for t in range(k + 1, i + 1)):
                    role = self._describers.get(tuple(tokens.norms[k:i]))
                    if role:
                        roles.add(role)
                        i = k
                        break
            else:
                break
        return i, "colour" in roles, "modifier" in roles

    def _determined(self, tokens: Tokens, i: int) -> bool:
        """An article or a possessive before token i ("a Tesla", "his Ford")."""
        if i == 0 or tokens.initial[i]:
            return False
        return tokens.norms[i - 1] in _DETERMINERS or tokens.possessive(i - 1)

    def _vehicle_mentions(self, tokens: Tokens) -> Iterator[Mention]:
        hits = self._vehicles.matches(tokens)
        k = 0
        while k < len(hits):
            i, j, wl = hits[k]
            k += 1
            with_model = (wl.name != "vehicle_models" and k < len(hits) and hits[k][0] == j
                          and hits[k][2].name == "vehicle_models")
            if with_model:  # "Ford Fiesta", "Tesla Model 3"
                j = hits[k][1]
                k += 1
            start, colour, modifier = self._widen(tokens, i)
            if wl.name == "vehicle_models" and not (colour or modifier):
                continue
            if wl.name == "vehicle_common" and not (with_model or colour or modifier or self._determined(tokens, i)):
                continue
            rarity = "unusual" if modifier or wl.name == "vehicle_unusual" else "common"
            yield self.mention(tokens.starts[start], tokens.ends[j - 1], wl.name,
                               (("rarity", rarity), ("vehicle", "yes"), ("colour", "yes" if colour else None)))

    def scan(self, scan: Scan) -> List[Mention]:
        tokens = scan.tokens
        text = scan.text
        out = [self.mention(tokens.starts[i], tokens.ends[j - 1], wl.name, wl.attributes)
               for i, j, wl in self._events.matches(tokens)
               if not _FIGHT_VERB.match(text, tokens.starts[i], tokens.ends[j - 1] + 40)]
        return leftmost_longest([*out, *self._vehicle_mentions(tokens)])  # "fire engine" over "fire"
