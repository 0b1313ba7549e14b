"""Exporting archived events: PLOVER JSON lines, CAMEO/Phoenix TSV, CSV, Parquet, GeoJSON."""

from .run import FORMATS, export

__all__ = ["FORMATS", "export"]
