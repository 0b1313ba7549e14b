"""`communique upgrade`: bring an archive's schema up to this version."""

from __future__ import annotations

import click

from .common import clear_errors, config_option, get_config


@click.command()
@click.option("--db", "db_url", help="Archive: SQLite file or URL, or postgresql://... "
              "(default from [store] url).")
@config_option
def upgrade(db_url, config_path) -> None:
    """Upgrade an archive made by an older communique, in one transaction.

    Search, export and the workbench only read, so they refuse an archive with
    an older schema; ingesting into it, or this command, upgrades it.
    """
    config = get_config(config_path)
    from ..store.upgrade import upgrade_archive

    with clear_errors():
        result = upgrade_archive(db_url, config)
    if result.changed:
        click.echo(f"{result.where}: schema {result.before} -> {result.after}")
        if result.review_before is not None:
            click.echo(f"{result.where}: review tables {result.review_before} -> "
                       f"{result.review_after}")
        if result.legacy_review_table:
            click.echo(f"{result.where}: the review tables' revision moved from "
                       "alembic_version_review into alembic_version")
    else:
        click.echo(f"{result.where}: already at schema {result.after}; nothing to do")
