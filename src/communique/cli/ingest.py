"""`communique ingest`: code files, folders, JSONL batches, URLs and feeds into the archive."""

from __future__ import annotations

import json
import sys

import click

from .common import clear_errors, config_option, get_config


@click.command()
@click.argument("sources", nargs=-1)
@click.option("--db", "db_url", help="Archive: an SQLite file or URL, or postgresql://USER@HOST/DB "
              "(default from [store] url: ./communique.db).")
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True,
              help="Processes that code documents (the main process alone writes).")
@click.option("--recode", is_flag=True,
              help="Also re-code stored documents coded with another pipeline version.")
@click.option("--retry-failed", is_flag=True,
              help="Try again inputs that failed before (they are skipped otherwise).")
@click.option("--engine", type=click.Choice(["local", "dask"]), default=None,
              help="Code here (local; default from [scale] engine) or on a Dask cluster.")
@click.option("--scheduler", help="Dask scheduler address (tcp://HOST:8786); without it "
              "--engine dask starts a local cluster.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@config_option
def ingest(sources, db_url, workers, recode, retry_failed, engine, scheduler, as_json,
           config_path) -> None:
    """Code SOURCES into the archive; what it already holds is skipped.

    SOURCES are files, folders (read recursively: .txt .md .html .htm .jsonl),
    JSONL batches {id, text, published?, title?, url?}, page URLs, and RSS/Atom
    feeds (feed:URL, or a URL ending in /feed, /rss, .rss, .atom or .xml).  Every
    batch of documents is one transaction: stop the run at any point and run it
    again to finish it.  Inputs that fail are recorded with a reason in the
    archive's errors table and the run goes on; the exit status is 1 when
    some failed in this run.
    """
    if not sources and not recode:
        raise click.UsageError("give something to ingest (files, folders, URLs, feed:URL) or --recode")
    config = get_config(config_path)
    if engine or scheduler:
        engine = engine or config.scale.engine
        if scheduler and engine != "dask":
            raise click.UsageError("--scheduler goes with --engine dask")
        with clear_errors():
            config = config.with_overrides({"scale": {"engine": engine, "scheduler": scheduler or ""}},
                                           where="--engine/--scheduler")
    from ..store import Archive
    from ..store.run import ingest as run_ingest

    with clear_errors():
        archive = Archive.open(db_url, write=True, config=config)
    try:
        with clear_errors(), _progress() as progress:
            summary = run_ingest(list(sources), archive, config, workers=workers, recode=recode,
                                 retry_failed=retry_failed, progress=progress)
    finally:
        archive.close()
    if as_json:
        click.echo(json.dumps({"archive": archive.where, **summary.as_dict()}))
    else:
        for line in summary.lines():
            click.echo(line, err=True)
    if summary.failed:
        # Everything else is stored; the status tells scripts that something was not.
        raise SystemExit(1)


class _progress:
    """A rich progress bar on a terminal; nothing when output is redirected."""

    def __enter__(self):
        if not (sys.stderr.isatty() and sys.stdout.isatty()):
            return None
        from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn,
                                   TimeRemainingColumn)

        self.bar = Progress(TextColumn("ingest"), BarColumn(), MofNCompleteColumn(),
                            TextColumn("{task.fields[rate]} docs/s"), TimeRemainingColumn(),
                            transient=True)
        self.bar.__enter__()
        self.task = self.bar.add_task("ingest", total=None, rate="-")
        import time
        self.start = time.monotonic()
        self.clock = time.monotonic
        return self.update

    def update(self, done: int, total: int | None) -> None:
        elapsed = max(self.clock() - self.start, 1e-6)
        self.bar.update(self.task, completed=done, total=total, rate=f"{done / elapsed:.1f}")

    def __exit__(self, *exc):
        if hasattr(self, "bar"):
            self.bar.__exit__(*exc)
        return False
