"""`communique user`: add, token, list and disable reviewers of an archive, with one-line errors.

The archive is filled with a short pipeline (no model); the statement is fictional.
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from communique.cli import main


@pytest.fixture
def archive(tmp_path):
    (tmp_path / "short.toml").write_text('[pipeline]\nstages = ["clean", "structure"]\n', encoding="utf-8")
    (tmp_path / "velmora.txt").write_text(
        "Statement of the Harbour Council of Velmora\n\nThe Council welcomes the new ferry line "
        "to Ostrava Bay.\n", encoding="utf-8")
    db = str(tmp_path / "archive.db")
    done = CliRunner().invoke(main, ["ingest", str(tmp_path / "velmora.txt"), "--db", db,
                                     "--config", str(tmp_path / "short.toml")])
    assert done.exit_code == 0, done.output
    return db


def user(db, *args):
    return CliRunner().invoke(main, ["user", *args, "--db", db])


def test_user_commands_add_issue_disable_and_list_reviewers(archive):
    added = user(archive, "add", "ana")
    assert added.exit_code == 0, added.output
    first = added.stdout.strip()
    assert len(first) >= 32 and "created" in added.stderr
    assert user(archive, "add", "bo", "--role", "viewer").exit_code == 0
    renewed = user(archive, "token", "ana")
    assert renewed.exit_code == 0 and renewed.stdout.strip() not in ("", first)
    disabled = user(archive, "disable", "bo")
    assert disabled.exit_code == 0 and "'bo' disabled" in disabled.stderr
    rows = [line.split("\t")[:3] for line in user(archive, "list").stdout.splitlines()]
    assert rows == [["ana", "editor", "active"], ["bo", "viewer", "disabled"]]


def test_user_errors_are_one_line_messages(archive):
    assert user(archive, "add", "ana").exit_code == 0
    again = user(archive, "add", "ana")
    assert again.exit_code == 1 and "exists already" in again.output
    assert "Traceback" not in again.output and len(again.output.strip().splitlines()) == 1
    missing = user(archive, "token", "nobody")
    assert missing.exit_code == 1 and "no user named 'nobody'" in missing.output
