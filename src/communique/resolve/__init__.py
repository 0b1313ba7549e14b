"""Resolution of actors, places and dates."""
