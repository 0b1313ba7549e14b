#!/usr/bin/env bash
# Smoke test of what users install: build the wheel, install it into a fresh venv with the
# interpreter's own pip (no pip upgrade, no -e, no dev extras), then drive the installed
# `communique` command: extract (text, HTML, JSONL), ingest, search, every export format
# (SQLite, and PostgreSQL when .ci/postgres.sh runs one), serve, and a review through the API.
# The test suite runs from an editable install and cannot see a file the wheel leaves out
# or a dependency only the dev set-up happens to bring; this can.
#
#   bash .ci/smoke.sh            (PYTHON=python3.12 bash .ci/smoke.sh for another interpreter)
#   SMOKE_KEEP=1 bash .ci/smoke.sh   keeps the work folder for a look afterwards
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$PWD
PYTHON=${PYTHON:-python3}
STARTED=$(date +%s)

WORK=$(mktemp -d "${TMPDIR:-/tmp}/communique-smoke.XXXXXX")
SERVER_PID=""
cleanup() {
  local rc=$?
  if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
  if [ "${SMOKE_KEEP:-}" = 1 ]; then echo "smoke: work folder kept: $WORK"; else rm -rf "$WORK"; fi
  if [ $rc -ne 0 ]; then echo "smoke: FAILED (see the step above)" >&2; fi
  exit $rc
}
trap cleanup EXIT

step() { echo; echo "== smoke [$(( $(date +%s) - STARTED )) s]: $*"; }
die() { echo "smoke: FAIL: $*" >&2; exit 1; }
nonempty() { [ -s "$1" ] || die "$2: $1 is empty or missing"; }

# -- build the wheel from the tracked files only -----------------------------------------
step "build the wheel"
mkdir -p "$WORK/tree" "$WORK/dist"
if git -C "$REPO" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  # (--ignore-failed-read: a tracked file deleted in the working tree is not a build input)
  git -C "$REPO" ls-files -z | tar --null --ignore-failed-read -T - -cf - 2>/dev/null | tar -xf - -C "$WORK/tree"
else
  cp -r "$REPO/." "$WORK/tree"
fi
"$PYTHON" -m pip wheel --no-deps --quiet -w "$WORK/dist" "$WORK/tree" 2>&1 \
  | { grep -v "is ignored: it is neither a file nor a directory" || true; }
WHEEL=$(ls "$WORK"/dist/communique-*.whl)
echo "built $(basename "$WHEEL")"

# -- a fresh venv and the interpreter's own pip ------------------------------------------
step "install the wheel into a fresh venv ($("$PYTHON" --version))"
"$PYTHON" -m venv "$WORK/venv"
V="$WORK/venv/bin"
"$V/python" -m pip --version
# (the filter only hides pip's notes about this machine's index settings; pip's status stands)
"$V/python" -m pip install --quiet "$WHEEL" 2>&1 | { grep -v "is ignored: it is neither a file nor a directory" || true; }
CQ="$V/communique"
[ -x "$CQ" ] || die "the wheel installed no communique command"
# Run from an empty folder so nothing of the source tree can be imported by accident.
mkdir -p "$WORK/run" && cd "$WORK/run"
where=$("$V/python" -c 'import communique, os; print(os.path.dirname(communique.__file__))')
case "$where" in "$WORK/venv/"*) ;; *) die "communique imports from $where, not from the venv";; esac
check() { "$V/python" - "$@"; }   # a short Python check over output files; exits non-zero on failure

step "import every module of the installed package"
# Catches a dependency only the dev set-up brings, in modules the steps below never load.
check <<'EOF'
import importlib, pkgutil, communique
failed = []
names = [m.name for m in pkgutil.walk_packages(communique.__path__, "communique.")
         if not m.name.endswith("__main__") and ".migrations." not in m.name]  # alembic loads those
for name in names:
    try:
        importlib.import_module(name)
    except Exception as exc:
        failed.append(f"{name}: {exc!r}")
assert not failed, "modules that do not import:\n" + "\n".join(failed)
print(f"{len(names)} modules import")
EOF

# -- extract -----------------------------------------------------------------------------
step "extract a text file"
"$CQ" extract "$REPO/examples/joint_statement.txt" > text.json
check text.json <<'EOF'
import json, sys
d = json.load(open(sys.argv[1]))
assert d["document"]["text"].strip(), "no text"
assert not [e for e in d["errors"] if e["code"].startswith("input.")], d["errors"]
assert d["events"], "no events coded from the joint statement"
print(f"{len(d['events'])} events, {len(d['actors'])} actors")
EOF

step "extract an HTML page"
"$CQ" extract "$REPO/examples/news_page_with_debris.html" > page.json
check page.json <<'EOF'
import json, sys
d = json.load(open(sys.argv[1]))
assert d["document"]["source"]["format"] == "html", d["document"]["source"]
assert len(d["document"]["text"].split()) > 30, "too little text kept from the page"
assert not [e for e in d["errors"] if e["code"].startswith("input.")], d["errors"]
print(f"{len(d['document']['text'].split())} words, {len(d['events'])} events")
EOF

step "extract a JSONL batch (dates as scraped collections write them)"
cat > batch.jsonl <<'EOF'
{"id": "r1", "text": "The Foreign Ministry of Norland on Monday condemned the shelling of the border town of Kestrel and called on both sides to return to talks in Geneva.", "published": "2009-03-25 00:26:05.176582-05"}
{"id": "r2", "text": "The government of Sylvania and the Eastern Front rebels signed a ceasefire agreement in the capital on Tuesday, officials said.", "published": "Wed Nov 23, 2016 | 3:01pm EST"}
{"id": "r3", "text": "Police in the port city arrested twelve protesters after a march against fuel prices turned violent, the interior ministry said.", "published": "17 December 2016"}
{"id": "r4", "text": "The President of Norland met the Sylvanian prime minister in Kestrel and both promised to reopen the railway crossing.", "published": "Nov 22, 2016 4:30 PM MT"}
{"id": "r5", "text": "Rebels of the Eastern Front shelled an army post outside Kestrel overnight, wounding three soldiers, the defence ministry said.", "published": "yesterday"}
EOF
"$CQ" extract --jsonl batch.jsonl > batch.out
check batch.out <<'EOF'
import json, sys
docs = [json.loads(line) for line in open(sys.argv[1])]
assert [d["document"]["id"] for d in docs] == ["r1", "r2", "r3", "r4", "r5"], [d["document"]["id"] for d in docs]
for d in docs:
    assert d["document"]["text"].strip(), d["document"]["id"]
    assert not [e for e in d["errors"] if e["code"].startswith("input.")], (d["document"]["id"], d["errors"])
assert [d["document"]["published"] for d in docs] == [
    "2009-03-25", "2016-11-23", "2016-12-17", "2016-11-22", None], [d["document"]["published"] for d in docs]
# An unreadable stamp costs the record its date, not the record.
assert [e["code"] for e in docs[4]["errors"]] == ["notice.published"], docs[4]["errors"]
assert docs[4]["events"], "the record with an unreadable date was not coded"
print(f"{len(docs)} records, {sum(len(d['events']) for d in docs)} events")
EOF

# -- ingest, search, export --------------------------------------------------------------
step "ingest a folder into a new SQLite archive"
mkdir -p inbox
cp "$REPO"/examples/*.txt "$REPO"/examples/*.html inbox/
cp batch.jsonl inbox/
expected=$(( $(ls inbox/*.txt inbox/*.html | wc -l) + $(wc -l < batch.jsonl) ))
"$CQ" ingest --db archive.db inbox --json > ingest.json
check archive.db "$expected" <<'EOF'
import sqlite3, sys
con = sqlite3.connect(sys.argv[1])
docs = con.execute("SELECT count(*) FROM documents").fetchone()[0]
events = con.execute("SELECT count(*) FROM events").fetchone()[0]
assert docs == int(sys.argv[2]), f"{docs} documents stored, expected {sys.argv[2]}"
assert events > 0, "no events stored"
print(f"{docs} documents, {events} events")
EOF

step "search"
"$CQ" search --db archive.db --json ceasefire > search.jsonl
nonempty search.jsonl "search for 'ceasefire' found nothing"
"$CQ" search --db archive.db ceasefire > search.txt
nonempty search.txt "search (text output)"
echo "$(wc -l < search.jsonl) hit(s)"

step "export every format"
for fmt in plover-jsonl cameo-tsv csv parquet geojson; do
  "$CQ" export --db archive.db --format "$fmt" -o "events.$fmt"
  nonempty "events.$fmt" "export --format $fmt"
done
"$CQ" export --db archive.db --format gold -o gold
[ -f gold/reviewed.dev.jsonl ] || die "export --format gold wrote no gold/reviewed.dev.jsonl"
check <<'EOF'
import csv, json
import pyarrow.parquet as pq
rows = [json.loads(line) for line in open("events.plover-jsonl")]
assert rows, "plover-jsonl: no events"
# Parquet and CSV hold every event; PLOVER JSONL only those with a PLOVER type (a CAMEO
# claim or denial of responsibility, 015/016, has none).
table = pq.read_table("events.parquet")
with open("events.csv", newline="") as f:
    csv_rows = list(csv.DictReader(f))
assert table.num_rows == len(csv_rows), ("parquet and csv disagree", table.num_rows, len(csv_rows))
typed = sum(1 for r in csv_rows if r["type"])
assert typed == len(rows), ("plover-jsonl should hold the events with a type", typed, len(rows))
tsv = open("events.cameo-tsv").read().splitlines()
assert len(tsv) > 1, "cameo-tsv: no rows"
geo = json.load(open("events.geojson"))
assert geo["type"] == "FeatureCollection", geo.get("type")
print(f"{len(rows)} events; {len(tsv) - 1} cameo rows; {len(geo['features'])} located")
EOF

# -- PostgreSQL (when .ci/postgres.sh runs a server: CI does) ----------------------------
if [ -n "${COMMUNIQUE_TEST_PG_URL:-}" ]; then
  step "ingest, search and export with PostgreSQL"
  PG_URL="${COMMUNIQUE_TEST_PG_URL%/*}/communique_smoke"   # a database of its own
  check "$COMMUNIQUE_TEST_PG_URL" <<'EOF'
import sys
import psycopg
with psycopg.connect(sys.argv[1], autocommit=True) as con:
    con.execute("DROP DATABASE IF EXISTS communique_smoke")
    con.execute("CREATE DATABASE communique_smoke")
EOF
  "$CQ" ingest --db "$PG_URL" inbox > pg-ingest.txt
  "$CQ" search --db "$PG_URL" --json ceasefire > pg-search.jsonl
  nonempty pg-search.jsonl "search for 'ceasefire' in PostgreSQL found nothing"
  "$CQ" export --db "$PG_URL" --format plover-jsonl -o pg.plover-jsonl
  [ "$(wc -l < pg.plover-jsonl)" -eq "$(wc -l < events.plover-jsonl)" ] \
    || die "PostgreSQL holds $(wc -l < pg.plover-jsonl) events, SQLite $(wc -l < events.plover-jsonl)"
  echo "$(wc -l < pg.plover-jsonl) events, as in SQLite"
else
  step "PostgreSQL: skipped (no COMMUNIQUE_TEST_PG_URL; .ci/run starts a server with .ci/postgres.sh)"
fi

# -- serve -------------------------------------------------------------------------------
step "serve answers, and an editor's review reaches the gold export"
TOKEN=$("$CQ" user add smoke --role editor --db archive.db | head -n 1)
[ -n "$TOKEN" ] || die "user add printed no token"
PORT=$("$V/python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$CQ" serve --db archive.db --host 127.0.0.1 --port "$PORT" > serve.log 2>&1 &
SERVER_PID=$!
check "$PORT" "$SERVER_PID" "$TOKEN" <<'EOF'
import json, os, sys, time, urllib.request
port, pid, token = sys.argv[1], int(sys.argv[2]), sys.argv[3]
deadline = time.monotonic() + 90
while True:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=10) as r:
            assert r.status == 200, r.status
            break
    except OSError as exc:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            sys.exit(f"serve exited before answering: {exc}")
        if time.monotonic() > deadline:
            sys.exit(f"serve did not answer within 90 s: {exc}")
        time.sleep(0.5)
# Pages, a static file of the package, the API and its offline docs (Swagger UI's files
# come from a dependency: they must be there in a plain install too).
paths = ("/?q=ceasefire", "/events", "/timeline", "/static/app.css", "/api/openapi.json",
         "/api/docs", "/static/swagger/swagger-ui-bundle.js")
for path in paths:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=30) as r:
        assert r.status == 200, (path, r.status)
        assert r.read(), f"{path}: empty answer"
print(f"200 from {len(paths)} paths on port {port}: {', '.join(paths)}")
with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/events?limit=1", timeout=30) as r:
    first = json.load(r)["events"][0]
confirm = urllib.request.Request(
    f"http://127.0.0.1:{port}/api/documents/{first['document_id']}/events/{first['event']['id']}/confirm",
    method="POST", data=b"", headers={"Authorization": f"Bearer {token}"})
with urllib.request.urlopen(confirm, timeout=30) as r:
    assert r.status == 200, r.status
print(f"confirmed event {first['event']['id']} of {first['document_id']} through the API")
EOF
kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=""
"$CQ" export --db archive.db --format gold -o gold-reviewed
[ "$(wc -l < gold-reviewed/reviewed.dev.jsonl)" -eq 1 ] \
  || die "the confirmed event is not the one record of the gold export"
echo "the gold export holds the confirmed event"

echo
echo "smoke: all steps passed in $(( $(date +%s) - STARTED )) s"
