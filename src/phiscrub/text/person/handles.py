"""Rule ``personal-handle``: an @handle made of a person's name, as staff name themselves on social media
("@KemiAdeyemiRN", "@JoanneRN_Leeds", "@SisterJaneHughes", "@dave_pilling_para"): a first name, then only a surname,
a staff role's letters, a town or digits, with at least one surname or role among them (beside a role, a surname
no list knows: a part that is no word). The handle without its "@" is the name (PII-SPEC §2: staff names are
identifiers unless allow-listed).

Source: NHS staff accounts on X and Instagram (name, then a role's letters or the Trust's town).
Avoids: corporate handles (PII-SPEC §4: "@SCAS999", "@LeedsHospitals", "@DevonAirAmb": no first name first, or a
part that is no name, role or town: "Air", "Hospitals"), an organisation's handle named after a person
("@MaryStevensHospice": a word of an organisation), a first name alone or with a town only ("@Zainab" is left to the
other rules, "@Jo_Leeds"), #hashtags.
"""

from __future__ import annotations

from typing import List

import regex as re

from phiscrub.text.person.context import Context, finding
from phiscrub.types import Finding

HANDLE = re.compile(r"(?<![\w@])@(?P<body>[A-Za-z][\w]{3,29})(?![\w@])")
# camel-case humps, capitals runs ("RN"), lower-case runs and digits; underscores split too
PART = re.compile(r"\p{Lu}{2,}(?!\p{Ll})|\p{Lu}?\p{Ll}+|\d+")
# a staff role's letters or word in a handle ("RN", "MW", "para"); source: NMC and HCPC registers' abbreviations
ROLES = frozenset("rn rgn rmn rnld rscn sn cn mw midwife nurse para paramedic medic doc dr hca odp np anp acp physio ot slt "
                  "gp pharmacist".split())
# a title before the first name ("@SisterJaneHughes", "@DrAmyOkafor")
TITLES = frozenset("dr nurse sister matron midwife prof mr mrs ms miss".split())
# words of an organisation's handle, never a person's: "@MaryStevensHospice", "@JackDanielsUK"
ORGANISATION = frozenset("nhs trust trusts hospital hospitals hospice team ward unit health care charity ambulance service "
                         "services uk official news comms foundation clinic surgery practice group centre center college "
                         "uni university school council club ft fc appeal fund".split())


def from_personal_handles(ctx: Context, text: str) -> List[Finding]:
    """"@KemiAdeyemiRN", "@JoanneRN_Leeds": an @handle that is a person's name (module docstring)."""
    if "@" not in text:
        return []
    res, out = ctx.res, []
    for m in HANDLE.finditer(text):
        parts = [p.lower() for p in PART.findall(m["body"])]
        while parts and parts[0] in TITLES:
            parts = parts[1:]
        if len(parts) < 2 or not res.is_first_name(parts[0]) or res.never_name(parts[0]) \
                or any(p in ORGANISATION for p in parts):
            continue
        rest = parts[1:]
        named = [p for p in rest if p in ROLES or (res.is_surname(p) and not res.never_name(p))]
        # beside a role, a surname no list knows: a part that is no word ("@AmaraOkonjoRN")
        unlisted = any(p in ROLES for p in rest)
        if named and all(p in named or p.isdigit() or res.is_place(p) or (
                unlisted and len(p) > 2 and not (res.is_common(p) or res.never_name(p))) for p in rest):
            out.append(finding(m.start("body"), m.end("body"), 0.6, "personal-handle"))
    return out
