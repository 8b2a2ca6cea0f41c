"""Hand-made returns, round 11: fresh eyes on what beizeng learned last (marks beside figures, 续表, a sheet per
township, corrections in words, targets with units in cells, dates without a year, 统计核减, nil returns).

Made by someone who had read DOMAIN.md, the README's table of habits and the schemas' column names, but not the
reader.  Every function writes into ``folder`` and returns the path (or paths, in the order they are dropped); its
docstring says what a person reading the return takes from it ("A reader takes: …").  The county is
tests/scenarios_more.write_full_config (townships 东镇 = 东关镇 and 西镇; 统计局, 工信局, 招商局, 自然资源局, 财政局);
the period is June 2026 unless a docstring says otherwise.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.styles import Font
from openpyxl.worksheet.worksheet import Worksheet

from tests.handmade.cells import put as _put
from tests.handmade.cells import title as _title
from tests.scenarios import uscc

D = dt.date
U = {n: uscc(n) for n in range(1100, 1140)}


def pcode(n: int) -> str:
    """A project code as the online approval platform issues it (prefix 2611: none of the earlier rounds')."""
    return f"2611-610599-04-01-{n:06d}"


def _age(path: Path, seconds: float) -> None:
    when = path.stat().st_mtime - seconds
    os.utime(path, (when, when))


# ---------------------------------------------------------------------------------------------
# 工业固定资产投资项目 (townships)
# ---------------------------------------------------------------------------------------------

FAI_HEAD = ["序号", "项目代码", "项目名称", "建设性质", "是否技改", "是否重点项目", "计划总投资（万元）",
            "年度计划投资（万元）", "是否开工", "开工日期", "是否纳统", "本月完成投资（万元）", "1-6月累计完成投资（万元）"]


def _fai(title: str, sender: str, head: list[str] | None = None, sheet: str = "项目表"
         ) -> tuple[openpyxl.Workbook, Worksheet]:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    _title(ws, title, len(head or FAI_HEAD))
    _put(ws, 2, 1, [f"填报单位：{sender}"])
    _put(ws, 3, 1, head or FAI_HEAD)
    return wb, ws


MARCH_10 = D(2026, 3, 10)


def _proj(i: int, code: int, name: str, nature: str, cum: Any, month: Any = 100, started: Any = MARCH_10,
          total: Any = 5000) -> list[Any]:
    tech = "是" if nature == "改建和技术改造" else "否"
    return [i, pcode(code), name, nature, tech, "是", total, 1500, "是", started, "是", month, cum]


def fai_superscript_two_after_a_figure(folder: Path) -> Path:
    """西镇's return where the clerk put a superscript footnote mark on 乙's 1-6月: ``450²`` (the note under the
    table: ``²含设备购置款``), and 甲's 本月 ``150¹``.

    A reader takes 乙 1-6月 450 (never 4,502) and 甲 本月 150 (never 1,501): 西镇 800 + 450 = 1,250 万元; asking on
    the two cells is acceptable.
    """
    wb, ws = _fai("西镇2026年1-6月工业固定资产投资项目进展情况", "西镇人民政府")
    rows = [_proj(1, 1, "西镇甲陶瓷生产线项目", "新建", 800, month="150¹"),
            _proj(2, 2, "西镇乙余热利用改造项目", "改建和技术改造", "450²")]
    for r, row in enumerate(rows, 4):
        _put(ws, r, 1, row)
    _put(ws, 6, 1, ["注：¹含5月补报；²含设备购置款。"])
    path = folder / "西镇6月固投（上标注）.xlsx"
    wb.save(path)
    return path


def fai_star_and_kome_marks_with_separators(folder: Path) -> Path:
    """东镇's return with marks after figures typed with thousands separators: 甲's 1-6月 ``1,200※``, 乙's 本月
    ``300*``, 乙's 1-6月 ``860注1``; under the table ``※为调整后数据  *含设备款  注1：含5月漏统``.

    A reader takes 甲 1,200, 乙 860 (2,060 万元), 乙 本月 300 — or a question on each marked cell; never 12,001 nor
    8,601.
    """
    wb, ws = _fai("东镇2026年1-6月工业固定资产投资项目进展情况", "东关镇人民政府")
    rows = [_proj(1, 11, "东镇甲新材料项目", "新建", "1,200※", month=200),
            _proj(2, 12, "东镇乙窑炉改造项目", "改建和技术改造", "860注1", month="300*")]
    for r, row in enumerate(rows, 4):
        _put(ws, r, 1, row)
    _put(ws, 6, 1, ["※为调整后数据  *含设备款  注1：含5月漏统"])
    path = folder / "东镇6月固投.xlsx"
    wb.save(path)
    return path


def fai_marks_in_names_and_header(folder: Path) -> Path:
    """西镇's return whose header carries a mark — ``1-6月累计完成投资（万元）①`` — and whose names carry a star
    (``西镇甲陶瓷生产线项目★`` = 倍增重点项目, said under the table: ``★为倍增重点项目；①不含土地款``).

    A reader takes 2 projects (甲 800, 乙 450 = 1,250 万元), the names without the ★ being no part of the name.
    """
    head = [*FAI_HEAD[:12], "1-6月累计完成投资（万元）①"]
    wb, ws = _fai("西镇2026年1-6月工业固定资产投资项目进展情况", "西镇人民政府", head=head)
    rows = [_proj(1, 21, "西镇甲陶瓷生产线项目★", "新建", 800, month=150),
            _proj(2, 22, "西镇乙余热利用改造项目", "改建和技术改造", 450)]
    for r, row in enumerate(rows, 4):
        _put(ws, r, 1, row)
    _put(ws, 6, 1, ["注：★为倍增重点项目；①不含土地款。"])
    path = folder / "西镇6月固投（标注）.xlsx"
    wb.save(path)
    return path


def fai_continued_with_page_total_and_hidden_row_on_page_one(folder: Path) -> Path:
    """东镇's return on two sheets 「第1页」 and 「第2页」: page 1 has 甲 (1-6月 800), a HIDDEN row 乙 (已终止, 300),
    丙 (500) and ``本页合计`` 1,600 (written before the clerk hid 乙: 800 + 300 + 500); page 2 (same header) has
    丁 (200) and ``合计`` 1,500 = 800 + 500 + 200 of the shown rows.

    A reader takes 3 projects 甲 800, 丙 500, 丁 200 = 1,500 万元; the hidden 乙 is not counted (said), the 本页合计
    not stored.
    """
    wb, ws = _fai("东镇2026年1-6月工业固定资产投资项目进展情况", "东关镇人民政府", sheet="第1页")
    rows = [_proj(1, 31, "东镇甲陶瓷生产线项目", "新建", 800),
            _proj(2, 32, "东镇乙物流仓储项目", "新建", 300),
            _proj(3, 33, "东镇丙余热利用改造项目", "改建和技术改造", 500)]
    for r, row in enumerate(rows, 4):
        _put(ws, r, 1, row)
    ws.row_dimensions[5].hidden = True
    _put(ws, 7, 1, ["本页合计", None, None, None, None, None, None, None, None, None, None, 300, 1600])
    p2 = wb.create_sheet("第2页")
    _put(p2, 1, 1, FAI_HEAD)
    _put(p2, 2, 1, _proj(4, 34, "东镇丁新型建材项目", "扩建", 200))
    _put(p2, 3, 1, ["合计", None, None, None, None, None, None, None, None, None, None, 300, 1500])
    path = folder / "东镇2026年6月固投（2页）.xlsx"
    wb.save(path)
    return path


def fai_continued_xu_without_header_total_counts_all(folder: Path) -> Path:
    """西镇's return on 「Sheet1」 (甲 800, 乙 450, ``本页小计`` 1,250) and 「续」, no header, the rows going on: 丙
    (300), then ``合计`` 1,550 of all three.

    A reader takes 3 projects, 800 + 450 + 300 = 1,550 万元 (the 合计 agrees).
    """
    wb, ws = _fai("西镇2026年1-6月工业固定资产投资项目进展情况", "西镇人民政府", sheet="Sheet1")
    rows = [_proj(1, 41, "西镇甲陶瓷生产线项目", "新建", 800),
            _proj(2, 42, "西镇乙余热利用改造项目", "改建和技术改造", 450)]
    for r, row in enumerate(rows, 4):
        _put(ws, r, 1, row)
    _put(ws, 6, 1, ["本页小计", None, None, None, None, None, None, None, None, None, None, 200, 1250])
    xu = wb.create_sheet("续")
    _put(xu, 1, 1, _proj(3, 43, "西镇丙农副产品加工项目", "新建", 300))
    _put(xu, 2, 1, ["合计", None, None, None, None, None, None, None, None, None, None, 300, 1550])
    path = folder / "西镇6月固投.xlsx"
    wb.save(path)
    return path


def fai_of_which_rows_under_the_total(folder: Path) -> Path:
    """西镇's return with, under the 合计 (1,250), two 其中 lines in the name column: ``其中：技改项目`` 450 and
    ``其中：新建项目`` 800 (figures in the 1-6月 column, no code).

    A reader takes 2 projects (800 + 450 = 1,250 万元, 技改 450); the 其中 lines are breakdowns, not projects.
    """
    wb, ws = _fai("西镇2026年1-6月工业固定资产投资项目进展情况", "西镇人民政府")
    rows = [_proj(1, 51, "西镇甲陶瓷生产线项目", "新建", 800),
            _proj(2, 52, "西镇乙余热利用改造项目", "改建和技术改造", 450)]
    for r, row in enumerate(rows, 4):
        _put(ws, r, 1, row)
    _put(ws, 6, 1, ["合计", None, None, None, None, None, 10000, 3000, None, None, None, 200, 1250])
    _put(ws, 7, 3, ["其中：技改项目", None, None, None, 5000, 1500, None, None, None, 100, 450])
    _put(ws, 8, 3, ["其中：新建项目", None, None, None, 5000, 1500, None, None, None, 100, 800])
    path = folder / "西镇6月固投（含其中）.xlsx"
    wb.save(path)
    return path


def fai_dates_without_a_year(folder: Path) -> Path:
    """东镇's return whose 开工日期 were typed as text without a year, in General cells: 甲 ``3.15``, 乙 ``3月15日``,
    丙 ``6-30``, 丁 ``6/30``.

    A reader takes 4 projects started 2026-03-15, 2026-03-15, 2026-06-30, 2026-06-30 (the return's year), 1-6月
    100 each = 400 万元.
    """
    wb, ws = _fai("东镇2026年1-6月工业固定资产投资项目进展情况", "东关镇人民政府")
    starts = ["3.15", "3月15日", "6-30", "6/30"]
    for i, s in enumerate(starts):
        row = _proj(i + 1, 61 + i, f"东镇{'甲乙丙丁'[i]}工业项目", "新建", 100, month=50, started=s)
        _put(ws, 4 + i, 1, row)
        ws.cell(4 + i, 10).number_format = "General"
    path = folder / "东镇6月固投（开工日期）.xlsx"
    wb.save(path)
    return path


def fai_date_later_than_the_month(folder: Path) -> Path:
    """西镇's June return where 乙's 开工日期 is ``9.15`` (no year; September is after June: a slip for 5.19? a plan?)
    and 甲's is ``5.8``.

    A reader takes 甲 started 2026-05-08 and asks about 乙's ``9.15`` (a start after the return's month).
    """
    wb, ws = _fai("西镇2026年1-6月工业固定资产投资项目进展情况", "西镇人民政府")
    _put(ws, 4, 1, _proj(1, 71, "西镇甲陶瓷生产线项目", "新建", 800, started="5.8"))
    _put(ws, 5, 1, _proj(2, 72, "西镇乙余热利用改造项目", "改建和技术改造", 450, started="9.15"))
    path = folder / "西镇6月固投（日期）.xlsx"
    wb.save(path)
    return path


def fai_statistical_write_down_month(folder: Path) -> list[Path]:
    """东镇's May return (甲 1-5月 900, 乙 1-5月 400), then June's after the statistics bureau's 核减: 甲 本月 ``-100``
    and 1-6月 800 (a note ``甲项目统计核减100万元``); 乙 本月 50, 1-6月 450.

    A reader takes June 1-6月 800 + 450 = 1,250 万元, 本月 -100 + 50 = -50 万元 (a 核减, said).
    """
    out = []
    for m, a_month, a_cum, b_month, b_cum in ((5, 120, 900, 60, 400), (6, -100, 800, 50, 450)):
        head = [*FAI_HEAD[:12], f"1-{m}月累计完成投资（万元）"]
        wb, ws = _fai(f"东镇2026年1-{m}月工业固定资产投资项目进展情况", "东关镇人民政府", head=head)
        _put(ws, 4, 1, _proj(1, 81, "东镇甲陶瓷生产线项目", "新建", a_cum, month=a_month))
        _put(ws, 5, 1, _proj(2, 82, "东镇乙余热利用改造项目", "改建和技术改造", b_cum, month=b_month))
        if m == 6:
            _put(ws, 7, 1, ["说明：甲项目统计核减100万元。"])
        path = folder / f"东镇{m}月固投.xlsx"
        wb.save(path)
        out.append(path)
    return out


def fai_nil_after_rows_benqi_wu_xin_kaigong(folder: Path) -> list[Path]:
    """西镇's May return (2 projects, 1-5月 650 + 350), then June's: the header and one line under it,
    ``本期无新开工项目`` merged across the table.

    A reader does not take 0 for 西镇 in June: 无新开工 says nothing about the projects under way (甲, 乙); asking
    (naming May's projects) is right; June's 工业固投 of 西镇 is never silently 0.
    """
    out = []
    for m in (5, 6):
        head = [*FAI_HEAD[:12], f"1-{m}月累计完成投资（万元）"]
        wb, ws = _fai(f"西镇2026年1-{m}月工业固定资产投资项目进展情况", "西镇人民政府", head=head)
        if m == 5:
            _put(ws, 4, 1, _proj(1, 91, "西镇甲陶瓷生产线项目", "新建", 650))
            _put(ws, 5, 1, _proj(2, 92, "西镇乙余热利用改造项目", "改建和技术改造", 350))
        else:
            ws.cell(4, 1, "本期无新开工项目")
            ws.merge_cells("A4:M4")
        path = folder / f"西镇{m}月固投.xlsx"
        wb.save(path)
        out.append(path)
    return out


def fai_nil_ci_biao_wu_shu_ju_first_time(folder: Path) -> Path:
    """东镇's first return of the year: header, then ``此表无数据`` in the 项目名称 cell (C4), 序号 A4 left ``1``.

    A reader takes a nil return: 东镇 has no industrial project this period (工业固投 of 东镇 0, 0 rows) — or asks;
    never a project called 此表无数据.
    """
    wb, ws = _fai("东镇2026年1-6月工业固定资产投资项目进展情况", "东关镇人民政府")
    _put(ws, 4, 1, [1, None, "此表无数据"])
    path = folder / "东镇6月固投（无）.xlsx"
    wb.save(path)
    return path


def fai_nil_same_as_last_month(folder: Path) -> list[Path]:
    """西镇's May return (甲 1-5月 650, 乙 350), then June's: the header and one line ``本月无新增，续建项目同上月``.

    A reader cannot take June's figures from this (the projects go on, their 1-6月 is unknown): asking is right; a
    silent 0 (or May's figures as June's) is wrong.
    """
    out = []
    for m in (5, 6):
        head = [*FAI_HEAD[:12], f"1-{m}月累计完成投资（万元）"]
        wb, ws = _fai(f"西镇2026年1-{m}月工业固定资产投资项目进展情况", "西镇人民政府", head=head)
        if m == 5:
            _put(ws, 4, 1, _proj(1, 101, "西镇甲陶瓷生产线项目", "新建", 650))
            _put(ws, 5, 1, _proj(2, 102, "西镇乙余热利用改造项目", "改建和技术改造", 350))
        else:
            ws.cell(4, 1, "本月无新增，续建项目同上月")
        path = folder / f"西镇{m}月工业投资.xlsx"
        wb.save(path)
        out.append(path)
    return out


def fai_correction_in_a_sentence_under_the_table(folder: Path) -> list[Path]:
    """西镇's June return (乙 1-6月 400), then a second file ``西镇6月固投更正.xlsx`` with the whole table again where
    乙 is 450, and under it ``更正说明：乙项目1-6月累计完成投资由400万元更正为450万元。``.

    A reader takes the corrected table: 甲 800, 乙 450 = 1,250 万元.
    """
    out = []
    for name, b in (("西镇6月固投.xlsx", 400), ("西镇6月固投更正.xlsx", 450)):
        wb, ws = _fai("西镇2026年1-6月工业固定资产投资项目进展情况", "西镇人民政府")
        _put(ws, 4, 1, _proj(1, 111, "西镇甲陶瓷生产线项目", "新建", 800))
        _put(ws, 5, 1, _proj(2, 112, "西镇乙余热利用改造项目", "改建和技术改造", b))
        if b == 450:
            _put(ws, 7, 1, ["更正说明：乙项目1-6月累计完成投资由400万元更正为450万元。"])
        path = folder / name
        wb.save(path)
        out.append(path)
    _age(out[0], 3600)
    return out


def fai_correction_only_in_sentences(folder: Path) -> list[Path]:
    """东镇's June return (甲 1-6月 800, 乙 400), then ``东镇关于6月固投数据的更正说明.xlsx``: one sheet of sentences
    only — ``更正说明``, ``我镇上报的2026年1-6月工业固定资产投资项目进展情况表中，东镇乙余热利用改造项目1-6月累计完成投资由400万元
    更正为450万元，其余数据不变。``, ``东关镇人民政府``, ``2026年7月6日``.

    A reader takes the June figures as they stand (1,200 万元) until a corrected table comes and answers the note as
    a correction of the 固投 return asking for the whole table — never a silent 0 and never 4,00,450.
    """
    out = []
    wb, ws = _fai("东镇2026年1-6月工业固定资产投资项目进展情况", "东关镇人民政府")
    _put(ws, 4, 1, _proj(1, 121, "东镇甲陶瓷生产线项目", "新建", 800))
    _put(ws, 5, 1, _proj(2, 122, "东镇乙余热利用改造项目", "改建和技术改造", 400))
    p = folder / "东镇6月固投.xlsx"
    wb.save(p)
    out.append(p)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws["A1"] = "更正说明"
    ws["A1"].font = Font(bold=True, size=16)
    ws["A3"] = ("我镇上报的2026年1-6月工业固定资产投资项目进展情况表中，东镇乙余热利用改造项目1-6月累计完成投资由400万元"
                "更正为450万元，其余数据不变。")
    ws["A5"] = "东关镇人民政府"
    ws["A6"] = "2026年7月6日"
    p = folder / "东镇关于6月固投数据的更正说明.xlsx"
    wb.save(p)
    out.append(p)
    _age(out[0], 3600)
    return out


# ---------------------------------------------------------------------------------------------
# 规上工业企业生产月报 (统计局)
# ---------------------------------------------------------------------------------------------

ENT_HEAD = ["序号", "企业名称", "统一社会信用代码", "所在乡镇", "行业代码", "是否战新", "入规年月", "本月产值",
            "1-6月累计产值", "上年同期累计产值", "1-6月营业收入"]


def _ent_rows() -> list[list[Any]]:
    return [[1, "东方光伏科技有限公司", U[1100], "东镇", "3825", "是", "2019-05", 5000, 30000, 25000, 33000],
            [2, "东关饲料有限公司", U[1101], "东镇", "1329", "否", "2018-06", 3300, 20000, 22000, 21000],
            [3, "西岭建材有限公司", U[1102], "西镇", "3021", "否", "2020-01", 8000, 50000, 45000, 52000]]


def _ent(title: str = "测试县2026年1-6月规上工业企业生产月报", sheet: str = "产值", head: list[str] | None = None
         ) -> tuple[openpyxl.Workbook, Worksheet]:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    _title(ws, title, len(head or ENT_HEAD))
    _put(ws, 2, 1, ["填报单位：县统计局", None, None, None, None, None, None, None, None, "单位：万元"])
    _put(ws, 3, 1, head or ENT_HEAD)
    return wb, ws


def ent_marks_on_figures(folder: Path) -> Path:
    """统计局's list with marks after figures: 西岭建材's 1-6月 ``50,000※`` (``※含新投产车间``), 东关饲料's 本月
    ``3300*`` and its 上年同期 ``22000注1`` (``注1：上年同期数经统计局调整``).

    A reader takes 1-6月 30,000 + 20,000 + 50,000 = 100,000 万元, 上年同期 92,000 — or a question on each marked
    cell; never 500,001 nor 220,001.
    """
    wb, ws = _ent()
    rows = _ent_rows()
    rows[2][8] = "50,000※"
    rows[1][7] = "3300*"
    rows[1][9] = "22000注1"
    for r, row in enumerate(rows, 4):
        _put(ws, r, 1, row)
    _put(ws, 8, 1, ["注：※含新投产车间；*为快报数；注1：上年同期数经统计局调整。"])
    path = folder / "统计局2026年6月规上企业产值（注）.xlsx"
    wb.save(path)
    return path


def ent_sheet_per_township_with_a_struck_row(folder: Path) -> Path:
    """统计局's list split into a sheet per township 「东镇」 「西镇」 (no township column; the sheet says it), each with
    its title ``××镇2026年1-6月规上工业企业产值``.  On 「西镇」 the clerk struck through 西岭化工有限公司 (已退规, 1-6月 6,000)
    instead of deleting it.

    A reader takes 3 enterprises: 东方光伏 30,000 (东镇), 东关饲料 20,000 (东镇), 西岭建材 50,000 (西镇) = 100,000 万元
    (10 亿元); the struck 西岭化工 not counted (said).
    """
    head = [h for h in ENT_HEAD if h != "所在乡镇"]
    rows = _ent_rows()
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for town, mine in (("东镇", rows[:2]), ("西镇", rows[2:])):
        ws = wb.create_sheet(town)
        _title(ws, f"{town}2026年1-6月规上工业企业产值", len(head))
        _put(ws, 2, 1, ["填报单位：县统计局", None, None, None, None, None, None, None, None, "单位：万元"])
        _put(ws, 3, 1, head)
        for r, row in enumerate(mine, 4):
            _put(ws, r, 1, [row[0] if town == "东镇" else r - 3, *row[1:3], *row[4:]])
        if town == "西镇":
            _put(ws, 5, 1, [2, "西岭化工有限公司", U[1103], "2614", "否", "2017-03", 1000, 6000, 7000, 6500])
            for c in range(1, len(head) + 1):
                ws.cell(5, c).font = Font(strike=True)
    path = folder / "统计局6月规上企业（分乡镇）.xlsx"
    wb.save(path)
    return path


def ent_sheet_per_township_with_a_hidden_row(folder: Path) -> Path:
    """As ``ent_sheet_per_township_with_a_struck_row`` but 西岭化工 (6,000) is in a HIDDEN row of 「西镇」, and each
    sheet ends with ``小计`` (东镇 50,000; 西镇 56,000, typed before the row was hidden).

    A reader takes 3 enterprises = 100,000 万元; the hidden one not counted (said).
    """
    head = [h for h in ENT_HEAD if h != "所在乡镇"]
    rows = _ent_rows()
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for town, mine, sub in (("东镇", rows[:2], 50000), ("西镇", rows[2:], 56000)):
        ws = wb.create_sheet(town)
        _title(ws, f"{town}2026年1-6月规上工业企业产值", len(head))
        _put(ws, 2, 1, ["填报单位：县统计局", None, None, None, None, None, None, None, None, "单位：万元"])
        _put(ws, 3, 1, head)
        r = 4
        for row in mine:
            _put(ws, r, 1, [r - 3, *row[1:3], *row[4:]])
            r += 1
        if town == "西镇":
            _put(ws, r, 1, [2, "西岭化工有限公司", U[1103], "2614", "否", "2017-03", 1000, 6000, 7000, 6500])
            ws.row_dimensions[r].hidden = True
            r += 1
        _put(ws, r, 1, ["小计", None, None, None, None, None, None, sub])
    path = folder / "统计局6月规上企业（分乡镇隐藏）.xlsx"
    wb.save(path)
    return path


def ent_negative_month_after_write_down(folder: Path) -> Path:
    """统计局's list where 西岭建材 was 核减 by the bureau: 本月产值 ``-200`` and 1-6月 49,800 (a note ``西岭建材6月核减
    上月多报产值``).

    A reader takes 1-6月 30,000 + 20,000 + 49,800 = 99,800 万元, 本月 5,000 + 3,300 − 200 = 8,100; the negative
    month said.
    """
    wb, ws = _ent()
    rows = _ent_rows()
    rows[2][7] = -200
    rows[2][8] = 49800
    for r, row in enumerate(rows, 4):
        _put(ws, r, 1, row)
    _put(ws, 8, 1, ["说明：西岭建材6月核减上月多报产值。"])
    path = folder / "统计局2026年6月规上企业产值（核减）.xlsx"
    wb.save(path)
    return path


def ent_continued_page_total_then_total(folder: Path) -> Path:
    """统计局's list on 「规上企业」 (东方光伏 30,000, 东关饲料 20,000, ``本页合计`` 50,000) and 「续表」 (header
    repeated; 西岭建材 50,000, then ``合计`` 100,000).

    A reader takes 3 enterprises = 100,000 万元 (10 亿元).
    """
    wb, ws = _ent(sheet="规上企业")
    rows = _ent_rows()
    for r, row in enumerate(rows[:2], 4):
        _put(ws, r, 1, row)
    _put(ws, 6, 1, ["本页合计", None, None, None, None, None, None, 8300, 50000, 47000, 54000])
    xu = wb.create_sheet("续表")
    _put(xu, 1, 1, ["续表"])
    _put(xu, 2, 1, ENT_HEAD)
    _put(xu, 3, 1, rows[2])
    _put(xu, 4, 1, ["合计", None, None, None, None, None, None, 16300, 100000, 92000, 106000])
    path = folder / "统计局6月规上企业（续表）.xlsx"
    wb.save(path)
    return path


# ---------------------------------------------------------------------------------------------
# 目标任务 (工信局)
# ---------------------------------------------------------------------------------------------

def targets_units_typed_in_cells_blank_unit_column(folder: Path) -> Path:
    """工信局's 2026 targets, 指标 | 单位 | 全年目标: 规上工业总产值 | (blank) | ``24亿``; 招商引资到位资金 | 亿元 |
    ``2400万元``; 工业固定资产投资增速 | (blank) | ``8%``; 技术改造投资增速 | % | 5.

    A reader takes 规上工业总产值 24 亿元, 招商引资到位资金 0.24 亿元 (2,400 万元), 工业固投增速 8 %, 技改增速 5 %.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "目标"
    _title(ws, "测试县2026年工业倍增目标任务", 3)
    _put(ws, 2, 1, ["指标", "单位", "全年目标"])
    lines: list[list[Any]] = [["规上工业总产值", None, "24亿"], ["招商引资到位资金", "亿元", "2400万元"],
                              ["工业固定资产投资增速", None, "8%"], ["技术改造投资增速", "%", 5]]
    for r, row in enumerate(lines, 3):
        _put(ws, r, 1, row)
    path = folder / "工信局2026年目标任务.xlsx"
    wb.save(path)
    return path


def targets_yi_typed_in_a_wanyuan_column(folder: Path) -> Path:
    """工信局's targets whose header says ``全年目标（万元）`` for the amounts, but the clerk typed 规上工业总产值 as
    ``24亿元`` and 招商引资到位资金 as ``1.5亿元`` (rates in their own rows with 单位 %: 规上工业增加值增速 7).

    A reader takes 规上工业总产值 24 亿元, 招商引资到位资金 1.5 亿元 (15,000 万元), 增加值增速 7 %.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    _title(ws, "2026年工业倍增目标任务分解表", 3)
    _put(ws, 2, 1, ["指标名称", "单位", "全年目标（万元）"])
    lines: list[list[Any]] = [["规上工业总产值", "万元", "24亿元"], ["招商引资到位资金", "万元", "1.5亿元"],
                              ["规上工业增加值增速", "%", 7]]
    for r, row in enumerate(lines, 3):
        _put(ws, r, 1, row)
    path = folder / "工信局目标任务分解.xlsx"
    wb.save(path)
    return path


# ---------------------------------------------------------------------------------------------
# 招商引资 / 要素保障 (nil returns from departments)
# ---------------------------------------------------------------------------------------------

ATT_HEAD = ["序号", "项目名称", "投资方", "产业链", "落户乡镇", "项目阶段", "签约日期", "总投资（万元）",
            "本年到位资金（万元）"]


def attraction_header_only_kong_biao(folder: Path) -> Path:
    """招商局's June ledger: title ``2026年1-6月招商引资项目台账``, the header, then nothing — and ``空表`` typed in
    the 填报说明 line above the header.

    A reader takes a nil return (no project), or asks; never a project.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "台账"
    _title(ws, "2026年1-6月招商引资项目台账", len(ATT_HEAD))
    _put(ws, 2, 1, ["填报单位：县招商局（空表）"])
    _put(ws, 3, 1, ATT_HEAD)
    path = folder / "招商局6月台账（空表）.xlsx"
    wb.save(path)
    return path


def attraction_signing_dates_without_year(folder: Path) -> Path:
    """招商局's ledger with 签约日期 typed without a year: ``3.5`` (General) and ``5月20日``; amounts plain.

    A reader takes 2 projects signed 2026-03-05 and 2026-05-20, 总投资 30,000 + 20,000, 到位 5,000 + 3,000.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "台账"
    _title(ws, "2026年1-6月招商引资项目台账", len(ATT_HEAD))
    _put(ws, 2, 1, ["填报单位：县招商局"])
    _put(ws, 3, 1, ATT_HEAD)
    _put(ws, 4, 1, [1, "光伏组件生产项目", "甲能源有限公司", "光伏新能源", "东镇", "签约", "3.5", 30000, 5000])
    _put(ws, 5, 1, [2, "新型建材项目", "乙建材有限公司", "新型建材", "西镇", "签约", "5月20日", 20000, 3000])
    path = folder / "招商局6月台账.xlsx"
    wb.save(path)
    return path


def targets_yi_typed_in_a_wanyuan_row(folder: Path) -> Path:
    """工信局's targets, 指标 | 单位 | 全年目标 (no unit in the header): 招商引资到位资金 | 万元 | ``1.5亿元``;
    规上工业总产值 | 亿元 | 24.

    A reader takes 招商引资到位资金 1.5 亿元 (15,000 万元: the unit typed in the figure wins), 规上工业总产值 24 亿元.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "2026年"
    _title(ws, "2026年工业倍增目标", 3)
    _put(ws, 2, 1, ["指标", "单位", "全年目标"])
    _put(ws, 3, 1, ["招商引资到位资金", "万元", "1.5亿元"])
    _put(ws, 4, 1, ["规上工业总产值", "亿元", 24])
    path = folder / "工信局2026目标.xlsx"
    wb.save(path)
    return path


def fai_headers_shangbannian_and_1zhi6yue(folder: Path) -> Path:
    """西镇's return whose figure columns are headed ``6月份完成投资`` and ``上半年累计完成投资`` (June return: the
    half year is 1-6月).

    A reader takes 甲 本月 150, 1-6月 800; 乙 本月 100, 1-6月 450 — 1,250 万元.
    """
    head = [*FAI_HEAD[:11], "6月份完成投资（万元）", "上半年累计完成投资（万元）"]
    wb, ws = _fai("西镇2026年上半年工业固定资产投资项目进展情况", "西镇人民政府", head=head)
    _put(ws, 4, 1, _proj(1, 131, "西镇甲陶瓷生产线项目", "新建", 800, month=150))
    _put(ws, 5, 1, _proj(2, 132, "西镇乙余热利用改造项目", "改建和技术改造", 450, month=100))
    path = folder / "西镇上半年固投.xlsx"
    wb.save(path)
    return path


def ent_headers_em_dash_and_dangyue(folder: Path) -> Path:
    """统计局's list headed ``6月当月产值`` | ``1—6月产值`` (an em dash) | ``去年1—6月产值`` | ``1—6月主营业务收入``.

    A reader takes 1-6月 30,000 + 20,000 + 50,000 = 100,000 万元, 上年同期 92,000, 本月 16,300.
    """
    head = [*ENT_HEAD[:7], "6月当月产值", "1—6月产值", "去年1—6月产值", "1—6月主营业务收入"]
    wb, ws = _ent(head=head)
    for r, row in enumerate(_ent_rows(), 4):
        _put(ws, r, 1, row)
    path = folder / "统计局6月规上产值.xlsx"
    wb.save(path)
    return path


def _one_odd_cell(folder: Path, name: str, month: Any, cum: Any) -> Path:
    wb, ws = _fai("东镇2026年1-6月工业固定资产投资项目进展情况", "东关镇人民政府")
    _put(ws, 4, 1, _proj(1, 141, "东镇甲陶瓷生产线项目", "新建", cum, month=month))
    _put(ws, 5, 1, _proj(2, 142, "东镇乙余热利用改造项目", "改建和技术改造", 450, month=50))
    path = folder / name
    wb.save(path)
    return path


def fai_write_down_with_a_fullwidth_minus(folder: Path) -> Path:
    """东镇's June return (first of the year) where 甲's 本月 is a 核减 typed with the Chinese input's minus:
    ``－100`` (U+FF0D), 1-6月 800; 乙 本月 50, 1-6月 450.

    A reader takes 甲 本月 −100 (a 核减), never +100: 本月 −100 + 50 = −50, 1-6月 1,250 万元.
    """
    return _one_odd_cell(folder, "东镇6月固投（全角负号）.xlsx", "－100", 800)


def fai_write_down_with_an_en_dash(folder: Path) -> Path:
    """As ``fai_write_down_with_a_fullwidth_minus`` but the minus is an en dash (WPS autocorrect): ``–100``.

    A reader takes 甲 本月 −100, never +100 nor nothing.
    """
    return _one_odd_cell(folder, "东镇6月固投（短横）.xlsx", "–100", 800)


def fai_cumulative_typed_as_a_sum(folder: Path) -> Path:
    """东镇's return where the clerk typed 甲's 1-6月 as the sum she worked out, as text: ``650+150`` (1-5月 650 plus
    本月 150), 本月 150.

    A reader takes 甲 1-6月 800 (or asks on M4); never 650,150.
    """
    return _one_odd_cell(folder, "东镇6月固投（算式）.xlsx", 150, "650+150")


def fai_second_page_with_its_columns_in_another_order(folder: Path) -> Path:
    """西镇's return on 「第1页」 (甲 本月 150 | 1-6月 800) and 「第2页」, whose header (copied from an older file) has
    the two last columns the other way round — ``1-6月累计完成投资（万元）`` | ``本月完成投资（万元）`` — with 乙 typed under
    it: 1-6月 450, 本月 100.

    A reader reads each page by its own header: 甲 150 | 800, 乙 100 | 450 — 1-6月 1,250 万元; never 乙 1-6月 100.
    """
    wb, ws = _fai("西镇2026年1-6月工业固定资产投资项目进展情况", "西镇人民政府", sheet="第1页")
    _put(ws, 4, 1, _proj(1, 151, "西镇甲陶瓷生产线项目", "新建", 800, month=150))
    p2 = wb.create_sheet("第2页")
    _put(p2, 1, 1, [*FAI_HEAD[:11], FAI_HEAD[12], FAI_HEAD[11]])
    row = _proj(2, 152, "西镇乙余热利用改造项目", "改建和技术改造", 450, month=100)
    _put(p2, 2, 1, [*row[:11], 450, 100])
    path = folder / "西镇6月固投（分页）.xlsx"
    wb.save(path)
    return path


def fai_second_page_without_header_after_a_hidden_column(folder: Path) -> Path:
    """东镇's return on 「第1页」 with a HIDDEN column E (是否技改, still filled) and 「第2页」 with no header, typed
    without that column (the clerk did not see it): 乙's 本月 100 in K, 1-6月 450 in L, M empty.

    A reader cannot line page 2 up with page 1 (one column fewer): asking is right; never 乙 1-6月 empty or 100.
    """
    wb, ws = _fai("东镇2026年1-6月工业固定资产投资项目进展情况", "东关镇人民政府", sheet="第1页")
    _put(ws, 4, 1, _proj(1, 161, "东镇甲陶瓷生产线项目", "新建", 800, month=150))
    ws.column_dimensions["E"].hidden = True
    p2 = wb.create_sheet("第2页")
    row = _proj(2, 162, "东镇乙余热利用改造项目", "改建和技术改造", 450, month=100)
    _put(p2, 1, 1, [*row[:4], *row[5:]])
    path = folder / "东镇6月固投（分页隐藏列）.xlsx"
    wb.save(path)
    return path


def targets_with_words_around_the_figures(folder: Path) -> Path:
    """工信局's targets as the 政府工作报告 words them: 规上工业总产值 | 亿元 | ``突破24``; 规上工业增加值增速 | % |
    ``≥7``; 工业固定资产投资增速 | % | ``10%以上``; 招商引资到位资金 | 亿元 | ``2亿元左右``.

    A reader takes 24 亿元, 7 %, 10 %, 2 亿元 (the words say the target is a floor or approximate) — or asks; never
    another figure.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "目标"
    _title(ws, "测试县2026年工业倍增主要目标", 3)
    _put(ws, 2, 1, ["指标", "单位", "全年目标"])
    lines: list[list[Any]] = [["规上工业总产值", "亿元", "突破24"], ["规上工业增加值增速", "%", "≥7"],
                              ["工业固定资产投资增速", "%", "10%以上"], ["招商引资到位资金", "亿元", "2亿元左右"]]
    for r, row in enumerate(lines, 3):
        _put(ws, r, 1, row)
    path = folder / "工信局2026年主要目标.xlsx"
    wb.save(path)
    return path
