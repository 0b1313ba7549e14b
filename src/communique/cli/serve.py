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
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Server processes; more serve more readers at once on more cores.")
@config_option
def serve(db_url, host, port, workers, config_path) -> None:
    """Browse, search and review the coded events of an archive in a web browser.

    Editing needs a token from `communique user add NAME --role editor`.
    """
    import uvicorn

    import os

    from ..web.server import WORKER_ENV, build_app, prepare, worker_spec

    from ..store.archive import verify

    config = get_config(config_path)
    with clear_errors():
        verify(db_url, config)   # a damaged or foreign database: refuse to start
        if workers > 1:
            url = prepare(db_url, config)
            os.environ[WORKER_ENV] = worker_spec(url, host, config_path)
            app = build_app(url, config, host=host, prepared=True)  # checks settings early
        else:
            app = build_app(db_url, config, host=host)
    if not app.state.settings.public_read:
        click.echo(f"listening on {host}, not loopback: reading needs a login", err=True)
    click.echo(f"communique workbench on http://{host}:{port}/  (API: /api/docs)", err=True)
    if workers > 1:
        uvicorn.run("communique.web.server:app_from_env", factory=True, workers=workers, host=host,
                    port=port, log_level="warning", proxy_headers=False)
    else:
        uvicorn.run(app, host=host, port=port, log_level="warning", proxy_headers=False)
