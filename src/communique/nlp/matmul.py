"""The parse's matrix products on numpy's BLAS, held to one thread.

spaCy's CPU pipelines multiply matrices through thinc's ``NumpyOps``, which calls BLIS
(the ``blis`` package) by default.  On a CPU the ``blis`` wheel has no kernels for
(the AVX-512 EPYC this project is measured on) BLIS falls back to its portable reference
kernel, which held 39 % of the parse's time.  numpy's own BLAS (OpenBLAS in the numpy
wheels, Accelerate on macOS) picks kernels for the CPU it runs on: the same products in
about 30 % less parse time.  The floats may differ in their last bits; the parses of the
benchmark's 300 short statements (tags, heads, labels, entities) are identical
(``tests/test_nlp_matmul.py`` checks a parse with both).

OpenBLAS would start a thread per core for every product: for spaCy's small matrices the
threads cost more CPU than they save, and they fight the worker processes that
``--processes`` starts.  So a parse runs with BLAS held to one thread
(:func:`one_blas_thread`), given back afterwards: a program that imports communique keeps
its own BLAS threads.
"""

from __future__ import annotations

import contextlib
import functools
import threading


def use_numpy_matmul(nlp) -> bool:
    """Have every layer of ``nlp``'s models multiply with numpy's BLAS; False when the
    pipeline runs on other ops (a GPU) and is left as it is."""
    from thinc.api import Model, NumpyOps

    ops = NumpyOps(use_blis=False)
    models = [proc.model for _, proc in nlp.pipeline if isinstance(getattr(proc, "model", None), Model)]
    if not models or any(type(node.ops) is not NumpyOps for m in models for node in m.walk()):
        return False
    for m in models:
        for node in m.walk():
            node.ops = ops
    return True


@functools.lru_cache(maxsize=1)
def _controller():
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()


# Parses may overlap in threads of one process (a Dask cluster of threads, a program running
# extractions in threads); BLAS's thread count is the process's: the first parse to start
# sets the limit, the last to end gives it back.
_lock = threading.Lock()
_active = 0
_limiter = None


@contextlib.contextmanager
def one_blas_thread():
    """BLAS on one thread inside the block (a few microseconds to enter)."""
    global _active, _limiter
    with _lock:
        if _active == 0:
            _limiter = _controller().limit(limits=1, user_api="blas")
        _active += 1
    try:
        yield
    finally:
        with _lock:
            _active -= 1
            if _active == 0 and _limiter is not None:
                _limiter.restore_original_limits()
                _limiter = None
