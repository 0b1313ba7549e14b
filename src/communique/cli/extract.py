"""`communique extract`: code files or a JSONL batch and print the JSON contract."""

from __future__ import annotations

import json
import sys

import click

from .. import contract
from ..document import Document
from ..extract import Extractor
from ..ingest.loaders import check_published, unexpected
from ..pipeline import CODING_FAILED
from .common import clear_errors, config_option, get_config


@click.command()
@click.argument("paths", nargs=-1, type=click.Path(allow_dash=True))
@click.option("--jsonl", "jsonl_path", type=click.Path(allow_dash=True),
              help="Read a batch of JSON lines {id, text, published?, title?}; print one object per line.")
@click.option("--published", help="Publication date, when the text does not say: 2016-12-17, "
              "'17 December 2016', 'Wed Nov 23, 2016 3:01pm EST', an ISO or RFC 2822 stamp.")
@click.option("--model", help="spaCy model package to parse with (default from config).")
@click.option("--pretty/--compact", default=None, help="Indent the JSON (default: indent for one file).")
@click.option("--summary", is_flag=True, help="Print a readable summary instead of JSON.")
@config_option
def extract(paths, jsonl_path, published, model, pretty, summary, config_path) -> None:
    """Code statements in PATHS (files, or - for standard input) as events.

    One file prints one JSON object (schema communique.document/1); several files
    or a --jsonl batch print one object per line.  A file that cannot be read is an
    error naming it; in a batch the bad record carries an `errors` entry and the
    rest go on.  The exit status is 1 when any input failed.
    """
    if jsonl_path and paths:
        raise click.UsageError("give either PATHS or --jsonl, not both")
    if not jsonl_path and not paths:
        raise click.UsageError("give a file to code, - for standard input, or --jsonl FILE")
    if jsonl_path and published:
        raise click.UsageError("--published applies to single files; put `published` in each JSONL record")
    with clear_errors():
        check_published(published, "--published")
    config = get_config(config_path)
    with clear_errors():
        extractor = Extractor(config, model=model)

    if jsonl_path:
        stream = sys.stdin.buffer if jsonl_path == "-" else _open(jsonl_path)
        unread = broken = total = 0
        with clear_errors():
            for doc in extractor.extract_jsonl(stream, "<stdin>" if jsonl_path == "-" else jsonl_path):
                total += 1
                unread += doc.failed
                shown = _show(doc, summary, None)
                broken += not doc.failed and (_coding_error(doc) or shown) is not None
        if unread or broken:
            parts = [f"{unread} could not be read"] * bool(unread) + \
                    [f"{broken} failed while coding"] * bool(broken)
            raise click.ClickException(
                f"{unread + broken} of {total} record(s) failed ({', '.join(parts)}); see their errors")
        return

    single = len(paths) == 1
    indent = 2 if (pretty if pretty is not None else single) else None
    bad = 0
    for path in paths:
        try:
            with clear_errors():
                doc = extractor.extract_path(path, published=published)
        except Exception as exc:  # noqa: BLE001 - one file never stops the others
            message = exc.message if isinstance(exc, click.ClickException) else \
                f"{'<stdin>' if path == '-' else path}: {unexpected(exc, path)}"
            if single:
                raise click.ClickException(message) from None
            click.echo(f"Error: {message}", err=True)
            bad += 1
            continue
        if doc.failed:
            # Read, but nothing of a statement was left (e.g. all page debris).
            message = next(e.message for e in doc.errors if e.code.startswith("input."))
            if single:
                raise click.ClickException(message)
            click.echo(f"Error: {message}", err=True)
            bad += 1
            continue
        error = _show(doc, summary, indent) or _coding_error(doc)
        if error is not None:
            # Printed as far as it was coded; the error says where it stopped.
            if single:
                raise click.ClickException(f"{doc.source.label}: {error}")
            click.echo(f"Error: {doc.source.label}: {error}", err=True)
            bad += 1
    if bad:
        raise click.ClickException(f"{bad} of {len(paths)} file(s) could not be read or coded")


def _show(doc, summary: bool, indent: int | None) -> str | None:
    """Print ``doc`` (JSON or summary); if it cannot be written out (a stage left a
    value JSON does not know), print a stub carrying the error instead and return it."""
    from .summary import print_summary

    try:
        if summary:
            print_summary(doc)
        else:
            click.echo(json.dumps(contract.to_dict(doc), ensure_ascii=False, indent=indent))
        return None
    except Exception as exc:  # noqa: BLE001 - one document never stops the others
        message = f"the coded document could not be written out: {type(exc).__name__}: {exc}"
        stub = Document(raw="", source=doc.source, id=doc.id)
        stub.add_error("pipeline.failed", message, stage="output")
        if not summary:
            click.echo(json.dumps(contract.to_dict(stub), ensure_ascii=False, indent=indent))
        return message


def _coding_error(doc) -> str | None:
    """Why coding stopped on ``doc`` (a stage that raised), or None."""
    for e in doc.errors:
        if e.code in CODING_FAILED:
            return f"stage {e.stage} failed: {e.message}" if e.stage else e.message
    return None


def _open(path: str):
    try:
        return open(path, "rb")
    except OSError as exc:
        raise click.ClickException(f"{path}: {exc.strerror or exc}") from None
