"""The mentions stage: named entities with exact spans, roles and acronyms.

spaCy's entities are the start.  Cheap, general repairs follow: an entity
never crosses a line break (a heading and the next line are two things); a
leading "the", a trailing possessive, honorifics and edge punctuation are
trimmed; names the knowledge base knows but the model missed (an acronym such
as "PIJ", a country adjective) are added.  Then persons get their roles from
the dependency parse (:mod:`.roles`) and acronyms their long forms
(:mod:`.acronyms`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..config import Config, MentionsConfig
from ..document import Document, Mention
from ..pipeline import stage
from ..resolve.api import load_kb
from .acronyms import find_definitions, is_acronym
from .body_roles import join_roles_of_bodies, role_into_name
from .lexicon import is_currency, is_honorific, is_state_organ, is_title
from .roles import find_role

_LEADING = re.compile(r"^(?:the|this|that|these|those|our|its|their|his|her)\s+", re.I)
_TRAILING = re.compile(r"(?:\s*['’]s?|[\s,.;:!?\"“”()\[\]]+)$")
_OF_THE = re.compile(r" of (?:the )?")
# Up to four capitalised words on the same line: the name an ORG cut after "of" names.
_NAME_AFTER = re.compile(r"[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3}")
_EDGE = re.compile(r"^[\s,.;:!?\"“”'‘’()\[\]-]+")
_ACTOR_LABELS = ("ORG", "GPE", "NORP", "PERSON")


@stage("mentions", requires=("spacy",), sets=("mentions",))
def mentions_stage(settings: MentionsConfig, config: Config):
    """Named entities with spans, roles from appositions, acronyms tied to long forms."""
    labels = frozenset(settings.labels)
    use_kb = settings.kb_names
    actors_cfg = config.actors

    def mentions(doc: Document) -> Document:
        kb = None
        if use_kb:
            kb = load_kb(actors_cfg.user_kb, actors_cfg.fuzzy_threshold,
                         actors_cfg.petrarch_agents, actors_cfg.petrarch_actors)
        doc.mentions = find_mentions(doc, labels, kb)
        return doc

    return mentions


def find_mentions(doc: Document, labels: frozenset[str], kb=None) -> list[Mention]:
    sdoc = doc.workspace.spacy
    text = doc.text
    found: list[Mention] = []
    for ent in sdoc.ents:
        if ent.label_ not in labels:
            continue
        for s, e in _pieces(text, ent.start_char, ent.end_char):
            if not (s == ent.start_char and e == ent.end_char):  # the whole entity is kept
                piece = sdoc.char_span(s, e, alignment_mode="expand")
                if piece is None or not _worth_keeping(piece, ent, s, e, kb):
                    continue
            if ent.label_ == "PERSON":
                s = _skip_honorifics(sdoc, s, e)
            if s < e and not _shouted_word(sdoc, s, e, text) and not _opening_verb(sdoc, s, e, kb) \
                    and not _compound_half(text, s, e, kb) and not _names_currency(sdoc, e):
                found.append(Mention(s, e, ent.label_, text[s:e]))
    if kb is not None:
        found.extend(_kb_names(doc, found, kb, labels))
    _add_acronyms(doc, found, labels)
    found.sort(key=lambda m: (m.start, -m.end))
    found = _drop_overlaps(found)
    found = _join_dangling_of(doc.text, found)
    if kb is not None:
        found = join_roles_of_bodies(doc.text, found, kb)
    _add_roles(doc, found)
    return found


# -- span repairs ---------------------------------------------------------------
def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The entity cut at line breaks, each piece trimmed of "the", possessive, punctuation."""
    segment = text[start:end]
    if "\n" not in segment:
        lines = [(0, len(segment))] if segment else []
    else:
        lines = [m.span() for m in _LINE.finditer(segment)]
    out = []
    for ls, le in lines:
        trimmed = _trim(segment[ls:le])
        if trimmed is not None:
            out.append((start + ls + trimmed[0], start + ls + trimmed[1]))
    return out


_LINE = re.compile(r"[^\n]+")


@lru_cache(maxsize=1 << 16)  # the same names and capitalised runs recur across documents
def _trim(chunk: str) -> tuple[int, int] | None:
    """Offsets of ``chunk`` without "the", possessive and edge punctuation; None if no word."""
    s, e = 0, len(chunk)
    while True:
        part = chunk[s:e]
        lead = _LEADING.match(part) or _EDGE.match(part)
        if lead and lead.end() < len(part):
            s += lead.end()
            continue
        trail = _TRAILING.search(part)
        if trail and trail.start() > 0 and not _keeps_final_dot(part, trail):
            e = s + trail.start()
            continue
        break
    if s < e and any(c.isalnum() for c in chunk[s:e]):
        return s, e
    return None


def _keeps_final_dot(chunk: str, trail: re.Match) -> bool:
    """ "U.S." and "Inc." keep their dot."""
    return trail.group() == "." and bool(_DOTTED_END.search(chunk[:-1]))


_DOTTED_END = re.compile(r"(?:\b[A-Z]\.[A-Z]|\b(?:Inc|Ltd|Co|Corp|Jr|Sr))$")


def _worth_keeping(piece, ent, s: int, e: int, kb) -> bool:
    """A piece of an entity split at a line break must still look like a name."""
    if s == ent.start_char and e == ent.end_char:
        return True
    if any(t.pos_ == "PROPN" for t in piece) and len(piece) > 1:
        return True
    if kb is not None and kb.exact(piece.text):
        return True
    return ent.label_ in ("DATE",) and any(t.like_num for t in piece)


def _skip_honorifics(sdoc, s: int, e: int) -> int:
    """ "Sheikh Raed Salah" -> the name starts at "Raed"; so does "President X"."""
    span = sdoc.char_span(s, e, alignment_mode="expand")
    if span is None:
        return s
    toks = list(span)
    while len(toks) > 1 and (is_honorific(toks[0].text) or is_title(toks[0].text)
                             or toks[0].is_punct):
        toks = toks[1:]
    return max(s, toks[0].idx)


def _shouted_word(sdoc, s: int, e: int, text: str | None = None) -> bool:
    """ "THOSE WHO ATTACKED": in upper-case text a function word is no acronym."""
    if text is not None:
        piece = text[s:e]
        if piece != piece.upper():  # a lower-case letter: no token over it is upper case
            return False
    span = sdoc.char_span(s, e, alignment_mode="expand")
    if span is None or len(span) != 1 or not span[0].is_upper:
        return False
    sent = span[0].sent
    words = [t for t in sent if t.is_alpha]
    shouting = sum(t.is_upper for t in words) > 0.6 * max(len(words), 1)
    return shouting and sdoc.vocab[span[0].lower_].is_stop


def _join_dangling_of(text: str, found: list[Mention]) -> list[Mention]:
    """ "Ministry of Water of" + "Kenya": an ORG cut after "of"/"for" takes the next name;
    so does an organ of a state cut before its state ("the Ministry of Defence" + "of the
    Russian Federation"), which alone would be read as any state's ministry."""
    out: list[Mention] = []
    for m in found:
        prev = out[-1] if out else None
        if prev is not None and prev.label == "ORG" and m.label in ("GPE", "ORG", "LOC"):
            gap = text[prev.end:m.start]
            dangling = re.search(r"\s(?:of|for)$", prev.text) and gap in (" ", " the ")
            organ = (m.label == "GPE" and _OF_THE.fullmatch(gap)
                     and is_state_organ(prev.text.split()[0]))
            if dangling or organ:
                out[-1] = Mention(prev.start, m.end, "ORG", text[prev.start:m.end])
                continue
        out.append(m)
    return [_close_dangling_of(text, m) for m in out]


def _close_dangling_of(text: str, m: Mention) -> Mention:
    """An ORG still cut after "of"/"for" ("the Ministry of Foreign Affairs of" + a name the
    parser tagged as nothing): it takes the capitalised words after it, else drops the "of"."""
    if m.label != "ORG" or not re.search(r"\s(?:of|for)$", m.text):
        return m
    after = _NAME_AFTER.match(text, m.end)
    if after is not None:
        return Mention(m.start, after.end(), "ORG", text[m.start:after.end()])
    end = m.start + len(m.text.rsplit(None, 1)[0])
    return Mention(m.start, end, "ORG", text[m.start:end])


def _drop_overlaps(found: list[Mention]) -> list[Mention]:
    """Keep the earlier/longer of two overlapping mentions (input sorted by start, -end)."""
    out: list[Mention] = []
    for m in found:
        if out and m.start < out[-1].end:
            if m.end - m.start > out[-1].end - out[-1].start and m.start == out[-1].start:
                out[-1] = m
            continue
        out.append(m)
    return out


# -- names the model missed -------------------------------------------------------
# (a name may go on with an elided particle, "Côte d'Ivoire", "Côte d’Ivoire")
_ELIDED = r"[dl]['’][A-Z][\w'’.-]*"
# (a number goes on a run too: "Group of 77", "Group of 20")
_CAP_RUN = re.compile(r"[A-Z][\w'’.-]*(?:[ ](?:of|the|al|for|and|" + _ELIDED + r"|[A-Z0-9][\w'’.-]*))*")
_HAS_ELIDED = re.compile(r"(?:^|\s)" + _ELIDED)


def _kb_names(doc: Document, found: list[Mention], kb, labels: frozenset[str]) -> list[Mention]:
    """Known names (exact index only) in capitalised runs no entity covers."""
    text = doc.text
    taken = [(m.start, m.end) for m in found]
    out = []
    sdoc = doc.workspace.spacy
    for run in _CAP_RUN.finditer(text):
        base, run_end = run.span()
        # Only the spans touching this run can overlap a candidate inside it.
        near = [(a, b) for a, b in taken if a < run_end and base < b]
        known = _known_in_run(kb, run.group())
        i = 0
        while i < len(known):
            hit = None
            # (no known name, no mention: the tests below read nothing else)
            for j, s, e, matches in known[i]:
                s, e = s + base, e + base
                role = role_into_name(text, s, e, near) if near else None
                if near and any(a < e and s < b for a, b in near) and not (
                        _elided_whole(text, s, e, near) or _covers_whole(s, e, near) or role):
                    continue
                if _shouted_word(sdoc, s, e, text):
                    continue
                if role and matches[0].entry.kind in ("country", "person"):
                    continue   # (a state's or a person's office: the phrase's country says whose)
                if _sentence_initial_common(sdoc, s, e) or _names_currency(sdoc, e):
                    continue
                hit = (s, e, _label_for(matches[0]))
                i = j
                break
            if hit is None:
                i += 1
                continue
            s, e, label = hit
            if role is not None:
                # ("the Heads of State of the Group of 77" + "China": the entity goes on to the
                # body's name's end; the role is the mention's, the body what it stands for)
                a, title = role
                found[:] = [m for m in found if not (m.start == a and m.end > s)]
                out.append(Mention(a, e, "ORG", text[a:e], role=title, role_of=text[s:e]))
                taken.append((a, e))
                near.append((a, e))
                continue
            # ("the Government of Côte" cut at the particle goes on to the name's end)
            out += [Mention(m.start, e, m.label, text[m.start:e]) for m in found
                    if m.start < s < m.end <= e and _HAS_ELIDED.search(text[s:e])]
            if label in labels:
                out.append(Mention(s, e, label, text[s:e]))
                taken.append((s, e))
                near.append((s, e))
    return out


_WORD = re.compile(r"\S+")
# Capitalised runs remembered with the known names in them (see _known_in_run); about a
# hundred bytes a run, emptied when full
_RUNS_MAX = 50_000


def _known_in_run(kb, run: str) -> list[list[tuple]]:
    """For each word of capitalised run ``run``, the known names (exact index) starting there
    and up to six words long, longest first: ``(j, s, e, matches)``, the name ending with word
    ``j - 1`` over ``run[s:e]`` (trimmed of "the", possessive and edge punctuation).

    The same runs ("The", "United Nations", "Security Council") come back in every document,
    each cut every way and looked up: kept in the knowledge base's memo, which is emptied
    when its names change (a lost race only works one answer out twice)."""
    memo = kb.memo("names in runs")
    got = memo.get(run)
    if got is None:
        words = [w.span() for w in _WORD.finditer(run)]
        got = []
        for i in range(len(words)):
            names = []
            for j in range(min(len(words), i + 6), i, -1):
                s, e = words[i][0], words[j - 1][1]
                # A run has no line break: one piece at most.
                trimmed = _trim(run[s:e])
                if trimmed is not None:
                    s, e = s + trimmed[0], s + trimmed[1]
                matches = kb.exact(run[s:e])
                if matches:
                    names.append((j, s, e, matches))
            got.append(names)
        if len(memo) >= _RUNS_MAX:
            memo.clear()
        memo[run] = got
    return got


def _elided_whole(text: str, s: int, e: int, near) -> bool:
    """A known name with an elided particle ("Côte d’Ivoire") that the entities it overlaps
    end within: the model cut it at the particle ("Côte", "the Government of Côte", often
    with the typographic apostrophe); the name replaces them, or ends them (see _drop_overlaps)."""
    return bool(_HAS_ELIDED.search(text[s:e])) and all(b <= e for a, b in near if a < e and s < b)


def _opening_verb(sdoc, s: int, e: int, kb) -> bool:
    """A lone word opening a sentence that the parser reads as a verb ("Liberated, X built
    ..."), or as a plural common noun ("Missiles struck ...", "Drones hit ..."): capitalised
    for its place, no name, whatever label the model gave it (unless the knowledge base
    knows the word)."""
    span = sdoc.char_span(s, e, alignment_mode="expand")
    if span is None or len(span) != 1:
        return False
    t = span[0]
    return t.is_sent_start and (t.pos_ in ("VERB", "AUX") or t.tag_ == "NNS") \
        and not t.is_upper and not (kb is not None and kb.exact(t.text))


# "two- State", "three- party": a numeral and a hyphen the line or the typist broke off
_NUMERAL_HYPHEN = re.compile(r"\b(?:one|two|three|four|five|six|multi|\d+)-\s+$", re.I)


def _compound_half(text: str, s: int, e: int, kb) -> bool:
    """The second half of a hyphenated numeral compound ("a two- State solution"): part of
    an adjective, no name (unless the knowledge base knows the word: "one- China policy")."""
    return " " not in text[s:e] and bool(_NUMERAL_HYPHEN.search(text, max(0, s - 12), s)) \
        and not (kb is not None and kb.exact(text[s:e]))


def _names_currency(sdoc, e: int) -> bool:
    """ "45 million US dollars", "Swiss francs": a state's name or adjective right before a
    currency noun says which currency; no actor, no place ("Russia pounds the city": a verb)."""
    last = sdoc.char_span(max(e - 1, 0), e, alignment_mode="expand")
    if last is None or last.end >= len(sdoc):
        return False
    nxt = sdoc[last.end]
    return nxt.pos_ in ("NOUN", "PROPN") and is_currency(nxt.text)


def _covers_whole(s: int, e: int, near) -> bool:
    """A known name that holds whole the entities it overlaps, and more: the model cut one
    name in two ("the Group of 77" + "China" in "the Group of 77 and China", a group whose
    name coordinates a country); the longer known name replaces them (see _drop_overlaps)."""
    inside = [(a, b) for a, b in near if a < e and s < b]
    return all(s <= a and b <= e and (b - a) < (e - s) for a, b in inside)


def _sentence_initial_common(sdoc, s: int, e: int) -> bool:
    """A lone capitalised common word ("Union", "Congress") is no name."""
    span = sdoc.char_span(s, e, alignment_mode="expand")
    return span is not None and len(span) == 1 and span[0].pos_ not in ("PROPN", "ADJ") \
        and not span[0].is_upper


def _label_for(match) -> str:
    e = match.entry
    if e.kind == "country":
        return "NORP" if match.how == "adjective" else "GPE"
    if e.kind == "person":
        return "PERSON"
    return "ORG"


# -- acronyms -------------------------------------------------------------------
def _add_acronyms(doc: Document, found: list[Mention], labels: frozenset[str]) -> None:
    """ "Long Form (ACR)": both become mentions; every "ACR" mention gets the long form."""
    text = doc.text
    defined: dict[str, str] = {}
    for ls, le, as_, ae in find_definitions(text):
        acr = text[as_:ae]
        long = text[ls:le]
        defined[acr] = long
        # The long form: reuse the entity ending there (trimmed), else add one.
        if not any(m.end == le and m.start <= ls + 4 for m in found):
            found[:] = [m for m in found if not (m.start < le and ls < m.end)]
            found.append(Mention(ls, le, "ORG", long))
        if not any(m.start == as_ and m.end == ae for m in found):
            found[:] = [m for m in found if not (m.start < ae and as_ < m.end)]
            found.append(Mention(as_, ae, "ORG", acr))
    if not defined:
        return
    for m in found:
        if m.text in defined and is_acronym(m.text):
            m.long_form = defined[m.text]
    # Later bare uses of a defined acronym the model did not tag.
    for acr, long in defined.items():
        for hit in re.finditer(rf"\b{re.escape(acr)}\b", text):
            s, e = hit.span()
            if not any(m.start < e and s < m.end for m in found):
                found.append(Mention(s, e, "ORG", acr, long_form=long))


# -- roles ----------------------------------------------------------------------
def _add_roles(doc: Document, found: list[Mention]) -> None:
    sdoc = doc.workspace.spacy
    for m in found:
        if m.label != "PERSON":
            continue
        ent = sdoc.char_span(m.start, m.end, alignment_mode="expand")
        if ent is None:
            continue
        role = find_role(sdoc, ent)
        if role is not None:
            m.role = role.text
            m.role_of = role.of
