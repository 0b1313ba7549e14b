"""A person's name set off by commas right after a bare title, which the parser hung elsewhere.

"We pay tribute to the outgoing President, Mr. X, for ...": the parser may hang "X" on the verb
(as an adverbial noun or a loose dependent) instead of on "President" as its apposition.  Set off
by commas right after the title's phrase, and naming a person, it is the apposition: the title
means that person (as :func:`clause_parts.stand_ins` reads a title with a person in apposition).
"""

from __future__ import annotations

from .token_table import sent_end

_LOOSE = ("npadvmod", "dep", "appos", "conj", "attr")
# Words written before a person's name, not part of it for the tagger (stances.toml's
# vocative_honorifics also holds "your", "his", "dear": words of address, not of a name).
_NAME_TITLES = ("mr.", "mrs.", "ms.", "madam", "dr.")


def stray_apposition(h):
    """The head of a person's name set off by commas right after title ``h``'s phrase and hung
    loosely on another word, or None."""
    doc = h.doc
    end = h.right_edge.i
    # (the comma first: most phrases have none after them, and then the sentence's end is
    # not read; a sentence ends at or before the parse's end)
    if end + 2 >= len(doc) or doc[end + 1].text != ",":
        return None
    sent_end_at = sent_end(h)   # (h.sent.end, from the parse's table)
    if end + 2 >= sent_end_at:
        return None
    first = doc[end + 2]
    if first.ent_type_ != "PERSON" and not (first.lower_ in _NAME_TITLES
                                           and end + 3 < sent_end_at and doc[end + 3].ent_type_ == "PERSON"):
        return None
    # the name's head: the word of the name whose head lies outside it
    i = end + 2
    while i + 1 < sent_end_at and doc[i + 1].ent_type_ == "PERSON":
        i += 1
    name = doc[i]
    if name.dep_ not in _LOOSE or name.head.i in range(end + 2, i + 1) or name.head == h:
        return None
    if i + 1 < sent_end_at and doc[i + 1].text not in (",", ".", ";"):
        return None   # (the name closed by a comma or the sentence's end)
    return name
