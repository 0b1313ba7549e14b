"""Server-rendered pages: search, document, events, actors, actor, timeline, map, login."""

from __future__ import annotations

import io
import json
from functools import lru_cache
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from ..review import actions, users
from ..store.filters import REVIEW_STATES, Filters, clean_params, query_error, valid_date
from . import charts, security
from .deps import HERE, get_archive, get_db, get_who, get_who_open
from .highlight import annotations_from_document, highlight
from .security import CSRF_COOKIE, SESSION_COOKIE, Who, check_csrf, csrf_token
from .service import reviewed_document, reviewed_rows, review

router = APIRouter(include_in_schema=False)


GRANULARITIES = ("year", "month", "day")
BINARY_FORMATS = ("parquet",)
EXTENSIONS = {"plover-jsonl": "jsonl", "cameo-tsv": "tsv", "geojson": "geojson", "csv": "csv",
              "parquet": "parquet", "jsonl": "jsonl"}
MEDIA = {"plover-jsonl": "application/x-ndjson", "jsonl": "application/x-ndjson",
         "cameo-tsv": "text/tab-separated-values", "csv": "text/csv",
         "geojson": "application/geo+json", "parquet": "application/vnd.apache.parquet"}


# The same bounds as the API's filters (api.filters), so a page never shows "0 events"
# for a filter the API would refuse.
FILTER_MAX = {"q": 200, "type": 20, "actor": 200, "place": 200, "source": 200}


def filters_from(request: Request) -> Filters:
    """The page's filters; a bad one is a 400 page naming it."""
    given = clean_params(request.query_params)
    for name, most in FILTER_MAX.items():
        value = given.get(name)
        if value and len(value) > most:
            raise HTTPException(400, f"filter {name}: at most {most} characters (got {len(value)})")
    for name in ("date_from", "date_to"):
        value = given.get(name)
        if value and not valid_date(value):
            raise HTTPException(400, f"filter {name}: {value!r} is not a date; give YYYY, YYYY-MM or YYYY-MM-DD")
    if problem := query_error(given.get("q")):
        raise HTTPException(400, f"filter q: {problem}")
    review = given.get("review")
    if review and review not in REVIEW_STATES:
        raise HTTPException(400, f"filter review: {review!r} is not a review state; "
                                 f"choose one of {', '.join(REVIEW_STATES)}")
    return Filters.from_params(given)


def render(request: Request, name: str, who: Who, status: int = 200, **ctx) -> HTMLResponse:
    t = request.app.state.templates
    ctx.update(request=request, who=who, csrf=csrf_token(request, who))
    return t.TemplateResponse(request, name, ctx, status_code=status)


def qs(params: dict, **over) -> str:
    merged = {k: v for k, v in {**params, **over}.items() if v not in (None, "")}
    return "?" + urlencode(merged) if merged else ""


@router.get("/", response_class=HTMLResponse)
def search_page(request: Request, page: int = Query(1, ge=1, le=10_000), who=Depends(get_who),
                archive=Depends(get_archive)):
    f = filters_from(request)
    size = request.app.state.settings.page_size
    result = archive.search(f, (page - 1) * size, size)
    return render(request, "search.html", who, f=f, result=result, page=page, size=size,
                  params=f.as_params(), qs=qs)


@router.get("/documents/{document_id}", response_class=HTMLResponse)
def document_page(request: Request, document_id: str, event: str | None = None,
                  who=Depends(get_who), archive=Depends(get_archive), db=Depends(get_db)):
    doc = reviewed_document(archive, db, document_id)
    # Rejected events stay listed (struck out) but are not highlighted in the text.
    shown = {**doc, "events": [e for e in doc["events"]
                               if not (e.get("review") and e["review"]["decision"] == "rejected")]}
    html = highlight(doc["document"]["text"], annotations_from_document(shown), selected=event)
    selected = next((e for e in doc["events"] if e["id"] == event), None)
    log = actions.history(db, document_id, event) if selected else []
    return render(request, "document.html", who, doc=doc, html=html, selected=selected, log=log,
                  actors={a["id"]: a for a in doc.get("actors", [])},
                  places={p["id"]: p for p in doc.get("places", [])},
                  error=request.query_params.get("error"))


@router.post("/documents/{document_id}/events/{event_id}/{action}")
async def review_form(request: Request, document_id: str, event_id: str, action: str,
                      who=Depends(get_who), archive=Depends(get_archive), db=Depends(get_db)):
    form = await request.form()
    check_csrf(request, who, form.get("csrf"))
    if action not in ("confirm", "reject", "correct"):
        raise HTTPException(404, f"no review action {action!r}")
    values = None
    if action == "correct":
        values = {"type": form.get("type"), "mode": form.get("mode") or None,
                  "sources": form.getlist("sources"), "targets": form.getlist("targets"),
                  "date": form.get("date") or None, "place": form.get("place") or None,
                  "status": form.get("status")}
        if "cameo" in form:  # a form without the field leaves the code to follow the type
            values["cameo"] = form.get("cameo") or None
        # Only what differs from the event as it is now counts as a correction.
        doc = reviewed_document(archive, db, document_id)
        current = next((e for e in doc["events"] if e["id"] == event_id), None)
        if current is not None:
            values = {k: v for k, v in values.items() if _differs(current.get(k), v)}
    try:
        review(archive, db, who, document_id, event_id, action, values, note=form.get("note") or None)
    except HTTPException as exc:
        if exc.status_code != 400:
            raise
        return RedirectResponse(f"/documents/{document_id}{qs({'event': event_id, 'error': exc.detail})}",
                                status_code=303)
    return RedirectResponse(f"/documents/{document_id}{qs({'event': event_id})}", status_code=303)


def _differs(old, new) -> bool:
    if isinstance(old, list) or isinstance(new, list):
        return list(old or []) != list(new or [])
    return (old or None) != (new or None)


@router.post("/documents/{document_id}/events")
async def add_form(request: Request, document_id: str, who=Depends(get_who),
                   archive=Depends(get_archive), db=Depends(get_db)):
    form = await request.form()
    check_csrf(request, who, form.get("csrf"))
    try:
        start, end = int(form.get("start", "")), int(form.get("end", ""))
    except ValueError:
        return RedirectResponse(f"/documents/{document_id}{qs({'error': 'select the evidence text first'})}",
                                status_code=303)
    values = {"type": form.get("type"), "mode": form.get("mode") or None,
              "sources": form.getlist("sources"), "targets": form.getlist("targets"),
              "date": form.get("date") or None, "place": form.get("place") or None,
              "status": form.get("status") or "asserted"}
    try:
        row = review(archive, db, who, document_id, None, "add", values,
                     note=form.get("note") or None, start=start, end=end)
    except HTTPException as exc:
        if exc.status_code != 400:
            raise
        return RedirectResponse(f"/documents/{document_id}{qs({'error': exc.detail})}", status_code=303)
    return RedirectResponse(f"/documents/{document_id}{qs({'event': row.event_id})}", status_code=303)


@router.get("/events", response_class=HTMLResponse)
def events_page(request: Request, page: int = Query(1, ge=1, le=100_000), who=Depends(get_who),
                archive=Depends(get_archive), db=Depends(get_db)):
    f = filters_from(request)
    size = request.app.state.settings.table_size
    result = reviewed_rows(db, archive.events(f, (page - 1) * size, size))
    return render(request, "events.html", who, f=f, result=result, page=page, size=size,
                  params=f.as_params(), qs=qs, formats=export_formats(archive))


def export_formats(archive) -> list[str]:
    return archive.export_formats() + ["gold"]


@router.get("/events/export")
def export_download(request: Request, format: str = Query(...), who=Depends(get_who),
                    archive=Depends(get_archive), db=Depends(get_db)):
    f = filters_from(request)   # refuses what the page refuses: no export of "0 events" by mistake
    if format not in export_formats(archive):
        raise HTTPException(400, f"unknown export format {format!r}; known: {', '.join(export_formats(archive))}")
    if format == "gold":
        from ..review.gold import gold_records
        body = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in gold_records(db, archive))
        name, media = "reviewed.dev.jsonl", "application/x-ndjson"
    else:
        # The archive's exporters, over exactly the events the page shows (as reviewed).
        binary = format in BINARY_FORMATS
        buf = io.BytesIO() if binary else io.StringIO()
        archive.export(format, f, buf)
        body = buf.getvalue()
        name = f"events.{EXTENSIONS.get(format, format)}"
        media = MEDIA.get(format, "application/octet-stream")
    return Response(body, media_type=media,
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})


@router.get("/actors", response_class=HTMLResponse)
def actors_page(request: Request, name: str = Query("", max_length=FILTER_MAX["actor"]),
                page: int = Query(1, ge=1, le=100_000), who=Depends(get_who), archive=Depends(get_archive)):
    """Every actor of an event, most events first, a page at a time; ``?name=X`` is X's page."""
    if name.strip():
        return RedirectResponse(f"/actors/{quote(name.strip(), safe='')}", status_code=303)
    size = request.app.state.settings.table_size
    result = archive.actors((page - 1) * size, size)
    return render(request, "actors.html", who, result=result, page=page, size=size, params={}, qs=qs)


@router.get("/actors/{name:path}", response_class=HTMLResponse)
def actor_page(request: Request, name: str, page: int = Query(1, ge=1, le=100_000), who=Depends(get_who),
               archive=Depends(get_archive), db=Depends(get_db)):
    if not name.strip():   # "/actors/": the list of actors, not an actor named ""
        return actors_page(request, "", page, who, archive)
    actor = archive.actor(name)
    if actor is None:
        raise HTTPException(404, f"no actor named {name!r}")
    edges = [(p["name"], p["name"], "both" if p["out"] and p["in"] else ("out" if p["out"] else "in"),
              p["out"] + p["in"]) for p in actor["partners"][:16]]
    # Every event with the actor as source or target, a page at a time.
    size = request.app.state.settings.table_size
    result = reviewed_rows(db, archive.actor_events(actor["name"], (page - 1) * size, size))
    for r in result.rows:
        names = r.get("actor_names") or {}
        e = r["event"]
        r["role"] = " and ".join(role for role, ids in (("source", e.get("sources", [])), ("target", e.get("targets", [])))
                                 if any(names.get(a) == actor["name"] for a in ids))
    return render(request, "actor.html", who, actor=actor, net=charts.network(actor["name"], edges),
                  result=result, page=page, size=size, params={}, qs=qs)


@router.get("/timeline", response_class=HTMLResponse)
def timeline_page(request: Request, granularity: str = Query("month", pattern="^(year|month|day)$"),
                  who=Depends(get_who), archive=Depends(get_archive)):
    f = filters_from(request)
    rows = archive.timeline(f, granularity)
    return render(request, "timeline.html", who, f=f, chart=charts.timeline(rows, granularity), rows=rows,
                  granularity=granularity, granularities=GRANULARITIES, params=f.as_params(), qs=qs)


@lru_cache(maxsize=1)
def world() -> dict:
    return json.loads((HERE / "static" / "world-110m.json").read_text(encoding="utf-8"))


@router.get("/map", response_class=HTMLResponse)
def map_page(request: Request, who=Depends(get_who), archive=Depends(get_archive)):
    f = filters_from(request)
    places = archive.places(f)
    return render(request, "map.html", who, f=f, world=world(), points=charts.map_points(places),
                  places=places, params=f.as_params(), qs=qs)


@router.get("/favicon.ico")
def favicon():
    return RedirectResponse("/static/favicon.svg", status_code=308)


@router.get("/login", response_class=HTMLResponse)
def login_page(request: Request, who=Depends(get_who_open)):
    return render(request, "login.html", who)


@router.post("/login")
async def login(request: Request, who=Depends(get_who_open), db=Depends(get_db)):
    form = await request.form()
    check_csrf(request, who, form.get("csrf"))
    token = form.get("token") or ""
    # Failures count against the account the token names (its id part), not the
    # client address, which every reviewer on loopback shares.
    owner = users.token_owner(db, token)
    account = owner.name if owner is not None else None
    wait = security.LOGIN_LOCKOUT.wait(account) if account else 0
    if wait:
        return render(request, "login.html", who, status=429,
                      error=f"Too many failed logins for this account; try again in {int(wait) + 1} s.")
    user = users.check_token(db, token)
    if user is None:
        if account:
            security.LOGIN_LOCKOUT.fail(account)
        return render(request, "login.html", who, status=401, error="That token is not valid.")
    security.LOGIN_LOCKOUT.succeed(user.name)
    secret, _ = users.open_session(db, user)
    resp = RedirectResponse("/", status_code=303)
    resp.set_cookie(SESSION_COOKIE, secret, httponly=True, samesite="strict",
                    secure=request.app.state.settings.secure_cookies, path="/",
                    max_age=users.SESSION_HOURS * 3600)
    # A fresh CSRF token for the new session.
    resp.delete_cookie(CSRF_COOKIE, path="/")
    return resp


@router.post("/logout")
async def logout(request: Request, who=Depends(get_who_open), db=Depends(get_db)):
    form = await request.form()
    check_csrf(request, who, form.get("csrf"))
    users.close_session(db, request.cookies.get(SESSION_COOKIE))
    resp = RedirectResponse("/", status_code=303)
    resp.delete_cookie(SESSION_COOKIE, path="/")
    return resp
