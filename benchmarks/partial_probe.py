"""Half-redaction probe: invented names in many layouts and contexts; how many come out half-redacted.

A half-redacted name (a word of it redacted, another left readable) is worse than a missed one:
the draft looks safe, so nobody reads it again. This probe generates drafts from a fixed seed:
an invented first name and surname (names from many origins, surnames that are also words or
places, particles, hyphens), laid out one of eight ways (plain, lower case, block capitals,
comma-inverted in capitals and in title case, initial, quoted nickname, three names) inside one
of 32 sentence frames (thank-you posts, bed lists, forms, sign-offs). No corpus draft is used,
so it may be tuned on. Each draft counts as whole (every word of the name redacted), partial
(some redacted, some left) or missed (none redacted). The report gives counts by layout and
never a name or a draft.

The title-case comma layout ("Lane, Rodel") is reported apart: the labelled corpora never use it
for a name (0 of 40 "Word, First" pairs are one name; they are an address or a list), so phiscrub
deliberately does not join the two words.

A second table does the same for addresses: house names (English, Welsh "Pen y Bryn", "Tŷ Gwyn"),
numbered and unnumbered streets (rare types, Welsh and Gaelic street-word-first names, Glasgow
tenement flats), with or without a town and postcode, in eight frames. An address counts as
partial when some of its house or street words are redacted and some left (the town may stay).

    python benchmarks/partial_probe.py [--n 1500] [--seeds 11,12]
"""

from __future__ import annotations

import argparse
import collections
import platform
import random
import re
import time
from pathlib import Path
from typing import List

from phiscrub import Scrubber

HERE = Path(__file__).resolve().parent
FIRST = ("Adaeze Chinedu Oluwaseun Bukola Kwame Abena Yaw Efua Tariq Ayesha Imran Nusrat Priyanka Rajesh Gurpreet "
         "Harjit Mei Wei Thanh Huong Marisol Jericho Rodel Maricel Zofia Wojciech Bogdan Agnieszka Ioana Vasile Florin "
         "Siobhan Niamh Padraig Aoife Gwyneth Dafydd Rhiannon Eilidh Hamish Morag Ewan Callum Hope Grace Will Joy Sunny "
         "Faith Precious Blessing Memory Mary-Jane Jean-Paul Ann Bill Rose Dot Reg Bern Kit Lily Summer Autumn Hunter "
         "Mason Ivy Ama Kofi Emeka Ngozi Xin Jia Li Ahmed Fatima Zainab Olu").split()
LAST = ["Okonkwo", "Adeyemi", "Mensah", "Asante", "Owusu", "Boateng", "Khan", "Chaudhry", "Begum", "Patel", "Sandhu",
        "Gill", "Nguyen", "Tran", "Bautista", "Santos", "Kowalczyk", "Nowak", "Wiśniewska", "Popescu", "Dumitru",
        "Ionescu", "O'Sullivan", "McLaughlin", "Ní Bhriain", "Pritchard", "Llewellyn-Parry", "ap Gwilym", "MacLeod",
        "Stewart", "Mackenzie", "Hill", "Lane", "Bradford", "Kendal", "Baker", "Bishop", "Rose", "Young", "Green",
        "Hunt", "Moore", "van der Berg", "de la Cruz", "Fforde-Smythe", "Mac an t-Saoir", "al-Hashimi", "bin Yusof",
        "Da Silva", "Lloyd", "Wood", "Field", "Church", "Marsh", "Brook", "Sterling", "Savage", "Sharp", "Gold",
        "Love", "English", "French", "Holland", "London", "Cook", "Banks"]
NICKS = ["Tommo", "Bex", "Big Al", "Nan"]
LAYOUTS = {
    "plain": lambda f, s, r: f"{f} {s}",
    "lower case": lambda f, s, r: f"{f} {s}".lower(),
    "block capitals": lambda f, s, r: f"{f} {s}".upper(),
    "SURNAME, First": lambda f, s, r: f"{s.upper()}, {f}",
    "Surname, First (title case)": lambda f, s, r: f"{s}, {f}",
    "initial": lambda f, s, r: f"{f[0]}. {s}",
    "quoted nickname": lambda f, s, r: f'{f} "{r.choice(NICKS)}" {s}',
    "three names": lambda f, s, r: f"{f} {r.choice(FIRST)} {s}",
}
FRAMES = [
    "Huge thanks to {n} for covering nights.", "Pt {n}, 84F, bay 3 bed 2.", "Congratulations {n} on your retirement!",
    "{n} has been nominated for a Daisy award.", "Lovely card from {n} today.", "Missing: {n}, 34, last seen in Leeds.",
    "Name: {n}\nDOB: 02/03/1951", "Please welcome {n} to Ward 7!", "Bed 4 - {n} - for discharge", "cc {n} re the rota",
    "Shout out to {n} in resus", "Farewell {n}, we'll miss you", "RIP {n}, a true legend of the ward.",
    "NoK: son {n} 07700 900123", "Dear {n},\nThank you for your letter.", "Our HCA {n} ran the marathon!",
    "{n} (Band 5) starts Monday.", "Visiting: {n} and her husband came at 3.", "handover: {n} in bed 6 for TTO",
    "{n} – Grange-over-Sands visits", "b4 {n} 63 – obs stable", "his daughter {n} rang, I said you'd call back",
    "Thanks {n} x", "ta {n}\n", "Patient {n} (MRN 1234567) seen", "{n} QQ 12 34 56 C", "Mrs {n} was lovely",
    "Dr {n} and the team", "1. {n}  74  chest pain", "Well done {n}!! 🎉", "Happy birthday {n} from all on Ward 3",
    "Visiting: {n}'s husband came at 3.",
]
STREETS = ["Mill Road", "Manse Brae", "Heol y Nant", "Ffordd Penrhos", "Stryd Fawr", "Cnoc an t-Sìthein",
           "Garnethill Street", "Kirk Wynd", "Tanners Vennel", "Church Loan", "Bóthar na Trá", "Henry Route", "Maple Cove",
           "Beech Hollow", "Harbour Shores", "Elm Glen", "Mill Row", "Castle Walk", "Bank Rise", "Stable Mews",
           "Station Approach", "Orchard Way", "Victoria Parade", "St John's Close", "Heol Dewi Sant", "Lôn Goed",
           "Y Stryd Fawr", "Ffordd yr Orsaf"]
HOUSES = ["Hillcrest", "Rowan Lodge", "Bryn Awel", "Tŷ Gwyn", "The Old Forge", "Rose Cottage", "Glenview",
          "Ardnamurchan House", "Pen y Bryn", "Llys Onnen"]
TOWNS = ["Stornoway", "Bangor", "Glasgow", "Truro", "Bala", "Kendal", "Omagh", "Oban", "Wrexham", "Bude"]
POSTCODES = ["HS1 2AB", "LL57 1UT", "G3 6RN", "TR1 3LJ", "LL23 7AA", "LA9 4QX", "BT78 1AB", "PA34 4AA"]
ADDRESS_LAYOUTS = {
    "number + street": lambda r: f"{r.randint(1, 120)} {r.choice(STREETS)}",
    "number + street, town": lambda r: f"{r.randint(1, 120)} {r.choice(STREETS)}, {r.choice(TOWNS)}",
    "house, number + street": lambda r: f"{r.choice(HOUSES)}, {r.randint(1, 120)} {r.choice(STREETS)}",
    "tenement flat, number + street": lambda r: f"Flat {r.randint(0, 4)}/{r.randint(1, 3)}, {r.randint(1, 120)} "
                                                f"{r.choice(STREETS)}",
    "house, street, town": lambda r: f"{r.choice(HOUSES)}, {r.choice(STREETS)}, {r.choice(TOWNS)}",
    "number + street, town postcode": lambda r: f"{r.randint(1, 120)} {r.choice(STREETS)}, {r.choice(TOWNS)} "
                                                f"{r.choice(POSTCODES)}",
}
ADDRESS_FRAMES = ["Pt lives at {a}.", "Address: {a}\nNoK: daughter", "Home address — {a} (lives alone)",
                  "Discharged home to {a} today.", "Ambulance to {a}, fall at 3am.", "ADDR: {a}",
                  "Moving to {a} next week!", "Lives at {a} with wife."]
_WORD = re.compile(r"[\w'’-]+")


def outcome(name: str, redacted: str) -> str:
    """whole, partial or missed: which words of ``name`` are still readable in ``redacted``."""
    words = _WORD.findall(name)
    # an initial counts as left only with its full stop: the frame's own "I said" is no initial "I."
    left = [w for w in words if re.search(r"(?<![\w'’-])" + re.escape(w) + (r"\." if len(w) == 1 and f"{w}." in name
                                                                            else r"(?![\w’-]|'(?!s\b))"), redacted)]
    return "missed" if len(left) == len(words) else ("partial" if left else "whole")


def run_addresses(scrubber: Scrubber, n: int, seed: int) -> dict:
    """whole / partial / missed per address layout; the town and postcode words are not counted."""
    rng = random.Random(seed)
    drafts = []
    for _ in range(n):
        layout = rng.choice(list(ADDRESS_LAYOUTS))
        address = ADDRESS_LAYOUTS[layout](rng)
        counted = " ".join(w for w in _WORD.findall(address)
                           if not any(w in t.split() for t in TOWNS + POSTCODES))
        drafts.append((layout, counted, rng.choice(ADDRESS_FRAMES).format(a=address)))
    return tally(scrubber, drafts)


def run(scrubber: Scrubber, n: int, seed: int) -> dict:
    rng = random.Random(seed)
    drafts = []
    for _ in range(n):
        layout = rng.choice(list(LAYOUTS))
        name = LAYOUTS[layout](rng.choice(FIRST), rng.choice(LAST), rng)
        drafts.append((layout, name, rng.choice(FRAMES).format(n=name)))
    return tally(scrubber, drafts)


def tally(scrubber: Scrubber, drafts: List[tuple]) -> dict:
    """``{layout: Counter(whole=…, partial=…, missed=…)}`` over ``(layout, words counted, draft)`` rows."""
    counts = collections.defaultdict(collections.Counter)
    for (layout, counted, _), result in zip(drafts, scrubber.scrub_texts([d[2] for d in drafts]), strict=True):
        counts[layout][outcome(counted, result.text)] += 1
    return counts


def address_table(by_seed: dict) -> List[str]:
    lines = ["", "## Addresses", "", "| layout | " + " | ".join(f"seed {s}: partial / missed / drafts" for s in by_seed)
             + " |", "|---|" + "---:|" * len(by_seed)]
    for layout in ADDRESS_LAYOUTS:
        lines.append(f"| {layout} | " + " | ".join(
            f"{c[layout]['partial']} / {c[layout]['missed']} / {sum(c[layout].values())}" for c in by_seed.values()) + " |")
    totals = [collections.Counter() for _ in by_seed]
    for tot, c in zip(totals, by_seed.values(), strict=True):
        for k in c.values():
            tot.update(k)
    lines.append("| all | " + " | ".join(f"**{t['partial']}** / {t['missed']} / {sum(t.values())}" for t in totals) + " |")
    return lines


def report(by_seed: dict, n: int) -> str:
    lines = [
        "# Half-redaction probe", "",
        f"Generated by `benchmarks/partial_probe.py` ({platform.machine()}, Python {platform.python_version()}), "
        f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}. {n} invented drafts per seed; counts never show a name.",
        "", "## Names", "", "| layout | " + " | ".join(f"seed {s}: partial / missed / drafts" for s in by_seed) + " |",
        "|---|" + "---:|" * len(by_seed),
    ]
    for layout in LAYOUTS:
        cells = [f"{c[layout]['partial']} / {c[layout]['missed']} / {sum(c[layout].values())}" for c in by_seed.values()]
        lines.append(f"| {layout} | " + " | ".join(cells) + " |")
    for label, skip in (("all layouts", ()), ("all but title-case comma", ("Surname, First (title case)",))):
        cells = []
        for c in by_seed.values():
            tot = collections.Counter()
            for layout, k in c.items():
                if layout not in skip:
                    tot.update(k)
            cells.append(f"**{tot['partial']}** / {tot['missed']} / {sum(tot.values())}")
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1500, help="drafts per seed (default 1500)")
    ap.add_argument("--seeds", default="11,12", help="comma-separated seeds (default 11,12)")
    ap.add_argument("--out", type=Path, default=HERE / "results" / "partial_probe.md")
    args = ap.parse_args(argv)
    scrubber = Scrubber().warm_up()
    by_seed = {int(s): run(scrubber, args.n, int(s)) for s in args.seeds.split(",")}
    addresses = {int(s): run_addresses(scrubber, args.n // 3, int(s)) for s in args.seeds.split(",")}
    text = report(by_seed, args.n) + "\n".join(address_table(addresses)) + "\n"
    args.out.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
