"""The debris finder's fast paths give what the plain tests gave (clean/debris.py): a hint of
words tested on the lower-cased ASCII line, the first word of a button row, the sign of a
breadcrumb separator, and the hints of the cookie notices."""

from communique.clean.debris import _CRUMB_SEP, _SENTENCE_END, _WORD, is_breadcrumb, is_button_row, rules, share_words

LINES = [
    "Read More", "READ MORE »", "Continue reading...", "The minister said the talks would continue; reading it, we agreed.",
    "We use cookies to improve your experience. Accept all cookies", "Manage Cookies", "This website uses COOKIES.",
    "Accept cookies", "Our site uses cookies", "the cookies were eaten", "Screenshot_2024-01-02 at 10.11.12 PM",
    "IMG_1234.jpg", "dsc0042", "provide individual video", "WhatsApp Image 2023-05-06 at 7.08.09 PM (1)",
    "Share Tweet Email", "share on facebook", "Print this page", "Home > News > Statements", "home / press",
    "A | B | C", "Chapter 3 :: Notes :: More", "3. A | B | C", "Ministry :: Foreign affairs",
    "Screenshot 2024-01-02", "ﬁle photo: a street", "Kelvin K read more", "Photo: The delegates in Geneva",
    "", "   ", "«Read more»", "Café › Menu › Drinks", "x" * 900,
]


def test_hint_words_equal_the_hint_search():
    plain = [r for r in rules() if r.words is not None]
    assert {w for r in plain for w in r.words} >= {"read more", "screenshot", "whatsapp"}
    for rule in rules():
        for line in LINES + [x.upper() for x in LINES] + [x.title() for x in LINES]:
            assert rule.applies(line) == (rule.hint is None or rule.hint.search(line) is not None), (rule, line)


def test_every_match_holds_its_hint():
    for rule in rules():
        for line in LINES:
            hit = rule.pattern.fullmatch(line) if rule.scope == "line" else rule.pattern.search(line)
            if hit is not None and rule.hint is not None:
                assert rule.hint.search(line), (rule.reason, line)
    assert any(r.reason == "cookie_notice" and r.pattern.fullmatch("We use cookies to improve your experience.")
               for r in rules())


def _button_row(line, max_words=12):
    words = [w.casefold() for w in _WORD.findall(line)]
    if not words or len(words) > max_words:
        return False
    vocab, strong = share_words()
    return all(w in vocab for w in words) and any(w in strong for w in words)


def _breadcrumb(line):
    parts = _CRUMB_SEP.split(line)
    if len(parts) < 2 or len(line) > 160 or line[:1].isdigit():
        return False
    if any(not p or len(p.split()) > 6 or _SENTENCE_END.search(p) for p in parts):
        return False
    return len(parts) >= 3 or parts[0].strip().casefold() in ("home", "homepage", "start")


def test_button_rows_and_breadcrumbs_as_before():
    vocab, _ = share_words()
    rows = LINES + [" ".join(sorted(vocab)[:k]) for k in (1, 3, 12, 13)]
    for line in rows:
        assert is_button_row(line) == _button_row(line), line
        assert is_breadcrumb(line) == _breadcrumb(line), line
    assert any(is_breadcrumb(x) for x in LINES) and any(is_button_row(x) for x in rows)
