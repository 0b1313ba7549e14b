"""Text as the pages show it: control and invisible characters neutralised.

Names and fields come from documents and from people; a newline, an ANSI escape
or a bidi override (U+202E) in an actor's name would make a page, a copied line
or a terminal read as something else.  Every plain string a template prints
goes through :func:`visible` (Jinja's ``finalize``); the highlighted document
text, whose characters must keep their offsets, is already markup: there each
bidi control sits alone in an isolating span (highlight._text)."""

from __future__ import annotations

import re

from markupsafe import Markup

# C0/C1 controls other than tab and newline: shown as a replacement mark.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Invisible format characters (Cf) that reorder or hide text, except the joiners
# (U+200C, U+200D) that some scripts need to be spelt right.
_INVISIBLE = re.compile("[\u00ad\u0600-\u0605\u061c\u06dd\u070f\u180e\u200b\u200e\u200f"
                        "\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb"
                        "\U000110bd\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f]")


def visible(value):
    """``value`` with controls shown as U+FFFD and invisible format characters removed."""
    if isinstance(value, Markup) or not isinstance(value, str):
        return value
    if _CONTROL.search(value):
        value = _CONTROL.sub("\ufffd", value.replace("\r\n", "\n").replace("\r", "\n"))
    return _INVISIBLE.sub("", value)
