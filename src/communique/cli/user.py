"""`communique user`: people who may review events, and their tokens."""

from __future__ import annotations

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


@click.group()
def user() -> None:
    """Add, list and disable reviewers; issue new tokens."""


@user.command("add")
@click.argument("name")
@click.option("--role", type=click.Choice(["editor", "viewer"]), default="editor", show_default=True)
@db_option
@config_option
def add(name, role, db_url, config_path) -> None:
    """Create user NAME and print their token (shown this once; only a hash is stored)."""
    from ..review import users

    with clear_errors():
        with _session(db_url, config_path) as s:
            token = users.add_user(s, name, role)
    click.echo(token)
    click.echo(f"user {name!r} ({role}) created; keep the token above: it is not shown again", err=True)


@user.command("token")
@click.argument("name")
@db_option
@config_option
def token(name, db_url, config_path) -> None:
    """Issue a new token for NAME; the old one and its sessions stop working."""
    from ..review import users

    with clear_errors():
        with _session(db_url, config_path) as s:
            click.echo(users.new_token(s, name))


@user.command("list")
@db_option
@config_option
def list_(db_url, config_path) -> None:
    """List users with role and state."""
    from ..review import users

    with clear_errors():
        with _session(db_url, config_path) as s:
            for u in users.list_users(s):
                click.echo(f"{u.name}\t{u.role}\t{'disabled' if u.disabled else 'active'}\t"
                           f"{u.created_at:%Y-%m-%d}")


@user.command("disable")
@click.argument("name")
@db_option
@config_option
def disable(name, db_url, config_path) -> None:
    """Stop NAME's token and sessions from working."""
    from ..review import users

    with clear_errors():
        with _session(db_url, config_path) as s:
            users.set_disabled(s, name, True)
    click.echo(f"user {name!r} disabled", err=True)
