"""`communique report`: reports computed from the archive."""

from __future__ import annotations

from pathlib import Path

import click

from .common import clear_errors, config_option, get_config


@click.group()
def report() -> None:
    """Reports over the archive (see `communique report dyads --help`)."""


@report.command()
@click.option("--db", "db_url", help="Archive: SQLite file or URL, or postgresql://... "
              "(default from [store] url).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True), default="-",
              show_default=True, help="Markdown file to write.")
@click.option("--top", type=click.IntRange(1, 1000), default=15, show_default=True,
              help="Dyads and accused states listed per year.")
@click.option("--title", default="Dyads by year", show_default=True, help="The report's heading.")
@config_option
def dyads(db_url, output, top, title, config_path) -> None:
    """Per publication year, the most frequent (source country, type, target country) dyads
    and the most accused states, counted in events (asserted or intended, not negated)."""
    from ..reports.dyads import count_dyads, render
    from ..store import Archive

    config = get_config(config_path)
    with clear_errors():
        archive = Archive.open(db_url, write=False, config=config)
        try:
            with archive.reading() as conn:
                text = render(count_dyads(conn), top=top, title=title)
        finally:
            archive.close()
    if output == "-":
        click.echo(text, nl=False)
    else:
        Path(output).parent.mkdir(parents=True, exist_ok=True)
        Path(output).write_text(text, encoding="utf-8")
        click.echo(f"report written to {output}")
