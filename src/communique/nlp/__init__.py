"""spaCy parsing and named-entity mentions."""
