"""What the other stages may use of the resolve stage (actors, places, dates).

Another stage package imports ``communique.resolve.api`` only, never the
modules behind it (tests/test_import_layers.py checks it): what is here is the
resolve stage's promise, the rest may change with it.
"""

from .phrase_groups import resolve_phrase, resolve_phrases
from .actor_linking import partner_prepositions
from .actor_state import actor_for_entry
from .actors import actors_in_span
from .dates import date_for_span, document_date_for_event
from .forums import forum_body
from .gazetteer import load_gazetteer
from .kb import KBEntry, KnowledgeBase, load_kb
from .kb.words import is_place_type, names_sponsor, split_body
from .office_issuers import own_voices
from .owned_agents import agent_of_country, named_group
from .places import place_for_span
from .toponyms import worded_as_place

__all__ = ["KBEntry", "KnowledgeBase", "actor_for_entry", "agent_of_country", "actors_in_span",
           "date_for_span", "document_date_for_event", "forum_body", "is_place_type", "load_gazetteer", "load_kb", "named_group", "names_sponsor", "own_voices",
           "partner_prepositions", "place_for_span",
           "resolve_phrase", "resolve_phrases", "split_body", "worded_as_place"]
