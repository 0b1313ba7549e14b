"""A readable, terminal-friendly summary of one coded document."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape

from ..document import Document

_console = Console(highlight=False, soft_wrap=True)


def _short(text: str, limit: int = 110) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def print_summary(doc: Document, console: Console | None = None) -> None:
    """Title, issuers and counts, then one line per event with its evidence beneath."""
    console = console or _console
    name = doc.source.label if doc.source.path or doc.source.url else (doc.id or "<stdin>")
    if doc.failed:
        console.print(f"[bold red]✗ {escape(name)}[/]: {escape(doc.errors[0].message)}")
        return
    names = {a.id: a.name for a in doc.actors}
    places = {p.id: p.name for p in doc.places}
    console.rule(f"[bold]{escape(doc.title or name)}")
    issuers = ", ".join(names.get(i, i) for i in doc.issuers) or "-"
    console.print(f"{escape(name)} · published: {doc.published or '?'} · issued by: {escape(issuers)}")
    console.print(f"actors {len(doc.actors)} · places {len(doc.places)} · dates {len(doc.dates)} · "
                  f"events {len(doc.events)}" + (f" · notes {len(doc.errors)}" if doc.errors else ""))
    for e in doc.events:
        who = " + ".join(names.get(a, a) for a in e.sources) or "?"
        whom = " + ".join(names.get(a, a) for a in e.targets) or "-"
        kind = (e.type or "-") + (f"/{e.mode}" if e.mode else "")   # no type: mode "only"
        where = places.get(e.place, "") if e.place else ""
        status = e.status + (", negated" if e.negated else "")
        if e.claimed_by and e.status == "reported":
            status += " by " + " + ".join(names.get(a, a) for a in e.claimed_by)
        facts = " · ".join(x for x in (e.date or "", where, status) if x)
        console.print(f"  [bold]{kind:<18}[/] {e.cameo or '':<4} {escape(who)} → {escape(whom)}  "
                      f"[dim]{escape(facts)}[/]")
        console.print(f"      [italic]“{escape(_short(e.evidence.text))}”[/]")
