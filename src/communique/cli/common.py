"""Pieces shared by the commands: options and error translation."""

from __future__ import annotations

import contextlib
import functools

import click

from ..config import ConfigError, load_config
from ..errors import CommuniqueError
from ..pipeline import PipelineError

config_option = click.option(
    "--config", "config_path", type=click.Path(dir_okay=False),
    help="A TOML file layered over the default configuration.",
)


@contextlib.contextmanager
def clear_errors():
    """Library errors become one-line CLI messages with a non-zero exit."""
    try:
        yield
    except (CommuniqueError, ConfigError, PipelineError) as exc:
        raise click.ClickException(str(exc)) from None


def with_clear_errors(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        with clear_errors():
            return fn(*args, **kwargs)
    return wrapper


def get_config(config_path: str | None, **overrides):
    with clear_errors():
        return load_config(config_path, {k: v for k, v in overrides.items() if v})
