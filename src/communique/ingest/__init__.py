"""Reading inputs (files, HTML pages, JSONL batches) into documents."""

from .loaders import load_bytes, load_path, load_text, read_jsonl

__all__ = ["load_bytes", "load_path", "load_text", "read_jsonl"]
