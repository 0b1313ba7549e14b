"""The structure stage: sections, title, publication date, date-line place, issuer spans.

Runs before parsing, on the clean text, with patterns only.  Sets ``doc.sections``
(header, title, dateline, body, signature), ``doc.title``, ``doc.published`` and
``doc.published_from``, and in ``doc.workspace``: ``issuer_spans`` (organisations that
issued the statement), ``dateline_place`` (the place of a press-agency dateline) and
``dateline_date`` (start, end, ISO value of the head date used).
"""

from __future__ import annotations

from ..config import Config, StructureConfig
from ..document import Document, Section
from ..pipeline import stage
from .issuers import issuer_spans, named_in_title
from .layout import Layout, read_layout
from .lexicon import bare_office
from .published import decide
from .title_issuers import title_issuers


def sections_of(layout: Layout) -> list[Section]:
    parts: list[Section] = [Section("header", ln.start, ln.end) for ln in layout.header]
    if layout.title:
        parts.append(Section("title", layout.title.start, layout.title.end))
    for dl in layout.datelines:
        if dl.kind != "title":  # a dated headline stays the title
            parts.append(Section("dateline", dl.start, dl.end))
    if layout.body:
        parts.append(Section("body", *layout.body))
    if layout.signature:
        parts.append(Section("signature", layout.signature[0].start, layout.signature[-1].end))
    parts.sort(key=lambda s: (s.start, s.end))
    merged: list[Section] = []
    for s in parts:  # neighbouring header lines form one header section
        if merged and merged[-1].name == s.name == "header":
            merged[-1] = Section("header", merged[-1].start, s.end)
        else:
            merged.append(s)
    return merged


def structure_document(doc: Document, max_gap_days: int = 7, order: str = "DMY") -> Document:
    layout = read_layout(doc.text, order)
    doc.sections = sections_of(layout)
    doc.title = doc.source.title_hint or (layout.title.text if layout.title else None)
    pub = decide(doc.text, layout, input_date=doc.source.published_hint,
                 metadata_date=doc.source.date_hint, max_gap_days=max_gap_days)
    doc.published, doc.published_from = pub.value, pub.source
    for code, message in pub.notices:
        doc.add_error(code, message, stage="structure")
    if pub.dateline and pub.dateline.date:
        d = pub.dateline.date
        resolved = pub.value if pub.source == "dateline" else None
        doc.workspace.dateline_date = (d.start, d.end, resolved)
    place = next((dl.place for dl in layout.datelines if dl.place), None)
    if place:
        doc.workspace.dateline_place = place
    refs = issuer_refs(doc, layout)
    title_read = any(r["field"] == "title" and r.get("start") is not None for r in refs)
    doc.workspace.issuer_refs = refs
    doc.workspace.issuer_spans = issuer_spans(doc.text, layout, skip_title=title_read,
                                              have_issuers=any(r["field"] in ("title", "metadata.issuer")
                                                                and not bare_office(r["text"])
                                                                for r in refs))
    return doc


def issuer_refs(doc: Document, layout: Layout) -> list[dict]:
    """Issuer phrases given by the input's metadata and by the title's grammar.

    Metadata first (the caller's word); then the title: the one passed with the input when
    it is not a line of the text (then the field is the evidence), else the title line (then
    its offsets are).  A title line the older statement-noun reading already splits into
    names ("Joint statement by A, B and C") is left to it unless it names a person."""
    refs: list[dict] = []
    src = doc.source
    for name in src.issuer_hint or ():
        refs.append({"field": "metadata.issuer", "text": name})
    for fld, value in (("metadata.author", src.author), ("metadata.site_name", src.sitename)):
        if value:
            refs.append({"field": fld, "text": value})
    hint = (src.title_hint or "").strip()
    line = layout.title
    if hint and not (line and " ".join(line.text.split()) == " ".join(hint.split())):
        for t in title_issuers(hint):
            ref = {"field": "title", "text": hint[t.start:t.end]}
            if t.person:
                ref.update(person=hint[slice(*t.person)], office=hint[slice(*t.office)])
            refs.append(ref)
    elif line:
        found = title_issuers(line.text)
        if any(t.person for t in found) or not named_in_title(doc.text, layout):
            for t in found:
                s, e = t.person or (t.start, t.end)
                ref = {"field": "title", "text": line.text[t.start:t.end],
                       "start": line.start + s, "end": line.start + e}
                if t.person:
                    ref.update(person=line.text[slice(*t.person)], office=line.text[slice(*t.office)])
                refs.append(ref)
    return refs


@stage("structure", requires=("text",),
       sets=("sections", "title", "published", "published_from", "issuer_refs", "issuer_spans",
             "dateline_date", "dateline_place"))
def structure_stage(settings: StructureConfig, config: Config):
    """Header, title, date line, body, signature; publication date; issuer spans."""
    max_gap = settings.max_signature_gap_days
    order = config.dates.date_order

    def structure(doc: Document) -> Document:
        return structure_document(doc, max_gap, order)

    return structure
