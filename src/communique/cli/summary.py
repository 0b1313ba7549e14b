"""A readable, terminal-friendly summary of one coded document."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from ..document import Document

_console = Console(highlight=False)


def print_summary(doc: Document, console: Console | None = None) -> None:
    console = console or _console
    name = doc.source.label if doc.source.path or doc.source.url else (doc.id or "<stdin>")
    if doc.failed:
        console.print(f"[bold red]✗ {name}[/]: {doc.errors[0].message}")
        return
    names = {a.id: a.name for a in doc.actors}
    places = {p.id: p.name for p in doc.places}
    console.rule(f"[bold]{doc.title or name}")
    console.print(f"source: {name}   published: {doc.published or '?'}   "
                  f"issuers: {', '.join(names.get(i, i) for i in doc.issuers) or '-'}")
    console.print(f"actors {len(doc.actors)} · places {len(doc.places)} · dates {len(doc.dates)} · "
                  f"events {len(doc.events)}" + (f" · errors {len(doc.errors)}" if doc.errors else ""))
    if doc.events:
        table = Table(show_lines=False, expand=False)
        for col in ("type", "cameo", "sources", "targets", "date", "place", "status", "evidence"):
            table.add_column(col, overflow="fold")
        for e in doc.events:
            ev = e.evidence.text.replace("\n", " ")
            table.add_row(
                e.type + (f"/{e.mode}" if e.mode else ""), e.cameo or "",
                ", ".join(names.get(a, a) for a in e.sources),
                ", ".join(names.get(a, a) for a in e.targets),
                e.date or "", places.get(e.place, "") if e.place else "",
                e.status + (" (negated)" if e.negated else ""),
                ev if len(ev) <= 90 else ev[:87] + "...",
            )
        console.print(table)
