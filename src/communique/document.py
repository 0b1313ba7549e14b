"""The one document model every stage annotates.

A :class:`Document` carries the decoded input (``raw``), the clean text that all
offsets refer to (``text``), typed source metadata, and every annotation as
character spans over ``text``: sections, mentions, actors, places, dates and
events.  ``communique.contract`` renders it as the public output
contract (``communique.document/1``) and reads it back.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

from .workspace import Workspace

ACTOR_KINDS = (
    "country", "government", "person", "organization", "armed_group",
    "party", "igo", "ngo", "group",
)
EVENT_STATUSES = ("asserted", "reported", "denied", "intended", "hypothetical")
DATE_PRECISIONS = ("day", "month", "year")


@dataclass(slots=True)
class Span:
    """A half-open character range ``[start, end)`` over ``Document.text``.  The annotations
    of the text (mentions, dates, evidence) are spans with more fields after these two."""

    start: int
    end: int



@dataclass(slots=True)
class Source:
    """Where a document came from.  Typed fields, never free text."""

    path: str | None = None
    url: str | None = None
    format: str = "text"          # text | html | jsonl
    encoding: str | None = None   # detected encoding of the input bytes
    record: str | None = None     # id of the record inside a batch
    line: int | None = None       # line number inside a JSONL batch
    sitename: str | None = None   # from HTML metadata
    author: str | None = None     # from HTML metadata (<meta name="author">, dc.creator)
    issuer_hint: list[str] | None = None  # issuers given by the input (JSONL "issuer")
    title_hint: str | None = None  # title supplied by the input (JSONL, HTML)
    published_hint: str | None = None  # YYYY-MM-DD given by the caller or the input record
    date_hint: str | None = None       # YYYY-MM-DD from page metadata (weaker than the text)

    @property
    def label(self) -> str:
        """A short human name for messages: path, url or record id."""
        where = self.path or self.url or "<stdin>"
        if self.line is not None:
            return f"{where}:{self.line}"
        return where



@dataclass(slots=True)
class Section:
    """A structural block of a press release: title, header, dateline, body, signature."""

    name: str
    start: int
    end: int


@dataclass(slots=True)
class Removed:
    """Page debris taken out by cleaning, with offsets into ``Document.raw``."""

    start: int
    end: int
    reason: str


@dataclass(slots=True)
class Mention(Span):
    """A named-entity mention.  ``label`` is PERSON, ORG, GPE, LOC, NORP, DATE, ..."""

    label: str
    text: str
    role: str | None = None         # "head of Hamas Political Bureau"
    role_of: str | None = None      # text of the organisation in the role
    long_form: str | None = None    # for acronyms: the expansion in the text
    actor: str | None = None        # resolved actor id
    place: str | None = None        # resolved place id


@dataclass(slots=True)
class Role:
    title: str
    of: str | None = None  # actor id



@dataclass(slots=True)
class Actor:
    id: str
    name: str
    kind: str = "group"
    country: str | None = None
    sector: str | None = None
    wikidata: str | None = None
    aliases: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)
    confidence: float = 1.0
    known: bool = False  # True when matched in the knowledge base



@dataclass(slots=True)
class Place:
    id: str
    name: str
    geonameid: int | None = None
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    feature: str | None = None    # GeoNames feature code, or REGION for our own table
    # city | admin2 | admin1 | country | region | facility
    precision: str | None = None
    mentions: list[Span] = field(default_factory=list)
    confidence: float = 1.0
    reason: str | None = None     # why the name stayed unresolved (geonameid null)



@dataclass(slots=True)
class DateMention(Span):
    text: str
    value: str | None         # YYYY, YYYY-MM or YYYY-MM-DD; None when unresolved
    precision: str | None     # day | month | year
    reason: str | None = None  # why it stayed unresolved



@dataclass(slots=True)
class Evidence(Span):
    text: str



@dataclass(frozen=True, slots=True)
class CoderMarks:
    """What the event coder notes on an event for its own document-level merging
    (events/merge.py); never part of the output contract."""
    remention: bool = False       # told again: "the attack", a toll of an attack told
    toll: bool = False            # a casualty count ("three soldiers were wounded")
    judged: str | None = None     # the type of the act a judgment is about
    judged_at: int | None = None  # where that act (judged or alleged) is told: its word's offset
    restated: bool = False        # "the meeting discussed ...": more on a meeting told



@dataclass(slots=True)
class Event:
    id: str
    # PLOVER 2.0, upper case; None only for an event whose CAMEO code has no PLOVER type: one
    # coded with [events] petrarch_verbs = "only" (010-017 statements, test codes) or a doer's
    # claim of its own attack (015, events/own_claims.py; never the main event)
    type: str | None
    evidence: Evidence            # the sentence (or clause) that supports the event
    mode: str | None = None
    cameo: str | None = None
    sources: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    date: str | None = None
    date_precision: str | None = None
    place: str | None = None
    status: str = "asserted"
    claimed_by: list[str] = field(default_factory=list)
    negated: bool = False
    confidence: float = 0.5
    # Evidence per coded field: field name -> spans of the words that support it.
    fields: dict[str, list[Span]] = field(default_factory=dict)
    pattern: str | None = None    # id of the pattern that coded it
    main: bool = False            # the document's main event (events/main_event.py), one per document
    # The other tellings of the same happening in the document (events/merge.py).
    evidence_more: list[Evidence] = field(default_factory=list)
    # The coder's own marks for merging (not written out, not compared).
    marks: CoderMarks = field(default_factory=CoderMarks, repr=False, compare=False)



@dataclass(slots=True)
class DocError:
    code: str
    message: str
    stage: str | None = None



@dataclass
class Document:
    """One statement and every annotation on it."""

    raw: str
    source: Source = field(default_factory=Source)
    id: str | None = None
    text: str = ""
    # Pieces of ``raw`` kept in ``text``: (text_start, raw_start, length), in order.
    # It maps any clean offset back to the input.
    segments: list[tuple[int, int, int]] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)
    title: str | None = None
    published: str | None = None
    published_from: str | None = None  # which part gave the date: dateline, signature, input, ...
    language: str = "en"
    issuers: list[str] = field(default_factory=list)
    # Where each issuer was named: {actor, field (title, metadata.issuer, header, ...), text,
    # start/end when the words are in ``text``}.
    issuer_evidence: list[dict[str, Any]] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    errors: list[DocError] = field(default_factory=list)
    # Names of the stages that have run, in order; used to check declared needs.
    done: list[str] = field(default_factory=list)
    # What stages hand each other (the spaCy Doc, the knowledge base, date line spans...):
    # typed fields, each saying which stage sets it and which read it; never serialised.
    workspace: Workspace = field(default_factory=Workspace, repr=False)

    # -- helpers -----------------------------------------------------------
    def span(self, start: int, end: int) -> str:
        return self.text[start:end]

    def evidence(self, start: int, end: int) -> Evidence:
        return Evidence(start, end, self.text[start:end])

    def section(self, name: str) -> Section | None:
        return next((s for s in self.sections if s.name == name), None)

    def actor(self, actor_id: str) -> Actor | None:
        return _by_id(self, "actors", actor_id)

    def place(self, place_id: str) -> Place | None:
        return _by_id(self, "places", place_id)

    def raw_offset(self, offset: int) -> int:
        """Map an offset in ``text`` back to ``raw``."""
        import bisect

        if not self.segments:
            return offset
        # The last segment starting at or before the offset holds it (an end
        # offset at a segment boundary maps to the end of the earlier piece
        # only when no later piece starts there).
        starts = [s[0] for s in self.segments]
        t_start, r_start, _ = self.segments[max(0, bisect.bisect_right(starts, offset) - 1)]
        return r_start + (offset - t_start)

    def add_error(self, code: str, message: str, stage: str | None = None) -> None:
        self.errors.append(DocError(code, message, stage))

    @property
    def failed(self) -> bool:
        """A document whose input could not be read at all."""
        return any(e.code.startswith("input.") for e in self.errors)

    def content_id(self) -> str:
        """Stable key: a hash of the normalised text."""
        basis = " ".join((self.text or self.raw).split()).casefold()
        return "doc_" + hashlib.sha256(basis.encode("utf-8")).hexdigest()[:16]


def _by_id(doc: Document, name: str, wanted: str):
    """The first item of ``doc.<name>`` with id ``wanted``, or None.

    The event coder asks tens of thousands of times per hundred statements, and a scan
    of the list each time was ~3 % of the work after the parse.  An index of positions by
    id is kept beside the document (not a field: never compared, shown or serialised),
    extended as the list grows and built again when the list is replaced or shrinks.  An
    answer is trusted only when the item now at that position still has the id; a list
    changed in place (an item replaced, one removed and another appended) and a miss fall
    back to the scan, so the index can make a look-up slower than it was, never wrong.
    """
    items = getattr(doc, name)
    key = _INDEX_KEYS[name]   # (the key's string made once, the list's length read once)
    n = len(items)
    index = doc.__dict__.get(key)
    if index is None or index[0] is not items or index[1] > n:
        index = doc.__dict__[key] = [items, 0, {}]
    if index[1] < n:
        first = index[2]
        for i in range(index[1], n):
            first.setdefault(items[i].id, i)
        index[1] = n
    i = index[2].get(wanted)
    if i is not None and i < n:
        x = items[i]
        if x.id == wanted:
            return x
    return next((x for x in items if x.id == wanted), None)


_INDEX_KEYS = {"actors": "_index_actors", "places": "_index_places"}
