"""Who issued a statement, read from the grammar of its title.

A title names its issuer in a few constructions, whatever the words around them:

* ``<statement noun> [issued|delivered|made] [jointly] by|of|from <issuer>[, <more>] [at|to|on ...]``
  ("Statement by X at ...", "Joint statement of X and Y", "Remarks by the Foreign Minister of X",
  "Press release of the Ministry of Foreign Affairs of X");
* ``<person>, <office> of <state>`` as that issuer ("Address by H.E. <name>, President of X, to ...");
* ``<issuer>: <statement noun> ...`` ("X: statement at the General Debate, 2022");
* ``<occasion>: <issuer>`` where the occasion is a debate, session, summit or statement
  ("General Debate of the 77th session ...: X"), and ``<occasion>: <statement noun> by <issuer>``.

Only phrases come out (offsets into the title): which actor a phrase is, and how a list splits
into names, is the actors stage's job (it knows the countries).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import lexicon

# Honorifics before a person's name.
_HONORIFIC = re.compile(
    r"(?:(?:H\.\s?E\.|S\.\s?E\.|H\.\s?M\.|H\.\s?R\.\s?H\.)\s+|(?:His|Her|Their)\s+(?:Royal\s+)?"
    r"(?:Excellenc(?:y|ies)|Majest(?:y|ies)|Highness(?:es)?)\s+|(?:Mr|Mrs|Ms|Dr|Prof|Sir|Dame)\.?\s+"
    r"|(?:Honou?rable|Hon\.|Rt\.?\s+Hon\.?)\s+)+")
# Words that make a phrase an office: "President of X", "Minister for Foreign Affairs of X".
_OFFICE = re.compile(
    r"\b(?:president|vice[- ]president|prime\s+minister|premier|minister|secretary|chancellor|"
    r"king|queen|emir|amir|sultan|prince|princess|monarch|sheikh|head\s+of\s+(?:state|government)|"
    r"chair(?:man|woman|person)?|ambassador|representative|envoy|spokes(?:person|man|woman)|"
    r"governor|leader|chief|commissioner|director|captain\s+regent|taoiseach)\b", re.I)
# Where the issuer phrase ends after "by|of|from": the occasion or place of the statement.
_ISSUER_END = re.compile(
    r"\s*,?\s+(?:at|to|before|during|on|upon|regarding|concerning|about|following|marking|in\s+"
    r"(?:the\s+)?(?=[a-z\d])|for\s+(?:the\s+)?(?=[a-z\d]))\b.*$|\s*(?:\s[-–—]\s|\(|;|\|).*$",
    re.S)
# Occasions that a name after a colon speaks at ("General Debate of ...: X").
_OCCASION = re.compile(r"\b(?:debate|session|summit|assembly|conference|meeting|forum|council|"
                       r"dialogue|segment|week|day)\b", re.I)
_YEAR_TAIL = re.compile(r"\s*,?\s*(?:19|20)\d{2}\s*$")
# Lower-case words that start an issuer phrase ("the delegation of X", "the government of X").
_UNIT_WORDS = frozenset("delegation permanent mission government ministry people office presidency "
                        "embassy representatives".split())
MAX_WORDS = 40  # a list of many states ("Joint statement of A, B, ... and Z") stays one phrase


@dataclass(frozen=True)
class TitleIssuer:
    """An issuer phrase in a title: ``[start, end)``, and the person's name in it if any."""

    start: int
    end: int
    person: tuple[int, int] | None = None   # "Alar Karis" in "H.E. Alar Karis, President of X"
    office: tuple[int, int] | None = None   # "President of X" when a person holds it


def _noun_by() -> re.Pattern[str]:
    return re.compile(
        rf"\b{lexicon.statement_noun()}\s+(?:(?:issued|released|signed|made|delivered|given|read)\s+)?"
        r"(?:jointly\s+)?(?:by|of|from|attributable\s+to)\s+", re.I)


def _starts_with_noun() -> re.Pattern[str]:
    return re.compile(rf"^\s*(?:(?:the|a|an|his|her|its|their)\s+)?(?:\w+\s+)?{lexicon.statement_noun()}\b",
                      re.I)


def title_issuers(title: str) -> list[TitleIssuer]:
    """Issuer phrases a title names (empty when it names no one)."""
    if not title or not title.strip():
        return []
    m = _noun_by().search(title)
    if m:
        return _issuer_phrase(title, m.end(), len(title))
    colon = title.find(":")
    if colon > 0:
        left, right = title[:colon], title[colon + 1:]
        if _starts_with_noun().match(right):
            return _issuer_phrase(title, 0, colon)
        if _OCCASION.search(left) or lexicon.names_statement(left):
            end = len(title)
            tail = _YEAR_TAIL.search(right)
            if tail:
                end = colon + 1 + tail.start()
            return _issuer_phrase(title, colon + 1, end)
    m = re.match(rf"^(?P<list>.+?)\s+(?:joint\s+)?{lexicon.statement_noun()}\b", title, re.I)
    if m and lexicon.is_name_like(m.group("list"), max_content_words=12):
        return _issuer_phrase(title, 0, m.end("list"))
    return []


def _issuer_phrase(title: str, start: int, end: int) -> list[TitleIssuer]:
    chunk = title[start:end]
    cut = _ISSUER_END.search(chunk)
    if cut:
        chunk = chunk[:cut.start()]
    start, end = _trim(title, start, start + len(chunk))
    if start >= end:
        return []
    hon = _HONORIFIC.match(title, start, end)
    name_start = hon.end() if hon else start
    # "<person>, <office> of <state>": the person speaks for the state.
    comma = title.find(",", name_start, end)
    if comma > 0:
        person = title[name_start:comma].strip()
        office_start, office_end = _trim(title, comma + 1, end)
        office = title[office_start:office_end]
        if (_is_person_name(person) and _OFFICE.search(office) and " of " in office
                and _OFFICE.search(person) is None):
            return [TitleIssuer(start, office_end, (name_start, name_start + len(person)),
                                (office_start, office_end))]
    phrase = title[start:end]
    if not _names_someone(phrase):
        return []
    return [TitleIssuer(start, end)]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " ,;:\"'“‘(\t":
        start += 1
    while end > start and text[end - 1] in " ,;:.\"'”’)\t":
        end -= 1
    return start, end


def _is_person_name(text: str) -> bool:
    words = text.split()
    return 1 <= len(words) <= 7 and all(w[0].isupper() or w.lower() in ("bin", "al", "de", "da", "van", "von",
                                                                          "el", "ibn", "la", "le", "du")
                                        for w in words)


def _names_someone(phrase: str) -> bool:
    """A name, an office of someone, or an office named alone ("the Spokesperson", "the High
    Representative": the actors stage gives it its owner from the letterhead, metadata or
    signature, or keeps it as an unnamed office); not an occasion."""
    words = lexicon.words(phrase)
    if not words or len(words) > MAX_WORDS:
        return False
    content = [w for w in words if w.casefold() not in lexicon.FUNCTION_WORDS]
    return bool(content) and (content[0][0].isupper() or content[0][0].isdigit()
                              or content[0].casefold() in _UNIT_WORDS)
