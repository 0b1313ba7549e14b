"""`communique search`: full text and event filters over the archive."""

from __future__ import annotations

import json

import click

from ..web.display import visible
from .common import clear_errors, config_option, get_config

# Filters shared with `communique export`.
filter_options = [
    click.option("--actor", help="Events with this actor as source or target: words of its "
                 "name from a word's start, any case (fish), or its country's ISO code (KEN)."),
    click.option("--type", "event_type", help="PLOVER event type, any case (AGREE), or CAMEO code "
                 "prefix (04)."),
    click.option("--place", help="Events at this place: words of its name from a word's start, any "
                 "case, or its country's ISO code."),
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


class DashQuery(click.Command):
    """A command whose QUERY may start with '-' ("-war": documents without the word).

    Click would read "-war" as the short options -w -a -r (and "-shelling" as -h,
    help); a word after a single dash that names no option of the command, and is
    not the value of the option before it, is moved behind "--" as the query."""

    def parse_args(self, ctx, args):
        takes_value, names = set(), set()
        for p in self.get_params(ctx):
            if isinstance(p, click.Option):
                names.update(p.opts + p.secondary_opts)
                if not p.is_flag and not p.count:
                    takes_value.update(p.opts)
        rest, dashed, prev = [], [], None
        for n, a in enumerate(args):
            if a == "--":
                rest += args[n:]
                break
            if (a.startswith("-") and not a.startswith("--") and len(a) > 2 and a not in names
                    and not a[1:2].isdigit() and prev not in takes_value):
                dashed.append(a)
            else:
                rest.append(a)
            prev = a
        if dashed:
            rest = rest + (["--"] if "--" not in rest else []) + dashed
        return super().parse_args(ctx, rest)


@click.command(cls=DashQuery)
@click.argument("query", required=False)
@with_filters
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per hit.")
@click.option("--coded-only", is_flag=True,
              help="Filter and show events as coded, without reviewers' corrections.")
def search(query, actor, event_type, place, since, until, db_url, config_path, limit, as_json,
           coded_only) -> None:
    """Find documents by QUERY and event filters.

    QUERY: words and "phrases" (all required), OR between two terms, -word or
    NOT word to exclude, prefix*; at most 32 different terms.  A query of
    exclusions only ("-war") lists the newest documents without them.  Events
    are filtered and shown as reviewed (rejected ones left out; --coded-only:
    as coded).  Each hit
    shows the evidence sentence of its matching events, or the passage around
    the query when it has no event.
    """
    from ..store import Archive
    from ..store.filters import Filters
    from ..store.search import search as run_search

    config = get_config(config_path)
    with clear_errors():
        filters = Filters(actor=actor, type=event_type, place=place, since=since, until=until)
        archive = Archive.open(db_url, write=False, config=config)
        try:
            hits = run_search(archive, query, filters, limit=limit, coded_only=coded_only)
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
        head = _one_line(hit.title or hit.document_id)
        click.echo(f"{n}. {head}" + (f" ({hit.published})" if hit.published else "")
                   + (f"  {_one_line(hit.source)}" if hit.source else ""))
        for ev in hit.events[:3]:
            who = ", ".join(map(_one_line, ev.sources)) or "?"
            whom = ", ".join(map(_one_line, ev.targets))
            place = _one_line(ev.place) if ev.place else ""
            click.echo(f"   {ev.type or '-'}{'/' + ev.cameo if ev.cameo else ''} {ev.date or ''} "
                       f"{who}{' -> ' + whom if whom else ''}{' @ ' + place if place else ''}"
                       + ("" if ev.status == "asserted" else f" [{ev.status}]")
                       + ("" if ev.review_status == "coded" else f" ({ev.review_status})"))
            click.echo(f"     \"{_one_line(ev.evidence)}\"")
        if len(hit.events) > 3:
            click.echo(f"   … {len(hit.events) - 3} more event(s)")
        if not hit.events and hit.snippet:
            click.echo(f"     {_one_line(hit.snippet)}")


def _one_line(text: str, width: int = 300) -> str:
    """A stored string on one terminal line: names and titles come from documents and
    reviewers, and an ANSI escape, a newline or a bidi override (U+202E) in one would
    rewrite what the terminal shows; neutralised as the workbench's pages do."""
    text = " ".join(visible(text).split())
    return text if len(text) <= width else text[:width - 1] + "…"
