"""One module per gold set; importing a module registers it."""
