"""Hand-made returns, round 16: fresh eyes on the project return (固定资产投资/技改, none in round 15), on the forms
rarely tried (重点工作进展, 要素保障, 全市对比, 目标任务) and on what could fool a reader silently (a figure ×10,000 off, a
row lost without a word, a hidden sheet, filtered rows, a total or a note read as a record).

Made by someone who had read DOMAIN.md, the README's table of habits and the schemas' column names, but not the
reader.  Every function writes into ``folder`` and returns the path (or the paths, first month first; a later month is
written beside ``folder``, not into it, so that a test sends it after the first has been read); its
docstring says what a person reading the return takes from it ("A reader takes: …").  The county is
tests/scenarios_more.write_full_config (townships 东镇 = 东关镇 and 西镇; 统计局, 工信局, 招商局, 自然资源局, 财政局;
city 测试市 of 测试县, 甲县, 乙县, 丙县); the period is June 2026 unless a docstring says otherwise.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.worksheet.worksheet import Worksheet

from tests.handmade.cells import put as _put
from tests.handmade.cells import save as _save
from tests.handmade.cells import title as _title
from tests.handmade.fresh15 import _book
from tests.scenarios import uscc

D = dt.date
U = {n: uscc(n) for n in range(1600, 1640)}


def pcode(n: int) -> str:
    """A project code as the online approval platform issues it (prefix 2616: none of the earlier rounds')."""
    return f"2616-610599-04-01-{n:06d}"


# ---------------------------------------------------------------------------------------------
# 固投 (a township's project return)
# ---------------------------------------------------------------------------------------------

FAI = ["序号", "项目代码", "项目名称", "建设性质", "是否技改", "是否重点项目", "计划总投资", "年度计划投资", "是否开工",
       "开工日期", "是否纳统", "本月完成投资", "1-6月累计完成投资"]
#: (code, name, nature, 技改, 重点, 计划总投资, 年度计划, 开工, 开工日期, 纳统, 本月, 1-6月累计), amounts in 万元
EAST: list[tuple[Any, ...]] = [
    (pcode(1), "东镇甲陶瓷窑炉节能改造项目", "改建和技术改造", "是", "是", 3000, 1500, "是", D(2026, 3, 10), "是", 150, 800),
    (pcode(2), "东镇乙农产品冷链物流项目", "新建", "否", "是", 5000, 2000, "是", D(2026, 4, 1), "是", 300, 1200),
    (pcode(3), "东镇丙包装材料扩能项目", "扩建", "否", "否", 800, 400, "否", None, "否", 0, 0),
]
WEST: list[tuple[Any, ...]] = [
    (pcode(11), "西镇甲石材精深加工项目", "新建", "否", "是", 2000, 1000, "是", D(2026, 2, 20), "是", 200, 900),
    (pcode(12), "西镇乙水泥粉磨站技改项目", "改建和技术改造", "是", "否", 1200, 600, "是", D(2026, 5, 6), "是", 100, 300),
]


def _fai_row(i: Any, p: tuple[Any, ...], k: float = 1) -> list[Any]:
    money = [p[5] * k, p[6] * k]
    done = [p[10] * k, p[11] * k]
    return [i, p[0], p[1], p[2], p[3], p[4], *money, p[7], p[8], p[9], *done]


def _fai(title: str, sender: str, unit: str | None = "单位：万元", sheet: str = "Sheet1",
         head: list[str] | None = None, ws: Worksheet | None = None,
         wb: openpyxl.Workbook | None = None) -> tuple[openpyxl.Workbook, Worksheet]:
    """Title (row 1), 填报单位 line with the unit line at its right end (row 2), the header (row 3)."""
    if ws is None or wb is None:
        wb, ws = _book(sheet)
    h = head or FAI
    _title(ws, title, len(h))
    _put(ws, 2, 1, [f"填报单位：{sender}", *[None] * (len(h) - 2), unit])
    _put(ws, 3, 1, h)
    return wb, ws


def _fai_rows(ws: Worksheet, projects: list[tuple[Any, ...]], first: int = 4, k: float = 1) -> int:
    for i, p in enumerate(projects):
        _put(ws, first + i, 1, _fai_row(i + 1, p, k))
    return first + len(projects)


EAST_TITLE = "东镇2026年1-6月工业固定资产投资项目进展情况表"


def fai_two_row_header_in_the_clerks_words(folder: Path) -> Path:
    """东镇's June return under a two-row header in the clerk's words: ``项目基本情况`` merged over 代码 | 名称 | 性质 |
    技改 | 重点; ``投资规模（万元）`` over 总投资 | 今年计划; ``建设进度`` over 开工否 | 开工时间; ``统计`` over 入库否;
    ``完成投资（万元）`` over 当月 | 自年初累计.

    A reader takes 3 projects: 甲 技改 1-6月 800, 乙 1,200, 丙 0 (not started, not in the database); 工业固投 2,000
    万元, 技改投资 800 万元; 乙's 年度计划 2,000.
    """
    wb, ws = _book()
    _title(ws, EAST_TITLE, 13)
    _put(ws, 2, 1, ["填报单位：东关镇人民政府"])
    _put(ws, 3, 1, ["序号", "项目基本情况", None, None, None, None, "投资规模（万元）", None, "建设进度", None, "统计",
                    "完成投资（万元）"])
    _put(ws, 4, 2, ["代码", "名称", "性质", "技改", "重点", "总投资", "今年计划", "开工否", "开工时间", "入库否", "当月",
                    "自年初累计"])
    for rng in ("A3:A4", "B3:F3", "G3:H3", "I3:J3", "L3:M3"):
        ws.merge_cells(rng)
    _fai_rows(ws, EAST, first=5)
    return _save(wb, folder / "东镇6月固投进度.xlsx")


def fai_units_differ_by_column(folder: Path) -> Path:
    """东镇's June return with no 单位 line; each money column says its own unit in its header, and they differ:
    ``计划总投资（亿元）`` 0.3 / 0.5 / 0.08, ``年度计划投资（万元）`` 1,500 / 2,000 / 400, ``本月完成投资（元）``
    1,500,000 / 3,000,000 / 0, ``1-6月累计完成投资（万元）`` 800 / 1,200 / 0.

    A reader takes 计划总投资 3,000 / 5,000 / 800 万元, 本月 150 / 300 / 0, 1-6月 800 / 1,200 / 0 (工业固投 2,000 万元).
    """
    head = [*FAI[:6], "计划总投资（亿元）", "年度计划投资（万元）", *FAI[8:11], "本月完成投资（元）", "1-6月累计完成投资（万元）"]
    wb, ws = _fai(EAST_TITLE, "东镇", unit=None, head=head)
    for i, p in enumerate(EAST):
        row = _fai_row(i + 1, p)
        row[6] = p[5] / 10000
        row[11] = p[10] * 10000
        _put(ws, 4 + i, 1, row)
    return _save(wb, folder / "东镇6月固投.xlsx")


def fai_unit_in_the_title_yi(folder: Path) -> Path:
    """东镇's June return whose only word on the unit is in the title: ``东镇2026年1-6月工业固定资产投资项目进展情况表
    （金额单位：亿元）``; no 单位 line, bare headers, every amount in 亿元 (0.3, 0.15, 0.015, 0.08 …).

    A reader takes 1-6月 800 / 1,200 / 0 万元 (工业固投 2,000 万元), 计划总投资 3,000 / 5,000 / 800 — never 0.08 万元.
    """
    wb, ws = _fai(f"{EAST_TITLE}（金额单位：亿元）", "东镇", unit=None)
    _fai_rows(ws, EAST, k=0.0001)
    return _save(wb, folder / "东镇6月固投.xlsx")


def fai_tech_flag_in_other_words(folder: Path) -> Path:
    """东镇's June return whose 是否技改 column says ``技改`` (甲, 改建和技术改造), ``技改项目`` (乙, whose 建设性质 is
    扩建: a production line rebuilt while it grew) and ``非技改`` (丙).

    A reader takes 甲 and 乙 as technical renovation: 技改投资 2,000 万元 (800 + 1,200), 丙 not.
    """
    wb, ws = _fai(EAST_TITLE, "东镇")
    rows = [list(p) for p in EAST]
    rows[0][3], rows[1][3], rows[2][3] = "技改", "技改项目", "非技改"
    rows[1][2] = "扩建"
    _fai_rows(ws, [tuple(r) for r in rows])
    return _save(wb, folder / "东镇6月固投.xlsx")


def fai_start_dates_in_odd_forms(folder: Path) -> Path:
    """西镇's June return, four projects, start dates typed as ``20260220`` (a number, General format),
    ``二〇二六年五月六日``, ``2026-4-8`` (text, no zero padding) and nothing for the one not started.

    A reader takes 2026-02-20, 2026-05-06, 2026-04-08 and no date for the fourth.
    """
    wb, ws = _fai("西镇2026年1-6月工业固定资产投资项目进展情况表", "西镇人民政府")
    projects = [*WEST,
                (pcode(13), "西镇丙建材物流园项目", "新建", "否", "否", 900, 500, "是", D(2026, 4, 8), "是", 50, 150),
                (pcode(14), "西镇丁矿山机械维修项目", "新建", "否", "否", 600, 200, "否", None, "否", 0, 0)]
    _fai_rows(ws, projects)
    ws["J4"], ws["J5"], ws["J6"] = 20260220, "二〇二六年五月六日", "2026-4-8"
    ws["J4"].number_format = "General"
    return _save(wb, folder / "西镇6月固投.xlsx")


def fai_start_date_cell_says_not_started(folder: Path) -> Path:
    """``fai_start_dates_in_odd_forms`` with ``未开工`` typed in 丁's 开工日期 (J7), its 是否开工 否.

    A reader takes 丁 as not started, without a date (the words say what the 是否开工 says); the other dates as there.
    """
    path = fai_start_dates_in_odd_forms(folder)
    wb = openpyxl.load_workbook(path)
    wb.active["J7"] = "未开工"
    wb.save(path)
    return path


def fai_township_sheets_forwarded_in_one_file(folder: Path) -> Path:
    """One file ``6月各镇固投汇总.xlsx`` (the county office forwarding both townships' tables): sheet ``东镇`` (title
    东镇…, 填报单位：东关镇人民政府, 3 projects) and sheet ``西镇`` (title 西镇…, 填报单位：西镇人民政府, 2 projects).

    A reader takes 东镇's 3 projects (1-6月 2,000 万元) as 东镇's and 西镇's 2 (1,200 万元) as 西镇's: 工业固投 3,200 万元.
    """
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for town, sender, projects in (("东镇", "东关镇人民政府", EAST), ("西镇", "西镇人民政府", WEST)):
        ws = wb.create_sheet(town)
        _fai(f"{town}2026年1-6月工业固定资产投资项目进展情况表", sender, ws=ws, wb=wb)
        _fai_rows(ws, projects)
    return _save(wb, folder / "6月各镇固投汇总.xlsx")


def _fai_month(folder: Path, month: int, projects: list[tuple[Any, ...]], name: str) -> Path:
    head = [h.replace("1-6月", f"1-{month}月") for h in FAI]
    wb, ws = _fai(f"东镇2026年1-{month}月工业固定资产投资项目进展情况表", "东镇", head=head)
    _fai_rows(ws, projects)
    return _save(wb, folder / name)


def _with(p: tuple[Any, ...], **kw: Any) -> tuple[Any, ...]:
    fields = ("code", "name", "nature", "tech", "key", "total", "plan", "started", "date", "stats", "month", "cum")
    row = list(p)
    for k, v in kw.items():
        row[fields.index(k)] = v
    return tuple(row)


def fai_may_then_june_cumulative_goes_down(folder: Path) -> list[Path]:
    """东镇's May return (1-5月: 甲 650, 乙 900, 丙 0) then June's (1-6月: 甲 800 with 本月 150; 乙 850 with 本月 0 —
    the cumulative went down by 50 with no write-down typed; 丙 0).

    A reader asks (or at least warns) about 乙's 1-6月 850 (M5) against May's 900, naming the cell; never takes it
    without a word.
    """
    may = [_with(EAST[0], month=100, cum=650), _with(EAST[1], month=200, cum=900), EAST[2]]
    june = [EAST[0], _with(EAST[1], month=0, cum=850), EAST[2]]
    return [_fai_month(folder, 5, may, "东镇5月固投.xlsx"), _fai_month(folder.parent, 6, june, "东镇6月固投.xlsx")]


FINISHED = (pcode(4), "东镇丁厂房屋顶光伏项目", "新建", "否", "否", 400, 300, "是", D(2026, 2, 15), "是", 0, 300)


def fai_may_then_june_renamed_and_one_gone(folder: Path) -> list[Path]:
    """东镇's May return, 4 projects (丁 a finished rooftop PV project, 1-5月 300), then June's: 乙 renamed
    ``东镇乙冷链物流（一期）项目`` under the same code, 丁 gone (finished in May, the clerk deleted the row).

    A reader takes June's 3 projects (乙 under its code, 1-6月 1,200) and tells the clerk 丁 (300 万元 this year)
    is missing — its 300 still belongs to the year's 工业固投.
    """
    may = [_with(EAST[0], month=100, cum=650), _with(EAST[1], month=200, cum=900), EAST[2], FINISHED]
    june = [EAST[0], _with(EAST[1], name="东镇乙冷链物流（一期）项目"), EAST[2]]
    return [_fai_month(folder, 5, may, "东镇5月固投.xlsx"), _fai_month(folder.parent, 6, june, "东镇6月固投.xlsx")]


def fai_nil_row_with_a_serial_and_zeros(folder: Path) -> Path:
    """西镇's first June return: the header, then one row ``1 | — | 本月无工业固定资产投资项目 | — | — | — | 0 | 0 | — |
    — | — | 0 | 0``.

    A reader takes a nil return: no project, 西镇's 工业固投 0.
    """
    wb, ws = _fai("西镇2026年1-6月工业固定资产投资项目进展情况表", "西镇人民政府")
    _put(ws, 4, 1, [1, "—", "本月无工业固定资产投资项目", "—", "—", "—", 0, 0, "—", "—", "—", 0, 0])
    _put(ws, 6, 1, ["填报人：李西", None, "联系电话：0913-2222222"])
    return _save(wb, folder / "西镇6月固投.xlsx")


def fai_last_months_cumulative_and_this_month_only(folder: Path) -> Path:
    """东镇's June return without a 1-6月 column: ``截至上月底累计完成`` (650 / 900 / 0) and ``本月完成投资`` (150 / 300 /
    0), the clerk expecting the office to add them.

    A reader takes 1-6月 800 / 1,200 / 0 (650 + 150 …) and says so — or asks for the 1-6月 column; never stores the
    end of May's figures as June's.
    """
    head = [*FAI[:11], "截至上月底累计完成", "本月完成投资"]
    wb, ws = _fai(EAST_TITLE, "东镇", head=head)
    for i, p in enumerate(EAST):
        row = _fai_row(i + 1, p)
        row[11], row[12] = p[11] - p[10], p[10]
        _put(ws, 4 + i, 1, row)
    return _save(wb, folder / "东镇6月固投.xlsx")


def fai_amounts_in_yi_under_a_wanyuan_line(folder: Path) -> Path:
    """东镇's June return: 单位：万元 at the right of the 填报单位 line, but every amount was pasted from the town's
    亿元 sheet: 计划总投资 0.3 / 0.5 / 0.08, 1-6月 0.08 / 0.12 / 0.

    A reader sees three projects of 3,000 元, 5,000 元 and 800 元 (below the 500 万元 threshold of the return) and
    asks for the unit; never stores 0.2 万元 of 工业固投.
    """
    wb, ws = _fai(EAST_TITLE, "东镇")
    _fai_rows(ws, EAST, k=0.0001)
    return _save(wb, folder / "东镇6月固投.xlsx")


def fai_hidden_pre_revision_copy_of_the_same_month(folder: Path) -> Path:
    """东镇's June return with two sheets: a hidden first sheet ``6月（改前）`` (same title 1-6月, 乙's 1-6月 1,500 and 本月
    600 — the figures before the statistics office corrected them) and the visible ``6月`` (乙 1,200 / 300).

    A reader takes the visible sheet: 1-6月 800 / 1,200 / 0, 工业固投 2,000 万元.
    """
    wb, old = _book("6月（改前）")
    _fai(EAST_TITLE, "东镇", ws=old, wb=wb)
    _fai_rows(old, [EAST[0], _with(EAST[1], month=600, cum=1500), EAST[2]])
    old.sheet_state = "hidden"
    ws = wb.create_sheet("6月")
    _fai(EAST_TITLE, "东镇", ws=ws, wb=wb)
    _fai_rows(ws, EAST)
    wb.active = 1
    return _save(wb, folder / "东镇6月固投.xlsx")


def fai_filtered_to_started_projects(folder: Path) -> Path:
    """西镇's June return saved with an AutoFilter on 是否开工 = 是 still applied: 丁 (not started, row 7) is hidden by
    the filter, 甲 乙 丙 show.

    A reader takes the 4 projects (a filter is a view, not a deletion): 西镇's 1-6月 1,350 万元, 丁 0.
    """
    wb, ws = _fai("西镇2026年1-6月工业固定资产投资项目进展情况表", "西镇人民政府")
    projects = [*WEST,
                (pcode(13), "西镇丙建材物流园项目", "新建", "否", "否", 900, 500, "是", D(2026, 4, 8), "是", 50, 150),
                (pcode(14), "西镇丁矿山机械维修项目", "新建", "否", "否", 600, 200, "否", None, "否", 0, 0)]
    _fai_rows(ws, projects)
    ws.auto_filter.ref = "A3:M7"
    ws.auto_filter.add_filter_column(8, ["是"])
    ws.row_dimensions[7].hidden = True
    return _save(wb, folder / "西镇6月固投.xlsx")


def fai_numbered_notes_under_the_table(folder: Path) -> Path:
    """东镇's June return closed by two notes typed like rows: ``1.`` in 序号 with ``本表金额单位为万元，数据截至6月25日``
    in 项目代码 (merged across B:M), ``2.`` with ``丙项目因土地手续未办结暂未开工`` likewise.

    A reader takes the 3 projects (2,000 万元) and the two lines as notes, not projects.
    """
    wb, ws = _fai(EAST_TITLE, "东镇")
    end = _fai_rows(ws, EAST)
    for i, text in enumerate(("本表金额单位为万元，数据截至6月25日", "丙项目因土地手续未办结暂未开工")):
        _put(ws, end + 1 + i, 1, [f"{i + 1}.", text])
        ws.merge_cells(start_row=end + 1 + i, start_column=2, end_row=end + 1 + i, end_column=13)
    return _save(wb, folder / "东镇6月固投.xlsx")


# ---------------------------------------------------------------------------------------------
# 规上工业企业 (统计局)
# ---------------------------------------------------------------------------------------------

ENT = ["序号", "企业名称", "统一社会信用代码", "所属乡镇", "行业代码", "是否战新", "入规年月", "本月产值",
       "1-6月累计产值", "上年同期", "1-6月营业收入"]
#: (name, USCC, township, industry, 战新, 入规, 本月, 1-6月, 上年同期, 营业收入), all in 万元
FIRMS: list[tuple[Any, ...]] = [
    ("东塬耐材有限公司", U[1600], "东镇", "3089", "否", "2018-06", 800, 4800, 4000, 5000),
    ("东塬新能源科技有限公司", U[1601], "东镇", "3825", "是", "2021-03", 600, 3000, 2500, 3100),
    ("西岭铸造有限公司", U[1602], "西镇", "3391", "否", "2015-01", 1500, 9000, 8500, 9300),
    ("西岭果业加工有限公司", U[1603], "西镇", "1371", "否", "2020-12", 400, 2400, 2000, 2500),
]


def _ent_row(i: Any, f: tuple[Any, ...], k: float = 1) -> list[Any]:
    return [i, f[0], f[1], f[2], f[3], f[4], f[5], f[6] * k, f[7] * k, f[8] * k, f[9] * k]


def ent_one_row_in_yi_among_wanyuan(folder: Path) -> Path:
    """统计局's June list, 单位：万元; the clerk pasted 西岭果业's row from the enterprise's own 亿元 report: 0.04 / 0.24 /
    0.2 / 0.25 while the other three rows are in 万元 (4,800, 3,000, 9,000 …).

    A reader asks about 西岭果业's row (2,400 元 of output for an above-scale enterprise is not a figure): never
    stores 0.24 万元 and a 规上工业总产值 of 16,800.24 万元 without a word.
    """
    wb, ws = _book()
    _title(ws, "2026年1-6月规上工业企业生产情况", len(ENT))
    _put(ws, 2, 1, ["填报单位：县统计局", *[None] * 9, "单位：万元"])
    _put(ws, 3, 1, ENT)
    for r, f in enumerate(FIRMS, 4):
        _put(ws, r, 1, _ent_row(r - 3, f, 0.0001 if r == 7 else 1))
    return _save(wb, folder / "统计局6月规上企业.xlsx")


def ent_new_firm_typed_below_the_total(folder: Path) -> Path:
    """统计局's June list: 4 enterprises, a ``合计`` row (19,200), then a fifth, ``西岭新材料有限公司`` (入规 2026-05,
    1-6月 600), typed below the total when it entered the list late; the 合计 was not updated.

    A reader takes 5 enterprises (1-6月 19,800 万元) and tells the clerk the 合计 leaves the fifth out — or asks; never
    drops 西岭新材料 without a word.
    """
    wb, ws = _book()
    _title(ws, "2026年1-6月规上工业企业生产情况", len(ENT))
    _put(ws, 2, 1, ["填报单位：县统计局", *[None] * 9, "单位：万元"])
    _put(ws, 3, 1, ENT)
    for r, f in enumerate(FIRMS, 4):
        _put(ws, r, 1, _ent_row(r - 3, f))
    _put(ws, 8, 1, ["合计", None, None, None, None, None, None, 3300, 19200, 17000, 19900])
    _put(ws, 9, 1, _ent_row(5, ("西岭新材料有限公司", U[1604], "西镇", "3062", "是", "2026-05", 300, 600, 0, 650)))
    return _save(wb, folder / "统计局6月规上企业.xlsx")


# ---------------------------------------------------------------------------------------------
# 全市对比 (统计局)
# ---------------------------------------------------------------------------------------------

CITY = ["县区", "规上工业总产值（亿元）", "增速（%）", "规上工业增加值增速（%）", "工业固定资产投资（亿元）", "增速（%）"]
COUNTIES: list[tuple[Any, ...]] = [("测试县", 130.5, 9.0, 8.2, 42.0, 12.5), ("甲县", 150.0, 7.5, 7.0, 50.0, 9.8),
                                   ("乙县", 120.0, 8.0, 7.6, 30.0, 8.0), ("丙县", 119.5, 7.9, 7.1, 38.0, 10.1)]
CITY_ROW = (520.0, 8.1, 7.5, 160.0, 10.2)


def _city(title: str, rows: list[list[Any]]) -> tuple[openpyxl.Workbook, Worksheet]:
    wb, ws = _book()
    _title(ws, title, len(CITY))
    _put(ws, 2, 1, ["制表：测试市统计局"])
    _put(ws, 3, 1, CITY)
    for r, row in enumerate(rows, 4):
        _put(ws, r, 1, row)
    return wb, ws


def city_total_row_named_after_the_city(folder: Path) -> Path:
    """The city bureau's June table, the four counties then the city's own row written ``测试市`` (not 全市), last.

    A reader takes 测试市's row as the 全市 row: 520 亿元, 增加值增速 7.5 %, and 4 counties ranked (测试县 1st on
    增加值增速 8.2).
    """
    wb, ws = _city("2026年1-6月全市各县区主要工业指标完成情况",
                   [[*c] for c in COUNTIES] + [["测试市", *CITY_ROW]])
    return _save(wb, folder / "统计局6月全市对比.xlsx")


def city_one_county_left_out(folder: Path) -> Path:
    """The city bureau's June table as the clerk retyped it: 全市, 测试县, 甲县, 丙县 — 乙县's row lost in the retyping.

    A reader notices one of the city's four counties is missing (the ranks of three would be wrong) and says so,
    naming 乙县.
    """
    rows = [["全市", *CITY_ROW]] + [[*c] for c in COUNTIES if c[0] != "乙县"]
    wb, ws = _city("2026年1-6月全市各县区主要工业指标完成情况", rows)
    return _save(wb, folder / "统计局6月全市对比.xlsx")


def city_growth_in_words(folder: Path) -> Path:
    """The city bureau's June table with growth said in words, as the bureau's press release does: ``增长9.0%``,
    ``下降1.5%`` (乙县's 工业投资), ``持平`` (丙县's 增加值), ``增长8.1%`` …

    A reader takes 测试县 9.0 / 8.2 / 12.5, 乙县's 工业投资增速 −1.5, 丙县's 增加值增速 0.
    """
    def said(x: float) -> str:
        return f"增长{x}%" if x > 0 else (f"下降{-x}%" if x < 0 else "持平")

    rows = []
    for c in [("全市", *CITY_ROW), *COUNTIES]:
        va = 0.0 if c[0] == "丙县" else c[3]
        fai = -1.5 if c[0] == "乙县" else c[5]
        rows.append([c[0], c[1], said(c[2]), said(va), c[4], said(fai)])
    wb, ws = _city("2026年1-6月全市各县区主要工业指标完成情况", rows)
    return _save(wb, folder / "统计局6月全市对比.xlsx")


# ---------------------------------------------------------------------------------------------
# 重点工作进展 (工信局)
# ---------------------------------------------------------------------------------------------

def notes_paragraph_continued_in_the_next_row(folder: Path) -> Path:
    """工信局's June notes, columns 章节 | 标题 | 进展情况 | 数字指标 | 完成进度: 6① 标准化厂房 whose paragraph runs on into
    the next row (章节 and 标题 blank, the rest of the sentence in 进展情况: the clerk pressed Enter), then 二1.

    A reader takes 2 items: 6① with the whole paragraph (both rows' text, in order) and 85 %, and 二1.
    """
    wb, ws = _book()
    _title(ws, "2026年6月重点工作进展情况", 5)
    _put(ws, 2, 1, ["填报单位：县工信局"])
    _put(ws, 3, 1, ["章节", "标题", "进展情况", "数字指标", "完成进度"])
    _put(ws, 4, 1, ["6①", "标准化厂房建设提速", "经开区标准化厂房二期8栋主体已封顶，", "标准化厂房建设总体进度", 85])
    _put(ws, 5, 1, [None, None, "室外管网同步施工，预计8月底交付使用。"])
    _put(ws, 6, 1, ["二1", "要素制约仍然突出", "部分项目用地指标不足，融资难度较大。"])
    return _save(wb, folder / "工信局6月重点工作.xlsx")


def notes_section_split_over_two_columns(folder: Path) -> Path:
    """工信局's June notes where the section is in two columns: ``部分`` (``（六）园区要素保障`` merged down over three
    rows, ``二、存在问题`` over two) and ``序号`` (1, 2, 3 / 1, 2), then 标题 | 内容.

    A reader takes 5 items: 61, 62, 63, 二1, 二2, each with its title and text.
    """
    wb, ws = _book()
    _title(ws, "2026年1-6月工业倍增重点工作进展", 4)
    _put(ws, 2, 1, ["部分", "序号", "标题", "内容"])
    items = [("园区规划修编", "经开区总体规划修编已通过专家评审。"), ("污水处理厂建设", "污水处理厂主体完工，正在安装设备。"),
             ("园区道路", "纬三路路基完成，计划7月铺油。"), ("用地指标紧张", "新增建设用地指标仅能满足两个项目。"),
             ("融资难", "中小企业贷款审批周期长。")]
    for i, (t, text) in enumerate(items):
        _put(ws, 3 + i, 2, [i + 1 if i < 3 else i - 2, t, text])
    ws["A3"], ws["A6"] = "（六）园区要素保障", "二、存在问题"
    ws.merge_cells("A3:A5")
    ws.merge_cells("A6:A7")
    return _save(wb, folder / "工信局6月重点工作.xlsx")


def notes_percent_typed_loosely(folder: Path) -> Path:
    """工信局's June notes whose 完成进度 is typed ``８５％`` (full-width), ``完成60%`` and ``100（已完工）``.

    A reader takes 85, 60 and 100.
    """
    wb, ws = _book()
    _title(ws, "2026年6月重点工作进展情况", 5)
    _put(ws, 2, 1, ["章节", "标题", "进展情况", "数字指标", "完成进度"])
    _put(ws, 3, 1, ["6①", "标准化厂房", "二期主体封顶。", "标准化厂房建设进度", "８５％"])
    _put(ws, 4, 1, ["6②", "污水处理厂", "设备安装中。", "污水处理厂建设进度", "完成60%"])
    _put(ws, 5, 1, ["6③", "纬三路", "已通车。", "纬三路建设进度", "100（已完工）"])
    return _save(wb, folder / "工信局6月重点工作.xlsx")


# ---------------------------------------------------------------------------------------------
# 要素保障 (财政局, 自然资源局)
# ---------------------------------------------------------------------------------------------

def funds_income_and_expense_columns(folder: Path) -> Path:
    """财政局's June ledger titled ``2026年县工业发展资金收支台账``, kept as a cash book: 日期 | 摘要 | 收入（万元）|
    支出（万元）| 余额（万元）; 2026-02-10 县财政预算安排 收入 2,000; 2026-04-15 拨付东塬耐材技改补助 支出 300;
    2026-06-08 争取省级专项资金 收入 500; 2026-06-20 拨付西岭铸造设备补助 支出 200.

    A reader takes 2 raisings (2,500 万元) and 2 disbursements (500 万元); 余额 is no event.
    """
    wb, ws = _book()
    _title(ws, "2026年县工业发展资金收支台账", 5)
    _put(ws, 2, 1, ["填报单位：县财政局"])
    _put(ws, 3, 1, ["日期", "摘要", "收入（万元）", "支出（万元）", "余额（万元）"])
    rows = [[D(2026, 2, 10), "县财政预算安排", 2000, None, 2000], [D(2026, 4, 15), "拨付东塬耐材技改补助", None, 300, 1700],
            [D(2026, 6, 8), "争取省级专项资金", 500, None, 2200], [D(2026, 6, 20), "拨付西岭铸造设备补助", None, 200, 2000]]
    for r, row in enumerate(rows, 4):
        _put(ws, r, 1, row)
    return _save(wb, folder / "财政局6月工业资金台账.xlsx")


def funds_quarters_written_as_periods(folder: Path) -> Path:
    """财政局's June ledger of contributions to the city fund: 事项 上划市工业倍增发展基金 twice, 所属季度 written
    ``2026年第一季度`` and ``4-6月``, 金额 300 and 300, dated 2026-03-28 and 2026-06-25.

    A reader takes quarters 1 and 2, 600 万元 in all.
    """
    wb, ws = _book()
    _title(ws, "2026年1-6月要素保障情况表（基金上划）", 5)
    _put(ws, 2, 1, ["事项", "日期", "用途", "金额（万元）", "所属季度"])
    _put(ws, 3, 1, ["上划市工业倍增发展基金", D(2026, 3, 28), "一季度上划", 300, "2026年第一季度"])
    _put(ws, 4, 1, ["上划市工业倍增发展基金", D(2026, 6, 25), "二季度上划", 300, "4-6月"])
    return _save(wb, folder / "财政局6月要素保障.xlsx")


def land_two_parcels_without_codes(folder: Path) -> Path:
    """自然资源局's June land list: two parcels supplied, neither with its 宗地编号 yet (the column blank): 东镇化工园
    三号地块 30 亩 on 2026-03-12 and 西镇石材园二号地块 45 亩 on 2026-05-20.

    A reader takes 2 parcels, 75 亩.
    """
    wb, ws = _book()
    _title(ws, "2026年1-6月工业用地供应情况", 7)
    _put(ws, 2, 1, ["序号", "供地时间", "地块名称", "宗地编号", "所在乡镇", "面积（亩）", "成交价款（万元）"])
    _put(ws, 3, 1, [1, D(2026, 3, 12), "东镇化工园三号地块", None, "东镇", 30, 900])
    _put(ws, 4, 1, [2, D(2026, 5, 20), "西镇石材园二号地块", None, "西镇", 45, 1350])
    return _save(wb, folder / "自然资源局6月供地.xlsx")


# ---------------------------------------------------------------------------------------------
# 目标任务 (工信局)
# ---------------------------------------------------------------------------------------------

def targets_with_above_and_at_least(folder: Path) -> Path:
    """工信局's 2026 targets as the 责任书 words them: 规上工业总产值 | 亿元 | ``28以上``; 规上工业增加值增速 | % |
    ``≥8``; 工业固定资产投资增速 | % | ``10%以上``; 新增规上工业企业 | 户 | ``不少于5``.

    A reader takes output_target 28 亿元, va_target_pct 8, fai_target_pct 10, new_above_scale_target 5.
    """
    wb, ws = _book()
    _title(ws, "2026年工业倍增计划目标任务", 4)
    _put(ws, 2, 1, ["序号", "指标名称", "单位", "年度目标"])
    rows = [("规上工业总产值", "亿元", "28以上"), ("规上工业增加值增速", "%", "≥8"), ("工业固定资产投资增速", "%", "10%以上"),
            ("新增规上工业企业", "户", "不少于5")]
    for i, row in enumerate(rows, 1):
        _put(ws, 2 + i, 1, [i, *row])
    return _save(wb, folder / "工信局2026年目标任务.xlsx")


def ent_county_total_named_in_the_name_column(folder: Path) -> Path:
    """统计局's June list whose first row under the header is the county's total, typed as an enterprise would be:
    序号 blank, 企业名称 ``全县规上工业（4户）``, no code, no township, 1-6月 19,200 …; then the 4 enterprises.

    A reader takes 4 enterprises (19,200 万元), the first row as their total (it agrees), not a fifth enterprise.
    """
    wb, ws = _book()
    _title(ws, "2026年1-6月规上工业企业生产情况", len(ENT))
    _put(ws, 2, 1, ["填报单位：县统计局", *[None] * 9, "单位：万元"])
    _put(ws, 3, 1, ENT)
    _put(ws, 4, 1, [None, "全县规上工业（4户）", None, None, None, None, None, 3300, 19200, 17000, 19900])
    for r, f in enumerate(FIRMS, 5):
        _put(ws, r, 1, _ent_row(r - 4, f))
    return _save(wb, folder / "统计局6月规上企业.xlsx")


def ent_new_entrants_on_a_second_sheet(folder: Path) -> Path:
    """统计局's June list on sheet ``规上企业`` (4 enterprises, 19,200 万元) and, on a second sheet ``新入规``, the one
    enterprise that entered the list in May (``西岭新材料有限公司``, 1-6月 600), same columns, titled
    ``2026年新入规工业企业生产情况``.

    A reader takes 5 enterprises, 1-6月 19,800 万元 — or asks; never drops the newcomer without a word.
    """
    wb, ws = _book("规上企业")
    _title(ws, "2026年1-6月规上工业企业生产情况", len(ENT))
    _put(ws, 2, 1, ["填报单位：县统计局", *[None] * 9, "单位：万元"])
    _put(ws, 3, 1, ENT)
    for r, f in enumerate(FIRMS, 4):
        _put(ws, r, 1, _ent_row(r - 3, f))
    new = wb.create_sheet("新入规")
    _title(new, "2026年新入规工业企业生产情况", len(ENT))
    _put(new, 2, 1, ["单位：万元"])
    _put(new, 3, 1, ENT)
    _put(new, 4, 1, _ent_row(1, ("西岭新材料有限公司", U[1604], "西镇", "3062", "是", "2026-05", 300, 600, 0, 650)))
    return _save(wb, folder / "统计局6月规上企业.xlsx")


def targets_output_said_in_wanyuan_by_mistake(folder: Path) -> Path:
    """工信局's 2026 targets: 规上工业总产值 | 万元 | 28 (the clerk meant 28 亿元: the county made 24 亿元 last year),
    规上工业增加值增速 | % | 8, 新增规上工业企业 | 户 | 5.

    A reader asks about the 28 万元 (an output target of 280,000 元 for a county whose enterprises make 1.9 亿元 in half a
    year); never stores an output target of 0.0028 亿元.
    """
    wb, ws = _book()
    _title(ws, "2026年工业倍增计划目标任务", 4)
    _put(ws, 2, 1, ["序号", "指标名称", "单位", "年度目标"])
    for i, row in enumerate([("规上工业总产值", "万元", 28), ("规上工业增加值增速", "%", 8), ("新增规上工业企业", "户", 5)], 1):
        _put(ws, 2 + i, 1, [i, *row])
    return _save(wb, folder / "工信局2026年目标任务.xlsx")


def city_header_wanyuan_figures_yi(folder: Path) -> Path:
    """The city bureau's June table retyped under headers saying ``（万元）`` while every amount is the bureau's 亿元
    figure: 全市 520.0, 测试县 130.5, 甲县 150.0 … (a county's half-year output of 130.5 万元 is 1.3 million 元).

    A reader asks about the unit (or takes the amounts as 亿元 and says so); never stores 测试县's output as 130.5 万元.
    """
    head = [h.replace("亿元", "万元") for h in CITY]
    wb, ws = _book()
    _title(ws, "2026年1-6月全市各县区主要工业指标完成情况", len(head))
    _put(ws, 2, 1, ["制表：测试市统计局"])
    _put(ws, 3, 1, head)
    for r, row in enumerate([["全市", *CITY_ROW], *[[*c] for c in COUNTIES]], 4):
        _put(ws, r, 1, row)
    return _save(wb, folder / "统计局6月全市对比.xlsx")


def land_price_header_yuan_figures_wanyuan(folder: Path) -> Path:
    """自然资源局's June land list headed ``成交价款（元）`` while the prices are typed in 万元 (900 and 1,350 for parcels of
    30 and 45 亩: 900 元 for 30 亩 of industrial land is not a price).

    A reader asks about the price unit (or takes 900 / 1,350 万元 and says so); never stores 0.09 万元.
    """
    wb, ws = _book()
    _title(ws, "2026年1-6月工业用地供应情况", 7)
    _put(ws, 2, 1, ["序号", "供地时间", "地块名称", "宗地编号", "所在乡镇", "面积（亩）", "成交价款（元）"])
    _put(ws, 3, 1, [1, D(2026, 3, 12), "东镇化工园三号地块", "DZ2616-31", "东镇", 30, 900])
    _put(ws, 4, 1, [2, D(2026, 5, 20), "西镇石材园二号地块", "XZ2616-52", "西镇", 45, 1350])
    return _save(wb, folder / "自然资源局6月供地.xlsx")
