"""Cleaning: page debris out, offsets kept."""
