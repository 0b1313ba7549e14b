"""/api/docs: the API's interactive description, served offline.

Swagger UI's files (version 5, which reads the OpenAPI 3.1 that FastAPI writes)
come from the ``fastapi-offline`` package and are served by the app under
/static/swagger, so the page loads nothing from another site (the workbench's
CSP allows only its own origin, and it often runs offline).
The page also lists every operation itself, so it is useful without scripts or
without the package."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

from .security import Who

SWAGGER_PREFIX = "/static/swagger"


def swagger_dir():
    from importlib.resources import files

    try:
        folder = files("fastapi_offline") / "static"
    except ModuleNotFoundError:  # the page still lists the endpoints
        return None
    return folder if (folder / "swagger-ui-bundle.js").is_file() else None


def operations(spec: dict) -> list[dict]:
    out = []
    for path, item in spec.get("paths", {}).items():
        for method, op in item.items():
            if method in ("get", "post", "put", "patch", "delete"):
                out.append({"method": method.upper(), "path": path, "summary": op.get("summary", ""),
                            "tag": (op.get("tags") or ["api"])[0]})
    return out


def mount(app: FastAPI) -> None:
    folder = swagger_dir()
    if folder is not None:
        # Mounted before /static so that this more specific prefix wins.
        app.mount(SWAGGER_PREFIX, StaticFiles(directory=str(folder)), name="swagger")

    @app.get("/api/docs", include_in_schema=False, response_class=HTMLResponse)
    def api_docs(request: Request):
        spec = app.openapi()
        return request.app.state.templates.TemplateResponse(
            request, "docs.html", {"request": request, "who": Who(None, "anonymous"),
                                   "csrf": getattr(request.state, "csrf", ""),
                                   "swagger": SWAGGER_PREFIX if folder is not None else None,
                                   "openapi_url": app.openapi_url, "operations": operations(spec),
                                   "spec": spec})
