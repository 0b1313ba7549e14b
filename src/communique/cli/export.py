"""`communique export`: the archive's events as PLOVER JSON lines, CAMEO TSV, CSV, Parquet or GeoJSON."""

from __future__ import annotations

import contextlib
import errno
import os
import sys
import tempfile
from pathlib import Path

import click

from .common import clear_errors, get_config
from .search import with_filters

FORMATS = ("plover-jsonl", "cameo-tsv", "csv", "parquet", "geojson", "gold")


@click.command()
@click.option("--format", "fmt", type=click.Choice(FORMATS), required=True)
@click.option("--query", help="Only events of documents matching this full-text query.")
@with_filters
@click.option("--coded-only", is_flag=True,
              help="The coder's output, without reviewers' confirmations, corrections, "
                   "rejections and additions.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True),
              help="File to write (default: standard output).")
def export(fmt, query, actor, event_type, place, since, until, db_url, config_path, coded_only,
           output) -> None:
    """Write the archive's events (filtered as in `communique search`).

    Events are written as reviewed: a reviewer's corrections replace the coded
    values, rejected events are left out, events a reviewer added are in, and a
    review_status field says which (coded, confirmed, corrected, added);
    --coded-only writes what the coder found.

    plover-jsonl: one PLOVER record per event.  cameo-tsv: Phoenix columns, one
    row per source-target pair.  csv / parquet: one row per event, list fields
    joined with "; ".  geojson: a FeatureCollection of the events with a place.
    gold: the reviewed events as a gold set, written into the folder -o DIR as
    reviewed.dev.jsonl, which `communique evaluate reviewed --gold DIR` scores.
    A file given with -o appears only once complete.
    """
    from ..export import export as run_export
    from ..store import Archive
    from ..store.filters import Filters

    config = get_config(config_path)
    if fmt == "gold":
        if output in (None, "-"):
            raise click.UsageError("--format gold writes a folder: give -o DIR")
        if query or coded_only or any((actor, event_type, place, since, until)):
            raise click.UsageError("--format gold exports every reviewed event; filters do not apply")
        _export_gold(db_url, config, output)
        return
    binary = fmt == "parquet"
    if binary and (output in (None, "-")) and sys.stdout.isatty():
        raise click.UsageError("parquet is binary: give -o FILE (or redirect standard output)")
    with clear_errors():
        filters = Filters(q=query, actor=actor, type=event_type, place=place, since=since,
                          until=until)
        archive = Archive.open(db_url, write=False, config=config)
        try:
            def write(out):
                return run_export(archive, fmt, out, filters=filters, coded_only=coded_only)

            if output in (None, "-"):
                out = sys.stdout.buffer if binary else sys.stdout
                with _stream_errors("standard output"):
                    counts = write(out)
                    out.flush()
            else:
                counts = write_atomically(output, binary, write)
        finally:
            archive.close()
    extra = ", ".join(f"{v} {k.replace('_', ' ')}" for k, v in counts.items()
                      if k not in ("events", "rows") and v)
    click.echo(f"exported {counts['rows']} row(s) from {counts['events']} event(s)"
               + (f" ({extra})" if extra else ""), err=True)


def write_atomically(output: str, binary: bool, write):
    """Run ``write(stream)`` into a temporary file beside ``output`` and rename it to
    ``output`` once complete: a failed export (full disk, an error half-way) leaves
    no partial file and any previous file untouched."""
    path = Path(output)
    if path.is_symlink():
        path = path.resolve()  # replace the file it points to, not the link
    if path.exists() and not path.is_file():
        # A device or pipe (/dev/null, a FIFO): written in place, never renamed over.
        with _stream_errors(output), open(path, "wb" if binary else "w",
                  **({} if binary else {"encoding": "utf-8", "newline": ""})) as out:
            return write(out)
    folder = path.parent
    if not folder.is_dir():
        raise click.ClickException(f"{output}: the folder {folder} does not exist")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise click.ClickException(f"{output}: cannot write there ({exc.strerror or exc})") from None
    try:
        with os.fdopen(fd, "wb" if binary else "w",
                       **({} if binary else {"encoding": "utf-8", "newline": ""})) as out:
            result = write(out)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp, 0o666 & ~_umask())  # what open() would have given the file
        os.replace(tmp, path)
    except OSError as exc:
        _remove(tmp)
        raise click.ClickException(f"{output}: {_reason(exc)}; nothing was written") from None
    except BaseException:
        _remove(tmp)
        raise
    return result


def _reason(exc: OSError) -> str:
    return "the disk is full" if exc.errno == errno.ENOSPC else (exc.strerror or str(exc))


@contextlib.contextmanager
def _stream_errors(name: str):
    """A stream written in place (standard output, a device, a pipe) that fails part-way
    (/dev/full, a closed pipe): one line naming it, not a traceback.  What it already
    took cannot be taken back, so the message does not claim that nothing was written."""
    try:
        yield
    except OSError as exc:
        raise click.ClickException(f"{name}: {_reason(exc)}; the export stopped part-way") from None


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _remove(path: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)


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
