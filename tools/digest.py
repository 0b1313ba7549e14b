"""Digest communique's outputs, to check that a refactor leaves them identical.

    python tools/digest.py [--out FILE] [--workers 2] [--ungd 200]
    python tools/digest.py --compare BEFORE.json AFTER.json

Runs the checkout this file belongs to (its ``src/``, whatever is installed) and
prints one sha256 per output kind and a total over them:

- ``extract-examples``, ``extract-ungd``: the JSON of ``communique extract`` over
  the bundled ``examples/`` and over the first N UN General Debate speeches
  (``../shared/eval-data/ungd-statements/``, converted by ``tools/ungd/to_jsonl.py``;
  left out with a message when ``../shared`` is absent);
- ``export-<format>``: ``communique ingest`` of the same inputs into a temporary
  SQLite archive, then ``communique export`` in every format (Parquet by its table:
  schema and rows, not its bytes, which embed library versions);
- ``web-api``: answers of the workbench's JSON API (FastAPI TestClient over that
  archive) to a fixed list of GET queries; ``web-export``: its export downloads.

Volatile values are normalised before hashing, all of them listed in
``tools/digest_parts.py`` (``VOLATILE_KEYS``, ``normalise_text``).  ``--out FILE`` also keeps a
digest per item (document, endpoint, column) so ``--compare`` can say where two
checkouts differ.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))   # (run as a script, or loaded by path)
from digest_parts import Part, json_lines, normalise, normalise_text, table_rows  # noqa: E402

CHECKOUT = Path(__file__).resolve().parents[1]
UNGD_CORPUS = CHECKOUT.parent / "shared" / "eval-data" / "ungd-statements" / \
    "ungd_sessions75-79_2020-2024.jsonl"
EXPORT_FORMATS = ("plover-jsonl", "cameo-tsv", "csv", "parquet", "geojson")


# -- running the checkout ------------------------------------------------------------
def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "COMMUNIQUE_CONFIG"}
    env["PYTHONPATH"] = str(CHECKOUT / "src") + os.pathsep + env.get("PYTHONPATH", "")
    env["PYTHONHASHSEED"] = "0"
    return env


def start(args: list[str], cwd: Path) -> tuple[list[str], subprocess.Popen]:
    """``communique ARGS`` started in ``cwd`` with this checkout's code."""
    return args, subprocess.Popen([sys.executable, "-m", "communique", *args], cwd=cwd, env=_env(),
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def finish(run: tuple[list[str], subprocess.Popen], ok=(0,)) -> tuple[str, str]:
    args, p = run
    out, err = p.communicate()
    if p.returncode not in ok:
        sys.exit(f"digest: `communique {' '.join(args)}` failed ({p.returncode}):\n{err[-2000:]}")
    return out, err


def extract_part(name: str, runs: list, tmp: str, stderr: bool = True) -> Part:
    """The JSON of ``communique extract`` runs (started by ``start``), in order."""
    part = Part(name)
    for run in runs:
        # Status 1: some input failed; its error is part of the output that is digested.
        out, err = finish(run, ok=(0, 1))
        for doc in json_lines(out, tmp):
            part.add(str((doc.get("document") or {}).get("id")), doc)
        if stderr:  # (a batch's record errors are in its JSON; its last line counts them)
            part.add("stderr", normalise_text(err, tmp).splitlines())
    return part


def shards(path: Path, n: int) -> list[Path]:
    """``path`` in ``n`` copies named alike (shard<i>/<name>), each keeping its share of the
    lines and blanks in place of the others: sources and line numbers in the output are
    those of the whole file, whatever ``n``."""
    lines = path.read_text(encoding="utf-8").splitlines()
    size = -(-len(lines) // n) if lines else 0
    out = []
    for i in range(n):
        if not lines[i * size:(i + 1) * size]:
            continue
        shard = path.parent / f"shard{i}" / path.name
        shard.parent.mkdir()
        shard.write_text("".join((l if i * size <= k < (i + 1) * size else "") + "\n"
                                 for k, l in enumerate(lines)), encoding="utf-8")
        out.append(shard)
    return out


def export_parts(cwd: Path, db: str, tmp: str) -> list[Part]:
    # The formats are written side by side: each run is mostly the start of a process.
    runs = {fmt: start(["export", "--db", db, "--format", fmt, "-o", f"export.{fmt}"], cwd)
            for fmt in EXPORT_FORMATS}
    parts = []
    for fmt in EXPORT_FORMATS:
        finish(runs[fmt])
        target = cwd / f"export.{fmt}"
        part = Part(f"export-{fmt}")
        if fmt == "parquet":
            import pyarrow.parquet as pq

            table = pq.read_table(target)
            part.add("schema", [[f.name, str(f.type)] for f in table.schema])
            part.add_rows([normalise(r, tmp) for r in table.to_pylist()], table.column_names)
        elif fmt == "geojson":
            data = normalise(json.loads(target.read_text(encoding="utf-8")), tmp)
            features = data.pop("features")
            part.add("collection", data)
            props = [dict(f.get("properties") or {}) for f in features]
            for f in features:
                f["properties"] = None
            part.add("features", features)
            part.add_rows(props, list(props[0]) if props else [])
        elif fmt in ("csv", "cameo-tsv"):
            columns, rows = table_rows(target.read_text(encoding="utf-8"),
                                       "," if fmt == "csv" else "\t", tmp)
            part.add_rows(rows, columns)
        else:
            for i, rec in enumerate(json_lines(target.read_text(encoding="utf-8"), tmp)):
                part.add(f"line {i}", rec)
        parts.append(part)
    return parts


def web_parts(db_path: Path, tmp: str) -> list[Part]:
    """The JSON API's answers and the export downloads, in this process."""
    sys.path.insert(0, str(CHECKOUT / "src"))
    import warnings

    import communique
    with warnings.catch_warnings():  # starlette's note about httpx, on every import
        warnings.simplefilter("ignore", DeprecationWarning)
        from fastapi.testclient import TestClient

    from communique.web.server import build_app

    if not Path(communique.__file__).resolve().is_relative_to(CHECKOUT / "src"):
        sys.exit(f"digest: imported communique from {communique.__file__}, not this checkout")
    api, exports = Part("web-api"), Part("web-export")
    with TestClient(build_app(f"sqlite:///{db_path}"), base_url="http://localhost:8000") as c:
        def get(path: str, **params) -> Any:
            r = c.get(path, params=params)
            body = normalise(r.json(), tmp) if "json" in r.headers.get("content-type", "") else \
                normalise_text(r.text, tmp)
            api.add(f"GET {path} {sorted(params.items())}", [r.status_code, body])
            return body

        listing = get("/api/documents", limit=200)
        ids = []
        offset = 0
        while True:  # every document, page by page
            page = c.get("/api/documents", params={"limit": 200, "offset": offset}).json()
            ids += [d["document_id"] for d in page["documents"]]
            offset += 200
            if offset >= page["total"] or not page["documents"]:
                break
        facets = listing.get("facets", {}) if isinstance(listing, dict) else {}

        def top(facet: str, n: int) -> list[str]:
            return [f["value"] for f in facets.get(facet, [])[:n]]

        get("/api/documents")
        for words in ("sanctions", "climate change", "peace OR ceasefire", '"human rights"', "zzzqqq"):
            get("/api/documents", q=words, limit=50)
        for t in top("type", 5):
            get("/api/documents", type=t, limit=50)
            get("/api/events", type=t, limit=100)
        for a in top("actor", 5):
            get("/api/documents", actor=a, limit=50)
            get("/api/actors/" + a)
        for p in top("place", 3):
            get("/api/documents", place=p, limit=50)
        for s in top("source", 3):
            get("/api/documents", source=s, limit=50)
        get("/api/documents", date_from="2022-01-01", date_to="2022-12-31", limit=50)
        get("/api/documents", review="unreviewed", limit=20)
        offset = 0
        while True:  # every event, page by page
            page = get("/api/events", limit=500, offset=offset)
            offset += 500
            if not isinstance(page, dict) or offset >= page.get("total", 0):
                break
        for i in sorted(ids):
            get(f"/api/documents/{i}")
        get("/api/documents/no-such-document")
        get("/api/actors/No Such Actor")
        get("/api/places")
        get("/api/places", date_from="2021-01-01")
        for g in ("year", "month", "day"):
            get("/api/timeline", granularity=g)
        get("/api/map")
        get("/api/me")

        formats = [f for f in ("jsonl", "csv", *EXPORT_FORMATS)]
        for fmt in formats:
            r = c.get("/events/export", params={"format": fmt})
            key = f"GET /events/export format={fmt}"
            if r.status_code != 200:
                exports.add(key, [r.status_code])
            elif fmt == "parquet":
                import pyarrow.parquet as pq

                table = pq.read_table(io.BytesIO(r.content))
                exports.add(key, {"schema": [[f.name, str(f.type)] for f in table.schema],
                                  "rows": [normalise(x, tmp) for x in table.to_pylist()]})
            elif fmt in ("csv", "cameo-tsv"):
                columns, rows = table_rows(r.text, "," if fmt == "csv" else "\t", tmp)
                exports.add(key, {"columns": columns, "rows": rows})
            elif fmt == "geojson":
                exports.add(key, normalise(json.loads(r.text), tmp))
            else:
                exports.add(key, json_lines(r.text, tmp))
    return [api, exports]


# -- the run -----------------------------------------------------------------------------
def run(args) -> dict[str, Any]:
    work = Path(tempfile.mkdtemp(prefix="communique-digest-"))
    tmp = str(work)
    timings: dict[str, float] = {}
    try:
        examples = work / "examples"
        examples.mkdir()
        names = sorted(p.name for p in (CHECKOUT / "examples").iterdir()
                       if p.suffix in (".txt", ".html"))
        for n in names:
            shutil.copy(CHECKOUT / "examples" / n, examples / n)
        inputs = [f"examples/{n}" for n in names]  # relative: paths in outputs are the same everywhere

        parts: list[Part] = []
        t = time.time()
        # The examples and the speeches (in --workers shards) are coded side by side.
        examples_run = [start(["extract", "--compact", *inputs], work)]
        corpus = Path(args.corpus)
        ungd_runs = None
        if args.ungd and corpus.exists():
            ungd = work / "ungd.jsonl"
            conv = subprocess.run([sys.executable, str(CHECKOUT / "tools" / "ungd" / "to_jsonl.py"),
                                   str(corpus), "-o", str(ungd), "--limit", str(args.ungd)],
                                  env=_env(), capture_output=True, text=True)
            if conv.returncode:
                sys.exit(f"digest: converting {corpus} failed:\n{conv.stderr}")
            ungd_runs = [start(["extract", "--jsonl", p.name], p.parent)
                         for p in shards(ungd, args.workers)]
        elif args.ungd:
            print(f"digest: {corpus} not found: UN General Debate speeches left out "
                  "(the digest covers the examples only)", file=sys.stderr)
        parts.append(extract_part("extract-examples", examples_run, tmp))
        if ungd_runs:
            parts.append(extract_part("extract-ungd", ungd_runs, tmp, stderr=False))
            inputs.append("ungd.jsonl")
        timings["extract"] = time.time() - t

        t = time.time()
        db = work / "archive.db"
        finish(start(["ingest", "--db", str(db), "--workers", str(args.workers), *inputs], work),
               ok=(0, 1))
        timings["ingest"] = time.time() - t
        t = time.time()
        parts += export_parts(work, str(db), tmp)
        timings["export"] = time.time() - t
        t = time.time()
        parts += web_parts(db, tmp)
        timings["web"] = time.time() - t
    finally:
        if args.keep:
            print(f"digest: working files kept in {work}", file=sys.stderr)
        else:
            shutil.rmtree(work, ignore_errors=True)
    total = hashlib.sha256("".join(f"{p.name} {p.digest()}\n" for p in parts).encode()).hexdigest()
    return {"checkout": str(CHECKOUT), "commit": _commit(), "ungd": args.ungd if corpus.exists() else 0,
            "total": total, "seconds": {k: round(v, 1) for k, v in timings.items()},
            "parts": {p.name: p.detail() for p in parts}}


def _commit() -> str | None:
    p = subprocess.run(["git", "-C", str(CHECKOUT), "rev-parse", "--short", "HEAD"],
                       capture_output=True, text=True)
    dirty = subprocess.run(["git", "-C", str(CHECKOUT), "status", "--porcelain", "--untracked-files=no"],
                           capture_output=True, text=True).stdout.strip()
    return (p.stdout.strip() + ("+dirty" if dirty else "")) if p.returncode == 0 else None


def compare(a_path: str, b_path: str) -> int:
    a, b = (json.loads(Path(x).read_text(encoding="utf-8")) for x in (a_path, b_path))
    same = a["total"] == b["total"]
    print(f"total: {'identical' if same else 'DIFFERENT'} ({a.get('commit')} vs {b.get('commit')})")
    for name in sorted(set(a["parts"]) | set(b["parts"])):
        pa, pb = a["parts"].get(name), b["parts"].get(name)
        if pa is None or pb is None:
            print(f"{name}: only in {'second' if pa is None else 'first'}")
            continue
        if pa["digest"] == pb["digest"]:
            print(f"{name}: identical")
            continue
        print(f"{name}: DIFFERENT")
        for kind in ("column_digests", "item_digests"):
            da, db = pa.get(kind) or {}, pb.get(kind) or {}
            only_a, only_b = [k for k in da if k not in db], [k for k in db if k not in da]
            changed = [k for k in da if k in db and da[k] != db[k]]
            for label, keys in (("only in first", only_a), ("only in second", only_b),
                                ("changed", changed)):
                if keys:
                    shown = ", ".join(keys[:12]) + (f" ... ({len(keys)} in all)" if len(keys) > 12 else "")
                    print(f"  {kind.split('_')[0]}s {label}: {shown}")
    return 0 if same else 1


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", help="write the per-part and per-item digests to this JSON file")
    ap.add_argument("--workers", type=int, default=2, help="processes that code (default 2)")
    ap.add_argument("--ungd", type=int, default=200, help="UN General Debate speeches (0: none)")
    ap.add_argument("--corpus", default=str(UNGD_CORPUS), help=argparse.SUPPRESS)
    ap.add_argument("--keep", action="store_true", help="keep the working folder (outputs, archive)")
    ap.add_argument("--compare", nargs=2, metavar=("BEFORE", "AFTER"),
                    help="compare two --out files part by part, then exit")
    args = ap.parse_args(argv)
    if args.compare:
        return compare(*args.compare)
    result = run(args)
    for name, part in result["parts"].items():
        print(f"{part['digest']}  {name}")
    print(f"{result['total']}  total")
    print(f"({result['commit']}, {result['ungd']} speeches, seconds: {result['seconds']})", file=sys.stderr)
    if args.out:
        Path(args.out).write_text(json.dumps(result, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
