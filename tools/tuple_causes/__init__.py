"""Why the READ part's CAMEO tuples differ from the gold, by cause (see __main__)."""
