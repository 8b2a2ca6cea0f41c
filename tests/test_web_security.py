"""The 报送平台's guards, against the real application (FastAPI TestClient, real SQLite store, real ingest)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
from fastapi.testclient import TestClient

from beizeng.base.config import Config
from beizeng.web import views
from beizeng.web.app import Limits
from beizeng.web.server import create_app
from beizeng.web.store import (
    LOCK_MINUTES,
    MAX_FAILURES,
    MAX_UNKNOWN_LOGINS,
    ROLE_COUNTY,
    ROLE_SENDER,
    Store,
    store_path,
)
from beizeng.web.upload import safe_name
from tests.scenarios import fai_2026_06

NEW_PASSWORD = "Qz8-changed-pw"


@pytest.fixture
def store(county: Config) -> Store:
    return Store(store_path(county))


@pytest.fixture
def client(county: Config, store: Store, monkeypatch: pytest.MonkeyPatch) -> Iterator[TestClient]:
    monkeypatch.setattr(views, "SLOWDOWN", 0.0)  # the slow-down is checked on its own; here it would only cost time
    app = create_app(county, store=store, limits=Limits(max_bytes=65_536, max_files=2), lock_wait=5)
    with TestClient(app) as c:
        yield c


def token(page: str) -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', page)
    assert found, page
    return found.group(1)


def log_in(client: TestClient, name: str, password: str) -> None:
    r = client.post("/login", data={"csrf_token": token(client.get("/login").text), "name": name,
                                    "password": password}, follow_redirects=False)
    assert r.status_code == 303, r.text


def sender_ready(client: TestClient, store: Store, name: str) -> str:
    """An account of ``name`` logged in with its one-time password changed; the page's CSRF token."""
    otp = store.add_user(name, ROLE_SENDER, name)
    log_in(client, name, otp)
    r = client.post("/password", data={"csrf_token": token(client.get("/password").text), "old": otp,
                                       "new": NEW_PASSWORD, "again": NEW_PASSWORD})
    assert r.status_code == 200 and "密码已修改" in r.text
    return token(r.text)


def test_a_form_without_its_csrf_token_is_refused(client: TestClient, store: Store, county: Config) -> None:
    otp = store.add_user("东镇", ROLE_SENDER, "东镇")
    client.get("/login")
    r = client.post("/login", data={"name": "东镇", "password": otp})
    assert r.status_code == 403 and views.CSRF_REFUSED in r.text
    assert client.get("/mine", follow_redirects=False).headers["location"] == "/login"  # not logged in
    r = client.post("/login", data={"csrf_token": "forged", "name": "东镇", "password": otp})
    assert r.status_code == 403
    # logged in, an upload without the token is refused before a byte reaches the inbox
    log_in(client, "东镇", otp)
    client.post("/password", data={"csrf_token": token(client.get("/password").text), "old": otp,
                                   "new": NEW_PASSWORD, "again": NEW_PASSWORD})
    r = client.post("/upload", files=[("files", ("东镇.xlsx", b"PK\x03\x04"))])
    assert r.status_code == 403 and views.CSRF_REFUSED in r.text
    assert list(county.inbox.iterdir()) == []


def test_the_one_time_password_must_be_changed_first(client: TestClient, store: Store) -> None:
    otp = store.add_user("东镇", ROLE_SENDER, "东镇")
    log_in(client, "东镇", otp)
    assert client.get("/mine", follow_redirects=False).headers["location"] == "/password"
    page = client.get("/password").text
    r = client.post("/password", data={"csrf_token": token(page), "old": otp, "new": "short", "again": "short"})
    assert r.status_code == 400 and "新密码至少 10 个字符" in r.text
    r = client.post("/password", data={"csrf_token": token(page), "old": otp, "new": NEW_PASSWORD, "again": NEW_PASSWORD},
                    follow_redirects=False)
    assert r.headers["location"] == "/"
    assert client.get("/mine").status_code == 200
    user = store.user("东镇")
    assert user is not None and not user.must_change


def test_oversized_uploads_and_too_many_files_are_refused_in_chinese(client: TestClient, store: Store,
                                                                      county: Config) -> None:
    csrf = sender_ready(client, store, "东镇")
    big = b"x" * 70_000  # over the 64 KB limit of one file, under the whole request's limit
    r = client.post("/upload", data={"csrf_token": csrf}, files=[("files", ("东镇大文件.xlsx", big))])
    assert r.status_code == 413
    assert "文件“东镇大文件.xlsx”太大" in r.text and "每个文件不能超过 0.0625 MB" in r.text
    # a request whose declared length is beyond every file at the limit: refused before it is read
    huge = b"x" * 200_000
    r = client.post("/upload", data={"csrf_token": csrf}, files=[("files", ("a.xlsx", huge))])
    assert r.status_code == 413 and "一次上传的文件合计不能超过" in r.text
    three = [("files", (f"{i}.xlsx", b"PK")) for i in range(3)]
    r = client.post("/upload", data={"csrf_token": csrf}, files=three)
    assert r.status_code == 400 and "一次最多上传 2 个文件，这次选了 3 个" in r.text
    assert list(county.inbox.iterdir()) == []


@pytest.mark.parametrize(("original", "kept"), [
    ("../../x.xlsx", "_x.xlsx"),
    ("..\\..\\windows\\x.xlsx", "_x.xlsx"),
    ("/etc/passwd", "_passwd"),
    (".hidden.xlsx", "_hidden.xlsx"),
    ("东镇:6月|<报表>?.XLSX", "_东镇_6月__报表__.xlsx"),
    ("", "_未命名"),
])
def test_a_client_file_name_never_acts_as_a_path(original: str, kept: str) -> None:
    name = safe_name(original)
    assert re.fullmatch(r"网报-[a-z]{8}" + re.escape(kept), name), name
    assert "/" not in name and "\\" not in name and not name.startswith(".")


def test_an_upload_named_dot_dot_is_stored_inside_the_county_and_others_see_404(
        client: TestClient, store: Store, county: Config, tmp_path: Path) -> None:
    east, _ = fai_2026_06(tmp_path / "made")
    csrf = sender_ready(client, store, "东镇")
    r = client.post("/upload", data={"csrf_token": csrf}, files=[("files", ("../../x.xlsx", east.read_bytes()))])
    assert r.status_code == 200 and "已入库，没有发现问题。" in r.text
    assert "../../x.xlsx" in r.text  # the sender's own name, for display
    assert not (county.root.parent / "x.xlsx").exists() and not (county.root / "x.xlsx").exists()
    [row] = store.uploads()
    assert row["original_name"] == "../../x.xlsx" and row["state"] == "accepted"
    stored = list((county.archive / "2026-06").iterdir())
    assert [p.name for p in stored] == [f"{row['file_hash'][:8]}_{row['stored_name']}"]
    sid = int(row["submission_id"])
    assert client.get(f"/submissions/{sid}").status_code == 200
    assert client.get(f"/submissions/{sid}/file").content == east.read_bytes()
    batch = str(row["batch"])
    # the warehouse has the upload with its original name, and the audit of it
    con = duckdb.connect(str(county.db_path), read_only=True)
    try:
        assert con.execute("select original_name, submission_id from web_uploads").fetchall() == [("../../x.xlsx", sid)]
        assert con.execute("select action, \"user\" from web_audit where action = 'upload'").fetchall() == [
            ("upload", "东镇")]
    finally:
        con.close()

    client.cookies.clear()
    sender_ready(client, store, "西镇")
    for url in (f"/submissions/{sid}", f"/submissions/{sid}/file", f"/submissions/{sid}/feedback", f"/uploads/{batch}",
                "/submissions/999"):
        r = client.get(url)
        assert r.status_code == 404 and "不属于您的单位" in r.text, url
    assert client.get("/board").status_code == 403  # the board is the county's

    client.cookies.clear()
    otp = store.add_user("县工信局", ROLE_COUNTY, None)
    log_in(client, "县工信局", otp)
    client.post("/password", data={"csrf_token": token(client.get("/password").text), "old": otp,
                                   "new": NEW_PASSWORD, "again": NEW_PASSWORD})
    assert client.get(f"/submissions/{sid}").status_code == 200
    r = client.post("/upload", data={"csrf_token": token(client.get("/board").text)},
                    files=[("files", ("x.xlsx", east.read_bytes()))])
    assert r.status_code == 403 and "不能上传报表" in r.text


def test_wrong_passwords_lock_the_account(client: TestClient, store: Store) -> None:
    sender_ready(client, store, "东镇")
    client.cookies.clear()
    for i in range(1, MAX_FAILURES):
        r = client.post("/login", data={"csrf_token": token(client.get("/login").text), "name": "东镇",
                                        "password": f"wrong-{i}"})
        assert r.status_code == 401 and f"再错 {MAX_FAILURES - i} 次将锁定 {LOCK_MINUTES} 分钟" in r.text
    r = client.post("/login", data={"csrf_token": token(client.get("/login").text), "name": "东镇", "password": "wrong"})
    assert r.status_code == 401 and f"连续输错密码 {MAX_FAILURES} 次，账号已锁定" in r.text
    # while locked even the right password is refused
    r = client.post("/login", data={"csrf_token": token(client.get("/login").text), "name": "东镇",
                                    "password": NEW_PASSWORD})
    assert r.status_code == 401 and "账号已锁定" in r.text
    assert len(store.audit_rows("login_failed")) == MAX_FAILURES + 1
    user = store.user("东镇")
    assert user is not None and user.locked_until is not None
    later = user.locked_until + dt.timedelta(seconds=1)
    assert store.check_password("东镇", NEW_PASSWORD, at=later)[1] == ""


def test_each_wrong_password_answers_slower(county: Config, store: Store) -> None:
    app = create_app(county, store=store)
    store.add_user("东镇", ROLE_SENDER, "东镇")
    with TestClient(app) as c:
        waits = []
        for _ in range(2):
            start = dt.datetime.now()
            c.post("/login", data={"csrf_token": token(c.get("/login").text), "name": "东镇", "password": "wrong"})
            waits.append((dt.datetime.now() - start).total_seconds())
    assert waits[0] >= views.SLOWDOWN and waits[1] >= 2 * views.SLOWDOWN


def test_session_cookie_is_signed_httponly_samesite_and_secure_over_https(county: Config, store: Store) -> None:
    otp = store.add_user("东镇", ROLE_SENDER, "东镇")
    app = create_app(county, store=store)
    with TestClient(app) as c:
        cookie = c.get("/login").headers["set-cookie"]
        assert cookie.startswith("beizeng_session=") and "httponly" in cookie and "samesite=lax" in cookie
        assert "secure" not in cookie
    with TestClient(app, base_url="https://testserver") as c:
        r = c.post("/login", data={"csrf_token": token(c.get("/login").text), "name": "东镇", "password": otp},
                   follow_redirects=False)
        cookie = r.headers["set-cookie"]
        assert "httponly" in cookie and "samesite=lax" in cookie and "secure" in cookie
        # a cookie altered by hand is not a session
        c.cookies.set("beizeng_session", cookie.split(";")[0].split("=", 1)[1][:-3] + "abc")
        assert c.get("/mine", follow_redirects=False).headers["location"] == "/login"


def test_a_slow_client_does_not_hold_up_others(county: Config, store: Store) -> None:
    """A real uvicorn: one client sends half an upload and stalls; another's page is answered meanwhile."""
    import socket
    import threading
    import time

    import httpx
    import uvicorn

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(create_app(county, store=store), host="127.0.0.1", port=port,
                                        log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started and time.monotonic() < deadline:
        time.sleep(0.05)
    slow = socket.create_connection(("127.0.0.1", port))
    try:
        slow.sendall(b"POST /upload HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=b\r\n"
                     b"Content-Length: 100000\r\n\r\n--b\r\nContent-Disposition: form-data; name=\"files\"; "
                     b"filename=\"a.xlsx\"\r\n\r\nPK")
        start = time.monotonic()
        r = httpx.get(f"http://127.0.0.1:{port}/login", timeout=10)
        assert r.status_code == 200 and "登录" in r.text
        assert time.monotonic() - start < 5
        assert r.headers["x-frame-options"] == "DENY" and r.headers["x-content-type-options"] == "nosniff"
    finally:
        slow.close()
        srv.should_exit = True
        thread.join(10)


def test_a_township_cannot_upload_its_neighbours_return(client: TestClient, store: Store, county: Config,
                                                       tmp_path: Path) -> None:
    """西镇 uploading 东镇's return (its 填报单位 line, title and file name all say 东镇) would have loaded it
    as 东镇's, replacing 东镇's figures, and made it visible to both: it never reaches the inbox."""
    east, _ = fai_2026_06(tmp_path / "made")
    csrf = sender_ready(client, store, "西镇")
    r = client.post("/upload", data={"csrf_token": csrf}, files=[("files", (east.name, east.read_bytes()))])
    assert r.status_code == 400
    assert "是东镇的报表" in r.text and "不是本单位（西镇）的，没有入库" in r.text
    assert not [p for p in county.inbox.iterdir() if p.is_file()] and not county.archive.exists()
    [kept] = (county.warehouse / "web" / "refused").iterdir()  # kept for the county, never deleted
    assert kept.read_bytes() == east.read_bytes()
    [audit] = store.audit_rows("upload_refused")
    assert audit["user"] == "西镇" and "识别为东镇的报表" in audit["detail"]


def test_a_neighbours_return_on_a_second_sheet_never_reaches_the_inbox(client: TestClient, store: Store,
                                                                       county: Config, tmp_path: Path) -> None:
    """A workbook is read as one return per form its visible sheets carry (identify.returns_in): 西镇's own
    project return on the first sheet does not carry the statistics bureau's city comparison on the second
    past the own-sender check, which reads every return of the file, not only the first."""
    import openpyxl

    from tests.test_reader_layouts import CITY

    _, west = fai_2026_06(tmp_path / "made")
    wb = openpyxl.load_workbook(west)
    city = wb.create_sheet("全市对比")
    city["A1"] = "测试市2026年1-6月各县区主要工业指标对比"
    city.append(["县区", "规上工业总产值累计（万元）", "规上工业总产值增速（%）", "规上工业增加值增速（%）",
                 "工业固定资产投资累计（万元）", "工业固定资产投资增速（%）", "技术改造投资累计（万元）", "技术改造投资增速（%）"])
    for row in CITY:
        city.append(list(row))
    wb.save(west)
    csrf = sender_ready(client, store, "西镇")
    r = client.post("/upload", data={"csrf_token": csrf}, files=[("files", (west.name, west.read_bytes()))])
    assert r.status_code == 400
    assert "不是本单位（西镇）的，没有入库" in r.text
    assert not [p for p in county.inbox.iterdir() if p.is_file()] and not county.archive.exists()
    [kept] = (county.warehouse / "web" / "refused").iterdir()
    assert kept.read_bytes() == west.read_bytes()


def test_an_unknown_name_is_answered_as_a_known_one_with_a_wrong_password(client: TestClient, store: Store) -> None:
    """The login page never tells whether an account exists: the same count down and the same lock."""
    sender_ready(client, store, "东镇")
    client.cookies.clear()
    answers = {}
    for name in ("东镇", "不存在的镇"):
        said = []
        for i in range(MAX_FAILURES + 1):
            r = client.post("/login", data={"csrf_token": token(client.get("/login").text), "name": name,
                                            "password": f"wrong-{i}"})
            assert r.status_code == 401
            said.append(re.sub(r"\d{2}:\d{2}", "HH:MM", re.search(r"账号[^<]*", r.text).group(0)))  # type: ignore[union-attr]
        answers[name] = said
    assert answers["东镇"] == answers["不存在的镇"]
    assert answers["东镇"][0] == f"账号或密码不对（再错 {MAX_FAILURES - 1} 次将锁定 {LOCK_MINUTES} 分钟）。"
    assert "账号已锁定" in answers["东镇"][-1]


def test_a_flood_of_unknown_names_keeps_unknown_logins_bounded_and_a_lock_running(store: Store) -> None:
    """Anyone may type any name: ``unknown_logins`` drops rows whose lock has run out and keeps at most
    MAX_UNKNOWN_LOGINS rows, the oldest names still counting down going first — never a lock that runs now."""
    now = dt.datetime(2026, 12, 2, 9, 0, 0)

    def stamp(t: dt.datetime) -> str:
        return t.isoformat(sep=" ", timespec="seconds")

    expired = [(f"过期{i}", 0, stamp(now - dt.timedelta(minutes=1)), stamp(now - dt.timedelta(minutes=20)))
               for i in range(1_000)]
    locked = [(f"锁定{i}", 0, stamp(now + dt.timedelta(minutes=5)), stamp(now - dt.timedelta(hours=3)))
              for i in range(1_000)]
    counting = [(f"试探{i:05d}", 2, None, stamp(now - dt.timedelta(hours=2) + dt.timedelta(seconds=i)))
                for i in range(10_500)]
    with store.connect() as con:  # a flood that came before: 12 500 names, as failed logins left them
        con.executemany("insert into unknown_logins (name, failures, locked_until, last_at) values (?, ?, ?, ?)",
                        [*expired, *locked, *counting])

    said = [store.check_password("刚试过的名字", f"wrong-{i}", at=now)[1] for i in range(MAX_FAILURES + 1)]

    assert said[0] == f"账号或密码不对（再错 {MAX_FAILURES - 1} 次将锁定 {LOCK_MINUTES} 分钟）。"
    assert said[MAX_FAILURES - 1].startswith(f"连续输错密码 {MAX_FAILURES} 次，账号已锁定，09:15 后再试")
    assert said[MAX_FAILURES] == said[MAX_FAILURES - 1]  # still locked: the flood did not push it out
    with store.connect() as con:
        names = {r["name"]: r for r in con.execute("select * from unknown_logins")}
    assert len(names) == MAX_UNKNOWN_LOGINS == 10_000
    assert names["刚试过的名字"]["locked_until"] == "2026-12-02 09:15:00"
    assert not [n for n in names if n.startswith("过期")]  # locks that ran out are gone
    assert sum(n.startswith("锁定") for n in names) == 1_000  # locks still running are all kept
    # the oldest names counting down made room: 1 000 expired out, 10 000 − 1 000 locked − 1 new = 8 999 kept
    kept = sorted(n for n in names if n.startswith("试探"))
    assert len(kept) == 8_999 and kept[0] == "试探01501" and kept[-1] == "试探10499"
    assert store.check_password("锁定7", "anything", at=now)[1].startswith(f"连续输错密码 {MAX_FAILURES} 次")


def test_a_store_made_before_unknown_logins_kept_times_is_upgraded(county: Config) -> None:
    """A store from before ``last_at`` (its unknown_logins without the column) opens and counts on."""
    import sqlite3

    path = store_path(county)
    with sqlite3.connect(path) as con:
        con.execute("create table unknown_logins (name text primary key, failures integer not null default 0, "
                    "locked_until text)")
        con.execute("insert into unknown_logins values ('旧名字', 3, null)")
    con.close()
    store = Store(path)
    assert store.check_password("旧名字", "wrong")[1] == f"账号或密码不对（再错 {MAX_FAILURES - 4} 次将锁定 {LOCK_MINUTES} 分钟）。"
    with store.connect() as c:
        row = c.execute("select failures, last_at from unknown_logins where name = '旧名字'").fetchone()
    assert row["failures"] == 4 and row["last_at"] is not None
