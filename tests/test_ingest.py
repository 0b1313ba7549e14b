"""Reading inputs: each bad input is a clear error naming it; batches go on past bad records."""

from __future__ import annotations

import base64
import json
import os

import pytest

from communique.document import Source
from communique.errors import InputError
from communique.ingest import load_bytes, load_path, read_jsonl
from communique.ingest.sniff import binary_kind, encoded_kind, looks_like_html, utf16_without_bom

STATEMENT = ("Le ministère des Affaires étrangères a condamné l'attaque contre le convoi "
             "près de la frontière et a appelé à une enquête indépendante.")
ENGLISH = ("The Ministry of Foreign Affairs condemned the attack on the aid convoy near the "
           "border and called for an independent investigation by the United Nations.")


def read(data: bytes, config, name="input.txt"):
    return load_bytes(data, Source(path=name), config)


def refused(data: bytes, config, code: str, name="input.txt") -> str:
    with pytest.raises(InputError) as info:
        read(data, config, name)
    assert info.value.code == code
    message = str(info.value)
    assert message.startswith(f"{name}: ") and "\n" not in message
    return message


# -- empty, binary, encoded ------------------------------------------------------------

@pytest.mark.parametrize("data", [b"", b"   \n\t\n", b"\xef\xbb\xbf \n"])
def test_empty_input_is_refused(data, config):
    refused(data, config, "input.empty")


@pytest.mark.parametrize("data,kind", [
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >>", "PDF"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64), "PNG"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(64), "JPEG"),
    (b"PK\x03\x04\x14\x00\x06\x00" + bytes(64), "ZIP"),
])
def test_files_of_other_formats_are_named(data, kind, config):
    assert kind in refused(data, config, "input.binary")


def test_binary_noise_is_refused(config):
    noise = bytes(range(256)) * 40
    message = refused(noise, config, "input.binary")
    assert "binary" in message


def test_random_bytes_are_refused(config):
    data = os.urandom(4000)
    with pytest.raises(InputError) as info:
        read(data, config)
    assert info.value.code in ("input.binary", "input.encoding")


def test_image_pasted_as_base64_text_is_refused(config):
    blob = base64.b64encode(b"\x89PNG\r\n\x1a\n" + os.urandom(3000))
    assert "base64" in refused(blob, config, "input.binary")
    uri = b"data:image/png;base64," + blob
    assert "data: URI" in refused(uri, config, "input.binary")
    assert encoded_kind(ENGLISH) is None


# -- encodings ------------------------------------------------------------------------

def test_latin1_text_is_decoded_and_noted(config):
    doc = read(STATEMENT.encode("latin-1"), config)
    assert doc.raw == STATEMENT
    assert doc.source.encoding == "cp1252"
    (notice,) = doc.errors
    assert notice.code == "notice.encoding" and "input.txt" in notice.message
    assert not doc.failed


def test_windows_quotes_are_decoded(config):
    text = "The minister said: \u201cWe condemn the attack\u201d \u2013 and called for calm."
    doc = read(text.encode("cp1252"), config)
    assert doc.raw == text


def test_cyrillic_code_page_is_detected(config):
    text = ("Министерство иностранных дел осудило нападение на гуманитарный конвой "
            "и призвало к независимому расследованию.")
    doc = read(text.encode("cp1251"), config)
    assert doc.raw == text
    assert doc.errors[0].code == "notice.encoding"


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_or_without_bom(codec, config):
    doc = read(ENGLISH.encode(codec), config)
    assert doc.raw == ENGLISH


def test_utf8_needs_no_notice(config):
    doc = read(STATEMENT.encode("utf-8"), config)
    assert doc.raw == STATEMENT and not doc.errors
    doc = read(b"\xef\xbb\xbf" + ENGLISH.encode(), config)
    assert doc.raw == ENGLISH and doc.source.encoding == "utf-8-sig"


def test_broken_utf8_after_a_bom_is_an_encoding_error(config):
    refused(b"\xef\xbb\xbfThe minister \xff\xfe\xfa said", config, "input.encoding")


def test_line_separators_and_nul_are_normalised(config):
    text = "Title\u2028Line two\r\nLine three\rLine\x00 four\u2029" + ENGLISH * 2
    doc = read(text.encode(), config)
    assert doc.raw == "Title\nLine two\nLine three\nLine four\n" + ENGLISH * 2


def test_sniffers():
    assert binary_kind(b"%PDF-1.4") == "a PDF file"
    assert binary_kind(ENGLISH.encode()) is None
    assert utf16_without_bom(ENGLISH.encode("utf-16-le")) == "utf-16-le"
    assert utf16_without_bom(ENGLISH.encode()) is None
    assert looks_like_html(b"<!DOCTYPE html><html><body>x</body></html>")
    assert not looks_like_html(b"The <b> tag is bold, said nobody.")


# -- size ------------------------------------------------------------------------------

def test_fifty_megabyte_file_is_refused_before_reading(tmp_path, config):
    big = tmp_path / "huge.txt"
    with big.open("wb") as f:  # sparse: takes no disk space
        f.truncate(50 * 1024 * 1024)
    with pytest.raises(InputError) as info:
        load_path(big, config)
    assert info.value.code == "input.too_large"
    message = str(info.value)
    assert message.startswith(str(big)) and "52,428,800 bytes" in message and "max_bytes" in message


def test_size_limit_is_configurable(tmp_path, config):
    path = tmp_path / "s.txt"
    path.write_text(ENGLISH, encoding="utf-8")
    small = config.with_overrides({"input": {"max_bytes": 50}})
    with pytest.raises(InputError, match="over the limit of 50"):
        load_path(path, small)
    assert load_path(path, config).raw == ENGLISH


# -- files ------------------------------------------------------------------------------

def test_missing_file_and_folder(tmp_path, config):
    with pytest.raises(InputError, match="nope.txt: no such file"):
        load_path(tmp_path / "nope.txt", config)
    with pytest.raises(InputError, match="is a folder"):
        load_path(tmp_path, config)


def test_published_must_be_a_real_day(tmp_path, config):
    path = tmp_path / "s.txt"
    path.write_text(ENGLISH, encoding="utf-8")
    assert load_path(path, config, published="2019-12-04").source.published_hint == "2019-12-04"
    for bad in ("04/12/2019", "2019-02-30"):
        with pytest.raises(InputError) as info:
            load_path(path, config, published=bad)
        assert info.value.code == "input.published"


# -- HTML -------------------------------------------------------------------------------

SCRIPTED = b"""<!DOCTYPE html><html><head><title>Ministry condemns convoy attack</title>
<script>var secretTracker = "SCRIPT-ONE"; function go(){ return 'SCRIPT-TWO'; }</script>
<script type="application/ld+json">{"@type": "NewsArticle", "headline": "SCRIPT-THREE"}</script>
<style>.x { content: "STYLE-ONE"; }</style></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<script>document.write("SCRIPT-FOUR")</script>
<article><h1>Ministry condemns convoy attack</h1>
<p>The Ministry of Foreign Affairs condemned on Monday the attack on an aid convoy near the
border town of Rafah and called on all parties to protect humanitarian workers.</p>
<script>loadAds("SCRIPT-FIVE")</script>
<p>The minister also met the ambassador of Norway to discuss the delivery of medical supplies
and the release of two detained aid workers.</p></article>
<noscript>NOSCRIPT-ONE</noscript>
<script>track("SCRIPT-SIX")</script></body></html>"""


def test_scripts_never_reach_the_text(config):
    doc = read(SCRIPTED, config, name="page.html")
    assert doc.source.format == "html"
    assert "condemned on Monday the attack on an aid convoy" in " ".join(doc.raw.split())
    for marker in ("SCRIPT-", "STYLE-", "NOSCRIPT-", "secretTracker", "function", "{"):
        assert marker not in doc.raw
    assert doc.source.title_hint == "Ministry condemns convoy attack"
    assert doc.raw.count("Ministry condemns convoy attack") == 1


def test_html_sniffed_without_an_html_name(config):
    doc = read(SCRIPTED, config, name="page.txt")
    assert doc.source.format == "html" and "SCRIPT-" not in doc.raw


def test_html_without_main_text_is_refused(config):
    page = (b"<html><head><script>var a = 1; var b = 'lots of script text here';</script></head>"
            b"<body><nav><a href='/'>Home</a></nav><script>document.write('x')</script></body></html>")
    message = refused(page, config, "input.no_text", name="empty.html")
    assert "no main text" in message


# -- JSONL batches ---------------------------------------------------------------------------

def test_jsonl_bad_lines_become_error_records_and_the_rest_go_on(config):
    lines = [
        json.dumps({"id": "a", "text": ENGLISH}),
        '{"id": "b", "text": "unterminated',
        "",
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "d", "body": "no text field"}),
        json.dumps({"id": "e", "text": "   "}),
        json.dumps({"id": "f", "text": "%PDF-1.4 binary pasted in"}),
        json.dumps({"id": "g", "text": ENGLISH, "published": "yesterday"}),
        b"\xff\xfe not utf-8 \xfa",
        json.dumps({"id": 8, "text": ENGLISH, "published": "2020-01-02", "title": "T"}),
    ]
    docs = list(read_jsonl(lines, config, "batch.jsonl"))
    assert [d.source.line for d in docs] == [1, 2, 4, 5, 6, 7, 8, 9, 10]  # the blank line is no record
    codes = [d.errors[0].code if d.errors else None for d in docs]
    assert codes == [None, "input.jsonl", "input.jsonl", "input.jsonl", "input.empty",
                     "input.binary", "notice.published", "input.encoding", None]
    for d in docs:
        if d.errors:
            assert d.errors[0].message.startswith(f"batch.jsonl:{d.source.line}: ")
            # An unreadable date is a warning on a record that is still read, never a loss.
            assert d.failed == (d.id != "g")
    assert docs[6].raw and docs[6].source.published_hint is None
    assert [d.id for d in docs][0] == "a" and docs[-1].id == "8"
    assert docs[-1].source.published_hint == "2020-01-02" and docs[-1].source.title_hint == "T"
