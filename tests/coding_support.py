"""What the tests that code their own sentences share: a text coded as a statement of the
general debate (the contract's dict), the actors of that dict by id, and each event's
(type, sources, targets) read from it.  The sentences stay in the test files.

    from coding_support import acts, statement
    acts(statement(ex, "We condemn the shelling of the port.", "Ghana"))
    -> [("ACCUSE", ["GHA"], [...]), ...]
"""

from __future__ import annotations

from communique import contract

# A title that names the issuer ("Statement by Ghana at ..."): the text is the issuer's statement.
GA_TITLE = "Statement by {} at the general debate of the autumn session of the United Nations General Assembly"
GA_PUBLISHED = "2025-09-23"


def statement(ex, text: str, issuer: str | None = "Ghana", *, title: str = GA_TITLE,
              published: str | None = GA_PUBLISHED) -> dict:
    """``text`` coded by the extractor ``ex`` as a statement of ``issuer`` (``title`` names it;
    no title when ``issuer`` is None), as the contract's dict."""
    named = title.format(issuer) if issuer else None
    return contract.to_dict(ex.extract_text(text, title=named, published=published))


def actors_by_id(out: dict) -> dict[str, dict]:
    return {a["id"]: a for a in out["actors"]}


def country(actor: dict) -> str | None:
    return actor.get("country")


def country_or_name(actor: dict) -> str:
    return actor.get("country") or actor["name"]


def acts(out: dict, *, source=country, target=country_or_name, event: bool = False) -> list[tuple]:
    """(type, sources, targets) of each event of ``out``, an actor told by ``source`` /
    ``target`` (by default: source countries, target countries or else names); with
    ``event``, the event's dict as a fourth item."""
    actors = actors_by_id(out)
    return [(e["type"], [source(actors[i]) for i in e["sources"]], [target(actors[i]) for i in e["targets"]])
            + ((e,) if event else ()) for e in out["events"]]


def countries(doc, ids) -> set:
    """The countries of the actors ``ids`` of a coded :class:`~communique.document.Document`."""
    return {doc.actor(i).country for i in ids if doc.actor(i) is not None}


def statement_acts(ex, text: str, issuer: str | None = "Ghana", **how) -> list[tuple]:
    """:func:`acts` (``how``: its options) of ``text`` coded as a statement of ``issuer``."""
    return acts(statement(ex, text, issuer), **how)


def coded(ex, text: str, published: str = "2024-05-02", **kw) -> tuple[dict, list[dict]]:
    """``text`` coded by ``ex`` as news of ``published``: its actors by id and its events."""
    out = contract.to_dict(ex.extract_text(text, published=published, **kw))
    return actors_by_id(out), out["events"]


def sides(ex, text: str, kind: str) -> list[tuple[list, list]]:
    """(sources, targets) as (name, country) pairs of each event of type ``kind``."""
    actors, events = coded(ex, text)
    side = lambda ids: [(actors[i]["name"], actors[i].get("country")) for i in ids]
    return [(side(e["sources"]), side(e["targets"])) for e in events if e["type"] == kind]


def countries_of(doc, ids) -> list[str]:
    """The countries ("-" for none) of actors ``ids`` of a coded document, sorted."""
    by_id = {a.id: a for a in doc.actors}
    return sorted(by_id[i].country or "-" for i in ids)

