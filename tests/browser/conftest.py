"""Headless Chromium against a real `communique serve` on 127.0.0.1.

Debian's chromium is driven by Playwright for Python (no browser download).
Without chromium or playwright the tests skip with the reason, except in CI
(COMMUNIQUE_REQUIRE_SHARED=1), where that is a failure: run .ci/browser.sh.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

CHROMIUM = os.environ.get("COMMUNIQUE_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


def _need(ok: bool, why: str) -> None:
    if ok:
        return
    if os.environ.get("COMMUNIQUE_REQUIRE_SHARED"):
        pytest.fail(f"{why}; CI requires the browser tests (run .ci/browser.sh)")
    pytest.skip(why)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def archive_url(tmp_path_factory) -> str:
    from communique.store.archive import Archive
    from communique.web import demo

    url = f"sqlite:///{tmp_path_factory.mktemp('browser') / 'archive.db'}"
    with Archive.open(url, write=True) as archive:
        demo.load_into(archive, demo.documents())
    return url


@pytest.fixture(scope="session")
def editor_token(archive_url) -> str:
    from click.testing import CliRunner

    from communique.cli import main

    result = CliRunner().invoke(main, ["user", "add", "browser-editor", "--db", archive_url])
    assert result.exit_code == 0, result.output
    return result.stdout.strip().splitlines()[0]


@pytest.fixture(scope="session")
def server(archive_url, editor_token):
    port = free_port()
    exe = Path(sys.executable).with_name("communique")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "communique"]
    proc = subprocess.Popen(cmd + ["serve", "--db", archive_url, "--host", "127.0.0.1", "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                raise RuntimeError(f"communique serve exited: {proc.stdout.read().decode()}")
            try:
                if httpx.get(base + "/api/me", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.2)
        else:
            raise RuntimeError("communique serve did not answer within 30 s")
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


@pytest.fixture(scope="session")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _need(False, "playwright (PyPI) is not installed")
    _need(Path(CHROMIUM).exists() or bool(shutil.which("chromium")),
          f"{CHROMIUM} is missing: apt-get install chromium")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield b
        b.close()


@pytest.fixture()
def page(browser, server):
    context = browser.new_context(base_url=server, accept_downloads=True)
    pg = context.new_page()
    # Nothing may leave the machine: every request goes to the test server only.
    outside = []
    pg.on("request", lambda r: None if r.url.startswith(server) or r.url.startswith("data:")
          else outside.append(r.url))
    errors = []
    pg.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda e: errors.append(str(e)))
    yield pg
    context.close()
    assert outside == [], f"requests left the test server: {outside}"
    assert errors == [], f"browser errors: {errors}"
