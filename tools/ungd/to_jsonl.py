"""Convert the UN General Debate corpus to communique's JSONL input.

    python tools/ungd/to_jsonl.py ../shared/eval-data/ungd-statements/ungd_sessions75-79_2020-2024.jsonl \
        -o build/ungd.jsonl [--limit N]

Each corpus record {id, country_iso3, session, year, text} becomes
{id, text, issuer, published, title}: the issuer is the corpus's own country
code, published the first day of that session's general debate (the speeches
are spread over about a week; the corpus does not date them), and the title
names the speaker's country and the session, as the UN records do.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter
from importlib import resources
from pathlib import Path

# First day of the general debate of each session (UN Journal).
DEBATE_OPENS = {75: "2020-09-22", 76: "2021-09-21", 77: "2022-09-20", 78: "2023-09-19",
                79: "2024-09-24"}
# Codes of the corpus that are no ISO 3166 country.
OTHER_NAMES = {"EU": "the European Union"}


def country_names() -> dict[str, str]:
    table = resources.files("communique.resolve.kb").joinpath("countries.tsv")
    with table.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    # "Holy See (Vatican City State)" -> "Holy See": the name a title uses.
    short = {row["iso3"]: row["name"].split(" (")[0] for row in rows}
    counts = Counter(short.values())
    # A short name two states share ("Congo") would leave the title's issuer ambiguous:
    # those take their first official name instead ("Democratic Republic of the Congo").
    return {row["iso3"]: row["other_names"].split("|")[0]
            if counts[short[row["iso3"]]] > 1 and row["other_names"] else short[row["iso3"]]
            for row in rows}


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def convert(record: dict, names: dict[str, str]) -> dict:
    code, session = record["country_iso3"], int(record["session"])
    if session not in DEBATE_OPENS:
        raise ValueError(f"{record.get('id')}: session {session} has no known debate date")
    name = OTHER_NAMES.get(code) or names.get(code)
    if name is None:
        raise ValueError(f"{record.get('id')}: unknown country code {code!r}")
    return {"id": record["id"], "text": record["text"], "issuer": code,
            "published": DEBATE_OPENS[session],
            "title": f"Statement by {name} at the general debate of the {ordinal(session)} "
                     "session of the United Nations General Assembly"}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("-o", "--output", type=Path, required=True)
    ap.add_argument("--limit", type=int, help="only the first N speeches (a quick trial)")
    args = ap.parse_args(argv)
    names = country_names()
    args.output.parent.mkdir(parents=True, exist_ok=True)
    n = 0
    try:
        with open(args.corpus, encoding="utf-8") as src, open(args.output, "w", encoding="utf-8") as out:
            for line in src:
                if not line.strip():
                    continue
                if args.limit is not None and n >= args.limit:
                    break
                out.write(json.dumps(convert(json.loads(line), names), ensure_ascii=False) + "\n")
                n += 1
    except (OSError, ValueError, KeyError) as exc:
        print(f"error: {args.corpus}: {exc}", file=sys.stderr)
        return 1
    print(f"wrote {n} statements to {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
