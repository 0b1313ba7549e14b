"""`communique stages`: list the registered stages and the configured order."""

from __future__ import annotations

import click

from ..pipeline import registered
from .common import config_option, get_config


@click.command()
@config_option
def stages(config_path: str | None) -> None:
    """List the registered stages, what each needs and sets, and the configured order."""
    config = get_config(config_path)
    order = config.pipeline.stages
    width = max(len(", ".join(s.requires)) for s in registered().values())
    for name, spec in sorted(registered().items(), key=lambda kv: (kv[0] not in order,
                                                                   order.index(kv[0]) if kv[0] in order else 0)):
        pos = f"{order.index(name) + 1:>2}." if name in order else " -"
        click.echo(f"{pos} {name:<10} needs {', '.join(spec.requires) or '-':<{width}} "
                   f"sets {', '.join(spec.sets)}")
        if spec.doc:
            click.echo(f"    {spec.doc.splitlines()[0]}")
