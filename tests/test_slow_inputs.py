"""Inputs that once made a stage pathologically slow stay cheap.

An archive ingest of UN General Debate speeches stalled in the clean stage on a speech
ending in a typographic rule (a line of underscores): the image-file debris rule nested a
repetition of ``[\\w()-]+`` inside another whose separator (``_``, ``-``) was also in that
class, so a long run of such characters backtracked exponentially.  The guard here is
relative: a document holding such runs must cost about what a plain document of the same
length costs, whatever the machine's speed.
"""

from __future__ import annotations

import time

import pytest

from communique.clean.stage import clean_document
from communique.document import Document, Source

# Prose in the shape of a statement; the figure line names an image file, so the
# image-file rule is tried on that line (its hint matches).
PARAGRAPH = ("The delegation reaffirmed its commitment to the Charter and called on all parties "
             "to return to negotiations without preconditions, in good faith and without delay.")
FIGURE = "The map is reproduced in annex_map.png below."
RUN = 28  # the exponential rule took ~0.03 s a run here (seconds at 36): fails, does not hang


def statement(tail: str, paragraphs: int = 40) -> str:
    """A statement of ``paragraphs`` paragraphs, each followed by a figure line ending in ``tail``."""
    return "\n\n".join(f"{PARAGRAPH}\n{FIGURE} {tail}" for _ in range(paragraphs)) + "\n"


def cpu_cost(raw: str, repeats: int = 3) -> float:
    """Least CPU time of a few runs of the clean stage (the least is the least noisy)."""
    best = float("inf")
    for _ in range(repeats):
        doc = Document(raw=raw, source=Source(path="slow-input.txt"))
        start = time.process_time()
        clean_document(doc)
        best = min(best, time.process_time() - start)
    return best


@pytest.mark.parametrize("run", [
    "_" * RUN,                 # a rule drawn with underscores
    "-" * RUN,                 # a rule drawn with hyphens
    "a_" * (RUN // 2),         # a long snake_case token that is no file name
    "x-" * (RUN // 2) + "y",   # a long hyphenated token that is no file name
], ids=["underscores", "hyphens", "snake_token", "hyphen_token"])
def test_clean_stays_linear_on_long_runs_of_file_name_characters(run):
    plain_tail = " ".join(["word"] * (len(run) // 5 + 1))[:len(run)]
    slow_raw, plain_raw = statement(run), statement(plain_tail)
    assert len(slow_raw) == len(plain_raw)
    cpu_cost(plain_raw, repeats=1)  # warm the rule cache before timing
    plain, slow = cpu_cost(plain_raw), cpu_cost(slow_raw)
    assert slow < 5 * plain, (
        f"clean took {slow:.4f}s on runs of {run[:4]!r}... against {plain:.4f}s on plain text")


def test_image_file_names_beside_long_runs_are_still_removed():
    doc = clean_document(Document(raw=statement("_" * RUN, paragraphs=2),
                                  source=Source(path="slow-input.txt")))
    names = [doc.raw[r.start:r.end] for r in doc.removed if r.reason == "image_file"]
    assert names == ["annex_map.png", "annex_map.png"]
    assert "annex_map.png" not in doc.text
    assert PARAGRAPH in doc.text
