"""The 报送平台's application for one county: middleware, routes (``views``) and error pages.
``app`` holds what the views share (sessions, limits, who may see what); this module puts them together,
so ``app`` never imports ``views``; ``serve_in_thread`` runs it beside ``beizeng serve``.
"""

from __future__ import annotations

import threading

from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from beizeng.base.config import Config
from beizeng.base.periods import is_stored, period_words
from beizeng.base.problems import SEVERITY_ZH
from beizeng.web.app import (
    STATUS_ZH,
    TEMPLATES,
    BodyLimit,
    Forbidden,
    Limits,
    SchemeSessions,
    SecurityHeaders,
    _lifespan,
    log,
    secret_key,
)
from beizeng.web.store import (
    REASONS,
    ROLE_SENDER,
    Store,
    store_path,
)


def period_shown(period: str | None) -> str:
    """A submission's period as a person writes it (2026年1-3月, 2026年度), or what was stored when it is no period."""
    if not period:
        return "—"
    return period_words(period) if is_stored(period) else str(period)


def create_app(cfg: Config, *, limits: Limits | None = None, lock_wait: float = 20.0,
               always_secure: bool = False, store: Store | None = None) -> FastAPI:
    """The application for one county (its beizeng.toml); ``lock_wait`` is how long an upload waits for
    another run to finish writing before it leaves the file to the watcher."""
    from beizeng.web import layout_answer, views

    limits = limits or Limits()
    store = store or Store(store_path(cfg))
    app = FastAPI(title="倍增报送平台", docs_url=None, redoc_url=None, openapi_url=None, lifespan=_lifespan)
    app.state.cfg = cfg
    app.state.store = store
    app.state.limits = limits
    app.state.lock_wait = lock_wait
    app.state.templates = Jinja2Templates(directory=str(TEMPLATES))
    app.state.templates.env.globals.update(SEVERITY_ZH=SEVERITY_ZH, STATUS_ZH=STATUS_ZH, REASONS=REASONS,
                                           county=cfg.county, period_words=period_words, period_shown=period_shown,
                                           ROLE_SENDER=ROLE_SENDER)
    app.add_middleware(SchemeSessions, secret_key=secret_key(cfg), always_secure=always_secure)
    # the whole request: every file at the limit plus a little for the form's other fields
    error_page = app.state.templates.get_template("error.html")
    app.add_middleware(BodyLimit, limit=limits.max_bytes * limits.max_files + 64 * 1024,
                       render=lambda title, text: error_page.render(title=title, text=text, user=None, csrf="",
                                                                    flash=""))
    app.add_middleware(SecurityHeaders)
    app.include_router(views.router)
    app.include_router(layout_answer.router)  # the 表头对照 question answered on the result page
    app.state.templates.env.globals["layout_question"] = layout_answer.layout_question

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if exc.status_code in (301, 302, 303, 307) and exc.headers:
            return RedirectResponse(exc.headers["Location"], status_code=303)
        words = {404: ("没有找到", "没有这个页面或文件，或者它不属于您的单位。"),
                 403: ("不能这样操作", str(exc.detail) if exc.detail and exc.detail != "Forbidden" else "您的账号没有这项权限。"),
                 405: ("不能这样操作", "请从页面上的按钮或链接进入。")}
        title, text = words.get(exc.status_code, ("出错了", str(exc.detail)))
        if exc.status_code == 400 or exc.status_code == 413:
            title, text = "无法处理", str(exc.detail)
        return views.page(request, "error.html", {"title": title, "text": text}, status=exc.status_code)

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> Response:
        """Not a traceback for the sender: what it means for the file, in Chinese; the details go to the log."""
        log.exception("报送平台处理 %s 时出错", request.url.path)
        return views.page(request, "error.html", {
            "title": "系统出错", "text": "处理时出了意外的错误，已记入服务器日志。已上传的文件保存在收件箱中，不会丢失；"
                                    "请稍后刷新“我的报送”查看结果，或联系县级管理员。"}, status=500)

    @app.exception_handler(Forbidden)
    async def forbidden(request: Request, exc: Forbidden) -> Response:
        return views.page(request, "error.html", {"title": "没有找到", "text": "没有这个页面或文件，或者它不属于您的单位。"},
                          status=404)

    return app


#: `beizeng serve` starts the 报送平台 beside the deployments at this address ("host:port"; "off" for none).
WEB_ENV = "BEIZENG_WEB"
WEB_DEFAULT = "127.0.0.1:8000"


def serve_in_thread(cfg: Config, address: str | None = None) -> threading.Thread | None:
    """Run the 报送平台 in a daemon thread (for `beizeng serve`); None when ``BEIZENG_WEB=off``."""
    import os

    import uvicorn

    address = address or os.environ.get(WEB_ENV, WEB_DEFAULT)
    if address.lower() in ("off", "no", "0", ""):
        return None
    host, _, port = address.rpartition(":")
    server = uvicorn.Server(uvicorn.Config(create_app(cfg), host=host or "127.0.0.1", port=int(port),
                                           proxy_headers=True, log_level="warning", timeout_keep_alive=5))
    thread = threading.Thread(target=server.run, name="beizeng-web", daemon=True)
    thread.start()
    return thread
