"""The review workbench over a temporary SQLite archive: pages, API, review flow, auth,
CSRF and the inertness of hostile document text."""

from __future__ import annotations

import json
import re

import pytest
from fastapi.testclient import TestClient
from web_support import archive_sessions

from communique.review import users
from communique.web import demo
from communique.web.app import WebSettings, create_app
from communique.web.security import CSRF_COOKIE
from communique.web.store_archive import StoreArchive

HOSTILE = ('Statement <script>alert("x")</script> by the <b onmouseover="alert(1)">Guild</b>. '
           'See <a href="javascript:alert(2)">this</a> and <img src=x onerror=alert(3)>. '
           'The Guild condemned the raid.')


def hostile_doc() -> dict:
    text = HOSTILE
    ev_at = text.index("The Guild condemned the raid.")
    guild = [{"start": m.start(), "end": m.end()} for m in re.finditer("Guild", text)]
    return {"schema": "communique.document/1",
            "document": {"id": "doc_hostile", "source": {"format": "html", "sitename": "<i>site</i>"},
                         "title": "<script>alert('title')</script>", "published": "2025-06-01",
                         "text": text, "issuers": [], "sections": [], "removed": []},
            "actors": [{"id": "a1", "name": "<svg onload=alert(4)>Guild", "kind": "group", "country": None,
                        "sector": None, "aliases": [], "roles": [], "mentions": guild}],
            "places": [], "dates": [],
            "events": [{"id": "e1", "type": "ACCUSE", "mode": None, "sources": ["a1"], "targets": [],
                        "date": None, "place": None, "status": "asserted", "claimed_by": [],
                        "negated": False, "confidence": 0.5,
                        "evidence": {"start": ev_at, "end": len(text), "text": text[ev_at:]},
                        "field_evidence": {}, "pattern": "<b>p</b>"}],
            "mentions": [], "errors": []}


@pytest.fixture()
def review_db(tmp_path):
    """Sessions over the demo documents and a hostile one, in an archive with the review tables."""
    return archive_sessions(tmp_path / "archive.db", [*demo.documents(), hostile_doc()])


@pytest.fixture()
def archive():
    return StoreArchive


@pytest.fixture()
def app(review_db, archive):
    return create_app(review_db, archive, WebSettings())


BASE = "http://127.0.0.1:8000"  # the server answers only the names it is known by


@pytest.fixture()
def client(app):
    with TestClient(app, base_url=BASE) as c:
        yield c


@pytest.fixture()
def editor_token(review_db):
    with review_db() as s:
        return users.add_user(s, "ada", "editor")


def csrf_of(client) -> str:
    client.get("/")
    return client.cookies[CSRF_COOKIE]


def page_csrf(client, path: str = "/") -> str:
    """The CSRF token a page gives its forms (a logged-in session's own token)."""
    return re.search(r'<meta name="csrf-token" content="([^"]+)">', client.get(path).text).group(1)


def login(client, token) -> str:
    csrf = csrf_of(client)
    r = client.post("/login", data={"token": token, "csrf": csrf}, follow_redirects=False)
    assert r.status_code == 303, r.text
    return page_csrf(client)


# -- pages ----------------------------------------------------------------------
def test_search_page_finds_words_and_lists_facets(client):
    r = client.get("/", params={"q": "harbour"})
    assert r.status_code == 200
    assert "Joint statement on the harbour talks" in r.text
    assert "Relief convoy statement" not in r.text
    assert 'data-facet="type"' in r.text and ">AGREE</a>" in r.text


def test_search_facet_filters_by_event_type_and_actor(client):
    by_type = client.get("/api/documents", params={"type": "PROTEST"}).json()
    assert [d["title"] for d in by_type["documents"]] == ["Statement on the river protest"]
    by_actor = client.get("/api/documents", params={"actor": "Coastal Fishers Union"}).json()
    assert by_actor["total"] == 1  # the relief statement names the union but codes no event with it
    facet = {f["value"]: f["count"] for f in by_actor["facets"]["type"]}
    assert facet == {"AGREE": 1, "CONSULT": 1, "ACCUSE": 1}


def test_document_page_highlights_spans_and_shows_selected_event(client, archive):
    doc_id = "demo-harbour-talks"
    r = client.get(f"/documents/{doc_id}", params={"event": "e4"})
    assert r.status_code == 200
    assert 'class="hl-actor hl-event hl-field' not in r.text  # the field word is not an actor
    assert re.search(r'<mark class="hl-actor hl-event hl-selected"[^>]*data-actor="a2"[^>]*>Coastal Fishers Union</mark>', r.text)
    assert re.search(r'<mark class="hl-event hl-field hl-selected"[^>]*>accused</mark>', r.text)
    detail = r.text[r.text.index('id="event-detail"'):]
    assert "ACCUSE" in detail and "allege" in detail and "Harbour Logistics Company" in detail


def test_events_table_filters_by_place_and_dates(client):
    r = client.get("/api/events", params={"place": "Mombasa"}).json()
    assert {e["event"]["type"] for e in r["events"]} == {"AGREE", "CONSULT"}
    r = client.get("/api/events", params={"date_from": "2025-04", "date_to": "2025-04"}).json()
    assert {e["document_id"] for e in r["events"]} == {"demo-border-aid"}
    page = client.get("/events", params={"type": "AID"})
    assert page.status_code == 200 and "humanitarian" in page.text and 'class="c-type">REJECT' not in page.text


def test_actor_page_shows_roles_and_network(client):
    r = client.get("/actors/Lakeside Civic Forum")
    assert r.status_code == 200
    assert "<svg class=\"network\"" in r.text
    assert "Coastal Fishers Union" in r.text and "Kenya Ports Authority" in r.text
    api = client.get("/api/actors/Lakeside Civic Forum").json()
    assert len(api["as_source"]) == 3 and api["as_target"] == []
    assert {p["name"]: p["out"] for p in api["partners"]} == {"Coastal Fishers Union": 1,
                                                               "Kenya Ports Authority": 1}
    assert client.get("/actors/Nobody At All").status_code == 404


def test_timeline_and_map(client):
    t = client.get("/api/timeline", params={"granularity": "month"}).json()
    assert {"period": "2025-03", "type": "ACCUSE", "count": 1} in t
    assert sum(x["count"] for x in t) == 10
    page = client.get("/timeline")
    assert page.status_code == 200 and page.text.count("<rect") >= 9
    m = client.get("/api/map").json()
    mombasa = next(p for p in m["points"] if p["name"] == "Mombasa")
    # equirectangular: lon 39.67 -> x = (39.67 + 180) / 360 * 1000
    assert mombasa["x"] == pytest.approx(610.2, abs=0.1) and mombasa["count"] == 2
    page = client.get("/map")
    assert page.status_code == 200 and 'class="land"' in page.text and 'class="point"' in page.text


def test_export_button_downloads_filtered_events(client):
    r = client.get("/events/export", params={"format": "plover-jsonl", "type": "ACCUSE"})
    rows = [json.loads(line) for line in r.text.splitlines()]
    assert {x["event"] for x in rows} == {"ACCUSE"} and len(rows) == 2
    r = client.get("/events/export", params={"format": "csv", "place": "Gulu"})
    assert r.text.splitlines()[0].startswith("event_id,document_id") and len(r.text.splitlines()) == 2
    assert client.get("/events/export", params={"format": "xls"}).status_code == 400


# -- security -------------------------------------------------------------------
def test_hostile_text_renders_inert(client):
    r = client.get("/documents/doc_hostile", params={"event": "e1"})
    assert r.status_code == 200
    body = r.text
    assert "<script>alert" not in body
    assert "onerror=alert" not in body.replace("onerror=alert(3)&gt;", "")  # only escaped
    assert not re.search(r"<[^>]+\son(mouseover|error|load)\s*=", body)
    assert 'href="javascript:' not in body
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in body
    assert "&lt;svg onload=alert(4)&gt;Guild" in body
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    # every <script> the page has is the app's own file
    assert re.findall(r"<script[^>]*>", body) == ['<script src="/static/app.js" defer>']
    search = client.get("/", params={"q": "script"})
    assert "&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;" in search.text
    assert "<script>alert('title')" not in search.text


def test_reading_is_open_but_editing_needs_a_login(client):
    csrf = csrf_of(client)
    r = client.post("/api/documents/demo-harbour-talks/events/e1/confirm", headers={"X-CSRF-Token": csrf})
    assert r.status_code == 401


def test_reading_can_require_login(review_db, archive, editor_token):
    app = create_app(review_db, archive, WebSettings(public_read=False))
    with TestClient(app, base_url=BASE) as c:
        assert c.get("/", follow_redirects=False).headers["location"] == "/login"
        assert c.get("/api/events").status_code == 401
        assert c.get("/api/events", headers={"Authorization": f"Bearer {editor_token}"}).status_code == 200
        login(c, editor_token)
        assert c.get("/").status_code == 200


def test_post_without_matching_csrf_token_is_refused(client, editor_token):
    csrf = login(client, editor_token)
    url = "/api/documents/demo-harbour-talks/events/e1/confirm"
    assert client.post(url).status_code == 403
    assert client.post(url, headers={"X-CSRF-Token": "forged"}).status_code == 403
    form = client.post("/documents/demo-harbour-talks/events/e1/reject", data={"csrf": "forged"})
    assert form.status_code == 403
    assert client.post(url, headers={"X-CSRF-Token": csrf}).status_code == 200


def test_cookies_are_httponly_and_samesite_strict(client, editor_token):
    r = client.get("/")
    cookie = r.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie.replace("Strict", "strict")
    csrf = client.cookies[CSRF_COOKIE]
    r = client.post("/login", data={"token": editor_token, "csrf": csrf}, follow_redirects=False)
    session_cookie = [c for c in r.headers.get_list("set-cookie") if c.startswith("cq_session=")][0]
    assert "HttpOnly" in session_cookie and "samesite=strict" in session_cookie.lower()
    assert editor_token not in session_cookie


def test_bad_token_is_refused(client):
    csrf = csrf_of(client)
    r = client.post("/login", data={"token": "cq_0000_nope", "csrf": csrf})
    assert r.status_code == 401 and "not valid" in r.text
    assert client.get("/api/me", headers={"Authorization": "Bearer cq_1_2"}).status_code == 401


def test_viewer_cannot_edit(review_db, client):
    with review_db() as s:
        token = users.add_user(s, "val", "viewer")
    r = client.post("/api/documents/demo-harbour-talks/events/e1/confirm",
                    headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 403


# -- the review flow through the pages and the API ----------------------------------
def test_editor_corrects_an_event_and_sees_it_everywhere(client, editor_token):
    csrf = login(client, editor_token)
    doc = "demo-harbour-talks"
    page = client.get(f"/documents/{doc}", params={"event": "e4"})
    assert 'id="correct-form"' in page.text and 'name="csrf" value="' + csrf in page.text
    r = client.post(f"/documents/{doc}/events/e4/correct", follow_redirects=False,
                    data={"csrf": csrf, "type": "REJECT", "mode": "", "sources": ["a2"],
                          "targets": ["a4"], "date": "2025-03-14", "place": "", "status": "asserted",
                          "note": "a rejection"})
    assert r.status_code == 303 and "error" not in r.headers["location"]
    page = client.get(f"/documents/{doc}", params={"event": "e4"})
    detail = page.text[page.text.index('id="event-detail"'):]
    assert '<td class="f-type">REJECT</td>' in detail and "corrected by ada" in detail
    assert 'ada · correct type: "ACCUSE" → "REJECT"' in detail  # the history line
    assert [e["event"]["id"] for e in client.get("/api/events", params={"type": "REJECT", "q": "harbour"}).json()["events"]] == ["e4"]
    assert client.get("/api/events", params={"type": "ACCUSE", "q": "harbour"}).json()["total"] == 0
    table = client.get("/events", params={"q": "harbour"}).text
    row = re.search(r'<tr data-event="e4" class="corrected">.*?</tr>', table, re.S).group(0)
    assert 'class="c-type">REJECT<' in row
    gold = client.get("/events/export", params={"format": "gold"}).text.splitlines()
    assert [json.loads(x)["event"]["type"] for x in gold] == ["REJECT"]
    hist = client.get(f"/api/documents/{doc}/events/e4/history").json()
    assert {(h["field"], h["old"], h["new"]) for h in hist} >= {("type", "ACCUSE", "REJECT")}


def test_form_errors_come_back_to_the_page(client, editor_token):
    csrf = login(client, editor_token)
    r = client.post("/documents/demo-harbour-talks/events/e1/correct",
                    data={"csrf": csrf, "type": "AGREE", "date": "last week", "status": "asserted",
                          "sources": ["a1", "a2"]})
    assert r.status_code == 200 and "give YYYY, YYYY-MM or YYYY-MM-DD" in r.text


def test_api_review_actions_with_a_bearer_token(client, editor_token):
    auth = {"Authorization": f"Bearer {editor_token}"}
    base = "/api/documents/demo-river-protest/events"
    assert client.post(f"{base}/e1/confirm", headers=auth).json()["event"]["review"]["decision"] == "confirmed"
    r = client.post(f"{base}/e2/correct", headers=auth, json={"status": "hypothetical"})
    assert r.status_code == 200 and r.json()["event"]["status"] == "hypothetical"
    assert client.post(f"{base}/e2/correct", headers=auth, json={"type": "FIGHT"}).status_code == 400
    assert client.post(f"{base}/e9/confirm", headers=auth).status_code == 404
    text = client.get("/api/documents/demo-river-protest").json()["document"]["text"]
    start = text.index("marched")
    r = client.post(base, headers=auth, json={"type": "PROTEST", "mode": "demonstrate", "sources": ["a1"],
                                              "start": start, "end": start + 7})
    assert r.status_code == 201
    new_id = r.json()["event"]["id"]
    events = client.get("/api/documents/demo-river-protest").json()["events"]
    assert [e["id"] for e in events] == ["e1", new_id, "e2"]  # in the order of their evidence
    assert client.post(f"{base}/e2/reject", headers=auth, json={"note": "no threat"}).status_code == 200
    decisions = {e["id"]: e["review"]["decision"] for e in client.get("/api/documents/demo-river-protest").json()["events"]}
    assert decisions == {"e1": "confirmed", "e2": "rejected", new_id: "added"}


def test_review_state_filter_gives_the_queue_of_unreviewed_events(client, editor_token):
    auth = {"Authorization": f"Bearer {editor_token}"}
    total = client.get("/api/events").json()["total"]
    client.post("/api/documents/demo-border-aid/events/e1/confirm", headers=auth)
    client.post("/api/documents/demo-border-aid/events/e2/reject", headers=auth)
    assert client.get("/api/events", params={"review": "unreviewed"}).json()["total"] == total - 2
    confirmed = client.get("/api/events", params={"review": "confirmed"}).json()["events"]
    assert [(e["document_id"], e["event"]["id"]) for e in confirmed] == [("demo-border-aid", "e1")]
    page = client.get("/events", params={"review": "rejected"})
    assert page.text.count('<tr data-event="e2" class="rejected">') == 1
    assert client.get("/api/events", params={"review": "maybe"}).status_code == 422


def test_failed_logins_lock_the_account_not_everyone_on_the_address(client, review_db, editor_token,
                                                                   monkeypatch):
    from communique.web import security

    now = [1000.0]
    monkeypatch.setattr(security, "LOGIN_LOCKOUT", security.Lockout(limit=3, base=30, clock=lambda: now[0]))
    with review_db() as s:
        other = users.add_user(s, "bo", "editor")
    csrf = csrf_of(client)
    wrong = editor_token[:-4] + ("AAAA" if not editor_token.endswith("AAAA") else "BBBB")  # ada's id, bad secret
    codes = [client.post("/login", data={"token": wrong, "csrf": csrf}).status_code for _ in range(4)]
    assert codes == [401, 401, 401, 429]
    # ada's account waits, even with the right token ...
    locked = client.post("/login", data={"token": editor_token, "csrf": csrf})
    assert locked.status_code == 429 and "this account" in locked.text
    # ... but bo, on the same address, logs in; guesses naming no account lock nobody
    for i in range(5):
        client.post("/login", data={"token": f"cq_nobody{i}_x", "csrf": csrf})
    assert client.post("/login", data={"token": other, "csrf": csrf}, follow_redirects=False).status_code == 303
    # after the wait (30 s, doubling with each further failure) ada may try again
    client.cookies.clear()
    csrf = csrf_of(client)
    now[0] += 31
    assert client.post("/login", data={"token": editor_token, "csrf": csrf},
                       follow_redirects=False).status_code == 303


def test_lockout_wait_doubles_and_is_capped():
    from communique.web.security import Lockout

    now = [0.0]
    lock = Lockout(limit=2, base=10, cap=25, clock=lambda: now[0])
    lock.fail("ada")
    assert lock.wait("ada") == 0
    lock.fail("ada")
    assert lock.wait("ada") == 10 and lock.wait("bo") == 0
    lock.fail("ada")
    assert lock.wait("ada") == 20
    lock.fail("ada")
    assert lock.wait("ada") == 25  # capped
    lock.succeed("ada")
    assert lock.wait("ada") == 0


# -- Host header (DNS rebinding) -------------------------------------------------------
def test_requests_naming_another_host_are_refused(client):
    # A rebinding page's requests reach 127.0.0.1 but name the attacker's domain.
    r = client.get("/api/events", headers={"host": "rebind.attacker.example"})
    assert r.status_code == 400 and "Host" in r.text and "Coastal" not in r.text
    assert client.get("/", headers={"host": "rebind.attacker.example:8000"}).status_code == 400
    for host in ("127.0.0.1:8000", "localhost", "LOCALHOST:8000", "[::1]:8000"):
        assert client.get("/api/events", headers={"host": host}).status_code == 200, host


def test_allowed_hosts_setting_and_the_bound_host(review_db, archive):
    settings = WebSettings(allowed_hosts=["review.example.org"], bound_host="10.1.2.3")
    with TestClient(create_app(review_db, archive, settings), base_url=BASE) as c:
        assert c.get("/api/me", headers={"host": "review.example.org"}).status_code == 200
        assert c.get("/api/me", headers={"host": "10.1.2.3:8000"}).status_code == 200
        assert c.get("/api/me", headers={"host": "10.9.9.9"}).status_code == 400


def test_redirects_carry_the_path_only(client):
    r = client.get("/events/", headers={"host": "localhost:8000"}, follow_redirects=False)
    assert r.status_code in (307, 308) and r.headers["location"] == "/events"
    r = client.get("/favicon.ico", follow_redirects=False)
    assert r.headers["location"] == "/static/favicon.svg"


# -- control characters in names ----------------------------------------------------------
@pytest.mark.parametrize("name", ["ada\nINFO root logged in", "\x1b[31mada", "ada\u202eoj", "a\u200bda", "ad\x00a"])
def test_user_names_with_control_or_bidi_characters_are_refused(review_db, name):
    from communique.errors import CommuniqueError

    with review_db() as s:
        with pytest.raises(CommuniqueError, match=r"control or invisible characters \(U\+"):
            users.add_user(s, name)
        assert users.list_users(s) == []
        assert users.add_user(s, "Ada Lovelace-Byron (Ôté)")  # letters, spaces, punctuation stay


def test_control_and_bidi_characters_in_actor_names_are_neutralised(tmp_path):
    doc = hostile_doc()
    doc["document"]["id"] = "doc_bidi"
    doc["actors"][0]["name"] = "Guild\u202eTCEFERP\x1b[31m\nof Makers"
    sessions = archive_sessions(tmp_path / "bidi.db", [doc])
    with TestClient(create_app(sessions, StoreArchive, WebSettings()), base_url=BASE) as c:
        pages = [c.get("/documents/doc_bidi", params={"event": "e1"}),
                 c.get("/events"), c.get("/", params={"q": "Guild"})]
        for page in pages:
            assert page.status_code == 200
            assert "\u202e" not in page.text and "\x1b" not in page.text
        # the escape shows as a replacement mark, the override is gone
        assert ">GuildTCEFERP\ufffd[31m\nof Makers</a>" in pages[1].text
        # the stored name is untouched (the API gives the data as coded)
        api = c.get("/api/documents/doc_bidi").json()
        assert api["actors"][0]["name"] == "Guild\u202eTCEFERP\x1b[31m\nof Makers"


# -- CSRF ---------------------------------------------------------------------------------
def test_csrf_token_is_tied_to_the_login_session(app, client, editor_token, review_db):
    url = "/api/documents/demo-harbour-talks/events/e1/confirm"
    mine = login(client, editor_token)
    # another session (another browser, same or another user) has another token
    with TestClient(app, base_url=BASE) as other:
        with review_db() as s:
            theirs = login(other, users.add_user(s, "bo", "editor"))
        assert theirs != mine
        assert other.post(url, headers={"X-CSRF-Token": mine}).status_code == 403
    # a cookie planted by another site (cookie tossing) with its own value does not pass
    client.cookies.set(CSRF_COOKIE, "planted-by-attacker", domain="127.0.0.1")
    assert client.post(url, headers={"X-CSRF-Token": "planted-by-attacker"}).status_code == 403
    form = client.post("/documents/demo-harbour-talks/events/e1/reject", data={"csrf": "planted-by-attacker"})
    assert form.status_code == 403
    assert client.post(url, headers={"X-CSRF-Token": mine}).status_code == 200


# -- errors and bad filters on pages --------------------------------------------------------
def test_html_routes_answer_errors_with_html_pages(client, editor_token):
    r = client.get("/documents/no-such-document")
    assert r.status_code == 404 and r.headers["content-type"].startswith("text/html")
    assert "<h1>Not found</h1>" in r.text and "no document &#39;no-such-document&#39;" in r.text
    assert client.get("/no/such/page").headers["content-type"].startswith("text/html")
    api = client.get("/api/documents/no-such-document")
    assert api.status_code == 404 and api.json() == {"detail": "no document 'no-such-document'"}
    login(client, editor_token)
    forged = client.post("/documents/demo-harbour-talks/events/e1/reject", data={"csrf": "forged"})
    assert forged.status_code == 403 and forged.headers["content-type"].startswith("text/html")
    assert "CSRF check failed" in forged.text and '"detail"' not in forged.text


@pytest.mark.parametrize("path,params,named", [
    ("/events", {"date_from": "notadate"}, "date_from"),
    ("/", {"date_to": "2024/05/01"}, "date_to"),
    ("/timeline", {"date_from": "2024-02-30"}, "date_from"),
    ("/map", {"review": "maybe"}, "review"),
    ("/events", {"actor": "x" * 201}, "actor"),
    ("/events", {"page": "two"}, "page"),
    ("/timeline", {"granularity": "week"}, "granularity"),
    ("/events", {"q": "*"}, "no words to search for"),
    ("/", {"q": 'AND OR ("'}, "no words to search for"),
])
def test_invalid_filters_on_pages_are_a_400_naming_the_filter(client, path, params, named):
    r = client.get(path, params=params)
    assert r.status_code == 400 and r.headers["content-type"].startswith("text/html")
    assert named in r.text and "<h1>Bad request</h1>" in r.text
    if path != "/" and named.startswith("date"):  # the API refuses the same value
        assert client.get("/api/events", params=params).status_code == 422


# -- review notes -----------------------------------------------------------------------------
def test_review_form_caps_notes_like_the_api(client, editor_token):
    csrf = login(client, editor_token)
    long_note = "word " * 20_000  # 100,000 characters
    r = client.post("/documents/demo-harbour-talks/events/e1/reject", data={"csrf": csrf, "note": long_note},
                    follow_redirects=False)
    assert r.status_code == 303 and "error=note" in r.headers["location"]
    page = client.get(r.headers["location"])
    assert "at most 2000 characters (got 100,000)" in page.text
    assert client.get("/api/documents/demo-harbour-talks").json()["events"][0].get("review") is None
    auth = {"Authorization": f"Bearer {editor_token}"}
    assert client.post("/api/documents/demo-harbour-talks/events/e1/reject", headers=auth,
                       json={"note": long_note}).status_code == 422
    ok = client.post("/documents/demo-harbour-talks/events/e1/reject", data={"csrf": csrf, "note": "n" * 2000},
                     follow_redirects=False)
    assert "error" not in ok.headers["location"]


# -- API docs -----------------------------------------------------------------------------------
def test_api_docs_are_served_offline(client):
    r = client.get("/api/docs")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    urls = re.findall(r'(?:src|href)="([^"]+)"', r.text)
    assert urls and all(u.startswith("/") and not u.startswith("//") for u in urls), urls
    assert "/static/swagger/swagger-ui-bundle.js" in urls and "/static/api-docs.js" in urls
    for u in urls:
        assert client.get(u).status_code == 200, u
    # without scripts the page still lists every operation
    assert "<code>/api/documents/{document_id}/events/{event_id}/correct</code>" in r.text
    assert "unsafe-inline" not in r.headers["content-security-policy"]
    spec = client.get("/api/openapi.json").json()
    # each operation under one heading (review actions were listed twice)
    assert all(len(op["tags"]) == 1 for item in spec["paths"].values() for op in item.values())


def test_wrong_bearer_secrets_lock_that_account_only(client, review_db, editor_token, monkeypatch):
    from communique.web import security

    monkeypatch.setattr(security, "LOGIN_LOCKOUT", security.Lockout(limit=2, base=60))
    with review_db() as s:
        other = users.add_user(s, "bo", "editor")
    wrong = editor_token[:-4] + ("AAAA" if not editor_token.endswith("AAAA") else "BBBB")
    codes = [client.get("/api/me", headers={"Authorization": f"Bearer {wrong}"}).status_code for _ in range(3)]
    assert codes == [401, 401, 429]
    locked = client.get("/api/me", headers={"Authorization": f"Bearer {editor_token}"})
    assert locked.status_code == 429 and int(locked.headers["retry-after"]) > 0
    assert client.get("/api/me", headers={"Authorization": f"Bearer {other}"}).json()["user"] == "bo"



def test_an_event_with_no_plover_type_shows_its_cameo_code_not_a_bare_dash(tmp_path, archive):
    # a doer's claim of its own act is CAMEO 015 with no PLOVER type
    doc = hostile_doc()
    doc["document"]["id"] = "doc_claim"
    doc["events"][0].update(type=None, cameo="015")
    app = create_app(archive_sessions(tmp_path / "claim.db", [doc]), archive, WebSettings())
    with TestClient(app, base_url=BASE) as c:
        page, listing = c.get("/documents/doc_claim"), c.get("/events")
    assert page.status_code == 200 and listing.status_code == 200
    assert '<strong class="etype">CAMEO 015</strong>' in page.text
    assert 'class="c-type">CAMEO 015<' in listing.text
    assert '<strong class="etype">-</strong>' not in page.text
