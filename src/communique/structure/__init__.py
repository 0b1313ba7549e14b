"""Press-release structure: title, header, date line, body, signature, issuers.

``dates`` reads calendar dates as statements write them; ``dateline`` finds date lines
and press-agency datelines; ``layout`` splits a text into header, title, date line, body
and signature; ``published`` decides the publication date and where it came from;
``issuers`` finds the spans of the issuing organisations; ``lexicon`` reads the phrase
lists (``org_words.txt``, ``phrases.tsv``); ``stage`` registers the ``structure`` stage.
"""
