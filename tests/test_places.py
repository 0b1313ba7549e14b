"""The offline gazetteer and the places stage, on crafted and real text."""

from __future__ import annotations

import pytest

from communique import contract
from communique.document import Document, Mention
from communique.resolve.gazetteer import load_gazetteer, name_key
from communique.resolve.places import place_for_span, resolve_places


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def _place(doc, name=None, geonameid=None):
    for p in doc.places:
        if (geonameid is not None and p.geonameid == geonameid) or (name and p.name == name):
            return p
    return None


def _place_at(doc, words):
    """The place whose mention covers the first occurrence of ``words``."""
    i = doc.text.index(words)
    for p in doc.places:
        if any(s.start <= i < s.end for s in p.mentions):
            return p
    return None


# -- gazetteer ------------------------------------------------------------------------
def test_name_key_folds_case_accents_dots_and_hyphens():
    assert name_key("Paktiyā") == "paktiya"
    assert name_key("U.S.") == "us"
    assert name_key("Sar-e Pul") == "sar e pul"
    assert name_key("the  West Bank") == "west bank"
    assert name_key("KABUL") == "kabul"


def test_gazetteer_knows_homonyms_with_their_geonames_ids(gaz):
    hebrons = {c.entry.geonameid: c.entry for c in gaz.lookup("Hebron")}
    assert hebrons[285066].country == "PSE"
    assert hebrons[4835969].admin1 == "Connecticut"
    assert len(hebrons) > 5


def test_gazetteer_has_first_level_regions_with_ids_and_variants(gaz):
    helmand = [c.entry for c in gaz.lookup("Hilmand") if c.entry.kind == "admin1"]
    assert helmand and helmand[0].geonameid == 1140043 and helmand[0].country == "AFG"
    paktia = {c.entry.geonameid for c in gaz.lookup("Paktya")}
    assert 1131257 in paktia
    ky = [c.entry for c in gaz.lookup("Ky.")]
    assert ky and ky[0].name == "Kentucky" and ky[0].kind == "admin1"


def test_gazetteer_regions_table_and_continents(gaz):
    wb = gaz.lookup("the West Bank")[0].entry
    assert (wb.geonameid, wb.country, wb.curated) == (285153, "PSE", True)
    sahel = gaz.lookup("Sahel")[0].entry
    assert sahel.kind == "region" and sahel.geonameid is None and sahel.lat is not None
    europe = gaz.lookup("Europe")[0].entry
    assert europe.kind == "continent" and europe.geonameid == 6255148


def test_gazetteer_reads_arabic_script_and_adjectives(gaz):
    assert 281133 in {c.entry.geonameid for c in gaz.lookup("غزة")}
    assert gaz.adjective_country("Turkish").country == "TUR"
    assert gaz.adjective_country("Mauve") is None


def test_country_display_names_read_as_running_text(gaz):
    assert gaz.country("IRN").name == "Iran"
    assert gaz.country("PSE").name == "Palestine"


# -- the stage on hand-made documents (no parser) ------------------------------------
def _doc(text, *names, label="GPE", dateline=None):
    doc = Document(raw=text, text=text)
    for n in names:
        i = text.index(n)
        doc.mentions.append(Mention(i, i + len(n), label, n))
    if dateline:
        i = text.index(dateline)
        doc.workspace.dateline_place = (i, i + len(dateline))
    return doc


def test_unknown_name_stays_a_place_without_id_and_with_a_reason():
    doc = resolve_places(_doc("Delegates met in Qwertzuiopville on Monday.", "Qwertzuiopville"))
    (p,) = doc.places
    assert p.geonameid is None and p.lat is None and p.confidence == 0.0
    assert doc.workspace.place_reasons[p.id] == "not in the gazetteer"
    assert doc.mentions[0].place == p.id


def test_names_after_a_generic_place_word_and_of_are_places_whatever_spacy_tagged():
    text = ("Artillery hit the villages of Tarvessa, Ubrilo and Kostavin and the town of "
            "Mirovca on Sunday, near the city of Izmir on Wednesday night.")
    doc = resolve_places(_doc(text, "Tarvessa", "Mirovca", label="ORG"))
    names = {p.name for p in doc.places}
    assert {"Tarvessa", "Ubrilo", "Kostavin", "Mirovca"} <= names
    assert "Wednesday" not in names and "Sunday" not in names
    unknown = next(p for p in doc.places if p.name == "Ubrilo")
    assert unknown.geonameid is None and doc.workspace.place_reasons[unknown.id] == "not in the gazetteer"
    assert any(p.country == "TUR" and p.precision == "city" for p in doc.places)


def test_a_direction_alone_names_a_place_only_with_its_country_in_the_text():
    alone = resolve_places(_doc("The envoy for the Northern Region arrived on Monday.",
                                "the Northern Region", label="LOC"))
    (p,) = alone.places
    assert p.geonameid is None
    assert alone.workspace.place_reasons[p.id] == "a direction that names no place without its country"
    text = "In Ghana, floods hit the Northern Region on Monday."
    told = resolve_places(_doc(text, "Ghana", "the Northern Region", label="GPE"))
    region = next(p for p in told.places if "Northern" in p.name)
    assert region.country == "GHA" and region.geonameid is not None


def test_a_body_named_after_a_place_word_makes_no_place():
    text = "The City of Brennholt Police and the Department of Ostravia Affairs issued a notice."
    doc = resolve_places(_doc(text))
    assert not {"Brennholt", "Ostravia"} & {p.name for p in doc.places}


def test_dateline_place_is_resolved_with_its_country():
    text = "KABUL, Afghanistan (Nov. 20, 2011) - A patrol detained two men."
    doc = resolve_places(_doc(text, dateline="KABUL, Afghanistan"))
    kabul = _place_at(doc, "KABUL")
    assert kabul.geonameid == 1138958 and kabul.precision == "city"
    assert _place_at(doc, "Afghanistan").precision == "country"


def test_container_after_a_comma_decides_a_homonym():
    text = "The shop in Hebron, Connecticut, closed. Nothing else happened."
    doc = resolve_places(_doc(text, "Hebron", "Connecticut"))
    assert _place_at(doc, "Hebron").geonameid == 4835969


def test_one_place_per_location_with_all_its_mentions():
    text = "Egypt hosted the talks. Officials in Cairo said Egypt would host more."
    doc = resolve_places(_doc(text, "Egypt", "Cairo"))
    i = text.index("Egypt", 5)
    doc.mentions.append(Mention(i, i + 5, "GPE", "Egypt"))
    doc = resolve_places(doc)
    egypt = _place(doc, geonameid=357994)
    assert len(egypt.mentions) == 2 and len(doc.places) == 2


def test_place_for_span_prefers_the_most_specific_place():
    text = "In Syria, shelling hit Damascus. Talks went on."
    doc = resolve_places(_doc(text, "Syria", "Damascus"))
    first = (0, text.index(".") + 1)
    assert place_for_span(doc, *first) == _place(doc, geonameid=170654).id
    second = text.index("Talks")
    assert place_for_span(doc, second, len(text)) is None


def _regions_rows():
    from communique.resolve.gazetteer import sources

    return [r for r in sources.own_table("regions.tsv") if r["kind"] in ("region", "water")]


@pytest.mark.parametrize("row", _regions_rows(), ids=lambda r: r["names"].split("|")[0])
def test_every_region_of_the_table_is_read_as_a_region(row):
    for name in row["names"].split("|"):
        text = f"Fighting spread across {name} on Monday."
        doc = resolve_places(_doc(text, name, label="LOC"))
        p = _place_at(doc, name.removeprefix("the "))  # the article stays out of the span
        assert p is not None and p.precision == "region", (name, p)
        assert p.country == (row["country"] or None), name
        assert p.geonameid == (int(row["geonameid"]) if row["geonameid"] else None)


def test_west_bank_and_gaza_strip_are_regions_of_palestine():
    text = "Raids in the West Bank and strikes on the Gaza Strip went on; Hebron was closed."
    doc = resolve_places(_doc(text, "West Bank", "Gaza Strip", "Hebron"))
    for words, gid in (("West Bank", 285153), ("Gaza Strip", 281132)):
        p = _place_at(doc, words)
        assert (p.geonameid, p.precision, p.country) == (gid, "region", "PSE")
        assert contract.place_dict(p)["precision"] == "region"
    assert _place_at(doc, "Hebron").geonameid == 285066


def test_a_region_as_container_keeps_its_places():
    text = "Settlers entered Hebron, West Bank, at dawn."
    doc = resolve_places(_doc(text, "Hebron", "West Bank"))
    assert _place_at(doc, "Hebron").geonameid == 285066
    assert _place_at(doc, "West Bank").precision == "region"


def test_a_generic_word_admits_an_official_variant_of_an_untagged_name():
    doc = resolve_places(_doc("Clashes were reported in Zabol province on Friday."))
    zabul = _place_at(doc, "Zabol")
    assert zabul is not None and (zabul.precision, zabul.country) == ("admin1", "AFG")


def test_a_generic_word_opening_the_name():
    doc = resolve_places(_doc("The City of Calgary approved the budget.", "City of Calgary"))
    calgary = _place_at(doc, "Calgary")
    assert (calgary.precision, calgary.country, calgary.admin1) == ("city", "CAN", "Alberta")


def test_newfoundland_alone_is_the_province(gaz):
    (nl,) = [c.entry for c in gaz.lookup("Newfoundland") if c.entry.kind == "admin1"]
    assert nl.country == "CAN" and nl.name.startswith("Newfoundland and")


def test_a_homonym_picked_on_population_alone_does_not_set_the_context():
    # Edmonton, Alberta is the largest Edmonton, but nothing in the text points to Canada;
    # the state named twice afterwards decides it
    text = ("Two boys were taken from a house in Edmonton on Tuesday. Police in Queensland "
            "issued an alert and asked drivers in Queensland to look out for the car.")
    doc = _doc(text)
    for name in ("Edmonton", "Queensland"):
        for i in [j for j in range(len(text)) if text.startswith(name, j)]:
            doc.mentions.append(Mention(i, i + len(name), "GPE", name))
    doc.mentions.sort(key=lambda m: m.start)
    doc = resolve_places(doc)
    assert _place_at(doc, "Queensland").country == "AUS"
    edmonton = _place_at(doc, "Edmonton")
    assert (edmonton.country, edmonton.admin1) == ("AUS", "Queensland")


def test_continent_and_region_adjectives(gaz):
    assert gaz.adjective_place("European").kind == "continent"
    assert gaz.adjective_place("West African").name == "West Africa"
    assert gaz.adjective_place("Turkish").country == "TUR"          # countries first
    assert gaz.adjective_place("Central African").country == "CAF"
    assert gaz.adjective_place("Kurdish") is None
    text = "European ministers and Latin American envoys met Europeans in Rome."
    doc = resolve_places(_doc(text, "European", "Latin American", "Europeans", label="NORP"))
    europe = _place_at(doc, "European ministers")
    assert (europe.name, europe.precision, europe.country) == ("Europe", "region", None)
    assert _place_at(doc, "Latin American").name == "Latin America"
    assert _place_at(doc, "Europeans") is None                     # the people, not the place


def test_a_place_name_that_opens_a_region_adjective():
    text = "Investors left the South East Asian market."
    doc = _doc(text, "South East", label="LOC")
    i = text.index("Asian")
    doc.mentions.append(Mention(i, i + 5, "NORP", "Asian"))
    doc = resolve_places(doc)
    (p,) = doc.places
    assert (p.name, p.precision) == ("Southeast Asia", "region")
    assert [doc.text[s.start:s.end] for s in p.mentions] == ["South East Asian"]
    assert all(m.place == p.id for m in doc.mentions)


def test_an_event_named_like_a_place_is_not_a_place():
    text = "Thousands joined the Long Freedom March near Hebron."
    doc = resolve_places(_doc(text, "Long Freedom March", "Hebron", label="LOC"))
    assert [p.geonameid for p in doc.places] == [285066]


def test_gaza_alone_is_the_strip_and_gaza_city_the_city():
    text = "Aid reached Gaza on Monday. Shops in Gaza City stayed shut."
    doc = resolve_places(_doc(text, "Gaza", "Gaza City"))
    assert _place_at(doc, "Gaza on").geonameid == 281132
    assert _place_at(doc, "Gaza City").geonameid == 281133


def test_a_name_resolved_once_is_a_place_wherever_it_recurs():
    text = "Shelling hit Aleppo overnight. By noon, Aleppo was quiet again; ALEPPO radio said so."
    doc = resolve_places(_doc(text, "Aleppo"))
    aleppo = _place(doc, geonameid=170063)
    assert aleppo is not None and len(aleppo.mentions) == 3


def test_a_well_known_place_found_without_a_place_label_recurs_too():
    text = "Troops advanced in Aleppo on Monday. Aleppo residents fled as the fall of Aleppo neared."
    doc = resolve_places(_doc(text, "Aleppo", label="PERSON"))  # spaCy's label, wrong
    aleppo = _place(doc, geonameid=170063)
    assert aleppo is not None and len(aleppo.mentions) == 3
    # a small town found that way stays where it was found
    text = "Police in Israel searched a house in Kfar Yona. Kfar Yona council met later."
    doc = _doc(text, "Kfar Yona", label="PERSON")
    i = text.index("Israel")
    doc.mentions.insert(0, Mention(i, i + 6, "GPE", "Israel"))
    kfar_yona = _place_at(resolve_places(doc), "Kfar Yona")
    assert kfar_yona.country == "ISR" and len(kfar_yona.mentions) == 1


def test_country_adjectives_but_not_plural_peoples():
    text = "American diplomats met Americans living abroad."
    doc = resolve_places(_doc(text, "American", "Americans", label="NORP"))
    usa = _place(doc, geonameid=6252001)
    assert usa is not None and [doc.text[s.start:s.end] for s in usa.mentions] == ["American"]


def test_unknown_spelling_matches_loosely_in_a_named_country():
    text = "In Afghanistan, police in Tarin Kowt arrested two men."
    doc = resolve_places(_doc(text, "Afghanistan", "Tarin Kowt"))
    tk = _place_at(doc, "Tarin Kowt")
    assert tk.geonameid == 1122747 and tk.admin1 == "Uruzgān" and tk.confidence < 0.5
    alone = resolve_places(_doc("Police in Tarin Kowt arrested two men.", "Tarin Kowt"))
    assert alone.places[0].geonameid is None  # no country named: no guess


def test_a_titled_name_is_a_person_not_a_place():
    doc = resolve_places(_doc("Critics said Ms Georgia Lane had failed.", "Ms Georgia Lane"))
    assert doc.places == [] and doc.mentions[0].place is None


def test_place_for_span_skips_unresolved_names():
    text = "Talks in Qwertzuiopville and Cairo ended."
    doc = resolve_places(_doc(text, "Qwertzuiopville", "Cairo"))
    assert place_for_span(doc, 0, len(text)) == _place(doc, geonameid=360630).id


# -- the stage on parsed text ----------------------------------------------------------
def test_province_word_and_context_resolve_afghan_places(extractor):
    doc = extractor.extract_text(
        "KABUL, Afghanistan (Nov. 20, 2011) - A coalition force detained two suspected "
        "insurgents in Nad Ali district, Helmand province, yesterday. Another patrol "
        "found a weapons cache near Ghazni city.")
    helmand = _place(doc, geonameid=1140043)
    assert helmand is not None and helmand.precision == "admin1"
    assert _place(doc, geonameid=1138958) is not None  # Kabul, the city
    ghazni = _place_at(doc, "Ghazni")
    assert ghazni.country == "AFG" and ghazni.admin1 in ("Ghaznī", "Ghazni")


def test_hebron_follows_the_statement_context(extractor):
    ps = extractor.extract_text(
        "The Palestinian Authority condemned the raid on Hebron in the West Bank, "
        "saying Israeli forces had closed the old city.")
    assert _place_at(ps, "Hebron").geonameid == 285066
    us = extractor.extract_text(
        "HEBRON, Conn. - The town council of Hebron, Connecticut, voted on Tuesday to "
        "repair the library roof before winter.")
    assert _place_at(us, "Hebron, Connecticut").geonameid == 4835969


def test_country_adjective_is_a_country_place(extractor):
    doc = extractor.extract_text("Turkish troops crossed the border into northern Syria on Sunday.")
    turkey = _place(doc, geonameid=298795)
    assert turkey is not None and turkey.precision == "country"
    m = next(m for m in doc.mentions if m.text == "Turkish")
    assert m.place == turkey.id


def test_all_caps_and_diacritics(extractor):
    doc = extractor.extract_text(
        "DAMASCUS, Syria (Reuters) - Ministers from Brazil met in São Paulo on Friday.")
    assert _place_at(doc, "DAMASCUS").geonameid == 170654
    assert _place_at(doc, "São Paulo").geonameid == 3448439


def test_jordan_the_person_is_not_a_country(extractor):
    doc = extractor.extract_text(
        "Michael Jordan said on Monday that the team would travel to Chicago. "
        "Jordan added that the players were ready.")
    assert _place(doc, geonameid=248816) is None
    doc = extractor.extract_text("The king returned to Jordan after talks in Washington.")
    assert _place(doc, geonameid=248816) is not None


def test_arabic_script_input_does_not_fail(extractor):
    doc = extractor.extract_text("قصف الاحتلال مدينة غزة اليوم.")
    assert not [e for e in doc.errors if e.stage == "places"]
    assert all(p.id.startswith("p") for p in doc.places)


# -- the real sample ---------------------------------------------------------------------
def test_sample_places(sample_doc):
    d = sample_doc
    assert (_place(d, geonameid=360630) or _place(d, "Cairo")).country == "EGY"
    assert _place(d, geonameid=285066) is not None          # Hebron, West Bank
    assert _place(d, geonameid=170654) is not None          # Damascus
    for gid in (281132, 285153):                            # Gaza Strip, West Bank
        p = _place(d, geonameid=gid)
        assert p is not None and p.precision == "region" and p.country == "PSE"
    for a3 in ("EGY", "ISR", "USA"):
        assert any(p.precision == "country" and p.country == a3 for p in d.places), a3
    assert all(p.geonameid for p in d.places), [p.name for p in d.places if not p.geonameid]
    placed = [m for m in d.mentions if m.label == "GPE"]
    assert placed and all(m.place for m in placed)
    ids = [p.id for p in d.places]
    assert len(ids) == len(set(ids))


def test_gazetteer_cache_round_trip(gaz, tmp_path, monkeypatch):
    from communique.resolve.gazetteer import Entry, Gazetteer, cache

    monkeypatch.setenv("COMMUNIQUE_CACHE", str(tmp_path))
    monkeypatch.delenv("COMMUNIQUE_NO_CACHE", raising=False)
    assert cache.load(Gazetteer, Entry) is None
    cache.save(gaz)
    (written,) = tmp_path.glob("gazetteer-*.marshal")
    again = cache.load(Gazetteer, Entry)
    assert len(again) == len(gaz)
    for name in ("Hebron", "Ky.", "West Bank", "غزة", "Kiev"):
        assert [c.entry for c in again.lookup(name)] == [c.entry for c in gaz.lookup(name)]
    assert again.adjective_country("Turkish") == gaz.adjective_country("Turkish")
    written.write_bytes(b"not a marshal file")
    assert cache.load(Gazetteer, Entry) is None  # a damaged cache is ignored, not fatal


def test_a_gazetteer_cache_not_written_leaves_no_part_behind(gaz, tmp_path, monkeypatch):
    from communique.resolve.gazetteer import cache

    monkeypatch.setenv("COMMUNIQUE_CACHE", str(tmp_path))
    monkeypatch.delenv("COMMUNIQUE_NO_CACHE", raising=False)

    def full_disk(state, fh):
        fh.write(b"half a cache")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(cache.marshal, "dump", full_disk)
    cache.save(gaz)   # not fatal: the cache is only a cache
    assert list(tmp_path.iterdir()) == []
