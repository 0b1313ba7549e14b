"""Cleaning: page debris out, offsets kept.

``lines`` splits the raw input into lines with offsets; ``debris`` finds page debris
(rules in ``debris.tsv``, ``share_words.txt``, ``address_words.txt``); ``textmap`` builds
the clean text from what is kept, tidying whitespace and joining hard-wrapped lines, with
the segment map back to the raw input; ``stage`` registers the ``clean`` stage.

``Document.removed`` lists the debris taken out (raw offsets and a reason); whitespace
tidying is not listed there, but the segments show it.
"""
