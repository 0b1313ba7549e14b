"""The matching key of a place name: case, accents and punctuation folded.

``name_key`` folds one name; ``fold_column`` folds a column of names with Arrow
compute kernels (the gazetteer folds half a million names at load time).  Both
apply the same steps in the same order.
"""

from __future__ import annotations

import functools
import re
import unicodedata

# Combining marks left by NFKD (Latin accents, Arabic vowel signs, ...).
_MARK_CLASS = ("\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670"
               "\u06d6-\u06ed\u0900-\u0903\u093a-\u094f\u1ab0-\u1aff\u1dc0-\u1dff"
               "\u20d0-\u20ff\ufe20-\ufe2f")
# Dropped: dots and apostrophes ("U.S." = "US", "Ma'rib" = "Marib").
_DROP_CLASS = ".'`\u2019\u2018\u02bb\u02bc\u02bf\u02be"
# Hyphens, slashes and underscores become spaces ("Sar-e Pul" = "Sar e Pul").
_SPACE_CLASS = "\\-_/\u2010-\u2015"

_MARKS = re.compile(f"[{_MARK_CLASS}]")
_FOLD = str.maketrans({**{c: None for c in _DROP_CLASS},
                       **{c: " " for c in "-_/\u2010\u2011\u2012\u2013\u2014\u2015"}})


@functools.lru_cache(maxsize=1 << 16)  # the same names recur across a batch's lookups
def name_key(name: str) -> str:
    """``"Paktiyā"`` -> ``"paktiya"``, ``"U.S."`` -> ``"us"``, ``"Sar-e Pul"`` -> ``"sar e pul"``.

    Letters outside Latin script are kept (folded for case only), so an Arabic
    name matches the same Arabic alias and nothing else.
    """
    if not name.isascii():
        name = _MARKS.sub("", unicodedata.normalize("NFKD", name))
    text = " ".join(name.lower().translate(_FOLD).split())
    return text[4:] if text.startswith("the ") else text


def name_keys(names) -> list[str]:
    """``[name_key(n) for n in names]``, computed column-wise."""
    return fold_column(names).to_pylist()


def fold_column(names):
    """:func:`name_key` of every string of an Arrow array (or list), as an Arrow array."""
    import pyarrow as pa
    import pyarrow.compute as pc

    arr = names if isinstance(names, (pa.Array, pa.ChunkedArray)) else pa.array(names, pa.string())
    arr = pc.utf8_normalize(arr, form="NFKD")
    # marks and dropped characters go in one pass (lower-casing touches neither);
    # runs of spaces and hyphens become one space in another
    arr = pc.replace_substring_regex(arr, pattern=f"[{_MARK_CLASS}{re.escape(_DROP_CLASS)}]",
                                     replacement="")
    arr = pc.utf8_lower(arr)
    arr = pc.replace_substring_regex(arr, pattern=f"[\\s{_SPACE_CLASS}]+", replacement=" ")
    arr = pc.utf8_trim_whitespace(arr)
    return pc.replace_substring_regex(arr, pattern=r"^the ", replacement="")
