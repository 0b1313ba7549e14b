"""python -m tools.dict_disagreements [SET ...] [--text FILE]: where the compiled PETRARCH-2 verb
dictionary and the own patterns read one verb with different CAMEO codes, and why the
dictionary's code was or was not taken (classify.py).

Codes the READ part of each named dev set (``evaluate/parts.py``; the scored part is never
coded or shown), or the sentences of a text file (one a line: fresh text), with the coder's
settings for that set, and prints each own verb event the dictionary reads otherwise (the
verb, both codes and specificities, the category, the sentence) and a count per category."""

from __future__ import annotations

import argparse
from collections import Counter
from contextlib import contextmanager

from .classify import CATEGORIES, SAME, category


@contextmanager
def watching(seen: list):
    """While active, each own verb trigger the refinement may read is recorded in ``seen``
    with the dictionary's reading of its verb and the code it ends with."""
    from communique.events import triggers
    from communique.events.dict_matcher import match_dictionary
    from communique.events.dict_patterns import DictionaryPattern

    refine = triggers.refine_codes

    def observed(found, patterns, sent_end, forms):
        vd, typing = patterns.dictionary, patterns.dict_patterns
        rows = []
        if vd is not None and typing is not None:
            for tr in found:
                if not tr.is_verb or isinstance(tr.pattern, DictionaryPattern) or tr.cameo != tr.pattern.cameo:
                    continue
                # (read as refine_codes reads it: a subject that receives reads the passive's codes)
                dm = match_dictionary(tr.token, vd, sent_end, forms(tr.token), True, patterns.dictionary_shared,
                                      receives=tr.pattern.reverse)
                if dm is not None and dm.code is not None:
                    typed = typing.typed(dm.code)
                    rows.append((tr, dict(sentence=tr.token.sent.text, verb=tr.token.text,
                                          own=tr.cameo, own_type=tr.type, own_spec=tr.pattern.specificity,
                                          own_pattern=tr.pattern.id, dict_code=dm.code,
                                          dict_type=typed[0] if typed else None, dict_spec=dm.specificity,
                                          dict_pattern=dm.pattern.id if dm.pattern else "(verb default)")))
        refine(found, patterns, sent_end, forms)
        for tr, row in rows:
            row["final"] = tr.cameo
            row["category"] = category(row["own"], row["own_type"], row["own_spec"], row["dict_code"],
                                       row["dict_type"], row["dict_spec"], row["final"])
            seen.append(row)

    triggers.refine_codes = observed
    try:
        yield seen
    finally:
        triggers.refine_codes = refine


def _read_part(name: str, gold_dir) -> None:
    from communique.config import load_config
    from communique.evaluate import run
    from communique.evaluate.parts import READ, part_of
    from communique.evaluate.registry import gold_sets
    from communique.extract import Extractor

    gold = gold_sets()[name]
    records = [r for r in run.read_records(run.find_gold_dir(gold_dir), name, "dev")
               if part_of(str(r.get("id"))) == READ]
    run.code(gold, records, Extractor(load_config(None, {}).with_overrides(gold.overrides, where=name)))


def _text(path: str) -> None:
    from communique.config import load_config
    from communique.extract import Extractor

    ex = Extractor(load_config(None, {}))
    for line in open(path, encoding="utf-8"):
        if line.strip():
            ex.extract_text(line.strip())


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m tools.dict_disagreements")
    ap.add_argument("sets", nargs="*", help="dev sets whose read part to code (petr2_gsr, plover_gsr, statements)")
    ap.add_argument("--text", help="a file of sentences, one a line, instead of (or beside) the sets")
    ap.add_argument("--gold", help="folder of normalised gold JSONL")
    args = ap.parse_args(argv)
    seen: list[dict] = []
    with watching(seen):
        for name in args.sets:
            _read_part(name, args.gold)
        if args.text:
            _text(args.text)
    total = Counter(r["category"] for r in seen)
    for r in seen:
        if r["category"] == SAME:
            continue
        print(f"{r['category']}: {r['verb']} own {r['own']} {r['own_type']} ({r['own_pattern']}, "
              f"{r['own_spec']}) dictionary {r['dict_code']} {r['dict_type']} ({r['dict_pattern']}, "
              f"{r['dict_spec']}) -> {r['final']} | {r['sentence']}")
    print(f"{len(seen)} own verb events the dictionary reads; "
          + ", ".join(f"{c}: {total[c]}" for c in CATEGORIES))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
