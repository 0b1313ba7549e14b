"""Seeded choice of candidate passages for the annotator (one speech each, dev speeches skipped).

The speech order is a fixed shuffle; the wanted act type per speech follows the gold README's mix,
and a passage is a window of 2-5 sentences around a sentence with a first-person cue for that type.
It only proposes: the annotator reads each passage and codes it (or skips it) by hand.
"""
from __future__ import annotations

import argparse
import random
import re

from .corpus import gold_dev_speech_ids, load_speeches
from .passages import paragraphs, passage_text, sentences

CUES = {
    "SUPPORT": r"\b(thank|welcome|commend|congratulat|pay tribute|paying tribute|support|appreciat|salute|stand with|stands with)",
    "REQUEST": r"\b(call on|call upon|calls on|calls upon|urge|appeal|demand|invite|request)",
    "ACCUSE": r"\b(condemn|denounce|deplore|outrage)",
    "REJECT": r"\b(reject|will not accept|never accept|not recognize|refuse)",
    "AGREE": r"\b(signed|ratified|pledged|acceded|we pledge|have joined)",
    "AID": r"\b(contributed|donated|deployed|provided|allocated|we sent|have sent|dispatched)",
    "COOPERATE": r"\b(work closely|working closely|cooperat|partnership with|collaborat)",
    "CONSULT": r"\b(hosted|host|held talks|visited|convened|met with|meeting with)",
    "THREATEN": r"\b(reserve the right|will respond|warn|will not hesitate|consequences)",
    "SANCTION": r"\b(sanction|expelled|suspended|imposed)",
}
WEIGHTS = {"SUPPORT": 27, "ACCUSE": 22, "REQUEST": 22, "REJECT": 11, "AGREE": 8, "AID": 8,
           "CONSULT": 6, "COOPERATE": 5, "THREATEN": 5, "SANCTION": 3}
# Second pass: stricter phrases for the types the first pass found too few of (THREATEN, SANCTION).
RARE = {
    "THREATEN": r"reserve[sd]? (the|its|our) right|will not hesitate|will respond|we warn|I warn|warns? (that|against"
                r"|those)|will face (the )?consequences|will not remain silent|will defend (ourselves|itself) ",
    "SANCTION": r"(we|has|have) (imposed|adopted|introduced) (\w+ )?sanctions|(we|I) (expelled|suspended|severed|recalled)"
                r"|sever(ed)? diplomatic|broke off",
}
SELF = re.compile(r"\b(we|I|my|our|us)\b")


def speech_order(speeches: dict, skip: set[str], seed: int) -> list[str]:
    ids = sorted(i for i in speeches if i not in skip)
    random.Random(seed).shuffle(ids)
    return ids


def _window(text: str, paras: list, p: int, i: int, rng: random.Random) -> tuple[int, int]:
    """A passage around sentence i of paragraph p: the paragraph itself when it has 2-6 sentences,
    3-5 sentences of it when longer, joined with a neighbouring line when it has only one."""
    sents = sentences(text, *paras[p])
    if 2 <= len(sents) <= 6:
        return paras[p]
    if len(sents) > 6:
        size = rng.randint(3, 5)
        first = max(0, min(i - rng.randint(0, size - 1), len(sents) - size))
        return sents[first][0], sents[first + size - 1][1]
    if p + 1 < len(paras):
        nxt = sentences(text, *paras[p + 1])
        return paras[p][0], nxt[min(len(nxt), 3) - 1][1]
    prev = sentences(text, *paras[p - 1])
    return prev[max(0, len(prev) - 3)][0], paras[p][1]


def propose(rec: dict, want: str, rng: random.Random, many: int = 3,
            kinds: list[str] | None = None) -> list[tuple[str, int, int]]:
    """Up to `many` (type, start, end) passages: the wanted type first, then other types at random
    (only `kinds` when given: a later pass that looks for the types the first pass found too few of)."""
    text = rec["text"]
    paras = paragraphs(text)
    others = [t for t in (kinds or WEIGHTS) if t != want]
    rng.shuffle(others)
    out = []
    for kind in [want] + others:
        hits = []
        for p, (pa, pb) in enumerate(paras):
            for i, (a, b) in enumerate(sentences(text, pa, pb)):
                s = text[a:b]
                if re.search(CUES[kind], s, re.I) and SELF.search(s):
                    hits.append((p, i))
        rng.shuffle(hits)
        for p, i in hits[:2 if kind == want else 1]:
            a, b = _window(text, paras, p, i, rng)
            if all(abs(a - x) > 50 for _, x, _ in out):
                out.append((kind, a, b))
        if len(out) >= many:
            break
    return out[:many]


def rare_hits(speeches: dict, order: list[str], start: int):
    """(position, speech, type, paragraph span, sentence) for every RARE phrase from `start` on."""
    for n in range(start, len(order)):
        text = speeches[order[n]]["text"]
        for pa, pb in paragraphs(text):
            for a, b in sentences(text, pa, pb):
                for kind, pat in RARE.items():
                    if re.search(pat, text[a:b], re.I):
                        yield n, order[n], kind, (pa, pb), text[a:b]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seed", type=int, default=1414)
    ap.add_argument("--start", type=int, default=0)
    ap.add_argument("--count", type=int, default=10)
    ap.add_argument("--kinds", help="comma-separated types to propose only (e.g. THREATEN,SANCTION)")
    ap.add_argument("--rare", action="store_true", help="list RARE phrases in speeches from --start on")
    args = ap.parse_args()
    speeches = load_speeches()
    order = speech_order(speeches, gold_dev_speech_ids(), args.seed)
    if args.rare:
        for n, sid, kind, (pa, pb), sent in rare_hits(speeches, order, args.start):
            print(f"#{n} {sid} {kind} paragraph={pa}:{pb} {sent[:300]}")
        return
    kinds, weights = zip(*WEIGHTS.items())
    wants = random.Random(args.seed + 1).choices(kinds, weights, k=len(order))
    only = args.kinds.split(",") if args.kinds else None
    for n in range(args.start, min(args.start + args.count, len(order))):
        sid = order[n]
        rec = speeches[sid]
        want = only[n % len(only)] if only else wants[n]
        print(f"=== #{n} {sid} want={want}")
        for c, (kind, a, b) in enumerate(propose(rec, want, random.Random(f"{args.seed}:{sid}"), kinds=only)):
            print(f"  --- {c} span={a}:{b} {kind}")
            for j, (x, y) in enumerate(sentences(rec["text"], a, b)):
                print(f"   [{j}] {passage_text(rec['text'], x, y)}")


if __name__ == "__main__":
    main()
