"""Code documents on Dask workers, locally or on an existing cluster.

``code_records`` is the entry point for ``communique ingest --engine dask``: it
takes loaded documents (or JSONL-shaped record dicts), ships them in partitions
to the workers, where each worker process builds one pipeline per configuration
and keeps it (see :mod:`communique.scale.worker`), and yields each document's
``contract.to_dict`` back in input order, so that the archive writer stores them
exactly as a single-process run would.  Only a bounded number of partitions is
in flight, so an input larger than memory streams through.

Without a scheduler address a ``LocalCluster`` of ``[scale] dask_workers``
worker processes (one thread each) is started for the call and closed after it;
with an address (``tcp://host:8786``) the existing cluster is used.  Workers of
an existing cluster need communique and the spaCy model installed, in the same
versions as the client.

``code_bag`` is the same work as a Dask bag operation, for pipelines built with
``dask.bag``; ``write_parquet`` (in :mod:`communique.scale.tables`) turns the
results into a documents table and a flat events table.
"""

from __future__ import annotations

import contextlib
import json
from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any

from .. import contract
from ..config import Config
from ..document import Document
from ..errors import CommuniqueError
from ..ingest import read_jsonl
from . import worker


class DaskEngineError(CommuniqueError):
    pass


def code_records(records: Iterable[Document | dict[str, Any]], config: Config,
                 scheduler: str | None = None, *, partition_size: int | None = None,
                 n_workers: int | None = None, processes: bool = True,
                 where: str = "<records>", connect_timeout: str = "20s"
                 ) -> Iterator[dict[str, Any]]:
    """``contract.to_dict`` of every record, coded on Dask workers, in input order."""
    for doc in code_documents(records, config, scheduler, partition_size=partition_size,
                              n_workers=n_workers, processes=processes, where=where,
                              connect_timeout=connect_timeout):
        yield contract.to_dict(doc)


def code_documents(records: Iterable[Document | dict[str, Any]], config: Config,
                   scheduler: str | None = None, *, partition_size: int | None = None,
                   n_workers: int | None = None, processes: bool = True,
                   where: str = "<records>", connect_timeout: str = "20s"
                   ) -> Iterator[Document]:
    """Coded documents (without their ``workspace``), in input order.

    ``records`` are documents as the loaders make them (not yet coded) or dicts
    shaped like a JSONL record ``{id, text, published?, title?, url?}``; a bad
    record becomes a document carrying an ``input.*`` error, as in a JSONL batch.
    """
    settings = config.scale
    size = partition_size or settings.dask_partition_size
    max_chars = settings.chunk_chars
    docs = as_documents(records, config, where)
    n_workers = n_workers or settings.dask_workers
    with _client(scheduler, n_workers, processes, connect_timeout) as client:
        n = max(1, len(client.scheduler_info(n_workers=-1).get("workers", {})))
        in_flight = max(2, settings.chunks_in_flight) * n
        # The config goes to the cluster once; tasks refer to it.
        [config_future] = client.scatter([config], broadcast=True, hash=False)
        pending: deque = deque()

        def collect(future, chunk: list[Document]) -> list[Document]:
            try:
                return future.result()
            except (OSError, TimeoutError):
                raise  # the cluster itself is gone: retrying each document would not help
            except Exception:  # noqa: BLE001 - the task failed as a whole: one by one
                return worker.one_by_one(chunk, lambda d: client.submit(
                    worker.code_chunk_with, config_future, [d], pure=False).result())

        try:
            for chunk in worker.chunks(docs, size, max_chars):
                pending.append((client.submit(worker.code_chunk_with, config_future, chunk,
                                              pure=False), chunk))
                if len(pending) >= in_flight:
                    yield from collect(*pending.popleft())
            while pending:
                yield from collect(*pending.popleft())
        finally:
            for future, _ in pending:
                future.cancel()


def code_bag(bag, config: Config, where: str = "<records>"):
    """A bag of documents or record dicts -> a bag of ``contract.to_dict`` results.

    Each partition is coded in one go by its worker's cached pipeline, so the
    partitioning of ``bag`` is the unit of work.
    """
    return bag.map_partitions(_code_partition, config, where)


def _code_partition(records, config: Config, where: str) -> list[dict[str, Any]]:
    docs = list(as_documents(records, config, where))
    return [contract.to_dict(d) for d in worker.code_chunk_with(config, docs)]


def as_documents(records: Iterable[Document | dict[str, Any]], config: Config,
                 where: str) -> Iterator[Document]:
    """Documents from a stream of documents and JSONL-shaped dicts, in order.

    Dicts go through the JSONL reader (its validation and messages), fed one
    line at a time so the stream stays lazy; a document in the stream counts as
    a blank line there, so a dict's line number is its position in ``records``.
    """
    feed: deque[str] = deque()

    def lines() -> Iterator[str]:
        while True:  # only pulled right after a line was queued
            yield feed.popleft()

    reader = read_jsonl(lines(), config, where)
    for number, record in enumerate(records, start=1):
        if isinstance(record, Document):
            feed.append("")
            yield record
        elif isinstance(record, dict):
            feed.append(json.dumps(record, ensure_ascii=False, default=str))
            yield next(reader)
        else:
            raise TypeError(f"{where}: record {number} is a {type(record).__name__}, "
                            "not a Document or a dict")


@contextlib.contextmanager
def _client(scheduler: str | None, n_workers: int, processes: bool, timeout: str):
    try:
        from distributed import Client, LocalCluster
    except ImportError:  # pragma: no cover - a declared dependency
        raise DaskEngineError("the Dask engine needs dask[distributed] installed") from None
    if scheduler:
        try:
            client = Client(scheduler, timeout=timeout)
        except (OSError, TimeoutError) as exc:
            raise DaskEngineError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
        with client:
            yield client
        return
    with LocalCluster(n_workers=n_workers, threads_per_worker=1, processes=processes,
                      dashboard_address=":0") as cluster, Client(cluster) as client:
        yield client
