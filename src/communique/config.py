"""Configuration: one commented default file, with user files layered over it."""

from __future__ import annotations

import copy
import os
import tomllib
from importlib import resources
from pathlib import Path
from typing import Any

ENV_VAR = "COMMUNIQUE_CONFIG"


class ConfigError(ValueError):
    pass


def default_config() -> dict[str, Any]:
    text = resources.files("communique").joinpath("default_config.toml").read_text("utf-8")
    return tomllib.loads(text)


def merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    """Tables merge key by key; any other value in ``over`` replaces the base."""
    out = copy.deepcopy(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = merge(out[key], value)
        else:
            out[key] = copy.deepcopy(value)
    return out


def load_config(path: str | os.PathLike | None = None, overrides: dict[str, Any] | None = None
                ) -> dict[str, Any]:
    """The default config, then the user file (argument or $COMMUNIQUE_CONFIG), then overrides."""
    config = default_config()
    path = path or os.environ.get(ENV_VAR) or None
    if path:
        p = Path(path)
        try:
            user = tomllib.loads(p.read_text("utf-8"))
        except FileNotFoundError:
            raise ConfigError(f"{p}: config file not found") from None
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{p}: not a valid TOML config: {exc}") from None
        unknown = sorted(set(user) - set(config))
        if unknown:
            raise ConfigError(f"{p}: unknown section(s) {', '.join(unknown)}")
        config = merge(config, user)
    if overrides:
        config = merge(config, overrides)
    return config
