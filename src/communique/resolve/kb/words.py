"""Words inside names: the kind of an unknown name, organs of an organisation."""

from __future__ import annotations

import csv
import re
import functools
from importlib import resources

from . import read_table
from .normalize import fold


@functools.lru_cache(maxsize=1)
def _table():
    text = resources.files(__package__).joinpath("name_words.tsv").read_text("utf-8")
    rows = csv.DictReader([ln for ln in text.splitlines() if ln and not ln.startswith("#")],
                          delimiter="\t")
    kinds: dict[str, tuple[str, str | None]] = {}
    bodies: list[str] = []
    places: set[str] = set()
    placetypes: set[str] = set()
    qualifiers: set[str] = set()
    for r in rows:
        if r["use"] == "kind":
            kinds[r["word"]] = (r["kind"], r["sector"] or None)
        elif r["use"] in ("place", "thing"):
            places.add(r["word"])
        elif r["use"] == "placetype":
            placetypes.add(r["word"])
        elif r["use"] == "state_qualifier":
            qualifiers.add(r["word"])
        else:
            bodies.append(r["word"])
    return (kinds, tuple(sorted(bodies, key=len, reverse=True)), frozenset(places),
            frozenset(placetypes), frozenset(qualifiers))


_LABEL_KIND = {"PERSON": "person", "GPE": "country", "NORP": "group", "ORG": "organization",
               "FAC": "organization", "LOC": "group"}


def guess_kind(name: str, label: str | None) -> tuple[str, str | None]:
    """(kind, sector) for a name not in the knowledge base.

    The last telling word wins ("Islamic Resistance Movement" -> organization);
    without one, the NER label decides.
    """
    kinds = _table()[0]
    words = fold(name).replace("-", " ").split()
    for i in range(len(words) - 1, -1, -1):
        # a two-word entry before its last word ("Ghana Armed Forces": a state's military,
        # though "forces" alone names an armed group, "Rapid Support Forces"), only when the
        # rest of the name is a country ("the Benishangul Defence Forces" are no state's)
        pair = f"{words[i - 1]} {words[i]}" if i else None
        if pair in kinds and _names_country(words[:i - 1], words[i + 1:]):
            return kinds[pair]
        if words[i] in kinds:
            return kinds[words[i]]
    if label == "PERSON":
        return "person", None
    return _LABEL_KIND.get(label or "", "organization"), None


def _names_country(before: list[str], after: list[str]) -> bool:
    """The words ``before`` a two-word kind word are a country's name or demonym ("Ghana",
    "Nigerian"), or those ``after`` it are "of" one ("Armed Forces of the Philippines"); words
    of a state's own body may stand beside it ("Ethiopian National Defense Forces"); or there
    are no other words (the tagger cut "of X" off: "the Central Bank" of "... of Kenya")."""
    if after and after[0] == "of":
        before, after = [w for w in after[1:] if w != "the"], []
    quals = _table()[4]
    rest = [w for w in before if w not in quals]
    if not before and not after:
        return True   # the kind alone ("the Central Bank", "the Armed Forces"): a state's body
    return not after and bool(rest) and " ".join(rest) in _country_words()


@functools.lru_cache(maxsize=1)
def _country_words() -> frozenset[str]:
    """Country names, other names and demonyms of the knowledge base's country tables, folded."""
    out: set[str] = set()
    for table, cols in (("countries.tsv", ("name", "other_names")),
                        ("demonyms.tsv", ("name", "adjectives", "other_names"))):
        for r in read_table(table):
            out |= {fold(n.strip()).replace("-", " ") for c in cols for n in (r[c] or "").split("|") if n.strip()}
    return frozenset(out)


def body_words() -> tuple[str, ...]:
    """Names of organs of an organisation, longest first ("political bureau", "office")."""
    return _table()[1]


def split_body(name: str) -> tuple[str, str] | None:
    """("Hamas", "Political Bureau") for "Hamas Political Bureau"; None otherwise."""
    low = fold(name)
    for b in body_words():
        if low.endswith(" " + b) and len(low) > len(b) + 1:
            cut = len(name) - len(b)
            return re.sub(r"(?:['’]s?)?[\s-]*$", "", name[:cut]), name[cut:]
    return None


def is_place_type(word: str) -> bool:
    """ "district", "village": a word that, after a name, makes it a place name."""
    return fold(word) in _table()[3]


def names_place(name: str) -> bool:
    """ "al-Aqsa Mosque", "UN Charter", "COVID-19": a site, document or disease, not an actor."""
    words = fold(name).split()
    return bool(words) and words[-1] in _table()[2]


@functools.lru_cache(maxsize=1)
def title_qualifiers() -> frozenset[str]:
    """ "outgoing", "former": adjectives that make a title another holder of the office
    (title_qualifiers.tsv)."""
    text = resources.files(__package__).joinpath("title_qualifiers.tsv").read_text("utf-8")
    rows = [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return frozenset(rows[1:])   # (after the header)


@functools.lru_cache(maxsize=1)
def regional_demonyms() -> frozenset[str]:
    """ "Latin American", "West Indian": a region's people named with a country's demonym as
    their last word (regional_demonyms.tsv), folded."""
    text = resources.files(__package__).joinpath("regional_demonyms.tsv").read_text("utf-8")
    rows = [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return frozenset(fold(r) for r in rows[1:])   # (after the header)


def names_a_body(word: str) -> bool:
    """ "Assembly", "Commission", "Council": a word that names a body (its kind is in
    name_words.tsv), the office of which a title with "of" may be."""
    return fold(word) in _table()[0]


@functools.lru_cache(maxsize=1)
def _sponsor_words() -> frozenset[str]:
    text = resources.files(__package__).joinpath("sponsor_words.tsv").read_text("utf-8")
    rows = [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return frozenset(rows[1:])   # (after the header)


_HYPHEN_WORD = re.compile(r"\s*-\s*([A-Za-z]+)")


def names_sponsor(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` is the sponsor of what follows, not its country:
    "Iranian-backed rebels", "a US-funded militia" (sponsor_words.tsv)."""
    m = _HYPHEN_WORD.match(text, end)
    return m is not None and m.group(1).lower() in _sponsor_words()


@functools.lru_cache(maxsize=1)
def counting_words() -> frozenset[str]:
    """ "several", "dozens", "another": words that count a group afresh (counting_words.tsv)."""
    text = resources.files(__package__).joinpath("counting_words.tsv").read_text("utf-8")
    rows = [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return frozenset(rows[1:])   # (after the header)
