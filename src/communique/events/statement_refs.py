"""What a statement's own words stand for: the issuer's words for itself ("my delegation",
"our Government"), the forum's bodies ("this Assembly"), and "you" said to someone the sentence
names.  A mixin of :class:`communique.events.referents.Referents`, which supplies the document
(``doc``, ``cues``, ``base``) and ``_one``, as :mod:`pronouns` supplies the pronouns."""

from __future__ import annotations

from . import issuer_voice
from .found import Found
from .phrase_bounds import core
from .stance_data import load_stances
from .vocatives import recent_vocatives, titled_vocative
from ..resolve.api import forum_body as _forum_entry

# The places a title spoken to takes in the parse (as :meth:`StatementReferences._addressee` reads them).
_SAID_TO_DEPS = ("nsubj", "npadvmod", "dep", "intj", "appos", "ROOT")


class StatementReferences:
    # -- statements: the issuer's own words for itself, and the forum's bodies ---------
    def self_reference(self, h) -> list[str]:
        return issuer_voice.self_reference(self.doc, self.cues, h)

    def as_issuer(self, ids: list[str], start: int = 0, end: int = 0) -> list[str]:
        return issuer_voice.as_issuer(self.doc, ids, start, end)

    def forum_body(self, h) -> list[str]:
        if h.pos_ not in ("NOUN", "PROPN") or self.doc.workspace.forum == "":
            return []   # ("": the statement was found to have no forum, whose bodies to name)
        if h.lower_ in self._borne_titles():
            return []   # a title a person of the text bears ("President X ... the President"): theirs
        if any(c.dep_ == "poss" for c in h.children) and any(
                c.dep_ == "appos" and _names_a_person(c) for c in h.children):
            return []   # "your predecessor, Mr. X": the one named ("our Organization, the United
            # Nations": a body named again, which resolves)
        if any(c.dep_ == "poss" and c.lower_ == "your" for c in h.children) and self._speaks_to(h):
            return []   # "Secretary-General, we thank your predecessor": of the one spoken to, not
            # the one presiding (the forum's "your ..." rows are said to the chair)
        lo, hi = core(h)
        if lo <= h.i < hi and h == titled_vocative(h.sent):
            # a title spoken to, with words the parser hung on it ("rest assured, Madam
            # President, of our support"): the title's own words name the one addressed
            hi = h.i
        elif any(c.dep_ == "prep" and c.lower_ in ("of", "for") and any(
                g.dep_ == "pobj" and g.text[:1].isupper() for g in c.children) for c in h.children):
            # a name that goes on ("the Organization of Islamic Cooperation"), unless the whole
            # phrase, its "of" / "for" phrases too, is a body's ("the President of the 76th Session")
            end = max(w.i for c in h.children if c.dep_ == "prep" and c.lower_ in ("of", "for")
                      for w in c.subtree)
            return issuer_voice.forum_body(self.doc, h.doc[lo:end + 1], self.base)
        return issuer_voice.forum_body(self.doc, h.doc[lo:hi + 1], self.base)

    def _speaks_to(self, h) -> bool:
        """Whether ``h``'s sentence names whom it speaks to, other than the office a "your ..."
        of the forum stands for ("Secretary-General, ... your predecessor"): "your" is theirs."""
        from .doers import is_vocative

        kb = self.doc.workspace.kb
        lo, hi = core(h)
        entry = kb and _forum_entry(self.doc, kb, h.doc[lo:hi + 1].text)
        if not entry:
            return False
        said_to = [t for t in h.sent if t.dep_ in _SAID_TO_DEPS and is_vocative(t)] + [titled_vocative(h.sent)]
        for t in [t for t in said_to if t is not None and t != h]:
            lo, hi = core(t)
            other = _forum_entry(self.doc, kb, t.doc[lo:hi + 1].text)
            if other is not None:
                if other != entry:
                    return True
                continue
            found = Found()
            self._one(t, found, depth=2)
            if found.actors:
                return True
        return False

    def _borne_titles(self) -> frozenset[str]:
        """The head nouns of the titles the text's persons bear ("President" of "President of the
        General Assembly": not "Assembly", which names the body), read again only when the
        document's actors have changed."""
        actors = self.doc.actors
        if self._titles_of is not actors or self._titles_at != len(actors):
            self._titles_of, self._titles_at = actors, len(actors)
            self._titles = frozenset(_title_head(r.title) for a in actors if a.kind == "person"
                                     for r in a.roles if r.title)
        return self._titles

    def addressee(self, h) -> list[str]:
        """ "you", "your" in a sentence that names whom it speaks to ("Secretary-General, I
        commend your action"): that one; otherwise no one."""
        from .doers import is_vocative

        if self._seeking_addressee:
            return []   # a title spoken to that holds "your" ("Your Excellency") asks again
        self._seeking_addressee = True
        try:
            return self._addressee(h, is_vocative)
        finally:
            self._seeking_addressee = False

    def _addressee(self, h, is_vocative) -> list[str]:
        for t in h.sent:
            if t != h and t.dep_ in _SAID_TO_DEPS and is_vocative(t):
                found = Found()
                self._one(t, found, depth=2)
                return found.actors
        for t in recent_vocatives(h.sent):   # "I congratulate you, Mr. President, on ..."
            found = Found()
            self._one(t, found, depth=2)
            if found.actors:
                return found.actors
        for role, prep in _roles_said_to(h.sent):   # "your selection as President of ...": that office
            # (a forum's office first: the tagger takes "the President for the 76th Session" for
            # a name of its own)
            found = Found()
            if prep != "as" and (role.lemma_ or role.lower_).lower() not in load_stances().held_offices:
                continue   # ("your election to the Council": a member; "your commitment to the people": no one)
            own = self.forum_body(role)
            if own:
                return own
            if prep != "as":
                continue
            self._one(role, found, depth=2)
            if found.actors:
                return found.actors
        return []


def _title_head(title: str) -> str:
    """A title's head noun: its last word before a preposition ("Minister" of "Foreign Minister
    of X", "President" of "President of the General Assembly")."""
    words = title.lower().split()
    cut = next((i for i, w in enumerate(words) if i and w in ("of", "for", "to", "at", "in", "on")), len(words))
    return words[cut - 1] if cut else ""


def _roles_said_to(sent) -> list:
    """(head, preposition) of the roles a sentence gives the one it speaks to ("... on your
    selection as President of the eightieth session", "your term as Chair", "your assumption of
    / accession to the Presidency"): "you" holds that office."""
    return [(g, p.lower_) for t in sent if t.dep_ == "poss" and t.lower_ == "your" and t.head.pos_ == "NOUN"
            for p in t.head.children if p.dep_ == "prep" and p.lower_ in ("as", "of", "to")
            for g in p.children if g.dep_ == "pobj"]


def _names_a_person(appos) -> bool:
    """An apposition that names a person ("Mr. Jan Novak", "Ambassador Lee"), not a body named
    again ("our Organization, the United Nations")."""
    honorifics = load_stances().vocative_honorifics
    return appos.ent_type_ == "PERSON" or any(
        w.lower_ in honorifics and w.dep_ != "poss" for w in appos.subtree)
