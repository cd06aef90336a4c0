#!/usr/bin/env python3
"""Build the jigsaw-risk corpus (samples/risk) from drafts.txt.  Stdlib only.

    python3 samples/risk/build.py           # write drafts.jsonl, heldout/drafts.jsonl, spring/drafts.jsonl, autumn/drafts.jsonl, winter/drafts.jsonl, thaw/drafts.jsonl, frost/drafts.jsonl, hail/drafts.jsonl, sleet/drafts.jsonl, gale/drafts.jsonl, drizzle/drafts.jsonl, mist/drafts.jsonl, rime/drafts.jsonl, glaze/drafts.jsonl, squall/drafts.jsonl, tempest/drafts.jsonl, monsoon/drafts.jsonl, typhoon/drafts.jsonl, cyclone/drafts.jsonl, zephyr/drafts.jsonl, foehn/drafts.jsonl, bora/drafts.jsonl, levante/drafts.jsonl, pampero/drafts.jsonl, buran/drafts.jsonl, haboob/drafts.jsonl, bise/drafts.jsonl, solano/drafts.jsonl, etesian/drafts.jsonl, leveche/drafts.jsonl, gregale/drafts.jsonl, vardar/drafts.jsonl, sharqi/drafts.jsonl, koshava/drafts.jsonl, vendaval/drafts.jsonl, meltemi/drafts.jsonl, bergwind/drafts.jsonl, elephanta/drafts.jsonl, haar/drafts.jsonl, pogonip/drafts.jsonl, brume/drafts.jsonl, chubasco/drafts.jsonl, virazon/drafts.jsonl, sumatra/drafts.jsonl, helm/drafts.jsonl, karaburan/drafts.jsonl, kachchan/drafts.jsonl, nashi/drafts.jsonl, vaudaire/drafts.jsonl, piteraq/drafts.jsonl, tehuano/drafts.jsonl, habagat/drafts.jsonl, collada/drafts.jsonl, surazo/drafts.jsonl, terral/drafts.jsonl, xlokk/drafts.jsonl, ostria/drafts.jsonl, barber/drafts.jsonl, shamal/drafts.jsonl, chergui/drafts.jsonl, suete/drafts.jsonl, poyraz/drafts.jsonl, breva/drafts.jsonl, oroshi/drafts.jsonl, norther/drafts.jsonl, chocolatero/drafts.jsonl, README counts
    python3 samples/risk/build.py --check   # exit 1 if any output is stale or any row is invalid

Source format (drafts.txt, then spring.txt, autumn.txt, winter.txt, thaw.txt, frost.txt, hail.txt, sleet.txt, gale.txt, drizzle.txt, mist.txt, rime.txt, glaze.txt, squall.txt, tempest.txt, monsoon.txt, typhoon.txt, cyclone.txt, zephyr.txt, foehn.txt, bora.txt, levante.txt, pampero.txt, buran.txt, haboob.txt, bise.txt, solano.txt, etesian.txt, leveche.txt, gregale.txt, vardar.txt, sharqi.txt, koshava.txt, vendaval.txt, meltemi.txt, bergwind.txt, elephanta.txt, haar.txt, pogonip.txt, brume.txt, chubasco.txt, virazon.txt, sumatra.txt, helm.txt, karaburan.txt, kachchan.txt, nashi.txt, vaudaire.txt, piteraq.txt, tehuano.txt, habagat.txt, collada.txt, surazo.txt, terral.txt, xlokk.txt, ostria.txt, barber.txt, shamal.txt, chergui.txt, suete.txt, poyraz.txt, breva.txt, oroshi.txt, norther.txt and chocolatero.txt if present; each file starts its own section)
--------------------------
    %% comment line (ignored)
    === set: main | heldout | spring | autumn | winter | thaw | frost | hail | sleet | gale | drizzle | mist | rime | glaze | squall | tempest | monsoon | typhoon | cyclone | zephyr | foehn | bora | levante | pampero | buran | haboob | bise | solano | etesian | leveche | gregale | vardar | sharqi | koshava | vendaval | meltemi | bergwind | elephanta | haar | pogonip | brume | chubasco | virazon | sumatra | helm | karaburan | kachchan | nashi | vaudaire | piteraq | tehuano | habagat | collada | surazo | terral | xlokk | ostria | barber | shamal | chergui | suete | poyraz | breva | oroshi | norther | chocolatero starts a section; every record below goes to that file
    @id r001                         starts a record
    @level high | medium | low
    @history An earlier post by the same author   (0-3 times, in order)
    @reason k≈ 2,161 (Appledore, GeoNames) × 0.000026 (age 102) × 0.15 (male at 102) ≈ 0.0084 → high
    Text of the draft, with {{kind|surface}} around each quasi-identifier.
    Further text lines are joined with a newline.  A blank line ends the record.

kind is one of: age sex place time rarity occupation relationship self_disclosure direct.
Offsets (start, end; end exclusive) are computed here from the markup, never by hand.

The reason carries its arithmetic and is checked:
  * a chain "k≈ F1 (why) × F2 (why) … ≈ K → level": the product of the factors must equal K
    (to 2 significant figures, 6% tolerance) and the level must follow from the product:
        k < 10 → high;  10 ≤ k < 100 → medium;  100 ≤ k < 1,000 → medium only with a
        "tip:" chain (one more named detail) whose own product is below 10;  k ≥ 1,000 → low.
  * rows with a `direct` detail are high by definition and must say "high by definition".
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "drafts.txt"
SOURCES = (SRC, HERE / "spring.txt", HERE / "autumn.txt", HERE / "winter.txt", HERE / "thaw.txt", HERE / "frost.txt", HERE / "hail.txt", HERE / "sleet.txt", HERE / "gale.txt", HERE / "drizzle.txt", HERE / "mist.txt", HERE / "rime.txt", HERE / "glaze.txt", HERE / "squall.txt", HERE / "tempest.txt", HERE / "monsoon.txt", HERE / "typhoon.txt", HERE / "cyclone.txt", HERE / "zephyr.txt", HERE / "foehn.txt", HERE / "bora.txt", HERE / "levante.txt", HERE / "pampero.txt", HERE / "buran.txt", HERE / "haboob.txt", HERE / "bise.txt", HERE / "solano.txt", HERE / "etesian.txt", HERE / "leveche.txt", HERE / "gregale.txt", HERE / "vardar.txt", HERE / "sharqi.txt", HERE / "koshava.txt", HERE / "vendaval.txt", HERE / "meltemi.txt", HERE / "bergwind.txt", HERE / "elephanta.txt", HERE / "haar.txt", HERE / "pogonip.txt", HERE / "brume.txt", HERE / "chubasco.txt", HERE / "virazon.txt", HERE / "sumatra.txt", HERE / "helm.txt", HERE / "karaburan.txt", HERE / "kachchan.txt", HERE / "nashi.txt", HERE / "vaudaire.txt", HERE / "piteraq.txt", HERE / "tehuano.txt", HERE / "habagat.txt", HERE / "collada.txt", HERE / "surazo.txt", HERE / "terral.txt", HERE / "xlokk.txt", HERE / "ostria.txt", HERE / "barber.txt", HERE / "shamal.txt", HERE / "chergui.txt", HERE / "suete.txt", HERE / "poyraz.txt", HERE / "breva.txt", HERE / "oroshi.txt", HERE / "norther.txt", HERE / "chocolatero.txt")  # read in this order; a missing extra file is skipped
OUT = {"main": HERE / "drafts.jsonl", "heldout": HERE / "heldout" / "drafts.jsonl",
       "spring": HERE / "spring" / "drafts.jsonl", "autumn": HERE / "autumn" / "drafts.jsonl",
       "winter": HERE / "winter" / "drafts.jsonl", "thaw": HERE / "thaw" / "drafts.jsonl",
       "frost": HERE / "frost" / "drafts.jsonl",
       "hail": HERE / "hail" / "drafts.jsonl",
       "sleet": HERE / "sleet" / "drafts.jsonl",
       "gale": HERE / "gale" / "drafts.jsonl",
       "drizzle": HERE / "drizzle" / "drafts.jsonl",
       "mist": HERE / "mist" / "drafts.jsonl",
       "rime": HERE / "rime" / "drafts.jsonl",
       "glaze": HERE / "glaze" / "drafts.jsonl",
       "squall": HERE / "squall" / "drafts.jsonl",
       "tempest": HERE / "tempest" / "drafts.jsonl",
       "monsoon": HERE / "monsoon" / "drafts.jsonl",
       "typhoon": HERE / "typhoon" / "drafts.jsonl",
       "cyclone": HERE / "cyclone" / "drafts.jsonl",
       "zephyr": HERE / "zephyr" / "drafts.jsonl",
       "foehn": HERE / "foehn" / "drafts.jsonl",
       "bora": HERE / "bora" / "drafts.jsonl",
       "levante": HERE / "levante" / "drafts.jsonl",
       "pampero": HERE / "pampero" / "drafts.jsonl",
       "buran": HERE / "buran" / "drafts.jsonl",
       "haboob": HERE / "haboob" / "drafts.jsonl",
       "bise": HERE / "bise" / "drafts.jsonl",
       "solano": HERE / "solano" / "drafts.jsonl",
       "etesian": HERE / "etesian" / "drafts.jsonl",
       "leveche": HERE / "leveche" / "drafts.jsonl",
       "gregale": HERE / "gregale" / "drafts.jsonl",
       "vardar": HERE / "vardar" / "drafts.jsonl",
       "sharqi": HERE / "sharqi" / "drafts.jsonl",
       "koshava": HERE / "koshava" / "drafts.jsonl",
       "vendaval": HERE / "vendaval" / "drafts.jsonl",
       "meltemi": HERE / "meltemi" / "drafts.jsonl",
       "bergwind": HERE / "bergwind" / "drafts.jsonl",
       "elephanta": HERE / "elephanta" / "drafts.jsonl",
       "haar": HERE / "haar" / "drafts.jsonl",
       "pogonip": HERE / "pogonip" / "drafts.jsonl",
       "brume": HERE / "brume" / "drafts.jsonl",
       "chubasco": HERE / "chubasco" / "drafts.jsonl",
       "virazon": HERE / "virazon" / "drafts.jsonl",
       "sumatra": HERE / "sumatra" / "drafts.jsonl",
       "helm": HERE / "helm" / "drafts.jsonl",
       "karaburan": HERE / "karaburan" / "drafts.jsonl",
       "kachchan": HERE / "kachchan" / "drafts.jsonl",
       "nashi": HERE / "nashi" / "drafts.jsonl",
       "vaudaire": HERE / "vaudaire" / "drafts.jsonl",
       "piteraq": HERE / "piteraq" / "drafts.jsonl",
       "tehuano": HERE / "tehuano" / "drafts.jsonl",
       "habagat": HERE / "habagat" / "drafts.jsonl",
       "collada": HERE / "collada" / "drafts.jsonl",
       "surazo": HERE / "surazo" / "drafts.jsonl",
       "terral": HERE / "terral" / "drafts.jsonl",
       "xlokk": HERE / "xlokk" / "drafts.jsonl",
       "ostria": HERE / "ostria" / "drafts.jsonl",
       "barber": HERE / "barber" / "drafts.jsonl",
       "shamal": HERE / "shamal" / "drafts.jsonl",
       "chergui": HERE / "chergui" / "drafts.jsonl",
       "suete": HERE / "suete" / "drafts.jsonl",
       "poyraz": HERE / "poyraz" / "drafts.jsonl",
       "breva": HERE / "breva" / "drafts.jsonl",
       "oroshi": HERE / "oroshi" / "drafts.jsonl",
       "norther": HERE / "norther" / "drafts.jsonl",
       "chocolatero": HERE / "chocolatero" / "drafts.jsonl"}
README = HERE / "README.md"
KINDS = {"age", "sex", "place", "time", "rarity", "occupation", "relationship",
         "self_disclosure", "direct"}
LEVELS = ("high", "medium", "low")
MARK = re.compile(r"\{\{([a-z_]+)\|([^{}|]+)\}\}")
ID_RE = re.compile(r"^[a-z]\d{3}$")
NUM = r"[0-9][0-9,]*(?:\.[0-9]+)?(?:e-?[0-9]+)?|\.[0-9]+(?:e-?[0-9]+)?"


def parse_markup(src_text):
    """Return (plain text, details) from text with {{kind|surface}} markup."""
    out, details, pos = [], [], 0
    length = 0
    for m in MARK.finditer(src_text):
        before = src_text[pos:m.start()]
        out.append(before)
        length += len(before)
        kind, surface = m.group(1), m.group(2)
        details.append({"start": length, "end": length + len(surface), "kind": kind})
        out.append(surface)
        length += len(surface)
        pos = m.end()
    out.append(src_text[pos:])
    return "".join(out), details


SECTION_RE = re.compile(r"^=== set: (main|heldout|spring|autumn|winter|thaw|frost|hail|sleet|gale|drizzle|mist|rime|glaze|squall|tempest|monsoon|typhoon|cyclone|zephyr|foehn|bora|levante|pampero|buran|haboob|bise|solano|etesian|leveche|gregale|vardar|sharqi|koshava|vendaval|meltemi|bergwind|elephanta|haar|pogonip|brume|chubasco|virazon|sumatra|helm|karaburan|kachchan|nashi|vaudaire|piteraq|tehuano|habagat|collada|surazo|terral|xlokk|ostria|barber|shamal|chergui|suete|poyraz|breva|oroshi|norther|chocolatero)\s*$")
# header prefix -> (record field, append?)
HEADERS = (("@level ", "level", False), ("@history ", "history", True), ("@reason ", "reason", False))


class _SourceReader:
    """Line-by-line state machine behind read_source()."""

    def __init__(self):
        self.sets = {"main": [], "heldout": [], "spring": [], "autumn": [], "winter": [], "thaw": [], "frost": [], "hail": [], "sleet": [], "gale": [], "drizzle": [], "mist": [], "rime": [], "glaze": [], "squall": [], "tempest": [], "monsoon": [], "typhoon": [], "cyclone": [], "zephyr": [], "foehn": [], "bora": [], "levante": [], "pampero": [], "buran": [], "haboob": [], "bise": [], "solano": [], "etesian": [], "leveche": [], "gregale": [], "vardar": [], "sharqi": [], "koshava": [], "vendaval": [], "meltemi": [], "bergwind": [], "elephanta": [], "haar": [], "pogonip": [], "brume": [], "chubasco": [], "virazon": [], "sumatra": [], "helm": [], "karaburan": [], "kachchan": [], "nashi": [], "vaudaire": [], "piteraq": [], "tehuano": [], "habagat": [], "collada": [], "surazo": [], "terral": [], "xlokk": [], "ostria": [], "barber": [], "shamal": [], "chergui": [], "suete": [], "poyraz": [], "breva": [], "oroshi": [], "norther": [], "chocolatero": []}
        self.current_set, self.rec, self.in_text = None, None, False

    def close(self, lineno):
        if self.rec is not None:
            if not self.rec["text_lines"]:
                raise ValueError(f"line {lineno}: record {self.rec['id']} has no text")
            self.sets[self.current_set].append(self.rec)
        self.rec, self.in_text = None, False

    def feed(self, n, line):
        if self.in_text:
            self._text_line(n, line)
        elif line.strip() == "" or line.startswith("%%"):
            return
        elif line.startswith("==="):
            self._section_line(n, line)
        elif line.startswith("@id "):
            self._id_line(n, line)
        else:
            self._record_line(n, line)

    def _text_line(self, n, line):
        if line.strip() == "":
            self.close(n)
            return
        if line.startswith("@") or line.startswith("==="):
            raise ValueError(f"line {n}: header line inside text (missing blank line?)")
        self.rec["text_lines"].append(line)

    def _section_line(self, n, line):
        m = SECTION_RE.match(line)
        if not m:
            raise ValueError(f"line {n}: bad section line {line!r}")
        self.close(n)
        self.current_set = m.group(1)

    def _id_line(self, n, line):
        self.close(n)
        if self.current_set is None:
            raise ValueError(f"line {n}: record before any '=== set:' line")
        self.rec = {"id": line[4:].strip(), "level": None, "history": [], "reason": None,
                    "text_lines": [], "line": n}

    def _record_line(self, n, line):
        if self.rec is None:
            raise ValueError(f"line {n}: text outside a record: {line[:60]!r}")
        if line.startswith("@"):
            self._header_line(n, line)
            return
        self.in_text = True
        self.rec["text_lines"].append(line)

    def _header_line(self, n, line):
        for prefix, field, append in HEADERS:
            if not line.startswith(prefix):
                continue
            value = line[len(prefix):].strip()
            if append:
                self.rec[field].append(value)
            else:
                self.rec[field] = value
            return
        raise ValueError(f"line {n}: unknown header {line.split()[0]!r}")


def read_source(path=None):
    """Parse drafts.txt (and spring.txt, autumn.txt, winter.txt, thaw.txt, frost.txt, hail.txt, sleet.txt, gale.txt, drizzle.txt, mist.txt, rime.txt, glaze.txt, squall.txt, tempest.txt, monsoon.txt, typhoon.txt, cyclone.txt, zephyr.txt, foehn.txt, bora.txt, levante.txt, pampero.txt, buran.txt, haboob.txt, bise.txt, solano.txt, etesian.txt, leveche.txt, gregale.txt, vardar.txt, sharqi.txt, koshava.txt, vendaval.txt, meltemi.txt, bergwind.txt, elephanta.txt, haar.txt, pogonip.txt, brume.txt, chubasco.txt, virazon.txt, sumatra.txt, helm.txt, karaburan.txt, kachchan.txt, nashi.txt, vaudaire.txt, piteraq.txt, tehuano.txt, habagat.txt, collada.txt, surazo.txt, terral.txt, xlokk.txt, ostria.txt, barber.txt, shamal.txt, chergui.txt, suete.txt, poyraz.txt, breva.txt, oroshi.txt, norther.txt, chocolatero.txt) into {set: [record, ...]}; raise ValueError on malformed input.
    With a path, read only that file.  Each file must open its own '=== set:' section."""
    reader = _SourceReader()
    for p in ([path] if path is not None else [q for q in SOURCES if q == SRC or q.exists()]):
        lines = p.read_text(encoding="utf-8").split("\n")
        try:
            for n, line in enumerate(lines, 1):
                reader.feed(n, line)
            reader.close(len(lines))
        except ValueError as e:
            raise ValueError(f"{p.name}: {e}") from None
        reader.current_set = None
    return reader.sets


def build_rows(sets):
    rows = {}
    for name, recs in sets.items():
        rows[name] = []
        for r in recs:
            text, details = parse_markup("\n".join(r["text_lines"]))
            rows[name].append({"id": r["id"], "text": text, "images": [],
                               "history": list(r["history"]), "level": r["level"],
                               "reason": r["reason"], "details": details})
    return rows


def dump(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


# ---------------------------------------------------------------- reason arithmetic
def _num(s):
    return float(s.replace(",", ""))


NUM_RE = re.compile(NUM)
ARROW_RE = re.compile(r"→ (high|medium|low)")


def _skip_spaces(s, i):
    while i < len(s) and s[i] == " ":
        i += 1
    return i


def _skip_parens(s, i):
    """s[i] == '('; return the index just past its matching ')'."""
    depth = 0
    while i < len(s):
        if s[i] == "(":
            depth += 1
        elif s[i] == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    raise ValueError("unbalanced parenthesis in reason")


def _parse_factor(s, i):
    """Parse one 'F (why)' factor; return (value, index after it and its spaces)."""
    i = _skip_spaces(s, i)
    m = NUM_RE.match(s, i)
    if not m:
        raise ValueError(f"expected a number at …{s[i:i+30]!r}")
    value = _num(m.group(0))
    i = _skip_spaces(s, m.end())
    if s.startswith("(", i):
        i = _skip_spaces(s, _skip_parens(s, i))
    return value, i


def _parse_result(s, i):
    """Parse '≈ K → level' with s[i] == '≈'; return (K, level or None, end index)."""
    i = _skip_spaces(s, i + 1)
    m = NUM_RE.match(s, i)
    if not m:
        raise ValueError(f"expected k after '≈' at …{s[i:i+30]!r}")
    k = _num(m.group(0))
    i = _skip_spaces(s, m.end())
    m2 = ARROW_RE.match(s, i)
    if not m2:
        return k, None, i
    return k, m2.group(1), m2.end()


def parse_chain(s, start):
    """Parse 'k≈ F (..) × F (..) ≈ K → level' beginning at s[start] == 'k'.
    Returns (factors, K, level or None, end index)."""
    i = start + 2  # past 'k≈'
    factors = []
    while True:
        value, i = _parse_factor(s, i)
        factors.append(value)
        if s.startswith("×", i):
            i += 1
            continue
        if s.startswith("≈", i):
            k, level, end = _parse_result(s, i)
            return factors, k, level, end
        raise ValueError(f"expected '×' or '≈' at …{s[i:i+30]!r}")


def product(fs):
    p = 1.0
    for f in fs:
        p *= f
    return p


def level_for(k, has_tip):
    if k < 10:
        return "high"
    if k < 100:
        return "medium"
    if k < 1000:
        return "medium" if has_tip else "low-or-tip"
    return "low"


def _off_by_more_than_6pct(p, k):
    return abs(p - k) > 0.06 * max(abs(p), 1e-300)


def _tip_product(reason, errs):
    """Check the optional 'tip:' chain; return its product (None if absent or unparsable)."""
    t = reason.find("tip:")
    if t < 0:
        return None
    tj = reason.find("k≈", t)
    if tj < 0:
        errs.append("reason: 'tip:' without a k≈ chain")
        return None
    try:
        tfs, tk, _, _ = parse_chain(reason, tj)
    except ValueError as e:
        errs.append(f"reason tip: {e}")
        return None
    tp = product(tfs)
    if _off_by_more_than_6pct(tp, tk):
        errs.append(f"reason: tip factors multiply to {tp:.3g}, stated {tk:g}")
    return tp


def _direct_level_errors(row, p, arrow, want):
    errs = []
    if row["level"] != "high":
        errs.append("a direct identifier is readable: level must be high")
    if "high by definition" not in row["reason"]:
        errs.append("direct row: reason must say 'high by definition'")
    if arrow is not None and arrow != (want if want != "low-or-tip" else "low"):
        errs.append(f"reason arrow says {arrow}, the chain gives {want}")
    return errs


def _chain_level_errors(row, p, arrow, want):
    errs = []
    level = row["level"]
    if want == "low-or-tip":
        errs.append(f"k≈{p:.3g} is in 100–1,000: label low only above 1,000; "
                    "label medium with a 'tip:' chain below 10")
    elif want != level:
        errs.append(f"k≈{p:.3g} gives {want}, row level is {level}")
    if arrow != level:
        errs.append(f"reason arrow ({arrow}) differs from level ({level})")
    return errs


class _ReasonError(Exception):
    """A reason problem that stops further reason checks."""


def _main_chain(reason):
    """Return (factors, K, arrow level) of the first k≈ chain, or raise _ReasonError."""
    if not reason or "\n" in reason:
        raise _ReasonError("reason missing or not one line")
    j = reason.find("k≈")
    if j < 0:
        raise _ReasonError("reason has no 'k≈ …' chain")
    try:
        fs, k, arrow, _ = parse_chain(reason, j)
    except ValueError as e:
        raise _ReasonError(f"reason: {e}") from None
    return fs, k, arrow


def check_reason(row):
    reason = row["reason"]
    try:
        fs, k, arrow = _main_chain(reason)
    except _ReasonError as e:
        return [str(e)]
    errs = []
    p = product(fs)
    if _off_by_more_than_6pct(p, k):
        errs.append(f"reason: factors multiply to {p:.3g}, stated k≈{k:g}")
    tip_k = _tip_product(reason, errs)
    has_tip = tip_k is not None and tip_k < 10
    want = level_for(p, has_tip)
    direct = any(d["kind"] == "direct" for d in row["details"])
    level_errors = _direct_level_errors if direct else _chain_level_errors
    errs += level_errors(row, p, arrow, want)
    if not has_tip and tip_k is not None:
        errs.append(f"tip chain gives {tip_k:.3g}, not below 10")
    return errs


def _id_errors(rid, seen):
    errs = []
    if not ID_RE.match(rid):
        errs.append("bad id")
    if rid in seen:
        errs.append("duplicate id")
    seen.add(rid)
    return errs


def _level_errors(r):
    return [f"bad level {r['level']!r}"] if r["level"] not in LEVELS else []


def _images_errors(r):
    return ["images must be []"] if r["images"] != [] else []


def _history_errors(r):
    h = r["history"]
    if not isinstance(h, list) or len(h) > 3 or any(not isinstance(x, str) or not x for x in h):
        return ["history must be a list of 0-3 non-empty strings"]
    return []


def _markup_errors(r):
    if "{{" in r["text"] or "}}" in r["text"] or "{{" in "".join(r["history"]):
        return ["leftover markup"]
    return []


def _detail_errors(text, d, last):
    errs = []
    if d["kind"] not in KINDS:
        errs.append(f"bad kind {d['kind']!r}")
    if not (0 <= d["start"] < d["end"] <= len(text)):
        errs.append(f"offsets out of range {d}")
    elif d["start"] < last:
        errs.append("overlapping or unsorted details")
    else:
        span = text[d["start"]:d["end"]]
        if span != span.strip():
            errs.append(f"span {span!r} has outer whitespace")
    return errs


def _details_errors(r):
    errs, last = [], 0
    for d in r["details"]:
        errs += _detail_errors(r["text"], d, last)
        last = d["end"]
    return errs


# per-row checks after the id checks, in report order; each returns messages without the "set:id: " prefix
ROW_CHECKS = (_level_errors, _images_errors, _history_errors, _markup_errors, _details_errors, check_reason)


def validate(rows):
    errs, seen = [], set()
    for name, rs in rows.items():
        for r in rs:
            msgs = _id_errors(r["id"], seen)
            for check in ROW_CHECKS:
                msgs += check(r)
            errs += [f"{name}:{r['id']}: {m}" for m in msgs]
    return errs


def counts_block(rows):
    lines = ["| file | rows | high | medium | low | with history | with a direct identifier | with self-disclosure |",
             "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for name, rs in rows.items():
        if not rs and name != "main":  # an extra set whose source file is not written yet
            continue
        c = {lv: sum(r["level"] == lv for r in rs) for lv in LEVELS}
        hist = sum(bool(r["history"]) for r in rs)
        direct = sum(any(d["kind"] == "direct" for d in r["details"]) for r in rs)
        selfd = sum(any(d["kind"] == "self_disclosure" for d in r["details"]) for r in rs)
        lines.append(f"| `{OUT[name].relative_to(HERE)}` | {len(rs)} | {c['high']} | {c['medium']} | "
                     f"{c['low']} | {hist} | {direct} | {selfd} |")
    kinds = {}
    for rs in rows.values():
        for r in rs:
            for d in r["details"]:
                kinds[d["kind"]] = kinds.get(d["kind"], 0) + 1
    lines.append("")
    lines.append("Detail spans by kind (all files): " +
                 ", ".join(f"{k} {kinds.get(k, 0)}" for k in sorted(KINDS)) + ".")
    return "\n".join(lines)


BEGIN, END = "<!-- counts:begin (written by build.py) -->", "<!-- counts:end -->"


def readme_with_counts(block):
    if not README.exists():
        return None
    txt = README.read_text(encoding="utf-8")
    if BEGIN not in txt or END not in txt:
        return txt
    a = txt.index(BEGIN) + len(BEGIN)
    b = txt.index(END)
    return txt[:a] + "\n" + block + "\n" + txt[b:]


def _on_disk_errors(path):
    """Validate the offsets of what is on disk."""
    errs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        for d in r["details"]:
            if not (0 <= d["start"] < d["end"] <= len(r["text"])):
                errs.append(f"{r['id']}: offsets out of range on disk")
    return errs


def _stale_errors(rows, new_readme):
    errs = []
    for name, path in OUT.items():
        if not rows[name] and name != "main" and not path.exists():
            continue  # an extra set whose source file is not written yet
        if not path.exists() or path.read_text(encoding="utf-8") != dump(rows[name]):
            errs.append(f"{path.relative_to(HERE)} is stale: run build.py")
        else:  # also validate what is on disk
            errs += _on_disk_errors(path)
    if new_readme is not None and new_readme != README.read_text(encoding="utf-8"):
        errs.append("README.md counts are stale: run build.py")
    return errs


def _check(rows, errs, new_readme):
    errs = errs + _stale_errors(rows, new_readme)
    if errs:
        print("\n".join(errs), file=sys.stderr)
        return 1
    print("ok: " + ", ".join(f"{n} {len(r)} rows" for n, r in rows.items()))
    return 0


def _write(rows, errs, block, new_readme):
    if errs:
        print("\n".join(errs), file=sys.stderr)
        print(f"{len(errs)} problem(s); nothing written", file=sys.stderr)
        return 1
    for name, path in OUT.items():
        if not rows[name] and name != "main" and not path.exists():
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(dump(rows[name]), encoding="utf-8")
    if new_readme is not None:
        README.write_text(new_readme, encoding="utf-8")
    print(block)
    return 0


def main(argv):
    check = "--check" in argv
    try:
        rows = build_rows(read_source())
    except ValueError as e:
        print(e, file=sys.stderr)
        return 1
    errs = validate(rows)
    block = counts_block(rows)
    new_readme = readme_with_counts(block)
    if check:
        return _check(rows, errs, new_readme)
    return _write(rows, errs, block, new_readme)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
