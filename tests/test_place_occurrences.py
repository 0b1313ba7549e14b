"""place_readings.occurrences (str.find) finds what the regular expression it replaces found."""

import random
import re

from communique.resolve.place_readings import occurrences


def _by_regex(text, form):
    return [m.span() for m in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text)]


def test_written_cases():
    text = ("Aleppo was shelled. Aleppo-based groups and East Aleppo stayed; Aleppos, aleppo, "
            "ALEPPO and (Aleppo) too. AleppoAleppo Aleppo_ Aleppo. Aleppo")
    for form in ("Aleppo", "ALEPPO", "aleppo", "Aleppo Aleppo", "o", "Côte d’Ivoire"):
        assert list(occurrences(text, form)) == _by_regex(text, form)
    assert list(occurrences("", "Aleppo")) == []
    assert list(occurrences("Aleppo", "Aleppo")) == [(0, 6)]


def test_overlapping_and_random_texts():
    rng = random.Random(7)
    alphabet = ["ab", "a", "b", " ", "-", ".", "é", "_", "1", "\n"]
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        form = "".join(rng.choice(["a", "b", "ab", " ", "é"]) for _ in range(rng.randint(1, 3)))
        assert list(occurrences(text, form)) == _by_regex(text, form), (text, form)
