"""Configuration: one commented default file, with user files layered over it.

Every section of ``default_config.toml`` has a model here that names its keys and
their types; a layer (the default file, a user file, overrides given by code) is
checked as it is merged, and an unknown key or a wrong type is an error naming the
file and the key.

Defaults are defined once, in ``default_config.toml``, and nowhere else: the models
carry no defaults (every field is required), so the default file must give every
key, and code that needs a setting without a user config reads
``default_config().section.key``.  The TOML file, not the models, is the source
because it is what a user reads: each value sits next to the comment that explains
it, and there is no generated copy to keep in step (a key added to a model and not
to the file fails at load, tests/test_config.py).
"""

from __future__ import annotations

import copy
import functools
import os
import tomllib
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, ValidationError

ENV_VAR = "COMMUNIQUE_CONFIG"
DEFAULT_NAME = "default_config.toml"


class ConfigError(ValueError):
    pass


class Section(BaseModel):
    # strict: TOML has real types, so "3" for a number is a mistake, not something to coerce
    # (an integer is still accepted where a float is asked for).
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class PipelineConfig(Section):
    stages: list[str]


class InputConfig(Section):
    max_bytes: int
    max_binary_ratio: float
    min_html_words: int
    unicode_form: Literal["NFC", "NFD", "NFKC", "NFKD"]


class CleanConfig(Section):
    repeated_line_min: int
    repeated_line_max_chars: int
    unwrap_lines: bool


class StructureConfig(Section):
    max_signature_gap_days: int


class ParseConfig(Section):
    model: str
    batch_size: int
    batch_chars: int
    max_chars: int
    block_sentences: bool
    lookup_attribute_ruler: bool
    numpy_matmul: bool


class MentionsConfig(Section):
    labels: list[str]
    kb_names: bool


class ActorsConfig(Section):
    user_kb: str
    fuzzy_threshold: float
    petrarch_agents: bool
    petrarch_actors: bool


class PlacesConfig(Section):
    min_population: int


def _case(fold):
    # Spelling of a choice is free ("dmy" is DMY); anything but text is left for the type check.
    return BeforeValidator(lambda v: fold(v) if isinstance(v, str) else v)


class DatesConfig(Section):
    date_order: Annotated[Literal["DMY", "MDY", "YMD"], _case(str.upper)]
    event_date_fallback: Annotated[Literal["month", "day", "none"], _case(str.lower)]


class EventsConfig(Section):
    extra_patterns: str
    min_confidence: float
    max_sentence_tokens: int
    max_sentences: int
    skip_sections: list[str]
    petrarch_verbs: Literal["off", "fallback", "specific", "refine", "only"]
    petrarch_verb_defaults: bool
    petrarch_shared_patterns: bool
    petrarch_verbs_dir: str


class ScaleConfig(Section):
    n_process: int
    start_method: Literal["", "fork", "spawn", "forkserver"]
    batch_size: int
    chunk_chars: int
    chunks_in_flight: int
    dask_partition_size: int
    dask_workers: int
    engine: Literal["local", "dask"]
    scheduler: str


class StoreConfig(Section):
    url: str
    batch_size: int
    busy_timeout_ms: int
    extensions: list[str]
    fetch_timeout: float
    per_host_interval: float
    user_agent: str
    near_duplicates: bool
    duplicate_threshold: float
    minhash_permutations: int
    shingle_words: int


class WebConfig(Section):
    public_read: bool | Literal["loopback"]
    secure_cookies: bool
    allowed_hosts: list[str]
    page_size: int
    table_size: int


class Config(Section):
    """The whole configuration: one attribute per section of the TOML file."""

    pipeline: PipelineConfig
    input: InputConfig
    clean: CleanConfig
    structure: StructureConfig
    parse: ParseConfig
    mentions: MentionsConfig
    actors: ActorsConfig
    places: PlacesConfig
    dates: DatesConfig
    events: EventsConfig
    scale: ScaleConfig
    store: StoreConfig
    web: WebConfig

    def section(self, name: str) -> Section | None:
        """The section named like a stage, or None for a stage without one."""
        return getattr(self, name, None) if name in type(self).model_fields else None

    def with_overrides(self, over: dict[str, Any], where: str = "overrides") -> Config:
        """A copy with the tables of ``over`` merged in key by key, checked like a file."""
        return _validate(merge(self.model_dump(), over), where)

    def key(self) -> str:
        """A stable text for the whole configuration (workers keep one pipeline per key)."""
        return self.model_dump_json()


def merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    """Tables merge key by key; any other value in ``over`` replaces the base."""
    out = copy.deepcopy(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = merge(out[key], value)
        else:
            out[key] = copy.deepcopy(value)
    return out


def _describe(errors: list[dict[str, Any]]) -> str:
    """pydantic's errors as ``[section] key: what is wrong``, one entry per key."""
    by_key: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for e in errors:   # a union (true, false or "loopback") fails once per member: keep one entry
        by_key.setdefault(tuple(str(p) for p in e["loc"][:2]), []).append(e)
    out = []
    for loc, errs in by_key.items():
        first = errs[0]
        if first["type"] == "extra_forbidden":
            out.append(f"unknown section [{loc[0]}]" if len(loc) == 1
                       else f"unknown key [{loc[0]}] {loc[1]}")
            continue
        if first["type"] == "missing":   # only the default file can lack a key
            out.append(f"missing key [{loc[0]}] {loc[1]}" if len(loc) == 2
                       else f"missing section [{loc[0]}]")
            continue
        if len(loc) == 1:
            out.append(f"[{loc[0]}] must be a table, not {first['input']!r}")
            continue
        wanted = [errs[0]["msg"]] + [e["msg"].removeprefix("Input should be ") for e in errs[1:]]
        out.append(f"[{loc[0]}] {loc[1]}: {' or '.join(wanted)}, not {first['input']!r}")
    return "; ".join(out)


def _validate(data: dict[str, Any], where: str) -> Config:
    try:
        return Config.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(f"{where}: {_describe(exc.errors())}") from None


def _raw_default() -> dict[str, Any]:
    text = resources.files("communique").joinpath(DEFAULT_NAME).read_text("utf-8")
    return tomllib.loads(text)


@functools.lru_cache(maxsize=1)
def default_config() -> Config:
    """The bundled defaults, checked (models are frozen, so one instance is shared)."""
    return _validate(_raw_default(), DEFAULT_NAME)


def read_user_file(path: str | os.PathLike) -> dict[str, Any]:
    p = Path(path)
    try:
        return tomllib.loads(p.read_text("utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{p}: config file not found") from None
    except IsADirectoryError:
        raise ConfigError(f"{p}: is a folder, not a config file") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{p}: not a valid TOML config: {exc}") from None


def load_config(path: str | os.PathLike | None = None, overrides: dict[str, Any] | None = None
                ) -> Config:
    """The default config, then the user file (argument or $COMMUNIQUE_CONFIG), then overrides.

    Each layer is checked as it is merged, so an error names the layer that caused it.
    """
    config = default_config()
    path = path or os.environ.get(ENV_VAR) or None
    if path:
        config = config.with_overrides(read_user_file(path), where=str(path))
    if overrides:
        config = config.with_overrides(overrides)
    return config
