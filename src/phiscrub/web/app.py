"""The page's ASGI app (Starlette), with its guards.

Safety, in the order a request meets it: the Host header must name this server (a DNS-rebinding
page elsewhere cannot reach it); every request carries the session token (query ``token`` or the
``X-Phiscrub-Token`` header; compared in constant time), as Jupyter's does; uploads are size-limited
and their first bytes must be a photo format's; responses carry a strict Content-Security-Policy and
no caching. Drafts and photos live in memory for their request only, and the access log names the
method, path and status (never a query string or a body).
"""

from __future__ import annotations

import hmac
import html
import json
import logging
import secrets
from importlib.resources import files
from typing import Iterable, Optional

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from phiscrub.errors import ImageError, InputError, PhiscrubError

TOKEN_HEADER = "x-phiscrub-token"
MAX_PHOTO = 25 * 1024 * 1024
MAX_JSON = 1024 * 1024
# the first bytes of the formats phiscrub reads: JPEG, PNG, WebP, HEIC/HEIF
MAGIC = (b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"RIFF", b"\x00\x00\x00")
CSP = ("default-src 'self'; img-src 'self' data: blob:; script-src 'self'; style-src 'self'; connect-src 'self'; "
       "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
HEADERS = {"Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer",
           "Cache-Control": "no-store", "X-Frame-Options": "DENY"}
STATIC = {"app.js": "text/javascript; charset=utf-8", "app.css": "text/css; charset=utf-8"}
log = logging.getLogger("phiscrub.web")


def new_token() -> str:
    return secrets.token_urlsafe(24)


class Guard:
    """ASGI middleware: Host check, token check, security headers, a value-free access log."""

    def __init__(self, app, token: str, hosts: Iterable[str]):
        self.app, self.token, self.hosts = app, token, {h.lower() for h in hosts}

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        request = Request(scope)
        host = (request.headers.get("host") or "").lower()
        if host not in self.hosts:
            return await self._deny(scope, receive, send, 421, "unknown host: open the address phiscrub printed")
        given = request.query_params.get("token") or request.headers.get(TOKEN_HEADER) or ""
        if not hmac.compare_digest(given.encode(), self.token.encode()):
            return await self._deny(scope, receive, send, 403, "missing or wrong token: open the address phiscrub "
                                    "printed when it started")

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                message["headers"] = list(message.get("headers", [])) + [
                    (k.lower().encode(), v.encode()) for k, v in HEADERS.items()]
                log.info("%s %s %s", scope["method"], scope["path"], message["status"])
            await send(message)

        return await self.app(scope, receive, send_with_headers)

    async def _deny(self, scope, receive, send, status: int, why: str):
        log.info("%s %s %s", scope["method"], scope["path"], status)
        response = PlainTextResponse(why, status_code=status, headers=HEADERS)
        await response(scope, receive, send)


class Handlers:
    """The four routes: the page, its two assets, a draft's analysis and a photo's safe copy."""

    def __init__(self, service, token: str):
        self.service, self.token = service, token

    async def page(self, request: Request) -> Response:
        body = files("phiscrub.web").joinpath("static").joinpath("index.html").read_text("utf-8")
        return HTMLResponse(body.replace("{{TOKEN}}", html.escape(self.token, quote=True)))

    async def static(self, request: Request) -> Response:
        name = request.path_params["name"]
        if name not in STATIC:
            return PlainTextResponse("not found", status_code=404)
        body = files("phiscrub.web").joinpath("static").joinpath(name).read_text("utf-8")
        return Response(body, media_type=STATIC[name])

    async def analyze(self, request: Request) -> Response:
        raw = await _body(request, MAX_JSON)
        if raw is None:
            return _error(413, f"a request is limited to {MAX_JSON // 1024} KB")
        try:
            payload = json.loads(raw or b"{}")
        except ValueError:
            return _error(400, "the body is not valid JSON")
        try:
            return JSONResponse(await run_in_threadpool(self.service.analyze, payload))
        except InputError as exc:
            return _error(400, str(exc))
        except PhiscrubError as exc:
            return _error(500, str(exc))

    async def photo(self, request: Request) -> Response:
        if int(request.headers.get("content-length") or 0) > MAX_PHOTO + 64 * 1024:
            return _error(413, f"a photo is limited to {MAX_PHOTO // (1024 * 1024)} MB")
        form = await request.form(max_files=1, max_fields=2)
        upload = form.get("photo")
        if upload is None or not hasattr(upload, "read"):
            return _error(400, "send one file in the form field 'photo'")
        name = (upload.filename or "photo").replace("/", "_").replace("\\", "_")[:120]
        data = await upload.read(MAX_PHOTO + 1)
        await form.close()
        return await self._photo(data, name)

    async def _photo(self, data: bytes, name: str) -> Response:
        if len(data) > MAX_PHOTO:
            return _error(413, f"a photo is limited to {MAX_PHOTO // (1024 * 1024)} MB", name)
        if not data.startswith(MAGIC):
            return _error(422, f"{name}: not a JPEG, PNG, WebP or HEIC photo", name)
        try:
            return JSONResponse(await run_in_threadpool(self.service.photo, data, name))
        except ImageError as exc:
            return _error(422, f"{name}: {exc}", name)


def create_app(service, token: str, hosts: Iterable[str]) -> Starlette:
    """The app over a ``Service``; ``hosts``: the Host header values accepted ("127.0.0.1:8765", …)."""
    h = Handlers(service, token)
    routes = [Route("/", h.page), Route("/static/{name}", h.static), Route("/api/analyze", h.analyze, methods=["POST"]),
              Route("/api/photo", h.photo, methods=["POST"])]
    return Starlette(routes=routes, middleware=[Middleware(Guard, token=token, hosts=hosts)])


async def _body(request: Request, limit: int) -> Optional[bytes]:
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
    return b"".join(chunks)


def _error(status: int, message: str, name: Optional[str] = None) -> JSONResponse:
    body = {"error": message}
    if name is not None:
        body["name"] = name
    return JSONResponse(body, status_code=status)


def host_names(host: str, port: int) -> set:
    """The Host header values a browser sends for this server."""
    names = {host, "127.0.0.1", "localhost"} if host in ("127.0.0.1", "localhost", "::1") else {host}
    if host == "::1":
        names.add("[::1]")
    return {f"{n}:{port}" for n in names} | ({*names} if port == 80 else set())
