"""`beizeng web` (the 报送平台) and `beizeng users` (its accounts).

Accounts are kept in ``beizeng-web.sqlite`` beside beizeng.toml (``beizeng.web.store``): `users add` prints a
one-time password once, to be handed to the sender and changed at first login; nothing else ever shows a
password.  The web server itself is started here or, beside the Prefect deployments, by `beizeng serve`.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from beizeng.cli.app import _cfg, app, console
from beizeng.cli.usage_zh import ChineseUsageGroup

users_app = typer.Typer(help="报送平台的账号：开设、列出、重设密码、删除。", no_args_is_help=True,
                        cls=ChineseUsageGroup)
app.add_typer(users_app, name="users")


class Role(StrEnum):
    sender = "填报单位"
    county = "县级"
    readonly = "只读"


def start_web(host: str, port: int, forwarded_allow_ips: str, max_mb: float, max_files: int,
              secure_cookies: bool, log_level: str = "warning") -> None:
    """Run the 报送平台 until interrupted (also called by `beizeng serve`, in a thread beside the deployments)."""
    import uvicorn

    from beizeng.web.app import Limits
    from beizeng.web.server import create_app

    cfg = _cfg()
    application = create_app(cfg, limits=Limits(int(max_mb * 1024 * 1024), max_files), always_secure=secure_cookies)
    uvicorn.run(application, host=host, port=port, proxy_headers=True, forwarded_allow_ips=forwarded_allow_ips,
                log_level=log_level, timeout_keep_alive=5)


@app.command()
def web(
    host: Annotated[str, typer.Option(help="监听地址：127.0.0.1 只供本机（默认）；0.0.0.0 供县里内网访问。")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="端口。")] = 8000,
    forwarded_allow_ips: Annotated[str, typer.Option(
        help="信任哪些反向代理转发的 X-Forwarded-Proto/For（HTTPS 由代理提供时填代理的地址）。")] = "127.0.0.1",
    max_mb: Annotated[float, typer.Option(min=0.1, help="每个上传文件的大小上限（MB）。")] = 20,
    max_files: Annotated[int, typer.Option(min=1, help="一次最多上传几个文件。")] = 10,
    secure_cookies: Annotated[bool, typer.Option(
        "--secure-cookies", help="登录 Cookie 一律加 Secure（只经 HTTPS 发送）；经代理的 HTTPS 请求本来就会加。")] = False,
) -> None:
    """报送平台：填报单位在浏览器中上传报表、数秒内看到校验结果；县级查看报送情况并下载汇总表。"""
    cfg = _cfg()
    from beizeng.web.store import Store, store_path

    if not Store(store_path(cfg)).users():
        console.print("[yellow]还没有任何账号：[/yellow]先用 `beizeng users add 城关镇`（填报单位）或 "
                      "`beizeng users add 县工信局 --role 县级` 开设账号。")
    shown = "本机" if host in ("127.0.0.1", "localhost") else "内网"
    console.print(f"报送平台已启动（{shown}）：http://{host}:{port}/ 。对外请放在县里的反向代理之后，由代理提供 HTTPS。按 Ctrl+C 停止。")
    start_web(host, port, forwarded_allow_ips, max_mb, max_files, secure_cookies)


@users_app.command("add")
def users_add(
    name: Annotated[str, typer.Argument(help="账号名称：填报单位用 beizeng.toml 中的乡镇或部门名称（城关镇）。")],
    role: Annotated[Role, typer.Option("--role", "-r", help="角色：填报单位（只看本单位）、县级（全部）、只读（领导：查看和下载）。")]
    = Role.sender,
) -> None:
    """开设账号并显示一次性密码（首次登录必须修改）。"""
    from beizeng.web.store import Store, store_path

    cfg = _cfg()
    sender = None
    if role is Role.sender:
        known = cfg.sender(name)
        if known is None:
            names = "、".join(s.name for s in cfg.senders)
            console.print(f"[red]“{name}”不是 beizeng.toml 中的乡镇或部门。[/red]可用的名称：{names}；"
                          "县级或只读账号请加 --role 县级 或 --role 只读。")
            raise typer.Exit(2)
        sender = name = known.name
    try:
        otp = Store(store_path(cfg)).add_user(name, role.value, sender)
    except ValueError as exc:
        console.print(f"[red]{escape(str(exc))}[/red]")
        raise typer.Exit(2) from None
    console.print(f"已开设账号“{name}”（{role.value}）。一次性密码：[bold]{otp}[/bold]")
    console.print("请把账号和一次性密码交给使用人；首次登录后必须修改，本密码不会再显示。", highlight=False)


@users_app.command("reset")
def users_reset(name: Annotated[str, typer.Argument(help="账号名称。")]) -> None:
    """重设密码（忘记密码或账号被锁定时）：显示新的一次性密码，原有登录全部失效。"""
    from beizeng.web.store import Store, store_path

    try:
        otp = Store(store_path(_cfg())).reset_user(name)
    except ValueError as exc:
        console.print(f"[red]{escape(str(exc))}[/red]")
        raise typer.Exit(2) from None
    console.print(f"账号“{name}”的新一次性密码：[bold]{otp}[/bold]（首次登录后必须修改）")


@users_app.command("remove")
def users_remove(name: Annotated[str, typer.Argument(help="账号名称。")]) -> None:
    """删除账号（其上传和说明的记录保留）。"""
    from beizeng.web.store import Store, store_path

    try:
        Store(store_path(_cfg())).remove_user(name)
    except ValueError as exc:
        console.print(f"[red]{escape(str(exc))}[/red]")
        raise typer.Exit(2) from None
    console.print(f"已删除账号“{name}”。")


@users_app.command("list")
def users_list() -> None:
    """列出全部账号：角色、所属单位、是否待改密码、是否锁定。"""
    import datetime as dt

    from beizeng.web.store import Store, store_path

    users = Store(store_path(_cfg())).users()
    if not users:
        console.print("还没有账号：beizeng users add 城关镇")
        return
    table = Table(title="报送平台账号")
    for h in ("账号", "角色", "单位", "状态"):
        table.add_column(h)
    now = dt.datetime.now()
    for u in users:
        state = ("已锁定至 " + f"{u.locked_until:%H:%M}" if u.locked_until and u.locked_until > now
                 else "待修改一次性密码" if u.must_change else "正常")
        table.add_row(u.name, u.role, u.sender or "—", state)
    console.print(table)
