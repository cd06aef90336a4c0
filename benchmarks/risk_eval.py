"""Jigsaw-risk benchmark: phiscrub's level against the labels of samples/risk, a naive baseline at its
best threshold, a second labeller's agreement (the ceiling), worked examples of k against the
published figures, and the time the risk stage adds to scrubbing.

For each corpus (samples/risk/drafts.jsonl and samples/risk/spring, the sets the estimate was tuned on;
samples/risk/heldout and samples/risk/autumn, scored at the end of 2 December's session and so no longer blind;
samples/risk/winter, scored once, blind, in 2 December's second session and tuned on in the third;
samples/risk/thaw, written in the second session and scored once, blind, at the end of the third;
samples/risk/frost, written in the fourth session and scored once, blind, at its end; samples/risk/hail, written in
the fifth and scored once, blind, at its end; samples/risk/sleet, written in the sixth and scored once, blind, at its end; samples/risk/gale, written in the
seventh and scored once, blind, in it; samples/risk/drizzle, written on 3 December and scored once, blind, at that session's end, then tuned on;
samples/risk/mist, written in 3 December's last session and scored once, blind, in the next; samples/risk/rime, written
on 4 December and scored once, blind, at the end of the next session; samples/risk/glaze, written on 4 December and
scored once, blind, in the session after rime's; samples/risk/squall, written on 4 December and scored once, blind, at
the start of the session after glaze's, then tuned on; samples/risk/tempest, written on 4 December and scored
once, blind, at the end of that session, then tuned on; samples/risk/monsoon, written on 4 December and scored once,
blind, at the start of the next session, then tuned on; samples/risk/typhoon, written and scored once, blind,
on 4 December's sixth session; samples/risk/cyclone, written and scored once, blind, in the seventh; samples/risk/zephyr, scored once, blind, on 5 December; samples/risk/foehn, scored once, blind, in 5 December's third session; samples/risk/bora and samples/risk/levante, scored once, blind, in the fourth; samples/risk/pampero and samples/risk/buran, in the fifth; samples/risk/haboob and samples/risk/bise, in the sixth; samples/risk/solano and samples/risk/etesian, scored once, blind, in the seventh; samples/risk/leveche and samples/risk/gregale, scored once, blind, on 6 December; samples/risk/vardar and samples/risk/sharqi, scored once, blind, in 6 December's second session; samples/risk/koshava and samples/risk/vendaval, in the third; samples/risk/meltemi and samples/risk/bergwind, in the fourth; samples/risk/elephanta and samples/risk/haar, in the fifth; samples/risk/pogonip and samples/risk/brume, in the sixth; samples/risk/chubasco and samples/risk/virazon, in the seventh; samples/risk/sumatra and samples/risk/helm, in the eighth; samples/risk/karaburan and samples/risk/kachchan, in the ninth; samples/risk/nashi and samples/risk/vaudaire, in the tenth; samples/risk/piteraq and samples/risk/tehuano, scored once, blind, on 7 December; samples/risk/habagat and samples/risk/collada, in its second session; samples/risk/surazo and samples/risk/terral, in its third; samples/risk/xlokk and samples/risk/ostria, in its fourth; samples/risk/barber, in its fifth; samples/risk/shamal and samples/risk/chergui, in its sixth; samples/risk/suete, in its seventh; samples/risk/poyraz, in its eighth; samples/risk/breva and samples/risk/oroshi, in its ninth; samples/risk/norther and samples/risk/chocolatero, on 8 December): the level of ``Scrubber.scrub_post(text, history=...)``'s ``risk_before`` (the draft as
written, as the label is) against the label: accuracy, the confusion matrix, high-risk recall (high
posts called high) and the median distance in orders of magnitude between phiscrub's k and the
labelled k (the last "≈ k →" of the reason). Baseline: the number of kinds of quasi-identifier in the
draft (plus any direct identifier: high), with the two thresholds that score best on that corpus.
Second pass (samples/risk/second_pass.jsonl, a labeller who saw neither the labels nor the code): its
agreement with the labels and with phiscrub on the drafts it labelled. Time: the risk stage alone
(``RiskScorer.assess`` before and after redaction) per post, on top of the text analysis.

    python benchmarks/risk_eval.py [--out PATH] [--corpus PATH ...]
"""

from __future__ import annotations

import argparse
import datetime
import json
import math
import platform
import re
import statistics
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
LEVELS = ("low", "medium", "high")
GOLD_K = re.compile(r"≈\s*([0-9][0-9.,]*(?:e-?\d+)?)\s*→")
SECOND = ROOT / "samples/risk/second_pass.jsonl"


def gold_k(reason: str):
    found = GOLD_K.findall(reason)
    return float(found[-1].replace(",", "")) if found else None


def kinds_count(analysis) -> int:
    return len({m.kind for m in analysis.mentions}) + (10 if analysis.findings else 0)


def best_baseline(labels, counts):
    """The (medium_from, high_from) kind counts that score best, and their confusion."""
    best = None
    for med in range(0, 8):
        for high in range(med, 9):
            conf = Counter((g, "high" if c >= high else ("medium" if c >= med else "low"))
                           for g, c in zip(labels, counts, strict=True))
            if best is None or accuracy(conf) > accuracy(best[1]):
                best = ((med, high), conf)
    return best


def run(scrubber, rows):
    from phiscrub.risk.scorer import RiskScorer

    scorer = RiskScorer()
    ours, dist, counts, risk_s, called = Counter(), [], [], 0.0, {}
    for r in rows:
        text, history = r["text"], r.get("history", [])
        analysis = scrubber.analyze_text(text)
        earlier = list(zip(history, scrubber.analyze_texts(history), strict=True))
        t0 = time.perf_counter()
        before = scorer.assess(text, analysis, redacted=False, history=earlier)
        scorer.assess(text, analysis, redacted=True, history=earlier)
        risk_s += time.perf_counter() - t0
        ours[(r["level"], before.level)] += 1
        called[r["id"]] = before.level
        counts.append(kinds_count(analysis))
        k = gold_k(r["reason"])
        if k and k > 0 and before.k > 0:
            dist.append(abs(math.log10(before.k) - math.log10(k)))
    return ours, dist, counts, risk_s / max(1, len(rows)), called


def table(conf: Counter) -> list:
    lines = ["| label \\ called | low | medium | high |", "|---|---:|---:|---:|"]
    for g in LEVELS:
        lines.append(f"| {g} | " + " | ".join(str(conf[(g, p)]) for p in LEVELS) + " |")
    return lines


def accuracy(conf: Counter) -> float:
    n = sum(conf.values())
    return sum(v for (g, p), v in conf.items() if g == p) / n if n else 0.0


def high_recall(conf: Counter) -> str:
    n = sum(conf[("high", p)] for p in LEVELS)
    return f"{conf[('high', 'high')] / n:.3f} ({conf[('high', 'high')]}/{n})" if n else "–"


def worked_examples(scrubber) -> list:
    """k from phiscrub against the same arithmetic done by hand from the published tables."""
    from phiscrub.risk.figures import figures
    from phiscrub.risk.times import HOUR

    f = figures()
    cases = [
        ("A 76-year-old man in EX39 had a fall.", f.district("EX39") * f.age_share(76, 76) * f.sex_share("male", 76, 76),
         "EX39 residents (2011) x age-76 share x male share at 76"),
        ("A woman in her 90s from Bude was very poorly.", 7_011 * f.age_share(90, 99) * f.sex_share("female", 90, 99),
         "Bude 7,011 (GeoNames cities500) x 90-99 share x female share at 90-99"),
        ("3am call to a 102-year-old in Appledore.",
         2_161 * f.age_share(102, 102) * f.ambulance_rate * HOUR,
         "Appledore 2,161 (GeoNames) x age-102 share x 0.159 ambulance incidents a year x 1 hour"),
    ]
    lines = ["| worked example | by hand | phiscrub k | what the hand figure multiplies |", "|---|---:|---:|---|"]
    for text, hand, how in cases:
        k = scrubber.scrub_post(text).risk_after.k
        lines.append(f"| {text} | {hand:.3g} | {k:.3g} | {how} |")
    return lines


def second_pass(rows_by_id, called) -> list:
    if not SECOND.exists():
        return ["(no samples/risk/second_pass.jsonl)"]
    second = [json.loads(line) for line in SECOND.read_text("utf-8").splitlines() if line.strip()]
    pairs = [(rows_by_id[s["id"]]["level"], s["level"], called.get(s["id"])) for s in second if s["id"] in rows_by_id]
    if not pairs:
        return ["(second pass labels none of these drafts)"]
    labels = sum(a == b for a, b, _ in pairs) / len(pairs)
    ours = sum(b == c for _, b, c in pairs) / len(pairs)
    first_ours = sum(a == c for a, _, c in pairs) / len(pairs)
    return [f"{len(pairs)} drafts labelled again by a second labeller who saw neither the first labels nor the code:",
            "", "| pair | agreement |", "|---|---:|", f"| first labels vs second labels (the ceiling) | {labels:.3f} |",
            f"| phiscrub vs first labels (same drafts) | {first_ours:.3f} |",
            f"| phiscrub vs second labels | {ours:.3f} |"]


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=HERE / "results" / "risk_eval.md")
    ap.add_argument("--corpus", action="append", type=Path)
    args = ap.parse_args(argv)
    corpora = args.corpus or [p for p in (ROOT / "samples/risk/drafts.jsonl", ROOT / "samples/risk/spring/drafts.jsonl",
                                          ROOT / "samples/risk/heldout/drafts.jsonl", ROOT / "samples/risk/autumn/drafts.jsonl",
                                          ROOT / "samples/risk/winter/drafts.jsonl", ROOT / "samples/risk/thaw/drafts.jsonl",
                                          ROOT / "samples/risk/frost/drafts.jsonl", ROOT / "samples/risk/hail/drafts.jsonl",
                                          ROOT / "samples/risk/sleet/drafts.jsonl", ROOT / "samples/risk/gale/drafts.jsonl",
                                          ROOT / "samples/risk/drizzle/drafts.jsonl", ROOT / "samples/risk/mist/drafts.jsonl",
                                          ROOT / "samples/risk/rime/drafts.jsonl", ROOT / "samples/risk/glaze/drafts.jsonl",
                                          ROOT / "samples/risk/squall/drafts.jsonl", ROOT / "samples/risk/tempest/drafts.jsonl",
                                          ROOT / "samples/risk/monsoon/drafts.jsonl", ROOT / "samples/risk/typhoon/drafts.jsonl",
                                          ROOT / "samples/risk/cyclone/drafts.jsonl",
                                          ROOT / "samples/risk/zephyr/drafts.jsonl",
                                          ROOT / "samples/risk/foehn/drafts.jsonl", ROOT / "samples/risk/bora/drafts.jsonl",
                                          ROOT / "samples/risk/levante/drafts.jsonl", ROOT / "samples/risk/pampero/drafts.jsonl",
                                          ROOT / "samples/risk/buran/drafts.jsonl", ROOT / "samples/risk/haboob/drafts.jsonl",
                                          ROOT / "samples/risk/bise/drafts.jsonl", ROOT / "samples/risk/solano/drafts.jsonl",
                                          ROOT / "samples/risk/etesian/drafts.jsonl",
                                          ROOT / "samples/risk/leveche/drafts.jsonl",
                                          ROOT / "samples/risk/gregale/drafts.jsonl",
                                          ROOT / "samples/risk/vardar/drafts.jsonl",
                                          ROOT / "samples/risk/sharqi/drafts.jsonl",
                                          ROOT / "samples/risk/koshava/drafts.jsonl",
                                          ROOT / "samples/risk/vendaval/drafts.jsonl",
                                          ROOT / "samples/risk/meltemi/drafts.jsonl",
                                          ROOT / "samples/risk/bergwind/drafts.jsonl",
                                          ROOT / "samples/risk/elephanta/drafts.jsonl",
                                          ROOT / "samples/risk/haar/drafts.jsonl",
                                          ROOT / "samples/risk/pogonip/drafts.jsonl",
                                          ROOT / "samples/risk/brume/drafts.jsonl",
                                          ROOT / "samples/risk/chubasco/drafts.jsonl",
                                          ROOT / "samples/risk/virazon/drafts.jsonl", ROOT / "samples/risk/sumatra/drafts.jsonl",
                                          ROOT / "samples/risk/helm/drafts.jsonl",
                                          ROOT / "samples/risk/karaburan/drafts.jsonl", ROOT / "samples/risk/kachchan/drafts.jsonl",
                                          ROOT / "samples/risk/nashi/drafts.jsonl", ROOT / "samples/risk/vaudaire/drafts.jsonl",
                                          ROOT / "samples/risk/piteraq/drafts.jsonl", ROOT / "samples/risk/tehuano/drafts.jsonl",
                                          ROOT / "samples/risk/habagat/drafts.jsonl",
                                          ROOT / "samples/risk/collada/drafts.jsonl", ROOT / "samples/risk/surazo/drafts.jsonl",
                                          ROOT / "samples/risk/terral/drafts.jsonl",
                                          ROOT / "samples/risk/xlokk/drafts.jsonl",
                                          ROOT / "samples/risk/ostria/drafts.jsonl",
                                          ROOT / "samples/risk/barber/drafts.jsonl",
                                          ROOT / "samples/risk/shamal/drafts.jsonl",
                                          ROOT / "samples/risk/chergui/drafts.jsonl",
                                          ROOT / "samples/risk/suete/drafts.jsonl",
                                          ROOT / "samples/risk/poyraz/drafts.jsonl",
                                          ROOT / "samples/risk/breva/drafts.jsonl",
                                          ROOT / "samples/risk/oroshi/drafts.jsonl",
                                          ROOT / "samples/risk/norther/drafts.jsonl",
                                          ROOT / "samples/risk/chocolatero/drafts.jsonl")
                              if p.exists()]
    from phiscrub import Scrubber

    scrubber = Scrubber().warm_up()
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    out = ["# Jigsaw-risk benchmark: samples/risk", "",
           f"Generated by `benchmarks/risk_eval.py` on {platform.node()} (Python {platform.python_version()}), {now}. "
           "Level = `Scrubber.scrub_post(text, history)`'s `risk_before` (the draft as written, as labelled). "
           "Baseline: the number of kinds of quasi-identifier (any direct identifier: high) with the thresholds "
           "that score best on each corpus. k distance: median |log10 k - log10 labelled k|. Risk ms: the risk "
           "stage alone (before and after redaction), on top of the text analysis.", "",
           "| corpus | posts | phiscrub accuracy | high-risk recall | baseline accuracy (thresholds) | baseline "
           "high-risk recall | k distance (orders) | risk ms / post |", "|---|---:|---:|---:|---:|---:|---:|---:|"]
    details, first_rows, first_called = [], {}, {}
    for path in corpora:
        path = path.resolve()
        rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
        ours, dist, counts, per, called = run(scrubber, rows)
        (med, high), base = best_baseline([r["level"] for r in rows], counts)
        name = path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else path.name
        out.append(f"| `{name}` | {len(rows)} | {accuracy(ours):.3f} | {high_recall(ours)} | {accuracy(base):.3f} "
                   f"(medium from {med}, high from {high} kinds) | {high_recall(base)} "
                   f"| {statistics.median(dist) if dist else float('nan'):.2f} | {per * 1000:.2f} |")
        details += ["", f"## `{name}`: phiscrub", ""] + table(ours) + ["", f"## `{name}`: baseline", ""] + table(base)
        if not first_rows:
            first_rows, first_called = {r["id"]: r for r in rows}, called
    details += ["", "## Second labeller", ""] + second_pass(first_rows, first_called)
    details += ["", "## Worked examples: k against the published figures", ""] + worked_examples(scrubber)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("\n".join(out + details) + "\n", "utf-8")
    print("\n".join(out + details))


if __name__ == "__main__":
    main()
