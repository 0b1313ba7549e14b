"""Coding many documents at once: worker processes on one machine, or a Dask cluster.

``parallel.pipe_parallel`` runs the whole pipeline in a pool of local processes;
``dask_engine.code_records`` does the same on Dask workers.  Both build one
:class:`~communique.pipeline.Pipeline` per worker process, keep input order and
return documents without their transient ``workspace``.
"""

from .parallel import pipe_parallel

__all__ = ["pipe_parallel"]
