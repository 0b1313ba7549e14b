"""`communique report`: corpus results over the archive, as Markdown."""

from __future__ import annotations

import shlex
from datetime import datetime, timezone

import click

from .common import clear_errors, config_option, get_config


@click.group()
def report() -> None:
    """Reports over the archive (Markdown)."""


@report.command()
@click.option("--db", "db_url", help="Archive: SQLite file or URL, or postgresql://... "
              "(default from [store] url).")
@click.option("--top", type=click.IntRange(min=1), default=15, show_default=True,
              help="Dyads and accused countries listed per year.")
@click.option("--since", help="Statements published on or after YYYY[-MM[-DD]].")
@click.option("--until", help="Statements published on or before YYYY[-MM[-DD]].")
@click.option("--coded-only", is_flag=True, help="Events as coded, without reviewers' corrections.")
@click.option("--all-actors", is_flag=True, help="Count every actor with a country as its country "
              "(groups, organisations), not only states, governments and office-holders.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True),
              help="File to write (default: standard output).")
@config_option
def dyads(db_url, top, since, until, coded_only, all_actors, output, config_path) -> None:
    """Per year, the most frequent (source country, PLOVER type, target country)
    dyads and the countries most often accused (targets of ACCUSE).

    Counts the issuers' own acts: asserted, not negated, not background events,
    every event of a statement; reported acts are left out (the header gives how
    many of each).  The year is the statement's publication year.
    """
    from ..report.dyads import dyad_report
    from ..report.markdown import render
    from ..store import Archive

    config = get_config(config_path)
    with clear_errors():
        archive = Archive.open(db_url, write=False, config=config)
        try:
            result = dyad_report(archive, top=top, since=since, until=until, coded_only=coded_only,
                                 all_actors=all_actors)
        finally:
            archive.close()
    # The command as it would be typed again (not sys.argv: also right when called from Python).
    given = [("--db", db_url), ("--top", str(top)), ("--since", since), ("--until", until),
             ("--coded-only", coded_only), ("--all-actors", all_actors), ("-o", output)]
    command = shlex.join(["communique", "report", "dyads"]
                         + [x for opt, v in given if v for x in ((opt,) if v is True else (opt, v))])
    text = render(result, command=command,
                  generated=datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"))
    if not output or output == "-":
        click.echo(text)
        return
    from .export import write_atomically

    write_atomically(output, False, lambda out: out.write(text))
    click.echo(f"wrote {output}: {len(result.years)} year(s)", err=True)
