"""No path from content, no write through a link (issue 12, items 3 and 4).

A return's hidden ``_beizeng`` sheet, its title and its file name are the sender's words: a period
of ``2026-06/../..`` once made beizeng write outside the county's folders, a symlink planted at
``inbox/rejected/<name>.errors.txt`` made the error list replace the working database, and a name
of 80 Chinese characters crashed the batch.  Real files, real links, a real warehouse.
"""

from __future__ import annotations

import hashlib
import itertools
import os
from pathlib import Path

import duckdb
import openpyxl
import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from beizeng.base import safe_io
from beizeng.base.config import Config, load_config
from beizeng.intake.feedback import feedback_path
from beizeng.intake.ingest import archive_path, error_list_path, file_hash, ingest_files, prepare
from beizeng.intake.watch import write_receipts
from beizeng.store.session import open_work, work_db
from tests.conftest import ingest
from tests.county import write_config
from tests.scenarios import ENT_HEADERS, ent_2026_06, enterprise_output
from tests.xlsx import write_return


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def every_file(top: Path) -> set[Path]:
    return {p for p in top.rglob("*")}


def templated_return(path: Path, period: str) -> Path:
    """A 规上 return whose only statement of its period is the hidden identification sheet (no title
    with a year, no period in the file name), as a crafted template would be."""
    rows = [[i, u, n, t, "1329", "是" if s else "否", e, round(cum / 6, 2), cum, ly, cum * 1.1]
            for i, (u, n, t, s, e, cum, ly) in enumerate(ent_2026_06(), 1)]
    write_return(path, ENT_HEADERS, rows, sender_line="填报单位：县统计局")
    wb = openpyxl.load_workbook(path)
    meta = wb.create_sheet("_beizeng")
    for r, (k, v) in enumerate((("form", "enterprise_output"), ("sender", "统计局"), ("period", period)), 1):
        meta.cell(r, 1, k)
        meta.cell(r, 2, v)
    meta.sheet_state = "hidden"
    wb.save(path)
    return path


def loaded_files(cfg: Config) -> list[tuple[str, str]]:
    con = duckdb.connect(str(work_db(cfg)), read_only=True)
    try:
        return [(str(a), str(b)) for a, b in con.execute(
            "select file_name, status from submissions order by submission_id").fetchall()]
    finally:
        con.close()


# ---------------------------------------------------------------------------------------------
# Periods and names made from data
# ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("period", ["2026-06/../../逃逸", "../..", "abc", "2026-13", "2026-6", "2026-06 x"])
def test_a_crafted_period_in_the_hidden_sheet_is_refused_and_never_names_a_folder(county: Config, period: str) -> None:
    outside = county.root.parent
    before = every_file(outside)
    crafted = templated_return(county.inbox / "统计局月报.xlsx", period)
    good = enterprise_output(county.inbox, "2026-06", ent_2026_06(), name="统计局_正常.xlsx")
    out = {o.file: o for o in ingest(county)}
    bad = out[crafted.name]
    assert bad.status == "rejected"
    assert [p.code for p in bad.problems if p.severity == "error"] == ["bad_period"]
    assert "不是有效的年月（应为 YYYY-MM 或 YYYY" in bad.problems[0].message
    assert bad.period is None  # never recorded as a period either
    assert out[good.name].status == "accepted"  # the batch went on
    assert (county.rejected / crafted.name).is_file()
    assert error_list_path(county.rejected / crafted.name).is_file()
    # nothing appeared anywhere but in the county's own folders
    new = every_file(outside) - before
    assert new and all(county.root in p.parents for p in new)
    assert sorted(p.name for p in county.archive.iterdir()) == ["2026-06"]


def test_the_archive_path_is_built_from_a_checked_period_only(county: Config) -> None:
    good = enterprise_output(county.inbox, "2026-06", ent_2026_06())
    prep = prepare(good, county)
    assert prep.identity is not None
    assert archive_path(county, prep) == county.archive / "2026-06" / f"{prep.file_hash[:8]}_{good.name}"
    prep.identity.period = "2026-06/../../x"
    with pytest.raises(safe_io.UnsafePath, match="不是 YYYY-MM 或 YYYY 形式"):
        archive_path(county, prep)


def test_a_name_of_eighty_chinese_characters_is_stored_shortened_with_its_feedback(county: Config) -> None:
    long_name = "东" * 76 + "规上月报.xlsx"  # 80 characters before .xlsx: 245 bytes, under the 255 of the inbox
    bad = ent_2026_06()
    bad[0] = (bad[0][0], bad[0][1], "北镇", *bad[0][3:])  # an unknown township: rejected, so it gets every file
    path = enterprise_output(county.inbox, "2026-06", bad, name=long_name)
    good = enterprise_output(county.inbox, "2026-06", ent_2026_06(), name="统计局_正常.xlsx")
    out = {o.file: o for o in ingest(county)}
    assert out[path.name].status == "rejected"
    assert out[good.name].status == "accepted"
    stored = out[path.name].stored_path
    assert stored is not None and stored.is_file()
    assert stored.name == "东" * 47 + "….xlsx"  # cut to at most 150 bytes, the suffix kept
    assert len(stored.name.encode()) == 149
    for beside in (feedback_path(stored), error_list_path(stored)):
        assert beside.is_file() and len(beside.name.encode()) <= 255
    # the sender's own name is kept in the record
    assert (long_name, "rejected") in loaded_files(county)


@pytest.mark.parametrize(("name", "cleaned"), [
    ("东镇\x07六月\x00.xlsx", "东镇六月.xlsx"),
    ("../../etc/passwd.xlsx", "_.._etc_passwd.xlsx"),
    ("..\\..\\西镇.xls", "_.._西镇.xls"),
    (".隐藏.xlsx", "隐藏.xlsx"),
    ("a\u202eslx.xlsx", "aslx.xlsx"),
    ("西镇\ufffe.xlsx", "西镇.xlsx"),
    ("CON.xlsx", "未命名_CON.xlsx"),
    ("...", "未命名"),
    ("报表.这不是扩展名而是很长的一段话", "报表.这不是扩展名而是很长的一段话"),
])
def test_clean_name_removes_separators_controls_and_leading_dots(name: str, cleaned: str) -> None:
    assert safe_io.clean_name(name) == cleaned


def test_clean_name_cuts_by_bytes_never_inside_a_character() -> None:
    name = safe_io.clean_name("东" * 100 + ".xlsx", max_bytes=20)
    assert name == "东" * 4 + "….xlsx"
    assert len(name.encode()) <= 20


@pytest.mark.parametrize(("period", "ok"), [("2026-06", True), ("2026", True), ("2026-00", False), ("2026-6", False),
                                             ("2026-06/..", False), ("", False), ("２０２６-06", False)])
def test_only_yyyy_mm_or_yyyy_may_name_a_folder(period: str, ok: bool) -> None:
    assert safe_io.is_period(period) is ok


# ---------------------------------------------------------------------------------------------
# Links planted where beizeng writes
# ---------------------------------------------------------------------------------------------

def _warehouse(county: Config) -> Path:
    """A real warehouse, loaded once and published (the analysts' copy), that a planted link will point at;
    the ingest itself writes only the working database, so the published file must not change at all."""
    from beizeng.store.session import publish

    enterprise_output(county.inbox, "2026-06", ent_2026_06(), name="第一次.xlsx")
    [first] = ingest(county)
    assert first.status == "accepted"
    return publish(county)


def _rejected_return(county: Config, name: str) -> Path:
    bad = ent_2026_06()
    bad[0] = (bad[0][0], bad[0][1], "北镇", *bad[0][3:])
    bad[1] = (bad[1][0], bad[1][1], bad[1][2], bad[1][3], bad[1][4], bad[1][5] + 1, bad[1][6])  # a different file
    return enterprise_output(county.inbox, "2026-06", bad, name=name)


@pytest.mark.parametrize("where", ["errors", "feedback"])
def test_a_link_planted_beside_a_rejected_name_is_left_alone_and_never_followed(county: Config, where: str) -> None:
    db = _warehouse(county)
    digest = sha(db)
    county.rejected.mkdir(parents=True)
    planted_at = {"errors": county.rejected / "东镇.xlsx.errors.txt", "feedback": county.rejected / "东镇.反馈.xlsx"}[where]
    planted_at.symlink_to(db)
    path = _rejected_return(county, "东镇.xlsx")
    [o] = ingest(county, compute=False)
    assert o.status == "rejected"
    assert sha(db) == digest  # the warehouse is intact
    assert planted_at.is_symlink() and os.readlink(planted_at) == str(db)  # the link is left as it was
    assert not (county.rejected / path.name).exists()  # no file beside a link: a fresh name
    assert o.stored_path is not None and o.stored_path.parent == county.rejected
    assert o.stored_path.name.startswith("东镇.") and o.stored_path.name != path.name
    assert o.stored_path.is_file() and not o.stored_path.is_symlink()
    for beside in (feedback_path(o.stored_path), error_list_path(o.stored_path)):
        assert beside.is_file() and not beside.is_symlink()
    assert loaded_files(county) == [("第一次.xlsx", "accepted"), ("东镇.xlsx", "rejected")]


def test_a_link_planted_at_the_archive_name_is_left_alone(county: Config) -> None:
    db = _warehouse(county)
    digest = sha(db)
    path = enterprise_output(county.inbox, "2026-06", [*ent_2026_06()[:2]], name="统计局_第二版.xlsx")
    expected = county.archive / "2026-06" / f"{file_hash(path)[:8]}_{path.name}"
    expected.symlink_to(db)
    [o] = ingest(county, compute=False)
    assert o.status == "accepted"
    assert expected.is_symlink() and os.readlink(expected) == str(db)
    assert o.stored_path is not None and o.stored_path != expected and o.stored_path.is_file()
    assert sha(db) == digest
    assert loaded_files(county) == [("第一次.xlsx", "accepted"), ("统计局_第二版.xlsx", "accepted")]


def test_a_linked_folder_inside_the_county_is_refused_in_chinese(county: Config, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    county.rejected.parent.mkdir(parents=True, exist_ok=True)
    county.rejected.symlink_to(elsewhere, target_is_directory=True)
    with pytest.raises(safe_io.UnsafePath, match="是符号链接（快捷方式）"):
        safe_io.write_text(county.rejected / "x.errors.txt", "x", county.inbox)
    assert list(elsewhere.iterdir()) == []


def test_a_write_outside_the_root_is_refused(county: Config, tmp_path: Path) -> None:
    with pytest.raises(safe_io.UnsafePath, match="不在本县的文件夹"):
        safe_io.write_text(county.inbox / ".." / ".." / "escaped.txt", "x", county.inbox)
    assert not (tmp_path / "escaped.txt").exists()


def test_a_link_planted_at_todays_receipts_is_not_written_through(county: Config, tmp_path: Path) -> None:
    import datetime as dt

    from beizeng.intake.ingest import Outcome

    victim = tmp_path / "victim.txt"
    victim.write_text("原样", encoding="utf-8")
    county.receipts.mkdir(parents=True)
    when = dt.datetime(2026, 7, 5, 9, 30)
    (county.receipts / "2026-07-05.txt").symlink_to(victim)
    outcome = Outcome("东镇.xlsx", "accepted", None, "东镇", "2026-06", 3, 0, 0, None)
    with pytest.raises(safe_io.UnsafePath, match="目标文件"):
        write_receipts(county, [outcome], when)
    assert victim.read_text(encoding="utf-8") == "原样"
    written = write_receipts(county, [outcome], dt.datetime(2026, 7, 6, 9, 30))
    assert written is not None and "东镇.xlsx  →  已入库" in written.read_text(encoding="utf-8")


def test_atomic_write_leaves_no_temporary_file_when_the_writer_fails(county: Config) -> None:
    target = county.inbox / "rejected" / "x.txt"
    with pytest.raises(RuntimeError), safe_io.atomic_path(target, county.inbox) as tmp:
        tmp.write_text("half", encoding="utf-8")
        raise RuntimeError("stopped")
    assert list((county.inbox / "rejected").iterdir()) == []


# ---------------------------------------------------------------------------------------------
# Any name a file system allows never stops a batch
# ---------------------------------------------------------------------------------------------

_NAME_CHARS = st.characters(blacklist_characters="/\x00", blacklist_categories=("Cs",))
_SHARED: dict[str, Config] = {}
_SENT = itertools.count(1)


def _shared_county(factory: pytest.TempPathFactory) -> Config:
    """One county for every example: a fresh warehouse per example would cost its DDL each time."""
    if "cfg" not in _SHARED:
        cfg = load_config(write_config(factory.mktemp("names") / "county"))
        cfg.inbox.mkdir(parents=True)
        _SHARED["cfg"] = cfg
    return _SHARED["cfg"]


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@example(stem="\xa0")  # a no-break space alone: was stored as "<hash>_\xa0.xlsx"
@given(stem=st.text(_NAME_CHARS, min_size=1, max_size=84).filter(
    lambda s: not s.startswith((".", "~$")) and len((s + ".xlsx").encode()) <= 255))
def test_any_file_name_is_filed_inside_the_county_and_recorded_as_sent(tmp_path_factory: pytest.TempPathFactory,
                                                                        stem: str) -> None:
    from beizeng.base.periods import parse_period

    # a name that names another period (Q1, 3月) is rightly asked against the title's 2026年6月 (ambiguous_period):
    # a question about its content, not about filing — this test is about any other name
    assume(parse_period(stem, "monthly", 2026) in (None, "2026-06"))
    cfg = _shared_county(tmp_path_factory)
    name = stem + ".xlsx"
    rows = ent_2026_06()
    rows[0] = (*rows[0][:5], rows[0][5] + next(_SENT), rows[0][6])  # new content each time: a new version
    path = enterprise_output(cfg.inbox, "2026-06", rows, name=name)
    with open_work(cfg) as con:
        [o] = ingest_files(con, [path], cfg)
        recorded = con.execute("select file_name from submissions order by submission_id desc limit 1").fetchall()
    assert o.status == "accepted"
    assert o.stored_path is not None and o.stored_path.is_file()
    assert cfg.archive / "2026-06" in o.stored_path.parents
    assert len(o.stored_path.name.encode()) <= safe_io.MAX_NAME_BYTES
    assert all(ch.isprintable() for ch in o.stored_path.name) and "\\" not in o.stored_path.name
    assert recorded == [(name,)]  # the sender's own name, unchanged, in the record
    assert list(cfg.inbox.glob("*.xlsx")) == []


def test_a_file_name_in_gbk_bytes_is_read_as_chinese_and_does_not_stop_the_batch(county: Config) -> None:
    """A zip unpacked or a share copied from a Chinese Windows machine leaves names in GBK bytes:
    Python sees surrogates, which the database refused, stopping the whole batch."""
    written = enterprise_output(county.inbox, "2026-06", ent_2026_06(), name="tmp.xlsx")
    os.rename(written, os.path.join(os.fsencode(county.inbox), "东镇月报.xlsx".encode("gbk")))
    good = enterprise_output(county.inbox, "2025-06", ent_2026_06(), name="统计局_去年.xlsx")
    out = {o.file: o for o in ingest(county, compute=False)}
    assert set(out) == {"东镇月报.xlsx", good.name}
    assert {o.status for o in out.values()} == {"accepted"}
    stored = out["东镇月报.xlsx"].stored_path
    assert stored is not None and stored.name.endswith("_东镇月报.xlsx") and stored.is_file()
    assert sorted(loaded_files(county)) == sorted([("东镇月报.xlsx", "accepted"), (good.name, "accepted")])
    assert os.listdir(county.inbox) == []
