"""The dyad report as Markdown (`communique report dyads`)."""

from __future__ import annotations

import csv
import functools
from importlib import resources

from ..version import __version__
from .dyads import DyadReport


@functools.cache
def country_names() -> dict[str, str]:
    table = resources.files("communique.resolve.kb").joinpath("countries.tsv")
    with table.open(encoding="utf-8") as fh:
        return {row["iso3"]: row["name"] for row in csv.DictReader(fh, delimiter="\t")}


@functools.cache
def other_names() -> dict[str, str]:
    table = resources.files("communique.resolve.kb").joinpath("countries.tsv")
    with table.open(encoding="utf-8") as fh:
        return {row["iso3"]: (row["other_names"] or "").split("|")[0]
                for row in csv.DictReader(fh, delimiter="\t")}


def _country(code: str) -> str:
    name = country_names().get(code)
    if name and list(country_names().values()).count(name) > 1:   # COD and COG are both "Congo"
        name = other_names().get(code) or name
    return f"{code} ({name})" if name else code


def render(report: DyadReport, *, command: str, generated: str) -> str:
    out = [
        "# Who did what to whom, year by year",
        "",
        f"Written by `{command}` (communique {__version__}) on {generated}, "
        f"from the archive `{report.archive}`"
        + (f" (coding version{'s' if len(report.coding_versions) > 1 else ''} "
           + ", ".join(f"`{v}`" for v in report.coding_versions) + ")" if report.coding_versions else "")
        + ".",
        "",
        "**How events are counted.** "
        + ("Events as reviewed (reviewers' corrections applied, rejected events left out). "
           if report.reviewed else "Events as coded (the archive has no reviews). ")
        + "Every event of a statement counts, not only its main one, when it is the issuer's own "
        "act: status `asserted`, not negated, not a background act, in a document that is no "
        "near-duplicate of another. Reported acts (what a statement says others did), intended, "
        "hypothetical and denied acts, negated and background acts are left out. The year is "
        "the statement's publication year. An event with several source or target countries "
        "gives each (source, target) pair once; "
        + ("every actor with a country is a side (groups and organisations take their "
           "country from their context). " if report.all_actors else
           "a side is a state: an actor of kind country or government, or a person the "
           "knowledge base knows (an office-holder) with a country; unknown persons, groups (\"the international community\", \"our people\"), "
           "organisations, parties and armed groups, whose country the coder takes from their "
           "context, and actors with no country (the UN, unresolved names) give no dyad. ")
        + "*events*: events with the dyad; "
        "*documents*: statements with at least one of them. ACCUSE targets are ranked by the "
        "number of countries accusing them, then by events.",
        "",
        "| events | number |",
        "|---|---:|",
        *(f"| {why} | {n:,} |" for why, n in report.left_out.items()),
        f"| counted dyads whose source and target are one country (kept) | {report.same_country:,} |",
        "",
    ]
    if report.failed_inputs:
        # (a reader of the counts must know that some statements are in none of them)
        out += [f"**{report.failed_inputs:,} input(s) could not be coded** and are in no count of "
                "this report (the ingest run named them; the archive keeps their errors in its "
                "`errors` table).", ""]
    if report.since or report.until:
        out += [f"Statements published {'from ' + report.since if report.since else ''}"
                f"{' ' if report.since and report.until else ''}"
                f"{'to ' + report.until if report.until else ''}.", ""]
    if not report.years:
        out += ["No statement in the archive matches.", ""]
    for y in report.years:
        out += [f"## {y.year}", "",
                f"{y.documents:,} statements, {y.counted:,} events counted.", "",
                f"### The {report.top} most frequent dyads", ""]
        if y.dyads:
            out += ["| # | source | type | target | events | documents |",
                    "|---:|---|---|---|---:|---:|"]
            out += [f"| {n} | {_country(d.source)} | {d.type} | {_country(d.target)} | "
                    f"{d.events:,} | {d.documents:,} |" for n, d in enumerate(y.dyads, 1)]
        else:
            out.append("No dyad between two countries.")
        out += ["", "### Most often accused (targets of ACCUSE)", ""]
        if y.accused:
            out += ["| # | target | accused by (countries) | events | documents | top accusers (events) |",
                    "|---:|---|---:|---:|---:|---|"]
            out += [f"| {n} | {_country(a.target)} | {a.accusers:,} | {a.events:,} | "
                    f"{a.documents:,} | {', '.join(f'{s} {k}' for s, k in a.top_accusers)} |"
                    for n, a in enumerate(y.accused, 1)]
        else:
            out.append("No country is the target of an ACCUSE event.")
        out.append("")
    return "\n".join(out)
