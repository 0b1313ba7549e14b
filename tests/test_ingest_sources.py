"""Reading sources for the archive: folders, JSONL, URLs and feeds, and their failures."""

from __future__ import annotations

import http.server
import os
import threading
import time
from pathlib import Path

import pytest

from communique.config import load_config
from communique.ingest.sources import SourceWalker, content_key, is_feed_url

STATEMENT = ("Ministry of Foreign Affairs of Freedonia\n\nThe Ministry welcomes the agreement signed "
             "today with Sylvania on the reopening of the border crossing at Port Lumen.\n")
PAGE = ("<!doctype html><html><head><title>Sylvania statement</title></head><body><article>"
        "<h1>Sylvania condemns shelling</h1><p>The Government of Sylvania condemns the shelling of "
        "the village of Orvel by Ruritanian forces and calls on all sides to show restraint and to "
        "return to the negotiating table without delay.</p></article></body></html>")


@pytest.fixture(scope="module")
def config():
    return load_config(overrides={"store": {"fetch_timeout": 0.5, "per_host_interval": 0.2}})


def walk(config, sources, known=None):
    known = known or {}
    walker = SourceWalker(config, lambda keys: {k: known[k] for k in keys if k in known})
    return walker, list(walker.units([str(s) for s in sources]))


def test_folder_walk_reads_text_files_and_reports_what_it_cannot(tmp_path, config):
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text(STATEMENT, encoding="utf-8")
    (tmp_path / "sub" / "b.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "sub" / "notes.md").write_text("# Notes\n\nThe envoy met the minister.\n", encoding="utf-8")
    (tmp_path / "scan.txt").write_bytes(b"%PDF-1.7\n%binary stuff\x00\x01")
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n....")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "deleted.txt")
    (tmp_path / "empty.txt").write_text("   \n", encoding="utf-8")
    walker, units = walk(config, [tmp_path])
    by_name = {Path(u.label).name: u for u in units}
    assert set(by_name) == {"a.txt", "b.html", "notes.md", "scan.txt", "gone.txt", "empty.txt"}
    assert by_name["a.txt"].status == "new" and "Port Lumen" in by_name["a.txt"].doc.raw
    assert by_name["b.html"].doc.source.format == "html"
    assert "Orvel" in by_name["b.html"].doc.raw
    assert (by_name["scan.txt"].status, by_name["scan.txt"].code) == ("failed", "input.binary")
    assert by_name["scan.txt"].remember  # the bytes will not change: skip next time
    assert (by_name["gone.txt"].code, by_name["gone.txt"].remember) == ("input.broken_link", False)
    assert by_name["empty.txt"].code == "input.empty"
    assert walker.ignored == {"extension .png": 1}
    # Sorted, stable order: a restarted run sees the inputs in the same order.
    assert [u.label for u in units] == [u.label for u in walk(config, [tmp_path])[1]]


def test_unreadable_file_is_reported(tmp_path, config, monkeypatch):
    secret = tmp_path / "secret.txt"
    secret.write_text(STATEMENT, encoding="utf-8")
    secret.chmod(0)
    if os.geteuid() == 0:
        # root reads a mode-000 file anyway; make the read fail as it would for a user.
        real = Path.read_bytes

        def read_bytes(self):
            if self == secret:
                raise PermissionError(13, "Permission denied", str(self))
            return real(self)

        monkeypatch.setattr(Path, "read_bytes", read_bytes)
    _, units = walk(config, [tmp_path])
    assert [(u.status, u.code, u.message) for u in units] == [
        ("failed", "input.unreadable", "permission denied")]


def test_missing_source_is_reported(tmp_path, config):
    _, units = walk(config, [tmp_path / "nope"])
    assert (units[0].status, units[0].code) == ("failed", "input.missing")


def test_known_inputs_are_skipped_before_parsing(tmp_path, config):
    (tmp_path / "a.txt").write_text(STATEMENT, encoding="utf-8")
    key = content_key("file", (tmp_path / "a.txt").read_bytes())
    _, units = walk(config, [tmp_path], known={key: "coded"})
    assert [(u.status, u.doc) for u in units] == [("known", None)]


def test_jsonl_known_lines_are_skipped_and_line_numbers_kept(tmp_path, config):
    lines = [
        '{"id": "r1", "text": "The Government of Freedonia welcomes the agreement."}',
        "",
        '{"id": "r2", "text": "Sylvania condemns the shelling of Orvel."}',
        '{"id": "r3"}',
        '{"id": "r4", "text": "Ruritania rejects the accusation."}',
    ]
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    known = {content_key("jsonl", lines[2].encode()): "coded"}
    _, units = walk(config, [path], known=known)
    summary = [(u.label.rsplit(":", 1)[1], u.status, u.doc.id if u.doc else u.code) for u in units]
    assert summary == [("1", "new", "r1"), ("3", "known", None), ("4", "failed", "input.jsonl"),
                       ("5", "new", "r4")]
    assert units[3].doc.source.line == 5
    assert "no string field 'text'" in units[2].message


def test_feed_urls_are_recognised():
    assert is_feed_url("feed:https://example.org/news")
    assert is_feed_url("https://example.org/feed/")
    assert is_feed_url("https://example.org/press/rss.xml")
    assert not is_feed_url("https://example.org/press/2024/statement.html")


# -- a local web server --------------------------------------------------------------
class _Handler(http.server.BaseHTTPRequestHandler):
    hits: list[tuple[float, str, str]] = []

    def log_message(self, *args):
        pass

    def do_GET(self):
        _Handler.hits.append((time.monotonic(), self.path, self.headers.get("User-Agent", "")))
        base = f"http://{self.headers['Host']}"
        routes = {
            "/page.html": (200, "text/html; charset=utf-8", PAGE),
            "/plain.txt": (200, "text/plain", STATEMENT),
            "/broken": (500, "text/plain", "internal error"),
            "/page2.html": (200, "text/html", PAGE.replace("Orvel", "Lindau").replace(
                "shelling", "blockade")),
            "/rss.xml": (200, "application/rss+xml", _rss(base)),
            "/latest": (200, "application/rss+xml", _rss(base)),
            "/html-feed/rss": (200, "text/html", PAGE),
        }
        if self.path == "/slow":
            time.sleep(1.5)
            routes["/slow"] = (200, "text/plain", STATEMENT)
        status, ctype, body = routes.get(self.path, (404, "text/plain", "not found"))
        data = body.encode("utf-8")
        try:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            pass


def _rss(base: str) -> str:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Sylvania press</title><link>{base}/</link>
<item><title>Sylvania condemns blockade</title><link>{base}/page2.html</link>
<pubDate>Mon, 04 Mar 2024 10:00:00 GMT</pubDate></item>
<item><title>Border agreement</title><link>{base}/plain.txt</link>
<pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate></item>
<item><title>Gone</title><link>{base}/broken</link></item>
</channel></rss>"""


@pytest.fixture(scope="module")
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_pages_are_fetched_and_failures_have_reasons(server, config):
    _, units = walk(config, [f"{server}/page.html", f"{server}/broken", f"{server}/slow",
                             f"{server}/missing", f"{server}/rss.xml".replace("rss.xml", "plain.txt")])
    got = {u.label.rsplit("/", 1)[1]: u for u in units}
    assert got["page.html"].status == "new" and "Orvel" in got["page.html"].doc.raw
    assert got["page.html"].doc.source.url == f"{server}/page.html"
    assert (got["broken"].code, got["broken"].message) == ("fetch.status",
                                                          "the server answered 500 Internal Server Error")
    assert (got["slow"].code, got["slow"].message) == ("fetch.timeout", "no answer within 0.5 s")
    assert got["missing"].code == "fetch.status" and "404" in got["missing"].message
    assert got["plain.txt"].doc.source.format == "text"
    assert all(not u.remember for u in units if u.status == "failed")  # the web may change


def test_known_urls_are_not_fetched(server, config):
    _Handler.hits.clear()
    _, units = walk(config, [f"{server}/page.html"], known={f"url:{server}/page.html": "coded"})
    assert units[0].status == "known" and _Handler.hits == []


def test_feed_entries_are_fetched_politely(server, config):
    _Handler.hits.clear()
    started = time.monotonic()
    _, units = walk(config, [f"feed:{server}/rss.xml"])
    elapsed = time.monotonic() - started
    assert [(u.label.rsplit("/", 1)[1], u.status) for u in units] == [
        ("page2.html", "new"), ("plain.txt", "new"), ("broken", "failed")]
    first = units[0].doc.source
    assert (first.title_hint, first.published_hint) == ("Sylvania condemns blockade", "2024-03-04")
    assert "Lindau" in units[0].doc.raw
    assert units[1].doc.source.published_hint == "2024-03-05"
    # Four requests to one host, at least 0.2 s apart (a lower bound: load only adds).
    assert [p for _, p, _ in _Handler.hits] == ["/rss.xml", "/page2.html", "/plain.txt", "/broken"]
    assert elapsed >= 3 * 0.2, "per-host interval not kept"
    assert all(agent.startswith("communique/") for _, _, agent in _Handler.hits)


def test_a_feed_that_returns_html_is_a_clear_failure(server, config):
    _, units = walk(config, [f"{server}/html-feed/rss"])
    assert [(u.status, u.code, u.message) for u in units] == [
        ("failed", "feed.not_a_feed", "the feed URL returned an HTML page, not RSS or Atom")]


def test_a_feed_given_as_a_page_is_pointed_out(server, config):
    _, units = walk(config, [f"{server}/latest"])
    assert (units[0].status, units[0].code) == ("failed", "fetch.is_feed")
    assert units[0].message == f"this URL is an RSS/Atom feed; give it as feed:{server}/latest"
