"""`communique evaluate`: score the pipeline on gold data and write a report."""

from __future__ import annotations

from pathlib import Path

import click

from ..evaluate import gold_sets
from ..evaluate.report import console_lines, render
from ..evaluate.run import available, evaluate as run_dev, evaluate_holdout, find_gold_dir
from ..extract import Extractor
from .common import clear_errors, config_option, get_config

REPORT_NOTE = ("Written by `communique evaluate {name} --split {split} --report {path}`; "
               "the same code on the same data writes the same file.")


@click.command()
@click.argument("name")
@click.option("--split", type=click.Choice(["dev", "holdout"]), default="dev", show_default=True,
              help="dev for building and tuning (printed per part: read, scored and their gap); "
                   "holdout only for the final, honest score.")
@click.option("--gold", "gold_dir", type=click.Path(file_okay=False),
              help="Folder of normalised gold JSONL (default: ../shared/eval-data/gold).")
@click.option("--report", "report_path", type=click.Path(dir_okay=False),
              help="Write a Markdown report here.")
@click.option("--limit", type=int, help="Score only the first N records (quick checks).")
@config_option
def evaluate(name, split, gold_dir, report_path, limit, config_path) -> None:
    """Score the pipeline on gold set NAME (or `all`).

    Each set is scored from the JSON that `extract` prints, with the field's conventions.
    On dev every metric is shown for the `read` part, the `scored` part and their gap.
    """
    sets = gold_sets()
    if name != "all" and name not in sets:
        raise click.BadParameter(f"unknown gold set {name!r}; known: all, {', '.join(sets)}",
                                 param_hint="NAME")
    if split == "holdout" and limit:
        raise click.UsageError("--limit cannot be used with --split holdout")
    config = get_config(config_path)
    chosen = list(sets.values()) if name == "all" else [sets[name]]
    results = []
    with clear_errors():
        folder = find_gold_dir(gold_dir)
        if name == "all":
            # `all` means the sets present in this folder (e.g. `reviewed` exists
            # only after `communique export --format gold`).
            chosen = [gs for gs in chosen if available(gs, folder, split)]
            if not chosen:
                raise click.ClickException(f"{folder}: no gold file of the {split} split")
        extractor = Extractor(config)
        for gs in chosen:
            if split == "holdout":
                r = evaluate_holdout(gs, gold_dir=folder, config=config, extractor=extractor)
            else:
                r = run_dev(gs, split=split, gold_dir=folder, config=config, limit=limit,
                            extractor=extractor)
            results.append(r)
            for line in console_lines(r):
                click.echo(line)
    if report_path:
        Path(report_path).parent.mkdir(parents=True, exist_ok=True)
        note = REPORT_NOTE.format(name=name, split=split, path=report_path)
        Path(report_path).write_text(render(results, preamble=note), encoding="utf-8")
        click.echo(f"report written to {report_path}")
