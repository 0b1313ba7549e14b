"""The model's attribute ruler, matched by dictionary look-ups: same matches, a tenth of the time.

The ``attribute_ruler`` of the English pipelines (tag -> POS and morphology
maps, a few lemma and POS exceptions) runs spaCy's general ``Matcher`` with
about 180 patterns over every token: 11 % of the whole parse of short
statements.  Nearly all of those patterns are one token whose attributes must
equal given values (``TAG``, ``LOWER``, ``DEP``, ``IS_SPACE``, or ``IN`` lists
of them).  Those become dictionary look-ups on the token's attribute hashes;
the others (several tokens, ``REGEX``, ...) stay in a small ``Matcher``.  The
result is the list the ruler's own ``match`` returns (same tuples, same
order); :class:`TokenWrites` then writes each matched token once.
"""

from __future__ import annotations

from typing import Any

# Pattern keys the look-up reads, in the order of the Doc.to_array columns.
_HANDLED = ("TAG", "LOWER", "DEP", "IS_SPACE")
_MEMO_SIZE = 50_000  # distinct (tag, lower, dep, space) rows remembered: ~12 MB at most


def speed_up(nlp) -> bool:
    """Give the pipeline's attribute ruler the look-up matcher; False if it has none."""
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe("attribute_ruler")
    if not hasattr(ruler, "matcher") or not hasattr(ruler, "attrs"):
        return False
    ruler.match = LookupMatch(ruler)
    ruler.set_annotations = TokenWrites(ruler)
    return True


class LookupMatch:
    """A drop-in for ``AttributeRuler.match``.

    Every pattern token is a *spec* (constraints on a token's attributes).  For
    each distinct row of attribute values the specs it satisfies are worked
    out once and remembered; a one-token pattern then matches where its spec
    holds, a longer one where its specs hold on consecutive tokens.
    """

    def __init__(self, ruler) -> None:
        from spacy import attrs
        from spacy.matcher import Matcher

        self.ruler = ruler
        self.n_patterns = len(ruler.attrs)
        self.strings = ruler.vocab.strings
        self.rest = Matcher(ruler.vocab)  # patterns the look-up cannot read
        self.columns = [getattr(attrs, name) for name in _HANDLED]
        self.specs: list[list[tuple[int, str, Any]]] = []
        spec_ids: dict[str, int] = {}
        self.single: dict[int, list[tuple[int, int]]] = {}      # spec -> (attr id, match id)
        self.longer: dict[int, list[tuple[tuple[int, ...], int, int]]] = {}  # first spec -> ...
        for attr_id in range(len(ruler.attrs)):
            key = str(attr_id)
            match_id = self.strings.add(key)
            alternatives = ruler.matcher.get(key)[1]
            read = [[_spec(token) for token in alt] for alt in alternatives]
            if any(not alt or any(t is None for t in alt) for alt in read):
                self.rest.add(key, alternatives)
                continue
            for alt in read:
                ids = []
                for spec in alt:
                    name = repr(spec)
                    if name not in spec_ids:
                        spec_ids[name] = len(self.specs)
                        self.specs.append(spec)
                    ids.append(spec_ids[name])
                if len(ids) == 1:
                    self.single.setdefault(ids[0], []).append((attr_id, match_id))
                else:
                    self.longer.setdefault(ids[0], []).append((tuple(ids[1:]), attr_id, match_id))
        # Each spec is tried only on rows holding one value it requires (its first
        # equality/IN column); specs with no such column are tried on every row.
        self.by_value: dict[tuple[int, int], list[int]] = {}
        self.always: list[int] = []
        for i, spec in enumerate(self.specs):
            pick = next(((col, arg) for col, op, arg in spec if op == "in"), None)
            if pick is None:
                self.always.append(i)
            else:
                for value in pick[1]:
                    self.by_value.setdefault((pick[0], value), []).append(i)
        # Attribute values -> (specs satisfied, one-token hits, longer patterns starting here).
        self._memo: dict[tuple, tuple[frozenset, tuple, tuple]] = {}
        self._by_sat: dict[frozenset, tuple[frozenset, tuple, tuple]] = {}

    def __call__(self, doc) -> list[tuple[int, int, int, int]]:
        if len(self.ruler.attrs) != self.n_patterns:  # patterns added since: read them again
            fresh = LookupMatch(self.ruler)
            self.__dict__.update(fresh.__dict__)
        found: set[tuple[int, int, int, int]] = set()
        if len(self.rest):
            found.update((int(self.strings[m_id]), m_id, s, e)
                         for m_id, s, e in self.rest(doc, allow_missing=True, as_spans=False))
        if len(doc):
            memo = self._memo
            rows = []
            for row in map(tuple, doc.to_array(self.columns).tolist()):
                known = memo.get(row)
                if known is None:
                    known = self._read(row)
                    if len(memo) < _MEMO_SIZE:
                        memo[row] = known
                rows.append(known)
            n = len(rows)
            for i, (_, hits, starts) in enumerate(rows):
                for attr_id, match_id in hits:
                    found.add((attr_id, match_id, i, i + 1))
                for rest, attr_id, match_id in starts:
                    end = i + 1 + len(rest)
                    if end <= n and all(spec in rows[i + 1 + k][0] for k, spec in enumerate(rest)):
                        found.add((attr_id, match_id, i, end))
        return sorted(found)

    def _read(self, row: tuple) -> tuple[frozenset, tuple, tuple]:
        candidates = list(self.always)
        for col, value in enumerate(row):
            candidates += self.by_value.get((col, value), ())
        sat = frozenset(i for i in candidates if self._holds(self.specs[i], row))
        known = self._by_sat.get(sat)
        if known is None:  # rows satisfying the same specs share one entry
            hits = tuple(h for i in sorted(sat) for h in self.single.get(i, ()))
            starts = tuple(s for i in sorted(sat) for s in self.longer.get(i, ()))
            known = self._by_sat[sat] = (sat, hits, starts)
        return known

    def _holds(self, spec: list[tuple[int, str, Any]], row: tuple) -> bool:
        for col, op, arg in spec:
            value = row[col]
            if op == "in":
                if value not in arg:
                    return False
            elif op == "not_in":
                if value in arg:
                    return False
            elif not (value and arg.search(self.strings[value])):  # regex on the string
                return False
        return True


def _spec(token: dict) -> list[tuple[int, str, Any]] | None:
    """The constraints of one pattern token as (column, op, argument); None when the
    token uses anything but equality, IN, NOT_IN or REGEX on a handled attribute."""
    import re

    from spacy.strings import get_string_id

    if not token or not set(token) <= set(_HANDLED):
        return None
    out = []
    for name in sorted(token, key=_HANDLED.index):
        col, value = _HANDLED.index(name), token[name]
        if name == "IS_SPACE":
            if not isinstance(value, bool):
                return None
            out.append((col, "in", frozenset([int(value)])))
            continue
        if isinstance(value, str):
            out.append((col, "in", frozenset([get_string_id(value)])))
        elif isinstance(value, dict) and len(value) == 1:
            (op, arg), = value.items()
            if op in ("IN", "NOT_IN") and isinstance(arg, list) \
                    and all(isinstance(v, str) for v in arg):
                out.append((col, op.lower(), frozenset(get_string_id(v) for v in arg)))
            elif op == "REGEX" and isinstance(arg, str):
                out.append((col, "regex", re.compile(arg)))
            else:
                return None
        else:
            return None
    return out


class TokenWrites:
    """A drop-in for ``AttributeRuler.set_annotations``: one write per token.

    spaCy builds a ``Span`` per match to find the token to change; here the token
    is worked out from the match's offsets and a token matched several times gets
    the attributes of its matches merged in match order (later ones win, as
    when written one after another).  Only for attributes of the token alone (tag,
    POS, morphology, lemma, dependency): a write to the shared lexeme, or an index
    outside its match (spaCy's error), goes to spaCy's own method.
    """

    def __init__(self, ruler) -> None:
        self.ruler = ruler
        self.own = type(ruler).set_annotations.__get__(ruler)
        self._token_only: list[bool] = []

    def __call__(self, doc, matches) -> None:
        from spacy.tokens._retokenize import set_token_attrs

        ruler = self.ruler
        attrs, indices = ruler.attrs, ruler.indices
        if len(self._token_only) != len(attrs):
            self._token_only = [set(a) <= _token_attrs() for a in attrs]
        merged: dict[int, dict] = {}
        for attr_id, _, start, end in matches:
            index = indices[attr_id]
            k = start + index if index >= 0 else end + index
            if not self._token_only[attr_id] or not start <= k < end:
                return self.own(doc, matches)
            merged.setdefault(k, {}).update(attrs[attr_id])
        for k, values in merged.items():
            set_token_attrs(doc[k], values)


def _token_attrs() -> frozenset[int]:
    from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG

    return frozenset({TAG, POS, MORPH, LEMMA, DEP})
