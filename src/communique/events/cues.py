"""Cue words for attribution and modality, read from ``data/cues.toml``."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from .ontology import DATA, PLOVER_TYPES, OntologyError, read_data_toml


@dataclass(frozen=True)
class Cues:
    reporting: frozenset[str]
    attribution_preps: frozenset[str]
    intent_aux: frozenset[str]
    intent_verbs: frozenset[str]
    intent_adjectives: frozenset[str]
    conditional_marks: frozenset[str]
    conditional_aux: frozenset[str]
    ended_adverbs: frozenset[str]
    remiss_words: frozenset[str]
    denial_verbs: frozenset[str]
    negating_verbs: frozenset[str]
    pending_adverbs: frozenset[str]
    light_verbs: frozenset[str]
    undergoing_light_verbs: frozenset[str]
    suffered_types: frozenset[str]
    obligation_aux: frozenset[str]
    obligation_verbs: frozenset[str]
    stative_passives: frozenset[str]
    document_nouns: frozenset[str]
    content_types: frozenset[str]
    event_target_types: frozenset[str]
    partitive_heads: frozenset[str]
    place_target_types: frozenset[str]
    plural_reference_heads: frozenset[str]
    plural_reference_determiners: tuple[str, ...]
    plural_pronouns: frozenset[str]
    first_person: frozenset[str]
    first_person_reflexives: frozenset[str]
    caption_words: frozenset[str]
    non_agents: frozenset[str]
    named_hazard_kinds: frozenset[str]
    thing_pronouns: frozenset[str]
    schedule_verbs: frozenset[str]
    preparation_verbs: frozenset[str]
    forecast_verbs: frozenset[str]
    forecaster_nouns: frozenset[str]
    wish_verbs: frozenset[str]
    actor_nouns: frozenset[str]
    background_marks: frozenset[str]
    background_preps: frozenset[str]
    allegation_types: frozenset[str]
    self_heads: frozenset[str]
    self_bodies: frozenset[str]
    state_forms: frozenset[str]
    occasion_nouns: frozenset[str]
    speech_act_types: frozenset[str]

    @property
    def speaker_words(self) -> frozenset[str]:
        """Every word that names the speaker: "we", "our", "ourselves" ..."""
        return self.first_person | self.first_person_reflexives


@functools.lru_cache(maxsize=1)
def load_cues() -> Cues:
    path = DATA / "cues.toml"
    data = read_data_toml(path, keys=Cues.__annotations__)
    kw = {}
    for name, typ in Cues.__annotations__.items():
        values = [str(v).lower() for v in data[name]]
        kw[name] = tuple(values) if "tuple" in str(typ) else frozenset(values)
    for name in ("content_types", "event_target_types", "place_target_types", "allegation_types",
                 "speech_act_types", "suffered_types"):
        bad = [t for t in kw[name] if t.upper() not in PLOVER_TYPES]
        if bad:
            raise OntologyError(f"{path}: {name} lists unknown types {bad}")
        kw[name] = frozenset(t.upper() for t in kw[name])
    return Cues(**kw)
