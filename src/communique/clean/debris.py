"""Find page debris in raw text: image names, captions, buttons, notices, link lists,
navigation crumbs and repeated site headers/footers.

Everything here is conservative by design: a rule only removes a line that cannot be a
sentence of the statement (buttons, file names, notices), and never a line that reads
like prose.  The patterns live in ``debris.tsv`` and ``share_words.txt`` beside this file.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ..document import Removed
from .lines import Line

# A line ending like a sentence is content, whatever else it looks like.
_SENTENCE_END = re.compile(r"[.!?;:][\"'”’)\]]*$")
_WORD = re.compile(r"[\w+-]+")
_NOISE = re.compile(r"[\W\d_]*")
# Separators of breadcrumb trails: Home > News > Press releases.
_CRUMB_SEP = re.compile(r"\s+(?:>|»|›|/|\||·|•|::)\s+")
_CRUMB_MARK = re.compile(r"[>»›/|·•:]")   # (a character every separator holds)
# Headings that open a list of links to other pages.
_LINK_LIST_HEAD = re.compile(
    r"(?:related(?: articles| posts| news| stories| content| links| items| press releases)?|see also|"
    r"more (?:news|stories|articles|press releases)|more from .{1,40}|"
    r"you (?:may|might) also (?:like|be interested in)|recommended(?: for you| articles| reading)?|"
    r"latest (?:news|articles|posts|press releases)|popular (?:posts|articles)|"
    r"most (?:read|viewed|popular)|read (?:more|also)|also read|other news)\s*[:»›>.…]*",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Rule:
    reason: str
    scope: str  # line | inline
    hint: re.Pattern[str] | None  # must occur in the line before the pattern is tried
    pattern: re.Pattern[str]
    # The hint's words when it is only words ("read more|continue reading"): in an ASCII
    # line, the case-insensitive search finds one exactly when the lower-cased line holds it
    # (a substring test; the regex engine scans a case-insensitive pattern char by char)
    words: tuple[str, ...] | None = None

    def applies(self, line: str) -> bool:
        if self.hint is None:
            return True
        if self.words is not None and line.isascii():
            low = line.lower()
            return any(w in low for w in self.words)
        return self.hint.search(line) is not None


# A hint that is words and "|" alone, in lower case (see Rule.words).
_PLAIN_HINT = re.compile(r"[a-z0-9 ]+(?:\|[a-z0-9 ]+)*")


@lru_cache(maxsize=1)
def rules() -> tuple[Rule, ...]:
    text = resources.files(__package__).joinpath("debris.tsv").read_text("utf-8")
    out = []
    for row in text.splitlines():
        if not row.strip() or row.startswith("#") or row.startswith("reason\t"):
            continue
        reason, scope, hint, pattern = row.split("\t", 3)
        if scope not in ("line", "inline"):
            raise ValueError(f"debris.tsv: unknown scope {scope!r}")
        out.append(Rule(reason, scope, re.compile(hint, re.I) if hint else None,
                        re.compile(pattern, re.I),
                        tuple(hint.split("|")) if hint and _PLAIN_HINT.fullmatch(hint) else None))
    return tuple(out)


@lru_cache(maxsize=1)
def share_words() -> tuple[frozenset[str], frozenset[str]]:
    """(all words of button rows, the words that make a row a button row)."""
    text = resources.files(__package__).joinpath("share_words.txt").read_text("utf-8")
    words, strong = set(), set()
    for row in text.splitlines():
        if row.startswith("#"):
            continue
        for w in row.split():
            if w.endswith("*"):
                w = w[:-1]
                strong.add(w)
            words.add(w)
    return frozenset(words), frozenset(strong)


@lru_cache(maxsize=1)
def address_words() -> frozenset[str]:
    text = resources.files(__package__).joinpath("address_words.txt").read_text("utf-8")
    return frozenset(w.casefold().rstrip(".") for row in text.splitlines()
                     if not row.startswith("#") for w in row.split())


def is_form_of_address(line: str) -> bool:
    """"Mr. President,", "Ladies and Gentlemen": a speech's words, not page furniture."""
    words = [w.casefold() for w in _WORD.findall(line)]
    return bool(words) and all(w in address_words() for w in words)


def is_button_row(line: str, max_words: int = 12) -> bool:
    vocab, strong = share_words()
    first = _WORD.search(line)
    if first is None or first.group().casefold() not in vocab:
        return False   # (no word, or one that is no button's: no row, whatever follows)
    words = [w.casefold() for w in _WORD.findall(line)]
    if not words or len(words) > max_words:
        return False
    return all(w in vocab for w in words) and any(w in strong for w in words)


def is_breadcrumb(line: str) -> bool:
    """Home > News > Statements, or three or more short items joined by separators."""
    if not _CRUMB_MARK.search(line):
        return False   # (no separator's sign: one part; found at C speed, not by splitting)
    parts = _CRUMB_SEP.split(line)
    if len(parts) < 2 or len(line) > 160 or line[:1].isdigit():  # "3. A | B | C": a heading
        return False
    if any(not p or len(p.split()) > 6 or _SENTENCE_END.search(p) for p in parts):
        return False
    return len(parts) >= 3 or parts[0].strip().casefold() in ("home", "homepage", "start")


def is_link_title(line: str) -> bool:
    """A line of a link list: short, headline-like, not a sentence."""
    return len(line.split()) <= 20 and not _SENTENCE_END.search(line)


def find_debris(raw: str, lines: list[Line], repeated_min: int, repeated_max_chars: int
                ) -> tuple[list[Removed], set[int]]:
    """Debris spans (raw offsets) and the indexes of lines removed whole."""
    removed: list[Removed] = []
    whole: set[int] = set()
    in_link_list = False
    for i, ln in enumerate(lines):
        if ln.blank:
            continue
        body = raw[ln.lo:ln.hi]
        reason = _whole_line_reason(body)
        if reason is None and in_link_list and is_link_title(body):
            reason = "related_links"
        if reason is None and _LINK_LIST_HEAD.fullmatch(body):
            reason = "related_links"
            in_link_list = True
        else:
            in_link_list = in_link_list and reason == "related_links"
        if reason:
            removed.append(Removed(ln.lo, ln.hi, reason))
            whole.add(i)
            continue
        spans = _inline_spans(body, ln.lo)
        if spans:
            residue = _residue(body, ln.lo, spans)
            if _NOISE.fullmatch(residue):
                removed.append(Removed(ln.lo, ln.hi, spans[0].reason))
                whole.add(i)
            else:
                removed.extend(spans)
    removed.extend(_repeated_lines(raw, lines, whole, repeated_min, repeated_max_chars))
    return sorted(removed, key=lambda r: r.start), whole


# No debris line (a notice, a caption, a row of buttons) is longer than this.
MAX_DEBRIS_LINE = 800


def _whole_line_reason(body: str) -> str | None:
    if len(body) > MAX_DEBRIS_LINE:
        return None
    for rule in rules():
        if rule.scope == "line" and rule.applies(body) and rule.pattern.fullmatch(body):
            return rule.reason
    if is_button_row(body):
        return "share_buttons"
    if is_breadcrumb(body):
        return "navigation"
    return None


def _may_be_furniture(line: str) -> bool:
    """A line that could be a site header/footer: not a sentence, a refrain or a form of
    address (speeches repeat "Mr. President," and their slogans)."""
    bare = line.strip("*_#=~ ")
    return (len(line.split()) >= 2 and bool(bare) and bare[-1] not in ",;!?"
            and not _is_sentence(bare) and not is_form_of_address(bare))


def _is_sentence(line: str) -> bool:
    """A sentence of prose: a repeated one is a quotation or a refrain, not a site header."""
    return len(line.split()) >= 6 and bool(_SENTENCE_END.search(line)) and line[-1] != ":"


def _inline_spans(body: str, offset: int) -> list[Removed]:
    spans: list[Removed] = []
    for rule in rules():
        if rule.scope != "inline" or not rule.applies(body):
            continue
        for m in rule.pattern.finditer(body):
            if m.end() > m.start():
                spans.append(Removed(offset + m.start(), offset + m.end(), rule.reason))
    spans.sort(key=lambda r: (r.start, -r.end))
    merged: list[Removed] = []
    for s in spans:  # overlapping matches of two rules: keep the first, widened
        if merged and s.start < merged[-1].end:
            last = merged[-1]
            merged[-1] = Removed(last.start, max(last.end, s.end), last.reason)
        else:
            merged.append(s)
    return merged


def _residue(body: str, offset: int, spans: list[Removed]) -> str:
    out, pos = [], offset
    for s in spans:
        out.append(body[pos - offset:s.start - offset])
        pos = s.end
    out.append(body[pos - offset:])
    return "".join(out)


def _repeated_lines(raw: str, lines: list[Line], whole: set[int], minimum: int, max_chars: int
                    ) -> list[Removed]:
    """Site headers and footers: the same short line many times in one document."""
    if minimum <= 1:
        return []
    key = {i: " ".join(raw[ln.lo:ln.hi].split()).casefold()
           for i, ln in enumerate(lines) if not ln.blank and i not in whole}
    counts = Counter(k for k in key.values() if len(k) <= max_chars and _may_be_furniture(k))
    out = []
    for i, k in key.items():
        if counts.get(k, 0) >= minimum:
            out.append(Removed(lines[i].lo, lines[i].hi, "repeated_line"))
            whole.add(i)
    return out
