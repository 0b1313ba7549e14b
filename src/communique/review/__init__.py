"""Human review of coded events: editors, their tokens, every change with who,
when, old and new values, and the reviewed events as a gold set."""
