"""`communique export`: the archive's events as PLOVER JSON lines, CAMEO TSV, CSV, Parquet or GeoJSON."""

from __future__ import annotations

import sys

import click

from .common import clear_errors, get_config
from .search import with_filters

FORMATS = ("plover-jsonl", "cameo-tsv", "csv", "parquet", "geojson", "gold")


@click.command()
@click.option("--format", "fmt", type=click.Choice(FORMATS), required=True)
@click.option("--query", help="Only events of documents matching this full-text query.")
@with_filters
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True),
              help="File to write (default: standard output).")
def export(fmt, query, actor, event_type, place, since, until, db_url, config_path, output) -> None:
    """Write the archive's events (filtered as in `communique search`).

    plover-jsonl: one PLOVER record per event.  cameo-tsv: Phoenix columns, one
    row per source-target pair.  csv / parquet: one row per event, list fields
    joined with "; ".  geojson: a FeatureCollection of the events with a place.
    gold: the reviewed events as a gold set, written into the folder -o DIR as
    reviewed.dev.jsonl, which `communique evaluate reviewed --gold DIR` scores.
    """
    from ..export import export as run_export
    from ..store import Archive
    from ..store.search import Filters

    config = get_config(config_path)
    if fmt == "gold":
        if output in (None, "-"):
            raise click.UsageError("--format gold writes a folder: give -o DIR")
        if query or any((actor, event_type, place, since, until)):
            raise click.UsageError("--format gold exports every reviewed event; filters do not apply")
        _export_gold(db_url, config, output)
        return
    binary = fmt == "parquet"
    if binary and (output in (None, "-")) and sys.stdout.isatty():
        raise click.UsageError("parquet is binary: give -o FILE (or redirect standard output)")
    with clear_errors():
        filters = Filters(actor, event_type, place, since, until)
        archive = Archive.open(db_url, write=False, config=config)
        try:
            if output in (None, "-"):
                out = sys.stdout.buffer if binary else sys.stdout
                counts = run_export(archive, fmt, out, query=query, filters=filters)
                out.flush()
            else:
                with open(output, "wb" if binary else "w", **({} if binary else
                          {"encoding": "utf-8", "newline": ""})) as out:
                    counts = run_export(archive, fmt, out, query=query, filters=filters)
        finally:
            archive.close()
    extra = ", ".join(f"{v} {k.replace('_', ' ')}" for k, v in counts.items()
                      if k not in ("events", "rows") and v)
    click.echo(f"exported {counts['rows']} row(s) from {counts['events']} event(s)"
               + (f" ({extra})" if extra else ""), err=True)


def _export_gold(db_url, config, folder) -> None:
    from sqlalchemy.orm import Session

    from ..review.gold import export_gold
    from ..store.db import make_engine
    from ..web.server import prepare

    with clear_errors():
        url = prepare(db_url, config)  # the review tables exist even before any review
        engine = make_engine(url, write=False)
        try:
            with Session(engine) as session:
                path = export_gold(session, folder)
        finally:
            engine.dispose()
    n = sum(1 for _ in open(path, encoding="utf-8"))
    click.echo(f"exported {n} reviewed event(s) to {path}", err=True)
