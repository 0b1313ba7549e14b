"""Typed configuration (config.py): one model per section, defaults only in default_config.toml,
user files checked key by key with the file and the key named in the error."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from click.testing import CliRunner

from communique.cli import main
from communique.config import (Config, ConfigError, ParseConfig, Section, _raw_default, _validate,
                               default_config, load_config)

SRC = Path(__file__).resolve().parents[1] / "src" / "communique"


def _write(tmp_path, text: str, name: str = "user.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_an_unknown_key_names_the_file_and_the_key(tmp_path):
    path = _write(tmp_path, "[parse]\nbatch_size = 8\nbatch_sise = 4\n", "typo.toml")
    with pytest.raises(ConfigError) as err:
        load_config(path)
    message = str(err.value)
    assert message.startswith(f"{path}: ") and "unknown key [parse] batch_sise" in message
    assert "\n" not in message


def test_an_unknown_section_is_refused(tmp_path):
    path = _write(tmp_path, "[parser]\nbatch_size = 4\n")
    with pytest.raises(ConfigError, match=r"user\.toml: unknown section \[parser\]"):
        load_config(path)


@pytest.mark.parametrize("line, key", [
    ('batch_size = "4"', "batch_size"),          # a number given as text
    ("block_sentences = 1", "block_sentences"),  # 1 is not true
    ("max_chars = 2.5", "max_chars"),            # a whole number is asked for
])
def test_a_wrong_type_names_the_key_and_the_value(tmp_path, line, key):
    path = _write(tmp_path, f"[parse]\n{line}\n")
    with pytest.raises(ConfigError, match=rf"user\.toml: \[parse\] {key}: .*, not "):
        load_config(path)


def test_a_choice_outside_its_values_is_refused_with_them_listed(tmp_path):
    path = _write(tmp_path, '[events]\npetrarch_verbs = "always"\n')
    with pytest.raises(ConfigError, match=r"\[events\] petrarch_verbs: .*'off', 'fallback', "
                                          r"'specific', 'refine' or 'only', not 'always'"):
        load_config(path)
    path = _write(tmp_path, '[web]\npublic_read = "yes"\n')
    with pytest.raises(ConfigError, match=r"\[web\] public_read: .*boolean or 'loopback', not 'yes'"):
        load_config(path)


def test_a_section_given_as_a_value_is_refused(tmp_path):
    with pytest.raises(ConfigError, match=r"user\.toml: \[store\] must be a table"):
        load_config(_write(tmp_path, 'store = "sqlite:///x.db"\n'))


def test_user_file_layers_key_by_key_and_overrides_come_last(tmp_path):
    path = _write(tmp_path, '[parse]\nbatch_size = 4\n[dates]\ndate_order = "mdy"\n')
    cfg = load_config(path, overrides={"parse": {"max_chars": 1000}})
    assert cfg.parse.batch_size == 4 and cfg.parse.max_chars == 1000
    assert cfg.parse.model == default_config().parse.model          # untouched key kept
    assert cfg.dates.date_order == "MDY"                             # spelling of a choice is free
    assert cfg.dates.event_date_fallback == default_config().dates.event_date_fallback
    assert default_config().parse.batch_size != 4                    # the defaults are not changed


def test_an_integer_is_a_float_where_a_float_is_asked(tmp_path):
    cfg = load_config(_write(tmp_path, "[events]\nmin_confidence = 1\n"))
    assert cfg.events.min_confidence == 1.0 and isinstance(cfg.events.min_confidence, float)


def test_the_environment_names_the_user_file(tmp_path, monkeypatch):
    path = _write(tmp_path, "[store]\nbatch_size = 7\n")
    monkeypatch.setenv("COMMUNIQUE_CONFIG", str(path))
    assert load_config().store.batch_size == 7


def test_overrides_are_checked_and_named():
    with pytest.raises(ConfigError, match=r"^overrides: unknown key \[scale\] workers$"):
        load_config(overrides={"scale": {"workers": 2}})
    with pytest.raises(ConfigError, match=r"^--model: \[parse\] model"):
        default_config().with_overrides({"parse": {"model": 3}}, where="--model")


def _sections() -> list[type[Section]]:
    return [f.annotation for f in Config.model_fields.values()]


def test_defaults_live_only_in_the_toml_file():
    # No model carries a default: every key must come from default_config.toml ...
    for model in [Config, *_sections()]:
        with_default = [k for k, f in model.model_fields.items() if not f.is_required()]
        assert with_default == [], f"{model.__name__} repeats defaults for {with_default}"
    # ... so a key missing from that file is an error naming it, not a silent default.
    raw = _raw_default()
    del raw["parse"]["batch_size"]
    with pytest.raises(ConfigError, match=r"default_config\.toml: missing key \[parse\] batch_size"):
        _validate(raw, "default_config.toml")
    # And every key of the file has a typed field (extra keys are refused).
    assert set(_raw_default()) == set(Config.model_fields)
    for name, section in _raw_default().items():
        assert set(section) == set(Config.model_fields[name].annotation.model_fields), name


def _config_names() -> set[str]:
    names = set(Config.model_fields)
    for model in _sections():
        names |= set(model.model_fields)
    return names


def test_no_code_reads_a_setting_with_a_fallback_of_its_own():
    """``settings.get("key", default)`` would repeat a default of the TOML file: settings are
    attributes of the models now.  Looks for .get("<a config key>", ...) on a name that holds
    configuration (settings, config, cfg, section, ...)."""
    names = _config_names()
    holders = ("settings", "config", "cfg", "section", "scale", "limits")
    found = []
    for path in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "get" and node.args
                    and isinstance(node.args[0], ast.Constant) and node.args[0].value in names):
                receiver = ast.unparse(node.func.value)
                if any(h in receiver.lower() for h in holders):
                    found.append(f"{path.relative_to(SRC)}:{node.lineno} {ast.unparse(node)}")
    assert found == []


def test_sections_are_frozen():
    with pytest.raises(ValueError):
        default_config().parse.batch_size = 3
    assert isinstance(default_config().parse, ParseConfig)


def test_the_cli_reports_a_bad_config_in_one_line(tmp_path):
    path = _write(tmp_path, "[mentions]\nlabels = \"PERSON\"\n", "mine.toml")
    result = CliRunner().invoke(main, ["stages", "--config", str(path)])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    lines = [ln for ln in result.output.splitlines() if ln.strip()]
    assert lines == [f"Error: {path}: [mentions] labels: Input should be a valid list, not 'PERSON'"]
