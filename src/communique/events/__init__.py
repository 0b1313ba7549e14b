"""Event coding in PLOVER 2.0 and CAMEO."""
