"""tools/ungd/to_jsonl.py: UN General Debate corpus records -> communique JSONL."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

TOOL = Path(__file__).resolve().parents[1] / "tools" / "ungd" / "to_jsonl.py"
spec = importlib.util.spec_from_file_location("ungd_to_jsonl", TOOL)
tool = importlib.util.module_from_spec(spec)
spec.loader.exec_module(tool)


def _record(code="PRT", session=77, **kw):
    return {"id": f"{code}_{session}_x", "country_iso3": code, "session": session, "year": 2022,
            "text": "We call on every state to keep the sea lanes open.", **kw}


def test_a_speech_becomes_a_record_with_issuer_date_and_title():
    out = tool.convert(_record(), tool.country_names())
    assert out == {"id": "PRT_77_x", "text": "We call on every state to keep the sea lanes open.",
                   "issuer": "PRT", "published": "2022-09-20",
                   "title": "Statement by Portugal at the general debate of the 77th session of "
                            "the United Nations General Assembly"}
    assert tool.convert(_record("EU", 79), tool.country_names())["title"].startswith(
        "Statement by the European Union at the general debate of the 79th session")
    assert tool.ordinal(71) == "71st" and tool.ordinal(72) == "72nd" and tool.ordinal(73) == "73rd"


def test_states_that_share_a_short_name_get_their_official_names():
    names = tool.country_names()
    assert names["COD"] == "Democratic Republic of the Congo"
    assert names["COG"] == "Republic of the Congo"
    assert names["PRT"] == "Portugal" and names["VAT"] == "Holy See"
    assert len(set(names.values())) == len(names)


def test_unknown_session_or_code_is_a_one_line_error(tmp_path, capsys):
    with pytest.raises(ValueError, match="session 60"):
        tool.convert(_record(session=60), tool.country_names())
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps(_record("QQQ")) + "\n", encoding="utf-8")
    assert tool.main([str(corpus), "-o", str(tmp_path / "o.jsonl")]) == 1
    assert "unknown country code 'QQQ'" in capsys.readouterr().err


def test_limit_takes_the_first_speeches(tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps(_record(c)) + "\n" for c in ("PRT", "ESP", "FRA")),
                      encoding="utf-8")
    assert tool.main([str(corpus), "-o", str(tmp_path / "o.jsonl"), "--limit", "2"]) == 0
    rows = [json.loads(l) for l in (tmp_path / "o.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["issuer"] for r in rows] == ["PRT", "ESP"]
