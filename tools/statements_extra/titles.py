"""Titles in the gold set's varied wordings, naming the speaking state (a seeded choice per speech)."""
from __future__ import annotations

import random

import pycountry

ORDINAL = {75: "seventy-fifth", 76: "seventy-sixth", 77: "seventy-seventh", 78: "seventy-eighth",
           79: "seventy-ninth"}
YEAR = {75: 2020, 76: 2021, 77: 2022, 78: 2023, 79: 2024}

TEMPLATES = [
    "Statement by {c} at the general debate of the {ord} session of the United Nations General Assembly",
    "Statement by {c} at the general debate of the {ord} session of the United Nations General Assembly",
    "{c}: statement at the General Debate, {year}",
    "UNGA{n} general debate: statement by the delegation of {c}",
    "General Debate of the {n}th session of the United Nations General Assembly: {c}",
    "Statement of {c} to the General Assembly at its {ord} session",
]


def country_name(iso3: str) -> str:
    """A readable English name ("Islamic Republic of Iran", not "Iran, Islamic Republic of")."""
    c = pycountry.countries.get(alpha_3=iso3)
    if c is None:
        raise KeyError(f"not an ISO 3166 alpha-3 code: {iso3}")
    name = getattr(c, "common_name", None) or c.name
    if "," in name:
        name = getattr(c, "official_name", None) or " ".join(reversed([p.strip() for p in name.split(",")]))
    return name


# Names read with "the" after "by"/"of" ("Statement by the Netherlands").
_THE_WORDS = ("United", "Republic", "Democratic", "Kingdom", "Islamic", "Plurinational", "Bolivarian",
              "Federated", "State of", "Holy", "Lao", "Russian", "Syrian", "Central", "Czech", "Dominican Republic")
_THE_PLURAL = ("Netherlands", "Philippines", "Bahamas", "Gambia", "Comoros", "Maldives", "Seychelles",
               "Marshall Islands", "Solomon Islands", "Niger")


def with_article(name: str) -> str:
    if name.startswith(_THE_WORDS) or name in _THE_PLURAL:
        return "the " + name
    return name


def title_for(speech_id: str, iso3: str, session: int) -> str:
    tpl = random.Random(speech_id).choice(TEMPLATES)
    c = country_name(iso3)
    if " by {c}" in tpl or " of {c}" in tpl:
        c = with_article(c)
    return tpl.format(c=c, ord=ORDINAL[session], year=YEAR[session], n=session)
