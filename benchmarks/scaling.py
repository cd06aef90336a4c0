"""Scaling benchmark: time per KB and peak memory from 1 KB to 5 MB, phiscrub and Presidio.

One synthetic text per size (invented ward chat: names, NHS numbers, postcodes,
phone numbers, times and ordinary sentences, generated from a fixed seed — no
corpus draft is used). Each (engine, size) runs in a fresh process: load and
warm up the engine, then time one analysis of the whole text. Peak memory is
the process's high-water mark (``VmHWM``) after the run, and its growth over
the resident size before the run. Cost is linear when time per KB stays flat
(the report gives max/min of time per KB over sizes from 10 KB up; the target
is within 2x, and a 5 MB text in under a minute).

Presidio is run as it ships; texts longer than spaCy's ``max_length``
(1,000,000 characters) make it raise E088, which the report shows as such.

    python benchmarks/scaling.py [--sizes 1,10,100,1000,5000] [--engines phiscrub,phiscrub-2,presidio]

``phiscrub-2`` is phiscrub with two worker processes (``ScrubConfig(workers=2)``).
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIRST = ["Priya", "Sam", "Marjorie", "Kofi", "Aled", "Siobhan", "Tomasz", "Ngozi", "Callum", "Ffion", "Reg",
         "Edna", "Yusuf", "Morag", "Deepak", "Bronwen", "Olu", "Kasia", "Declan", "Haruto"]
LAST = ["Flint", "Mensah", "Okafor", "Pritchard", "Kowalski", "MacLeod", "Adeyemi", "Tregothnan", "Ashworth",
        "Nakamura", "Fairweather", "Quigley", "Penhaligon", "Oyelaran", "Braithwaite"]
LINES = [
    "{t} bay {b}: {f} {l} {a}{s}, NHS no {nhs}, obs stable, for discharge later",
    "{f} can u check bed {b} pls, family ringing on {phone}",
    "pt is {f2} {l2}, lives at {n} Station Road {pc}, DOB {dob}",
    "handover done at {t}, Ward 7 quiet, thanks {f} and {f2} for the help",
    "Dr {l} reviewed, plan unchanged, bloods at 06:00",
    "reminder: fire drill on Level 4 at {t}, meet by the main entrance",
    "RTC on the A38 near Derriford, 2 pts to ED, crews back by {t}",
    "{f}'s mum called, will visit tomorrow afternoon",
    "Great shift everyone, proud of this team #NHS",
]


def _nhs(rng: random.Random) -> str:
    while True:
        digits = [rng.randint(0, 9) for _ in range(9)]
        check = 11 - sum(d * w for d, w in zip(digits, range(10, 1, -1), strict=True)) % 11
        if check == 11:
            check = 0
        if check != 10:
            s = "".join(map(str, digits)) + str(check)
            return f"{s[:3]} {s[3:6]} {s[6:]}"


def synthetic(size_bytes: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    out, total = [], 0
    while total < size_bytes:
        line = rng.choice(LINES).format(
            t=f"{rng.randint(0, 23):02d}:{rng.choice(['00', '15', '30', '45'])}", b=rng.randint(1, 30),
            f=rng.choice(FIRST), l=rng.choice(LAST), f2=rng.choice(FIRST), l2=rng.choice(LAST),
            a=rng.randint(18, 99), s=rng.choice("MF"), nhs=_nhs(rng), phone=f"07700 900{rng.randint(100, 999)}",
            n=rng.randint(1, 200), pc=f"EX{rng.randint(1, 39)} {rng.randint(1, 9)}{rng.choice('ABDEFG')}{rng.choice('HJLNPQ')}",
            dob=f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/19{rng.randint(20, 99)}",
        )
        out.append(line + "\n")
        total += len(line) + 1
        if rng.random() < 0.1:
            out.append("\n")
            total += 1
    return "".join(out)[:size_bytes]


def _status(key: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1]) // 1024  # MB
    return 0


def child(engine: str, size_kb: int) -> dict:
    """One run in this process: returns seconds, findings and memory figures."""
    sys.path.insert(0, str(HERE))
    text = synthetic(size_kb * 1024)
    if engine.startswith("phiscrub"):
        from phiscrub import Scrubber, ScrubConfig

        workers = int(engine.partition("-")[2] or 1)  # "phiscrub-2": two worker processes
        scrubber = Scrubber(ScrubConfig(workers=workers)).warm_up()
        scrubber.scrub_texts([synthetic(2048, seed=s) for s in range(2 * workers)])  # starts the workers

        def run():
            return len(scrubber.scrub_text(text).findings)
    else:
        from text_recall import presidio_engine

        presidio = presidio_engine()
        presidio([synthetic(2048, seed=1)])

        def run():
            return len(presidio([text])[0])
    before = _status("VmRSS")
    t0 = time.perf_counter()
    try:
        found, error = run(), ""
    except Exception as exc:  # Presidio's E088 on texts over spaCy's max_length
        found, error = 0, f"{type(exc).__name__}: {str(exc)[:60]}"
    seconds = time.perf_counter() - t0
    return {"engine": engine, "kb": size_kb, "seconds": seconds, "findings": found, "error": error,
            "peak_mb": _status("VmHWM"), "growth_mb": max(0, _status("VmHWM") - before)}


def report(rows: list) -> str:
    lines = ["# Scaling benchmark: time per KB and peak memory, 1 KB to 5 MB", "",
             f"Generated by `benchmarks/scaling.py` on {platform.node()} ({platform.machine()}, Python "
             f"{platform.python_version()}), {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}. One synthetic"
             " text per size (fixed seed), one fresh process per run, engine loaded and warmed up before timing.", "",
             "Memory is the timed process's own: for `phiscrub-2` that is the main process, and each of its two"
             " workers holds its own copy of the model (about 180 MB each).", "",
             "| engine | size | seconds | ms per KB | findings | peak RSS (MB) | growth during run (MB) |",
             "|---|---:|---:|---:|---:|---:|---:|"]
    for r in rows:
        if r["error"]:
            lines.append(f"| {r['engine']} | {r['kb']} KB | – | – | failed: {r['error']} | {r['peak_mb']} | – |")
            continue
        lines.append(f"| {r['engine']} | {r['kb']} KB | {r['seconds']:.2f} | {1000 * r['seconds'] / r['kb']:.2f} | "
                     f"{r['findings']} | {r['peak_mb']} | {r['growth_mb']} |")
    lines.append("")
    for engine in sorted({r["engine"] for r in rows}):
        per_kb = [r["seconds"] / r["kb"] for r in rows if r["engine"] == engine and r["kb"] >= 10 and not r["error"]]
        if len(per_kb) > 1:
            lines.append(f"- {engine}: time per KB max/min over sizes ≥ 10 KB = **{max(per_kb) / min(per_kb):.2f}x**")
    return "\n".join(lines) + "\n"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1,10,100,1000,5000", help="sizes in KB, comma-separated")
    ap.add_argument("--engines", default="phiscrub,phiscrub-2,presidio")
    ap.add_argument("--max-seconds", type=float, default=600, help="skip larger sizes of an engine after a run this slow")
    ap.add_argument("--out", type=Path, default=HERE / "results" / "scaling.md")
    ap.add_argument("--child", nargs=2, metavar=("ENGINE", "KB"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.child[0], int(args.child[1]))))
        return 0
    rows = []
    for engine in args.engines.split(","):
        for kb in (int(s) for s in args.sizes.split(",")):
            out = subprocess.run([sys.executable, __file__, "--child", engine, str(kb)], capture_output=True, text=True)
            if out.returncode != 0:
                print(out.stderr[-2000:], file=sys.stderr)
                return 1
            row = json.loads(out.stdout.strip().splitlines()[-1])
            rows.append(row)
            print(f"{engine:9s} {kb:>6} KB {row['seconds']:8.2f} s  {row['error']}", flush=True)
            if row["seconds"] > args.max_seconds:
                break
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(report(rows), "utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
