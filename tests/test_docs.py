"""Every command of the CLI is documented in the README (after sqlite-utils' test_docs)."""

from __future__ import annotations

import re

import click
import pytest

from pathlib import Path

from communique.cli import main

ROOT = Path(__file__).resolve().parents[1]

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _commands(group: click.Group, prefix: str = "communique"):
    for name, cmd in sorted(group.commands.items()):
        full = f"{prefix} {name}"
        yield full
        if isinstance(cmd, click.Group):
            yield from _commands(cmd, full)


@pytest.mark.parametrize("command", list(_commands(main)))
def test_command_is_documented(command):
    assert re.search(rf"`{re.escape(command)}\b", README), f"README does not document `{command}`"


def test_readme_opens_with_the_two_setup_commands():
    first_block = README.split("```", 2)[1]
    assert "make demo" in first_block and "make test" in first_block
