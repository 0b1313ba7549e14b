"""The UN General Debate corpus as `communique ingest` input: one JSONL line per speech.

    python tools/ungd/prepare.py ../shared/eval-data/ungd-statements/ungd_sessions75-79_2020-2024.jsonl \
        -o /tmp/ungd.jsonl
    communique ingest /tmp/ungd.jsonl --db ungd.db --workers 2
    communique report dyads --db ungd.db -o reports/ungd.md --title "UN General Debate 2020-2024"

The speaking state is the corpus's own ``country_iso3`` field, passed as the record's ``issuer``.
The corpus gives no day for a speech: ``published`` is the first day of that session's general
debate (known sessions below; any other session gets its year's 15 September).
"""

from __future__ import annotations

import argparse
import json
import sys

# First day of the general debate of each session (UN Journal).
DEBATE_OPENS = {75: "2020-09-22", 76: "2021-09-21", 77: "2022-09-20", 78: "2023-09-19", 79: "2024-09-24"}


def convert(record: dict) -> dict:
    session, year = record.get("session"), record.get("year")
    published = DEBATE_OPENS.get(session) or (f"{int(year)}-09-15" if year else None)
    out = {"id": record["id"], "text": record["text"], "issuer": record.get("country_iso3")}
    if published:
        out["published"] = published
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", help="ungd_sessions*.jsonl of the UN General Debate Corpus")
    ap.add_argument("-o", "--output", required=True, help="JSONL to write")
    args = ap.parse_args(argv)
    n = 0
    with open(args.corpus, encoding="utf-8") as src, open(args.output, "w", encoding="utf-8") as dst:
        for number, line in enumerate(src, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                out = convert(record)
            except (ValueError, KeyError, TypeError) as exc:
                print(f"{args.corpus}:{number}: skipped ({exc})", file=sys.stderr)
                continue
            dst.write(json.dumps(out, ensure_ascii=False) + "\n")
            n += 1
    print(f"{n} speeches written to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
