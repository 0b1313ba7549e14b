"""`communique user`: people who may review events, and their tokens."""

from __future__ import annotations

import functools

import click

from .common import clear_errors, config_option, get_config

db_option = click.option("--db", "db_url", help="Archive database (default: [store] url, ./communique.db).")


def _session(db_url, config_path):
    from sqlalchemy.orm import Session

    from ..store.archive import verify
    from ..store.db import make_engine
    from ..web.server import prepare

    config = get_config(config_path)
    verify(db_url, config)   # nothing is written to a damaged or foreign database
    url = prepare(db_url, config)
    return Session(make_engine(url, write=True))


def _on_archive(fn):
    """A subcommand that works on the archive's reviewers: it takes --db and --config and is
    called with an open session first; library errors become one-line messages.  Put it
    right above the function, so that its options are listed after the command's own."""
    @functools.wraps(fn)
    def command(db_url, config_path, **kwargs):
        with clear_errors(), _session(db_url, config_path) as session:
            fn(session, **kwargs)
    return db_option(config_option(command))


@click.group()
def user() -> None:
    """Add, list and disable reviewers; issue new tokens."""


@user.command("add")
@click.argument("name")
@click.option("--role", type=click.Choice(["editor", "viewer"]), default="editor", show_default=True)
@_on_archive
def add(session, name, role) -> None:
    """Create user NAME and print their token (shown this once; only a hash is stored)."""
    from ..review import users

    click.echo(users.add_user(session, name, role))
    click.echo(f"user {name!r} ({role}) created; keep the token above: it is not shown again", err=True)


@user.command("token")
@click.argument("name")
@_on_archive
def token(session, name) -> None:
    """Issue a new token for NAME; the old one and its sessions stop working."""
    from ..review import users

    click.echo(users.new_token(session, name))


@user.command("list")
@_on_archive
def list_(session) -> None:
    """List users with role and state."""
    from ..review import users

    for u in users.list_users(session):
        click.echo(f"{u.name}\t{u.role}\t{'disabled' if u.disabled else 'active'}\t"
                   f"{u.created_at:%Y-%m-%d}")


@user.command("disable")
@click.argument("name")
@_on_archive
def disable(session, name) -> None:
    """Stop NAME's token and sessions from working."""
    from ..review import users

    users.set_disabled(session, name, True)
    click.echo(f"user {name!r} disabled", err=True)
