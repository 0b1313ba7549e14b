"""`communique serve`: the review workbench over an archive."""

from __future__ import annotations

import click

from .common import clear_errors, config_option, get_config


@click.command()
@click.option("--db", "db_url", help="Archive database: a file path, sqlite:///FILE or postgresql://... "
              "(default: [store] url, ./communique.db).")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. Reading is open only on loopback; elsewhere it needs a token.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@config_option
def serve(db_url, host, port, config_path) -> None:
    """Browse, search and review the coded events of an archive in a web browser.

    Editing needs a token from `communique user add NAME --role editor`.
    """
    import uvicorn

    from ..web.server import build_app

    config = get_config(config_path)
    with clear_errors():
        app = build_app(db_url, config, host=host)
    if not app.state.settings.public_read:
        click.echo(f"listening on {host}, not loopback: reading needs a login", err=True)
    click.echo(f"communique workbench on http://{host}:{port}/  (API: /api/docs)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning", proxy_headers=False)
