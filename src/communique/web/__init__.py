"""The review workbench: a FastAPI app over the archive."""
