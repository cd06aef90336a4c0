"""Web page benchmark: 20 concurrent users posting drafts (text only) to a running ``phiscrub serve``
app for a fixed time (drafts/s, errors, latency percentiles), and one draft with two 12 MP photos
(seconds until every result is back) at the page's posting size and at full size, after warm-up. The app runs under uvicorn in this process, on
127.0.0.1, exactly as ``phiscrub serve`` builds it. Writes benchmarks/results/web_load.md.

    python benchmarks/web_load.py [--users 20] [--seconds 20] [--out PATH]
"""

from __future__ import annotations

import argparse
import datetime
import io
import json
import platform
import socket
import statistics
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DEV = ROOT.parent / "shared" / "data" / "images-dev"
TOKEN = "bench-token-0123456789abcdef"


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve():
    import uvicorn

    from phiscrub import Scrubber
    from phiscrub.web.app import create_app, host_names
    from phiscrub.web.service import Service

    port = _port()
    import os

    from phiscrub import ScrubConfig

    # as phiscrub serve builds it: photo models on every core, photos at the posting size
    from phiscrub.config import POSTING_SIZE

    service = Service(Scrubber(ScrubConfig(image_threads=os.cpu_count() or 1)).warm_up(photos=POSTING_SIZE))
    app = create_app(service, TOKEN, host_names("127.0.0.1", port))
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", access_log=False))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    return server, f"http://127.0.0.1:{port}", service


def load(base: str, drafts, users: int, seconds: float):
    import httpx

    latencies, errors, done = [], [0], [0]
    lock = threading.Lock()
    stop = time.perf_counter() + seconds

    def user(n: int):
        with httpx.Client(base_url=base, headers={"X-Phiscrub-Token": TOKEN}, timeout=30) as client:
            i = n
            while time.perf_counter() < stop:
                t0 = time.perf_counter()
                r = client.post("/api/analyze", json={"text": drafts[i % len(drafts)], "mode": "tag"})
                with lock:
                    latencies.append(time.perf_counter() - t0)
                    done[0] += 1
                    errors[0] += r.status_code != 200
                i += users

    threads = [threading.Thread(target=user, args=(n,)) for n in range(users)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return done[0] / (time.perf_counter() - t0), errors[0], latencies


def photos_post(base: str) -> dict:
    """One draft and two 12 MP photos, as the page sends them: the photos one after another, the draft
    as soon as it is typed (while the photos are in work), and the draft again with the photos' facts.
    Seconds from the start to: the draft's first results, the first photo, and all results."""
    import httpx
    from PIL import Image

    files = sorted(DEV.glob("*.jpg"))[:2]
    blobs = []
    for f in files:
        buf = io.BytesIO()
        Image.open(f).convert("RGB").resize((4000, 3000)).save(buf, format="JPEG", quality=90)
        blobs.append((f.name, buf.getvalue()))
    text = "Our team at the fete today!"
    times = {}
    with httpx.Client(base_url=base, headers={"X-Phiscrub-Token": TOKEN}, timeout=300) as client:
        t0 = time.perf_counter()

        def draft_now():
            client.post("/api/analyze", json={"text": text}).raise_for_status()
            times["draft"] = time.perf_counter() - t0

        drafter = threading.Thread(target=draft_now)
        facts = []
        for i, (name, blob) in enumerate(blobs):
            if i == 0:
                threading.Timer(0.2, drafter.start).start()  # the draft arrives while the first photo is in work
            r = client.post("/api/photo", files={"photo": (name, blob, "image/jpeg")})
            r.raise_for_status()
            times.setdefault("first_photo", time.perf_counter() - t0)
            facts.append({"has_gps": False, "has_capture_time": False, "failed": False,
                          "region_kinds": [x["kind"] for x in r.json()["regions"]]})
        client.post("/api/analyze", json={"text": text, "photos": facts}).raise_for_status()
        times["all"] = time.perf_counter() - t0
        drafter.join()
    return times


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--users", type=int, default=20)
    ap.add_argument("--seconds", type=float, default=20)
    ap.add_argument("--out", type=Path, default=HERE / "results" / "web_load.md")
    args = ap.parse_args(argv)
    drafts = [json.loads(line)["text"] for line in (ROOT / "samples/text/drafts.jsonl").read_text("utf-8").splitlines()]
    server, base, service = serve()
    load(base, drafts, 2, 3)  # warm-up
    rate, errors, lat = load(base, drafts, args.users, args.seconds)
    nan = float("nan")
    none = {"draft": nan, "first_photo": nan, "all": nan}
    photo = photos_post(base) if DEV.exists() else none
    size = service.photo_size
    service.photo_size = None  # phiscrub serve --photo-size 0: every photo at its own size
    whole = photos_post(base) if DEV.exists() else none
    server.should_exit = True
    q = statistics.quantiles(lat, n=100)
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    lines = ["# Web page benchmark", "",
             f"Generated by `benchmarks/web_load.py` on {platform.node()} (Python {platform.python_version()}), {now}; "
             "the app as `phiscrub serve` builds it, under uvicorn on 127.0.0.1, after warm-up.", "",
             "| measure | target | measured | met |", "|---|---:|---:|---|",
             f"| drafts/s, {args.users} concurrent users, text only ({len(lat)} requests in {args.seconds:g} s) "
             f"| >= 50 | {rate:.1f} | {'met' if rate >= 50 else '**not met**'} |",
             f"| errors | 0 | {errors} | {'met' if errors == 0 else '**not met**'} |",
             f"| latency p50 / p95 (ms) | | {q[49] * 1000:.0f} / {q[94] * 1000:.0f} | |",
             f"| a draft sent with two 12 MP photos, checked at the posting size ({size} px, the default): "
             f"the draft's results back (s) | | {photo['draft']:.2f} | |",
             f"| the same: first photo back (s) | | {photo['first_photo']:.1f} | |",
             f"| the same: all results back (s) | <= 3 | {photo['all']:.1f} "
             f"| {'met' if photo['all'] <= 3 else '**not met**'} |",
             f"| the same with `--photo-size 0` (each photo at its own 12 MP): first photo / all results back (s) "
             f"| | {whole['first_photo']:.1f} / {whole['all']:.1f} | |"]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("\n".join(lines) + "\n", "utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
