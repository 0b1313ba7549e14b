"""The word classes of statements' stances (``data/stances.toml``) and the patterns their
triggers carry: which verbs, nouns and adjectives make a stance, and of what type
(read by :mod:`stance_clauses`, the triggers placed by :mod:`stances`)."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from .ontology import OntologyError, check_keys, read_data_toml
from .patterns import Pattern

DATA = Path(__file__).parent / "data" / "stances.toml"
# The prepositions naming what caused a feeling said in the passive ("appalled by / at X").
FELT_PREPS = ("by", "with", "at", "about", "over", "regarding", "concerning")
# The id prefix of the stances read on a statement verb the parser took for a plural noun.
MISREAD_PREFIX = "stances.toml:misread."


@dataclass(frozen=True)
class Stances:
    permissive: frozenset[str]
    warning_aux: frozenset[str]
    hesitation: frozenset[str]
    recognition: frozenset[str]
    copulas: frozenset[str]
    adjectives: dict   # adjective -> Pattern
    conveying: frozenset[str]
    raising: frozenset[str]
    raising_phrasal: frozenset[str]
    going: frozenset[str]
    blame: frozenset[str]
    nouns: dict        # speech-act noun -> Pattern (on the verb that conveys it)
    felt: dict         # passive participle of feeling -> Pattern (the feeler judges the cause)
    noted: dict        # feeling noun of "note with" -> Pattern
    judged: dict       # adjective of the speaker's judgement -> Pattern (the voice judges the subject)
    siding: frozenset[str]
    misread: dict      # verb lemma -> Pattern (a statement verb the parser took for a plural noun)
    valuing: frozenset[str]
    merits: frozenset[str]
    held: dict         # speech-act noun -> Pattern ("X has our support": from the owner to X)
    holding: frozenset[str]
    noting: frozenset[str]
    hosting: frozenset[str]
    visits: frozenset[str]
    deploying: frozenset[str]
    forces: frozenset[str]
    missions: frozenset[str]
    peacekeeping: Pattern
    response_verbs: frozenset[str]
    answered: frozenset[str]
    response_nouns: frozenset[str]
    going_to: dict     # speech-act noun -> Pattern ("our thanks go to X")
    demanding_aux: frozenset[str]
    demanding_adjectives: frozenset[str]
    time_nouns: frozenset[str]
    time_urgency: frozenset[str]
    judging: frozenset[str]
    uttered: dict      # speech-act noun or exclamation -> Pattern, said with no verb ("Our thanks to X.")
    responding: frozenset[str]
    force_adverbs: frozenset[str]
    echoing: frozenset[str]
    said_nouns: frozenset[str]
    relief_workers: frozenset[str]
    relief_kinds: frozenset[str]
    relief: Pattern
    joining: frozenset[str]
    voice_nouns: frozenset[str]
    saying: frozenset[str]
    exclaimed: dict    # exclamation -> Pattern ("Shame on X!", "we say no to X")
    greeting: frozenset[str]
    reserving: frozenset[str]
    undertaking_verbs: frozenset[str]
    undertakings: frozenset[str]
    uncertain_aux: frozenset[str]
    place_named: frozenset[str]
    wishing: frozenset[str]
    letting: frozenset[str]
    rights: frozenset[str]
    arrival_preps: frozenset[str]
    aimed_adjectives: frozenset[str]
    vocative_titles: frozenset[str]
    demanding_verbs: frozenset[str]
    demanded_acts: frozenset[str]
    well_wishing: frozenset[str]
    wished: frozenset[str]
    vocative_honorifics: frozenset[str]
    held_offices: frozenset[str]
    carriers: frozenset[str]
    leaning: frozenset[str]
    hostile_acts: frozenset[str]
    close_working: frozenset[str]
    close_adverbs: frozenset[str]
    calling_for: frozenset[str]
    duty_nouns: frozenset[str]
    named_judgements: frozenset[str]
    defending: frozenset[str]
    defended: frozenset[str]
    readiness: frozenset[str]
    labelling: frozenset[str]
    due_nouns: frozenset[str]
    supporters: frozenset[str]
    steadfast: frozenset[str]
    speaker_possessives: frozenset[str]
    addressee_possessives: frozenset[str]
    subject_possessives: frozenset[str]
    position_nouns: frozenset[str]
    knowing: frozenset[str]
    joint_adverbs: frozenset[str]
    staying: frozenset[str]
    solidarity_stance: frozenset[str]
    undergoing: frozenset[str]
    aspect: frozenset[str]
    bereavement: frozenset[str]
    idle: frozenset[str]
    recall_errands: frozenset[str]
    bygone: frozenset[str]
    assuring: frozenset[str]
    fixed: dict        # word class -> the Pattern of the stance read on its verbs ([fixed])


# The word classes of the data file, by the field of :class:`Stances` that holds each.
_WORD_CLASSES = {
    "permissive": "permissive_verbs", "warning_aux": "warning_aux", "hesitation": "hesitation_verbs",
    "recognition": "recognition_verbs", "copulas": "copulas", "conveying": "conveying_verbs",
    "raising": "raising_verbs", "raising_phrasal": "raising_phrasal_verbs",
    "going": "going_verbs", "holding": "holding_verbs", "assuring": "assuring_verbs", "blame": "blame_adjectives", "siding": "siding_verbs", "valuing": "valuing_verbs",
    "merits": "merit_nouns", "noting": "noting_verbs", "hosting": "hosting_verbs", "visits": "visit_nouns",
    "deploying": "deploying_verbs", "forces": "force_nouns", "missions": "mission_words",
    "response_verbs": "response_verbs", "answered": "answered_verbs", "response_nouns": "response_nouns", "demanding_aux": "demanding_aux",
    "demanding_adjectives": "demanding_adjectives",
    "time_nouns": "time_nouns", "time_urgency": "time_urgency", "judging": "judging_verbs", "responding": "responding_verbs", "force_adverbs": "force_adverbs",
    "echoing": "echoing_verbs", "said_nouns": "said_nouns", "relief_workers": "relief_workers",
    "relief_kinds": "relief_kinds", "joining": "joining_verbs", "voice_nouns": "voice_nouns",
    "saying": "saying_verbs", "greeting": "greeting_verbs", "arrival_preps": "arrival_preps",
    "reserving": "reserving_verbs", "rights": "right_nouns",
    "undertaking_verbs": "undertaking_verbs", "undertakings": "undertaking_nouns",
    "uncertain_aux": "uncertain_aux", "place_named": "place_named_undertakings",
    "wishing": "wishing_verbs", "letting": "letting_verbs", "aimed_adjectives": "aimed_adjectives",
    "vocative_titles": "vocative_titles", "vocative_honorifics": "vocative_honorifics",
    "held_offices": "held_office_nouns",
    "demanding_verbs": "demanding_verbs", "demanded_acts": "demanded_acts", "well_wishing": "well_wishing_verbs", "wished": "wished_words",
    "carriers": "carrier_nouns", "leaning": "leaning_verbs", "hostile_acts": "hostile_acts",
    "close_working": "close_working_verbs", "close_adverbs": "close_adverbs", "calling_for": "calling_for_verbs", "duty_nouns": "duty_nouns", "named_judgements": "named_judgements",
    "defending": "defending_verbs", "defended": "defended_selves", "readiness": "readiness_adjectives",
    "labelling": "labelling_verbs", "due_nouns": "due_nouns",
    "supporters": "supporter_nouns", "steadfast": "steadfast_adjectives",
    "speaker_possessives": "speaker_possessives", "subject_possessives": "subject_possessives",
    "addressee_possessives": "addressee_possessives",
    "position_nouns": "position_nouns",
    "knowing": "knowing_verbs", "joint_adverbs": "joint_adverbs",
    "staying": "staying_verbs", "idle": "idle_words", "solidarity_stance": "solidarity_stance_verbs",
    "undergoing": "undergoing_verbs", "aspect": "aspect_verbs", "bereavement": "bereavement_nouns",
    "recall_errands": "recall_errands", "bygone": "bygone_words",
}


# The tables of the data file and the keys their rows may hold (any other key is a typo).
_ROWS = {"misread": ("objects",), "adjectives": (), "felt": (), "judged": (), "noted": (), "nouns": (),
         "exclaimed": (), "fixed": ("lemma", "shape", "mode")}
_ROW_KEYS = {"type", "cameo"}
_PREPS = {"misread", "adjectives", "nouns", "exclaimed"}   # rows that must say their prepositions


@functools.lru_cache(maxsize=1)
def load_stances() -> Stances:
    data = read_data_toml(DATA, keys=[*_WORD_CLASSES.values(), *_ROWS])
    for table, extra in _ROWS.items():
        for word, row in data[table].items():
            if not isinstance(row, dict):
                raise OntologyError(f"{DATA}: [{table}] {word}: expected a table of type, cameo ...")
            required = _ROW_KEYS | ({"preps"} if table in _PREPS else set()) | (
                {"lemma", "shape"} if table == "fixed" else set())
            check_keys(DATA, f"[{table}] {word}", row, required, optional={*extra, "preps"})
    try:
        words = {f: frozenset(str(w).lower() for w in data[k]) for f, k in _WORD_CLASSES.items()}
        nouns = data["nouns"]
        exclaimed = {w.lower(): _pattern(w, row, "<exclamation> +{p} (no verb)", section="exclaimed.")
                     for w, row in data["exclaimed"].items()}
        return Stances(
            **words,
            adjectives={adj.lower(): _pattern(adj, row, "<copula> {w} +{p}") for adj, row in data["adjectives"].items()},
            nouns={n.lower(): _pattern(n, row, "<verb> {w} +{p}", objects=frozenset({n.lower()}))
                   for n, row in nouns.items()},
            felt={w.lower(): _pattern(w, {**row, "preps": list(FELT_PREPS)}, "<be> {w} +{p} (the feeler judges)")
                  for w, row in data["felt"].items()},
            noted={w.lower(): _pattern(w, {**row, "preps": []}, "note with {w} X") for w, row in data["noted"].items()},
            judged={w.lower(): _pattern(w, {**row, "preps": []}, "X <copula> {w} / it <copula> {w} that X ...")
                    for w, row in data["judged"].items()},
            misread={w.lower(): _pattern(w, row, "X {w}s ... (read as a plural noun) +{p}", section="misread.",
                                         object_filter=frozenset(str(o).lower() for o in row.get("objects", [])))
                     for w, row in data["misread"].items()},
            held={n.lower(): _pattern(n, {**row, "preps": []}, "X <have> / <count on> <owner's> {w}", section="held.")
                  for n, row in nouns.items()},
            going_to={n.lower(): _pattern(n, {**row, "preps": ["to"]}, "<owner's> {w} <go> to X")
                      for n, row in nouns.items()},
            uttered={**{n.lower(): _pattern(n, row, "<speech-act noun> +{p} (no verb)", section="uttered.")
                        for n, row in nouns.items()}, **exclaimed},
            exclaimed=exclaimed,
            fixed={k: Pattern(f"stances.toml:{k}", str(r["type"]), r.get("mode"), str(r["cameo"]), "V",
                              str(r["lemma"]), str(r["shape"]), target_preps=frozenset(r.get("preps", [])))
                   for k, r in data["fixed"].items()},
            peacekeeping=_peacekeeping(words["forces"]),
            # (the helpers are what is sent, never a target)
            relief=Pattern("stances.toml:relief_workers", "AID", None, "073", "V", "send",
                           "<send> <relief workers> to X", objects=words["relief_workers"] | {"team", "teams"},
                           target_preps=frozenset({"to", "in", "into"})),
        )
    except (KeyError, TypeError, AttributeError) as exc:   # a section missing or of the wrong shape
        raise OntologyError(f"{DATA}: {exc!r}") from None


def _peacekeeping(forces: frozenset[str]) -> Pattern:
    # (the forces are what is sent, never a target)
    return Pattern("stances.toml:deploying_verbs", "AID", None, "074", "V", "deploy",
                   "<send> <forces> to / in X (... mission)", objects=forces,
                   target_preps=frozenset({"to", "in", "into"}))


def _pattern(word: str, row: dict, shape: str, section: str = "", **kw) -> Pattern:
    preps = frozenset(str(p).lower() for p in row["preps"])
    return Pattern(f"stances.toml:{section}{word}", str(row["type"]), None, str(row["cameo"]), "V", word.lower(),
                   shape.format(w=word, p="|".join(sorted(preps))), target_preps=preps, **kw)


def fill_only(st: Stances) -> set[str]:
    """Ids of the stances that only fill a gap: where a pattern already reads the verb
    ("express gratitude to X"), the pattern's code stands."""
    return {p.id for p in st.nouns.values()} | {st.fixed["valuing_verbs"].id}
