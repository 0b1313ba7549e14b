"""The PETRARCH-2 dictionary compiler (tools/petrarch/compile.py) on made-up snippets in the
dictionaries' formats, and the loaders of the compiled files it ships."""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("petrarch_compile", ROOT / "tools" / "petrarch" / "compile.py")
comp = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = comp   # dataclasses look their module up by name
_spec.loader.exec_module(comp)

VERBS = """\
####### SYNONYM SETS #######
&VESSEL
+RAFT
+HOUSEBOAT_
+CARGO_BARGE

&LIMB_
+FIN

&HARBOUR
+PORT_AUTHORITY

####### VERB PATTERNS #######

---  IMPOUND   [173]  ---
IMPOUND
SEQUESTER {SEQUESTERS SEQUESTERED SEQUESTERING}
+TOW_AWAY {+TOWS_AWAY +TOWED_AWAY}  [171]
- * &VESSEL                          [171]     # IMPOUND
- * {STOLEN LANTERNS}                [171:172] # IMPOUND
- &HARBOUR * (FOR INSPECTION)        [:173]    # IMPOUND
- * (AT MARKET) (ON SUNDAY)          [---]     # IMPOUND
- * &NONSENSE                        [171]     # an undefined set
- * OUT PAPERS                       [080!]    # malformed code
~ a (b . IMPOUND) DENY = a b 125
"""

ACTORS = """\
<!-- made-up actors -->
ORVELIA_  [ORV]
+ORVELIAN_

ORVEL_HARBOUR_GUARD
+ORVELIAN_HARBOUR_GUARD
\t[ORVMIL]

MIRA_TOLLAN_  # a made-up office-holder
+PRIME_MINISTER_MIRA_TOLLAN
\t[ORVELI 19900101-020315]
\t[ORVGOV 020315-091001]
\t[ORVOPP >091001]
\t[ORVELI]

BROKEN_DATES_
\t[ORVGOV 20051301-20060101]
\t[ORVGOV 080101-050101]
\t[ORVGOV 050101]
\t[ORVELI]

Lowercase_Person [ORVCVL]
"""

AGENTS = """\
!KEEPER! = KEEPER, KEEPERS, WARDEN
HARBOUR_POLICE {} [~COP]
LIGHTHOUSE_!KEEPER! [~CVL]
FERRY {FERRIES_OLD} [~BUS]
RELIEF_CONSORTIUM [NGO~]
NO_CODE_HERE
GOOSE {GEESE} [~AGR]
"""

DISCARDS = """\
+KITE FESTIVAL
REGATTA_
1987
DECADES EARLIER
"""


def test_verbs_synsets_patterns_and_codes():
    stats = Counter()
    synsets, verbs, patterns = comp.read_verbs(VERBS, stats)
    assert synsets["&VESSEL"] == ["RAFT", "HOUSEBOAT_", "CARGO_BARGE"]
    expanded = comp.expand_synsets(synsets)
    # regular plurals, none for a member ending in "_" or in a set whose label does
    assert expanded["&VESSEL"] == ["raft", "rafts", "houseboat", "cargo barge", "cargo barges"]
    assert expanded["&LIMB_"] == ["fin"]
    assert expanded["&HARBOUR"] == ["port authority", "port authorities"]
    assert [(v[0], v[2], v[4]) for v in verbs] == [("impound", "173", ""), ("sequester", "173", ""),
                                                   ("tow", "171", "away")]
    by_line = {p.raw.split("[")[0].strip(): p for p in patterns}
    p = by_line["- * &VESSEL"]
    assert (p.active, p.passive, p.obj) == ("171", "171", "&VESSEL")
    p = by_line["- * {STOLEN LANTERNS}"]
    assert (p.active, p.passive, p.obj, p.obj_mods) == ("171", "172", "lanterns", "stolen")
    p = by_line["- &HARBOUR * (FOR INSPECTION)"]
    assert (p.active, p.passive, p.subject, p.preps) == ("", "173", "&HARBOUR", "for:inspection:")
    p = by_line["- * (AT MARKET) (ON SUNDAY)"]
    assert (p.active, p.preps) == ("---", "at:market:|on:sunday:")
    p = by_line["- * OUT PAPERS"]
    assert (p.active, p.particles, p.obj) == ("080", "out", "papers")
    assert not any("NONSENSE" in p.raw for p in patterns)
    assert stats["pattern: undefined synset (dropped)"] == 1
    assert stats["transformations (not compiled)"] == 1


def test_actor_roles_dates_and_bad_entries():
    stats = Counter()
    entries = comp.read_actors(ACTORS, stats)
    by_name = {e.names[0]: e for e in entries}
    assert by_name["orvelia"].names == ["orvelia", "orvelian"]
    assert [r.cell() for r in by_name["orvel harbour guard"].roles] == ["ORVMIL"]
    tollan = by_name["mira tollan"]
    assert tollan.names == ["mira tollan", "prime minister mira tollan"]
    # YYMMDD: 00-30 is 20YY; ranges end-exclusive; ">" open-ended
    assert [r.cell() for r in tollan.roles] == ["ORVELI@19900101-20020315", "ORVGOV@20020315-20091001",
                                                "ORVOPP@20091001-", "ORVELI"]
    broken = by_name["broken dates"]
    assert [r.cell() for r in broken.roles] == ["ORVELI"]   # invalid, inverted and bare dates dropped
    assert stats["role: invalid date"] == 1 and stats["role: inverted range"] == 1
    assert stats["role: bare date (undocumented)"] == 1
    assert by_name["lowercase person"].roles[0].code == "ORVCVL"


def test_agents_markers_plurals_and_prefix_codes():
    stats = Counter()
    rows = comp.read_agents(AGENTS, stats)
    got = {phrase: (code, where) for phrase, code, where in rows}
    assert got["harbour police"] == ("COP", "suffix") and "harbour polices" not in got
    assert {"lighthouse keeper", "lighthouse warden", "lighthouse wardens"} <= set(got)
    assert got["ferry"] == ("BUS", "suffix") and "ferries old" in got and "ferrys" not in got
    assert got["geese"] == ("AGR", "suffix")
    assert got["relief consortium"] == ("NGO", "prefix")
    assert stats["agent: no code (skipped)"] == 1


def test_discards_drop_bare_years():
    stats = Counter()
    rows = comp.read_discards(DISCARDS, stats)
    assert rows == [("kite festival", "story", "stem"), ("regatta", "sentence", "word"),
                    ("decades earlier", "sentence", "stem")]
    assert stats["discard: bare year (dropped)"] == 1


def test_compile_all_writes_readable_files(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / comp.VERB_FILE).write_text(VERBS)
    for f in comp.ACTOR_FILES:
        (src / f).write_text(ACTORS if "Countries" in f else "")
    (src / comp.AGENT_FILE).write_text(AGENTS)
    (src / comp.DISCARD_FILE).write_text(DISCARDS)
    (src / "LICENSE").write_text("The MIT License (MIT)\nmade-up notice\n")
    ev, kb = tmp_path / "ev", tmp_path / "kb"
    stats = comp.compile_all(src, ev, kb)
    assert stats["patterns"] == 5
    assert "MIT" in (ev / "LICENSE.txt").read_text() and "MIT" in (kb / "LICENSE.txt").read_text()
    rows = [ln.split("\t") for ln in (kb / "actors.tsv").read_text().splitlines() if not ln.startswith("#")]
    assert rows[0] == ["file", "names", "roles"]
    assert ["C", "mira tollan|prime minister mira tollan",
            "ORVELI@19900101-20020315;ORVGOV@20020315-20091001;ORVOPP@20091001-;ORVELI"] in rows


def test_compile_missing_source_is_one_line_error(tmp_path, capsys):
    assert comp.main(["--src", str(tmp_path / "nowhere"), "--out-events", str(tmp_path / "e"),
                      "--out-kb", str(tmp_path / "k")]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("error:") and "CAMEO.2.0.txt" in err and "\n" not in err


# -- the shipped compiled files --------------------------------------------------
def test_dated_roles_resolve_on_the_event_date():
    from communique.resolve.kb.dated_actors import DatedActors, Role, split_code

    da = DatedActors({"mira tollan": (0,), "prime minister mira tollan": (0,)},
                     [(Role("ORVELI"), Role("ORVGOV", "20020315", "20091001"), Role("ORVOPP", "20091001", ""))])
    assert da.code_on("Mira Tollan", "2005-06-01") == "ORVGOV"
    assert da.code_on("Prime Minister Mira Tollan", "2009-10-01") == "ORVOPP"   # start day included
    assert da.code_on("Mira Tollan", "2002-03-14") == "ORVELI"   # no dated role: the default
    assert da.code_on("Mira Tollan", None) == "ORVELI"
    assert da.code_on("Someone Else", "2005-06-01") is None
    assert split_code("ORVGOV", {"ORV"}) == ("ORV", "GOV", "government")
    assert split_code("IGOUNO") == (None, "IGO", "igo")
    assert split_code("IMGMUSALQ") == (None, "REB", "armed_group")
    assert split_code("ORVREB", {"ORV"}) == ("ORV", "REB", "armed_group")


def test_shipped_dictionaries_load_small_and_complete():
    from communique.events.dictionary import load_verb_dictionary
    from communique.resolve.kb.dated_actors import load_agents, load_dated_actors

    vd = load_verb_dictionary()
    assert len(vd) > 4000 and len(vd.synsets) >= 36
    assert any(e.block for e in vd.entries("impose"))
    da = load_dated_actors()
    assert len(da.names) > 30000
    agents = load_agents()
    assert agents["farmer"] == ("AGR", "suffix")
    for f in list((ROOT / "src/communique/events/data/petrarch").iterdir()) + \
            list((ROOT / "src/communique/resolve/kb/petrarch").iterdir()):
        assert f.stat().st_size < 2_000_000, f
    assert (ROOT / "src/communique/resolve/kb/petrarch/LICENSE.txt").read_text().count("MIT") >= 1


SHARED = ROOT.parent / "shared" / "resources" / "petrarch2-dictionaries"


@pytest.mark.skipif(not comp.DEFAULT_SRC.is_dir(), reason="../shared/resources/petrarch2-dictionaries absent")
def test_shipped_files_are_what_the_compiler_writes(tmp_path):
    comp.compile_all(comp.DEFAULT_SRC, tmp_path / "e", tmp_path / "k")
    for sub, out in (("events/data/petrarch", tmp_path / "e"), ("resolve/kb/petrarch", tmp_path / "k")):
        for f in out.iterdir():
            assert (ROOT / "src/communique" / sub / f.name).read_bytes() == f.read_bytes(), f.name


def test_validation_actors_become_a_user_kb_one_entry_per_code():
    text = ("VELMORA_ [VEL]\n+VELMORAN_\nTARAVEL_HARBOUR_GUARD [TARMIL]\nORVELIA_ [ORV]\n"
            "OLD_KING_\n\t[VELGOV <940101]\n\t[VELELI 940101-960101]\nNOBODY_ [---]\n"
            "MISTLEDALE_ [MIS]\n")
    rows = comp.validate_kb(text, Counter(), day="19950101",
                            iso3={"ORV": ["orvelia", "republic of orvelia"], "MIS": ["missoria"]})
    by_id = {r["id"]: r for r in rows}
    assert by_id["petr-validate:VEL"]["aliases"] == ["Velmoran"]
    assert by_id["petr-validate:VEL"]["kind"] == "country"
    assert by_id["petr-validate:TARMIL"] == {"id": "petr-validate:TARMIL", "name": "Taravel Harbour Guard",
                                            "kind": "government", "country": "TAR", "sector": "MIL",
                                            "aliases": []}
    assert by_id["petr-validate:VELELI"]["name"] == "Old King"   # the role on the day
    assert "petr-validate:ORV" not in by_id      # a real country: the bundled KB has it
    # ... but not the suite's other names for it, which are kept alone
    rows = comp.validate_kb("ORVELIA_ [ORV]\n+THE_GREEN_REALM_\n+ORVELIAN_\n", Counter(), day="19950101",
                            iso3={"ORV": ["orvelia", "republic of orvelia"]})
    assert [(r["id"], r["name"], r["aliases"], r["country"]) for r in rows] == [
        ("petr-validate:ORV", "The Green Realm", [], "ORV")]
    # a made-up country that uses a real country's code is kept
    assert by_id["petr-validate:MIS"]["name"] == "Mistledale"
    assert not any(r["id"].endswith("---") for r in rows)


def test_petrarch_agents_fill_in_head_nouns_the_bundled_agents_lack():
    from communique.resolve.kb import load_kb

    kb, bare = load_kb(), load_kb("", 90.0, False)
    assert bare.agent("smugglers") is None
    got = kb.agent("smugglers")
    assert (got.sector, got.kind) == ("CRM", "group")
    assert kb.agent("cattle rancher").sector == "AGR"
    # the bundled agents keep their own entries, and decide for phrases with their head word
    assert kb.agent("police") == bare.agent("police") and kb.agent("police").name == "police"
    assert "force" in kb.agents and "security force" in kb.phrase_agents
    assert kb.agent("security force") is None and kb.agent("force").sector == "MIL"


def test_an_office_holder_gets_the_country_and_sector_of_the_role_on_the_date():
    from communique.config import load_config
    from communique.extract import Extractor

    text = "Abdullah Abdullah met the visiting delegation of the Taravel Farmers Union."
    on = Extractor(load_config())
    off = Extractor(load_config(overrides={"actors": {"petrarch_actors": False}}))

    def person(ex, published):
        d = ex.extract_text(text, published=published)
        return next((a.country, a.sector) for a in d.actors if a.name == "Abdullah Abdullah")

    assert person(on, "2003-05-01") == ("AFG", "GOV")     # a minister then
    assert person(on, "2012-05-01") == ("AFG", "ELI")     # the undated default afterwards
    assert person(off, "2003-05-01")[0] is None


def test_a_petrarch_agent_word_yields_to_the_organisation_it_is_part_of():
    from communique.config import load_config
    from communique.extract import Extractor

    d = Extractor(load_config()).extract_text(
        "Coalition troops arrested a Hezbollah forger and two smugglers near the border.")
    names = {a.name: a for a in d.actors}
    assert "Hezbollah" in names and not any("forger" in n for n in names)
    assert any(a.sector == "CRM" for a in d.actors)   # "smugglers": PETRARCH's agent


def test_religious_identities_are_no_agent_sectors():
    from communique.resolve.kb import load_kb

    kb = load_kb()
    assert "moslem" not in kb.phrase_agents and "christian" not in kb.phrase_agents
    assert kb.agent("Islamic") is None


@pytest.mark.skipif(not comp.VALIDATE_ACTORS.is_file(), reason="../shared/eval-data/petrarch-cameo absent")
def test_shipped_validation_kb_is_what_the_compiler_writes(tmp_path):
    out = tmp_path / "petr_unit_actors.jsonl"
    assert comp.write_validate_kb(comp.VALIDATE_ACTORS, out) > 50
    assert out.read_bytes() == comp.OUT_VALIDATE.read_bytes()


@pytest.mark.skipif(not comp.VALIDATE_VERBS.is_file(), reason="../shared/eval-data/petrarch-cameo absent")
def test_shipped_validation_verbs_are_what_the_compiler_writes(tmp_path):
    stats = comp.write_validate_verbs(comp.VALIDATE_VERBS, tmp_path)
    assert stats["patterns"] > 400
    for f in tmp_path.iterdir():
        assert (comp.OUT_VALIDATE_VERBS / f.name).read_bytes() == f.read_bytes(), f.name


# The validation suite's verb file: sets between the blocks, a set inside a set, references
# written loosely, TABARI-style words before the verb, markers, old ";" comments.
LOOSE_VERBS = """\
<!-- made-up validation-style verbs -->
&RAFTS_
+RAFT
+PUNT

&BOATS
+&RAFTS
+FERRY

--- MOOR  [171]  ---
MOOR {MOORED};shan 1/1/91
+TIE_UP
- * &BOATS_HARBOUR  [172]
- NEW_&RAFTS_RULES * [173]
- SAID_WOULD_NOT_*  [174]
- + WAS_ * AT_ ^ BY $  [175]
- % * (AT &RAFTS) [176]
- * &NOSUCHSET [177]

&LATE
+DUSK
"""


def test_validation_style_verbs_sets_sequences_and_markers():
    stats = Counter()
    synsets, verbs, patterns = comp.read_verbs(LOOSE_VERBS, stats, nested_sets=True)
    assert set(synsets) == {"&RAFTS_", "&BOATS", "&LATE"}
    assert comp.expand_synsets(synsets)["&BOATS"] == ["raft", "punt", "ferry", "ferries"]
    assert [(v[0], v[4]) for v in verbs] == [("moor", ""), ("tie", "up")]
    by_code = {p.active: p for p in patterns}
    assert (by_code["172"].pre, by_code["172"].post) == ("", "&BOATS~harbour")
    assert by_code["173"].pre == "new~&RAFTS_~rules"          # a set between joined words
    assert by_code["174"].pre == "said~would~not~"            # joined to the verb
    assert (by_code["175"].pre, by_code["175"].post) == ("+ was", "at ^ by $")   # "WAS_ *": a whole word
    assert (by_code["176"].pre, by_code["176"].post) == ("%", "at &RAFTS_")
    assert "177" not in by_code and stats["pattern: undefined synset (dropped)"] == 1


def test_a_phoenix_country_code_the_kb_writes_otherwise_is_rewritten():
    # Phoenix codes Kosovo KSV; the bundled countries.tsv has it as XKX (GeoNames, EU).
    stats = Counter()
    assert comp.parse_role("KSVGOV >080217", stats).code == "XKXGOV"
    assert comp.parse_role("KSV", stats).code == "XKX"
    assert comp.parse_role("YUGKSV <920428", stats).code == "YUGKSV"   # only the first unit
    assert stats["role: country code rewritten"] == 2
