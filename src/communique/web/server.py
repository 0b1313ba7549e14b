"""Wiring the app to a database: the archive's engine, the review tables, settings."""

from __future__ import annotations

import ipaddress
import json
import os

from sqlalchemy.orm import sessionmaker

from ..config import Config, default_config, load_config
from ..review import schema as review_schema
from ..store.archive import Archive, clear_db_errors
from ..store.db import make_engine, normalise_url
from .app import WebSettings, create_app
from .store_archive import StoreArchive


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def prepare(url: str | None, config: Config | None = None) -> str:
    """Check the archive exists and create or upgrade the review tables; returns the URL."""
    config = config or default_config()
    url = normalise_url(url or config.store.url)
    Archive.open(url, write=False, config=config).close()  # clear error when there is no archive
    engine = make_engine(url, write=True)
    try:
        with clear_db_errors(url), engine.begin() as conn:
            review_schema.upgrade(conn)
    finally:
        engine.dispose()
    return url


def build_app(url: str | None, config: Config | None = None, host: str = "127.0.0.1",
              prepared: bool = False):
    config = config or default_config()
    url = normalise_url(url or config.store.url) if prepared else prepare(url, config)
    # Reading is open on loopback unless the config says otherwise; anywhere else it needs a login.
    public = config.web.public_read
    public_read = is_loopback(host) if public == "loopback" else public
    settings = WebSettings.from_config(config.web, public_read=public_read, bound_host=host)
    engine = make_engine(url, write=False)
    factory = sessionmaker(bind=engine, expire_on_commit=False)
    return create_app(factory, StoreArchive, settings)


# Several server processes (`communique serve --workers N`): uvicorn imports the app in
# each worker from this factory; the parent has already checked the archive and run
# the review migrations, and passes what it was given through the environment.
WORKER_ENV = "COMMUNIQUE_SERVE_SPEC"


def worker_spec(url: str, host: str, config_path: str | None) -> str:
    return json.dumps({"url": url, "host": host, "config": config_path})


def app_from_env():
    spec = json.loads(os.environ[WORKER_ENV])
    return build_app(spec["url"], load_config(spec.get("config")), host=spec["host"], prepared=True)
