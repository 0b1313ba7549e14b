"""Coding the picked paragraphs with the extractor and judging each picked sentence: found, or
the first condition no event meets."""

from __future__ import annotations

import json
import re
import time


def check(picked: list[dict]) -> float:
    """Code every pick's text as ``communique extract --jsonl`` would and set its ``cause`` and
    ``got``; the seconds the coding took."""
    from communique import contract
    from communique.extract import Extractor

    lines = [json.dumps({"id": p["id"], "title": p["title"], "published": p["published"], "text": p["text"]})
             for p in picked]
    t0 = time.perf_counter()
    outs = [contract.to_dict(d) for d in Extractor().extract_jsonl(lines, "probe")]
    for p, out in zip(picked, outs):
        p["cause"], p["got"] = judge(p, json.loads(json.dumps(out, ensure_ascii=False)))
    return time.perf_counter() - t0



def locate(text: str, sentence: str) -> tuple[int, int]:
    """The sentence in the output text, which the clean stage may have changed ("**" markup,
    spacing): its words in order with anything else between them."""
    at = text.find(sentence)
    if at >= 0:
        return at, at + len(sentence)
    words = re.findall(r"\w+", sentence)
    if not words:
        return -1, -1
    m = re.search(r"\W+".join(map(re.escape, words)), text)
    return (m.start(), m.end()) if m else (-1, -1)


def judge(item: dict, out: dict) -> tuple[str | None, str]:
    """(cause of a miss or None, what the coder gave) for one picked sentence.  A miss whose
    act the coder merged into a telling in another sentence (the sentence is only among the
    event's ``evidence_more``) is put down to "told elsewhere"."""
    text = out["document"]["text"]
    start, end = locate(text, item["sentence"])
    if start < 0:
        return "not located", ""
    actors = {a["id"]: a for a in out.get("actors") or []}
    events = [e for e in out.get("events") or [] if start <= (e.get("evidence") or {}).get("start", -1) < end]
    cause, got = _judge(item, actors, events, start)
    if cause is not None:
        more = [e for e in out.get("events") or [] if any(start <= m.get("start", -1) < end
                                                          for m in e.get("evidence_more") or [])]
        if more and _judge(item, actors, more, start)[0] is None:
            return "told elsewhere", (more[0].get("evidence") or {}).get("text", "")[:60]
        # evidence that begins in the sentence before and runs into this one (a sentence
        # break the parser did not see: "To that end. we call on ...")
        over = [e for e in out.get("events") or [] if (e.get("evidence") or {}).get("start", 0) < start
                < (e.get("evidence") or {}).get("end", 0)]
        if over and _judge(item, actors, over, start)[0] is None:
            return "evidence starts before", (over[0].get("evidence") or {}).get("text", "")[:60]
    return cause, got


def _judge(item: dict, actors: dict, events: list, start: int) -> tuple[str | None, str]:
    if not events:
        return "no event", ""
    typed = [e for e in events if e.get("type") in item["types"]]
    if not typed:
        return "type", ",".join(sorted({e.get("type") or "?" for e in events}))
    sourced = [e for e in typed if any((actors.get(i) or {}).get("country") == item["code"]
                                       for i in e.get("sources") or [])]
    if not sourced:
        return "source", ";".join(",".join(sorted((actors.get(i) or {}).get("name") or "?"
                                                  for i in e.get("sources") or [])) or "none" for e in typed)
    if not item["ents"]:
        return None, ""
    spans = [(start + a, start + b) for a, b, _ in item["ents"]]
    for e in sourced:
        for i in e.get("targets") or []:
            ms = (actors.get(i) or {}).get("mentions") or []
            if any(m["start"] < b and a < m["end"] for m in ms for a, b in spans):
                return None, ""
    return "target", ";".join(",".join(sorted((actors.get(i) or {}).get("name") or "?"
                                              for i in e.get("targets") or [])) or "none" for e in sourced)
