"""The one entity table: every kind of span phiscrub reports, direct or quasi.

Direct identifiers (PII-SPEC §1) are findings: redacted, resolved against each
other by ``priority`` (lower wins a tie). Quasi-identifiers (PII-SPEC §3) are
mentions: kept readable, reported to the risk scorer, never redacted and never
part of overlap resolution. Types, overlap resolution, redaction, the CLI table
and the corpus builder all read this table; nothing else lists the kinds.

This module imports only the standard library, so the corpus builder can use it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, Optional, Tuple


@dataclass(frozen=True)
class EntityKind:
    """One row: ``name`` as in findings; ``direct`` (redacted) or quasi (scored);
    ``tag`` the replacement in tag mode (direct only); ``generalise`` the name of
    the coarser form kept in generalise mode (None: the tag); ``priority`` breaks
    overlap ties (lower wins); ``colour`` for ``--show`` and the web page."""

    name: str
    direct: bool
    tag: str
    priority: int
    colour: str
    description: str
    generalise: Optional[str] = None


ENTITY_TABLE: Tuple[EntityKind, ...] = (
    # direct identifiers: redacted (PII-SPEC §1)
    EntityKind("PERSON", True, "[NAME]", 9, "red", "names of patients, relatives, the public; staff without consent"),
    EntityKind("NHS_NUMBER", True, "[NHS NUMBER]", 0, "magenta", "10-digit NHS number (also CHI, H&C)"),
    EntityKind("HOSPITAL_NUMBER", True, "[HOSPITAL NUMBER]", 6, "magenta", "local patient identifiers (MRN, unit no)"),
    EntityKind("POSTCODE", True, "[POSTCODE]", 4, "yellow", "a full UK postcode", generalise="district"),
    EntityKind("DATE_OF_BIRTH", True, "[DOB]", 5, "cyan", "a date tied to birth"),
    EntityKind("STREET_ADDRESS", True, "[ADDRESS]", 8, "yellow", "house number or name + street; flats"),
    EntityKind("PHONE_NUMBER", True, "[PHONE]", 3, "blue", "UK and international phone numbers"),
    EntityKind("EMAIL_ADDRESS", True, "[EMAIL]", 2, "blue", "email addresses"),
    EntityKind("NI_NUMBER", True, "[NI NUMBER]", 1, "magenta", "National Insurance number"),
    EntityKind("UK_VEHICLE_REG", True, "[VEHICLE REG]", 7, "green", "UK number plates"),
    # quasi-identifiers: kept readable, scored by the risk stage (PII-SPEC §3)
    EntityKind("AGE", False, "[AGE]", 100, "bright_cyan", "an age: exact, a decade, a life stage"),
    EntityKind("SEX", False, "[SEX]", 100, "bright_cyan", "sex or gender of a person"),
    EntityKind("PLACE", False, "[PLACE]", 100, "bright_yellow", "a place at its granularity"),
    EntityKind("DATE", False, "[DATE]", 100, "bright_green", "a date or day that is not a birth date"),
    EntityKind("TIME", False, "[TIME]", 100, "bright_green", "a clock time or part of the day"),
    EntityKind("CONDITION", False, "[CONDITION]", 100, "bright_magenta", "a medical condition or injury"),
    EntityKind("OCCUPATION", False, "[OCCUPATION]", 100, "bright_blue", "a job or role of a person"),
    EntityKind("RELATIONSHIP", False, "[RELATIONSHIP]", 100, "bright_blue", "a relationship between people"),
    EntityKind("EVENT", False, "[EVENT]", 100, "bright_red", "an incident, mechanism or named event"),
)

ENTITIES: Dict[str, EntityKind] = {e.name: e for e in ENTITY_TABLE}
ENTITY_TYPES: Tuple[str, ...] = tuple(e.name for e in ENTITY_TABLE if e.direct)
MENTION_KINDS: Tuple[str, ...] = tuple(e.name for e in ENTITY_TABLE if not e.direct)
# Granularity of a PLACE mention, finest first (the risk scorer never multiplies nested places).
PLACE_GRANULARITIES: Tuple[str, ...] = (
    "postcode_district", "street", "venue", "ward", "hospital", "village", "town", "city", "road", "region",
)
