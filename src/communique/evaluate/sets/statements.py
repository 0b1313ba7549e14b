"""UN General Debate paragraphs: the speaking state's speech act, with type, source and target.

Convention (``statements.README.md`` beside the gold file), read from the output contract only
(the JSON ``extract`` prints, ``Document.to_dict()``):

* the needle is located in the output's ``document.text``; its sentence runs from the character
  after the last ". " before the needle to the next ". " after it (or the end of the text);
* a record is **found** when one event has its evidence starting inside that sentence, a type in
  ``expect.types``, a source actor whose ``country`` is ``source_country``, and, when set, a
  target actor whose ``country`` is ``target_country`` and a target actor whose name or an alias
  matches ``target_pattern`` (case-insensitive regular expression);
* the headline is the share found; the runner scores it on all records and on each part of
  :func:`communique.evaluate.parts.part_of` and reports tables (the misses) of the ``read`` part
  only: the ``scored`` part's errors are never shown.

A miss is put down to the first condition no event in the sentence meets, in the order above
(no event in the sentence, type, source, target).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from ..metrics import Accuracy
from ..registry import gold_set

CAUSES = ("needle not in output", "no event in sentence", "type", "source", "target")


def to_input(record):
    return {"text": record["text"], "published": record.get("published"), "title": record.get("title")}


def needle_sentence(text: str, needle: str) -> tuple[int, int] | None:
    """The [start, end) of the needle's sentence in ``text`` by the README's rule."""
    at = text.find(needle)
    if at < 0:
        return None
    before = text.rfind(". ", 0, at)
    start = before + 2 if before >= 0 else 0
    after = text.find(". ", at + len(needle))
    end = after + 1 if after >= 0 else len(text)
    return start, end


def _actors(out: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {a["id"]: a for a in out.get("actors") or []}


def _target_ok(expect: dict[str, Any], targets: list[dict[str, Any]]) -> bool:
    country, pattern = expect.get("target_country"), expect.get("target_pattern")
    if country and not any(a.get("country") == country for a in targets):
        return False
    if pattern:
        rx = re.compile(pattern, re.I)
        names = [n for a in targets for n in [a.get("name") or "", *(a.get("aliases") or [])]]
        if not any(rx.search(n) for n in names):
            return False
    return True


def judge(expect: dict[str, Any], out: dict[str, Any]) -> tuple[bool, str | None, str]:
    """(found, cause of a miss, what the nearest event gave) for one gold record."""
    text = (out.get("document") or {}).get("text") or ""
    sent = needle_sentence(text, expect["needle"])
    if sent is None:
        return False, "needle not in output", ""
    actors = _actors(out)
    events = [e for e in out.get("events") or []
              if sent[0] <= (e.get("evidence") or {}).get("start", -1) < sent[1]]
    if not events:
        return False, "no event in sentence", ""
    types = set(expect["types"])
    typed = [e for e in events if e.get("type") in types]
    if not typed:
        return False, "type", ",".join(sorted({e.get("type") or "?" for e in events}))

    def countries(e, role):
        return sorted({actors[i].get("country") or "-" for i in e.get(role) or [] if i in actors})

    sourced = [e for e in typed
               if any((actors.get(i) or {}).get("country") == expect["source_country"]
                      for i in e.get("sources") or [])]
    if not sourced:
        return False, "source", ";".join(",".join(countries(e, "sources")) or "none" for e in typed)
    for e in sourced:
        if _target_ok(expect, [actors[i] for i in e.get("targets") or [] if i in actors]):
            return True, None, ""
    got = ";".join(",".join(sorted({(actors.get(i) or {}).get("name") or "?" for i in e.get("targets") or []}))
                   or "none" for e in sourced)
    return False, "target", got


@gold_set("statements", "UN General Debate paragraphs: the issuer's speech act (type, source, target)",
          to_input)
def score(records, outputs, result):
    found = Accuracy()
    causes: Counter[str] = Counter()
    misses: list[list[Any]] = []
    for rec, out in zip(records, outputs):
        expect = rec["expect"]
        ok, cause, got = judge(expect, out)
        found.add(ok)
        if not ok:
            causes[cause] += 1
            target = expect.get("target_country") or expect.get("target_pattern") or "-"
            misses.append([rec["id"], cause, "/".join(expect["types"]), expect["source_country"], target, got])
    result.metrics["act.found"] = found.value
    # The runner keeps the tables of the read part only: the scored part's errors stay unseen.
    result.tables.append(("Misses by cause", ["cause", "records"],
                          [[c, causes[c]] for c in CAUSES if causes[c]] + [["all", sum(causes.values())]]))
    result.tables.append(("Misses", ["id", "cause", "gold types", "source", "target", "nearest got"], misses))
    result.notes.append(f"{found.right} of {found.total} records found (type, source and target)")
