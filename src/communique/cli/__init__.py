"""The `communique` command line: thin commands over library functions."""

from __future__ import annotations

import importlib
import logging

import click

from ..version import __version__

# Each command lives in its own module here: (module, click command name).
COMMANDS = [
    ("extract", "extract"),
    ("stages", "stages"),
    ("evaluate", "evaluate"),
    ("serve", "serve"),
    ("user", "user"),
    ("ingest", "ingest"),
    ("search", "search"),
    ("export", "export"),
    ("upgrade", "upgrade"),
    ("report", "report"),
]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="communique")
@click.option("-v", "--verbose", is_flag=True, help="Log what the stages do.")
def main(verbose: bool) -> None:
    """Turn political statements into auditable PLOVER/CAMEO event data."""
    logging.basicConfig(level=logging.DEBUG if verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")


for _module, _name in COMMANDS:
    main.add_command(getattr(importlib.import_module(f".{_module}", __name__), _name))
