"""`communique search`: full text and event filters over the archive."""

from __future__ import annotations

import json

import click

from .common import clear_errors, config_option, get_config

# Filters shared with `communique export`.
filter_options = [
    click.option("--actor", help="Events with this actor (name, any case, or country code)."),
    click.option("--type", "event_type", help="PLOVER event type (AGREE) or CAMEO code prefix (04)."),
    click.option("--place", help="Events at this place (name or country code)."),
    click.option("--since", help="Event date (else publication date) on or after YYYY[-MM[-DD]]."),
    click.option("--until", help="Event date (else publication date) on or before YYYY[-MM[-DD]]."),
    click.option("--db", "db_url", help="Archive: SQLite file or URL, or postgresql://... "
                 "(default from [store] url)."),
    config_option,
]


def with_filters(fn):
    for option in reversed(filter_options):
        fn = option(fn)
    return fn


@click.command()
@click.argument("query", required=False)
@with_filters
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per hit.")
def search(query, actor, event_type, place, since, until, db_url, config_path, limit, as_json) -> None:
    """Find documents by QUERY (words, "phrases", OR, -word, prefix*) and event filters.

    Each hit shows the evidence sentence of its matching events, or the passage
    around the query when it has no event.
    """
    from ..store import Archive
    from ..store.search import Filters, search as run_search

    config = get_config(config_path)
    with clear_errors():
        filters = Filters(actor, event_type, place, since, until)
        archive = Archive.open(db_url, write=False, config=config)
        try:
            hits = run_search(archive, query, filters, limit=limit)
        finally:
            archive.close()
    if as_json:
        for hit in hits:
            click.echo(json.dumps(hit.as_dict(), ensure_ascii=False))
        return
    if not hits:
        click.echo("no match", err=True)
        return
    for n, hit in enumerate(hits, start=1):
        head = hit.title or hit.document_id
        click.echo(f"{n}. {head}" + (f" ({hit.published})" if hit.published else "")
                   + (f"  {hit.source}" if hit.source else ""))
        for ev in hit.events[:3]:
            who = ", ".join(ev.sources) or "?"
            whom = ", ".join(ev.targets)
            click.echo(f"   {ev.type}{'/' + ev.cameo if ev.cameo else ''} {ev.date or ''} "
                       f"{who}{' -> ' + whom if whom else ''}{' @ ' + ev.place if ev.place else ''}"
                       + ("" if ev.status == "asserted" else f" [{ev.status}]"))
            click.echo(f"     \"{_one_line(ev.evidence)}\"")
        if len(hit.events) > 3:
            click.echo(f"   … {len(hit.events) - 3} more event(s)")
        if not hit.events and hit.snippet:
            click.echo(f"     {_one_line(hit.snippet)}")


def _one_line(text: str, width: int = 300) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[:width - 1] + "…"
