"""A precision audit of the dyad events coded over the UN General Debate corpus (see README.md)."""
