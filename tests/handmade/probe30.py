"""Hand-made returns of the outside probe p30: ONE county (tests/scenarios_more.write_full_config: 测试县, 东镇, 西镇;
统计局, 工信局 …) in its THIRD year — 2026, 2027 and into 2028 — with what a third year brings: growth in 2028 that must
come from 2027's stored figures (never 2026's), a 上年同期 typed in 2028 that differs from 2027's stored return, a 2027
correction sent in March 2028, 2028's targets beside 2027's, a 1-2月 title with no year sent in March 2028, a file named
2027年 but titled 2028年, a firm renamed at both year ends (same 统一社会信用代码), and 2026's returns sent again in 2028.

The clerks' own style (not beizeng's templates): a merged title; 填报单位, 单位 and 填报日期 typed in ONE cell; a two-row
header (工业总产值（当年价） merged over 本月 | 1-N月 | 上年同期; 完成投资 over 本月 | 累计); figures typed as text with
thousands separators; a 总计 row at the bottom with 序号 and 企业名称 merged; a 填报人 | 审核人 footer in separate cells.
Each maker writes into ``folder`` and returns the path; its docstring says what a careful statistician takes from it.
The file's time stamp is the day the clerk sent it (``os.utime``): the only clue to a year a title leaves out.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

from tests.handmade.cells import book as _book
from tests.handmade.cells import put as _put
from tests.handmade.cells import save as _save_plain
from tests.handmade.cells import title as _title
from tests.scenarios import uscc

U = {n: uscc(n) for n in range(3000, 3010)}
TAOCI, DIANZI, SHUINI = U[3000], U[3001], U[3002]

#: 东川陶瓷 renamed at both year ends (same 统一社会信用代码)
NAME26, NAME27, NAME28 = "东川陶瓷有限公司", "东川陶瓷集团有限公司", "东川新材陶瓷集团股份有限公司"


def _save(wb: Any, path: Path, sent: dt.datetime) -> Path:
    """Saved and sent on ``sent`` (the file's time stamp: the day the clerk dropped it)."""
    _save_plain(wb, path)
    os.utime(path, (sent.timestamp(), sent.timestamp()))
    return path


def _txt(v: Any) -> Any:
    """A clerk's figure: thousands typed as text with a separator (1,600), smaller ones as numbers."""
    return f"{v:,}" if isinstance(v, int) and v >= 1000 else v


# ---- 统计局: 规上工业企业 ---------------------------------------------------------------------------------------------

#: (1-N月累计 of 东川陶瓷, 东川电子, 西川水泥), then their 上年同期; 本月 is given separately
Figs = tuple[tuple[int, int, int], tuple[int, int, int], tuple[int, int, int]]

ENT: dict[str, Figs] = {  # period → (本月, 1-N月, 上年同期) per firm
    "2026-03": ((700, 500, 1400), (2000, 1500, 4000), (1900, 1400, 3800)),
    "2026-06": ((750, 520, 1400), (4200, 3000, 8200), (4000, 2800, 7900)),
    "2026-12": ((800, 600, 1500), (9000, 6000, 16000), (8500, 5600, 15800)),
    "2027-02": ((1500, 1000, 2600), (1500, 1000, 2600), (1400, 950, 2500)),
    "2027-03": ((800, 600, 1600), (2300, 1600, 4200), (2000, 1500, 4000)),
    "2027-06": ((850, 600, 1500), (4800, 3300, 8700), (4200, 3000, 8200)),
    "2027-12": ((900, 650, 1600), (9900, 6600, 17000), (9000, 6000, 16000)),
    "2028-01": ((800, 500, 1300), (800, 500, 1300), (750, 480, 1250)),
    "2028-02": ((900, 600, 1500), (1700, 1100, 2800), (1500, 1000, 2600)),
    # 西川水泥's 上年同期 typed 4,300 where 1-3月 2027 stored 4,200 (and 1-3月 2026 stored 4,000)
    "2028-03": ((900, 700, 1600), (2600, 1800, 4400), (2300, 1600, 4300)),
}


def _name(period: str) -> str:
    return NAME26 if period < "2027" else NAME27 if period < "2028" else NAME28


def ent_book(period: str, figs: Figs, title: str | None = None, name_a: str | None = None) -> Any:
    year, m = int(period[:4]), int(period[5:])
    span = f"{m}月" if m == 1 else f"1-{m}月"
    wb, ws = _book(f"{span}")
    _title(ws, title or f"测试县{year}年{span}规模以上工业企业主要经济指标", 9)
    ws.cell(2, 1, "填报单位：测试县统计局（盖章）　　　　单位：万元")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=9)
    _put(ws, 3, 1, ["序号", "企业名称", "统一社会信用代码", "所属乡镇", "行业代码", "是否战新", "工业总产值（当年价）"])
    _put(ws, 4, 7, ["本月", f"{span}", "上年同期"])
    for c in range(1, 7):
        ws.merge_cells(start_row=3, start_column=c, end_row=4, end_column=c)
    ws.merge_cells(start_row=3, start_column=7, end_row=3, end_column=9)
    firms = [(name_a or _name(period), TAOCI, "东镇", "3071", "否"), ("东川电子科技有限公司", DIANZI, "东镇", "3976", "是"),
             ("西川水泥有限公司", SHUINI, "西镇", "3011", "否")]
    month, cum, ly = figs
    for i, f in enumerate(firms):
        _put(ws, 5 + i, 1, [i + 1, *f, _txt(month[i]), _txt(cum[i]), _txt(ly[i])])
    _put(ws, 8, 1, ["总计", None, None, None, None, None, _txt(sum(month)), _txt(sum(cum)), _txt(sum(ly))])
    ws.merge_cells(start_row=8, start_column=1, end_row=8, end_column=2)
    _put(ws, 10, 1, [None, "填报人：", "王芳", "审核人：", "李强", "联系电话：", "0919-6212345"])
    return wb


def _sent(period: str) -> dt.datetime:
    """The 6th of the month after ``period``."""
    y, m = int(period[:4]), int(period[5:])
    return dt.datetime(y + (m == 12), m % 12 + 1, 6, 9)


def ent(period: str, figs: Figs | None = None, file: str | None = None, sent: dt.datetime | None = None,
        title: str | None = None, name_a: str | None = None):  # type: ignore[no-untyped-def]
    """A maker of 统计局's list for ``period`` (file ``统计局{year}年1-{m}月规上企业.xlsx``, sent on the 6th after)."""
    y, m = int(period[:4]), int(period[5:])

    def make(folder: Path) -> Path:
        span = f"{m}月" if m == 1 else f"1-{m}月"
        return _save(ent_book(period, figs or ENT[period], title, name_a),
                     folder / (file or f"统计局{y}年{span}规上企业.xlsx"), sent or _sent(period))

    c = (figs or ENT[period])[1]
    make.__doc__ = f"统计局 {period}: 1-N月 {c[0]:,} / {c[1]:,} / {c[2]:,} = {sum(c):,} 万元."
    return make


def ent_feb28_no_year(folder: Path) -> Path:
    """统计局's 1-2月 2028 with no year anywhere: title ``1-2月规模以上工业企业主要经济指标``, file ``统计局1-2月规上企业.xlsx``,
    sheet ``1-2月``, sent on 2028-03-06.  A careful person reads it as 1-2月 2028 (the month it was sent in is March
    2028) and says the year was supplied: 5,600 万元, 同比 5,600 ÷ 5,100 − 1 = 9.804 %."""
    return _save(ent_book("2028-02", ENT["2028-02"], title="1-2月规模以上工业企业主要经济指标"),
                 folder / "统计局1-2月规上企业.xlsx", dt.datetime(2028, 3, 6, 9))


def ent_dec27_no_year_sent_in_january(folder: Path) -> Path:
    """统计局's 1-12月 2027 with no year anywhere, sent on 2028-01-08: read as 1-12月 2027 (December is still to come in
    2028), 33,500 万元, the year said."""
    return _save(ent_book("2027-12", ENT["2027-12"], title="1-12月规模以上工业企业主要经济指标"),
                 folder / "统计局1-12月规上企业.xlsx", dt.datetime(2028, 1, 8, 9))


def ent_mar28_named_2027(folder: Path) -> Path:
    """1-3月 2028's list titled ``测试县2028年1-3月…`` but its file still named ``统计局2027年1-3月规上企业.xlsx`` (last
    year's file copied and the title changed).  A careful person asks which year (never replaces 1-3月 2027)."""
    return ent("2028-03", file="统计局2027年1-3月规上企业.xlsx")(folder)


def ent_jun26_resent_no_year(folder: Path) -> Path:
    """统计局's 1-6月 2026 list sent AGAIN on 2028-03-10 (found in an old mail), its title without a year
    (``1-6月规模以上工业企业主要经济指标``), file ``统计局1-6月规上企业.xlsx``: every figure exactly 1-6月 2026's stored
    ones (4,200 / 3,000 / 8,200), 东川陶瓷 under its 2026 name, 上年同期 2025's (4,000 / 2,800 / 7,900).

    By the time stamp alone it would be 1-6月 2027.  A careful person sees it is 2026's return already in (identical
    figures, the old name, a 上年同期 that is not 1-6月 2026's) and never lets it replace 1-6月 2027 (16,800 万元)."""
    return _save(ent_book("2026-06", ENT["2026-06"], title="1-6月规模以上工业企业主要经济指标"),
                 folder / "统计局1-6月规上企业.xlsx", dt.datetime(2028, 3, 10, 9))


def ent_dec26_resent(folder: Path) -> Path:
    """统计局's 1-12月 2026 sent again on 2028-03-10, title ``测试县2026年1-12月…``, one figure changed (西川水泥
    16,000 → 16,100): a late correction of a closed year, two years on.  Stored as 2026's (if at all); 2027's and 2028's
    figures do not move."""
    figs = (ENT["2026-12"][0], (9000, 6000, 16100), ENT["2026-12"][2])
    return ent("2026-12", figs, file="统计局2026年1-12月规上企业（补报）.xlsx", sent=dt.datetime(2028, 3, 10, 9))(folder)


# ---- 东镇: 工业固定资产投资项目 ---------------------------------------------------------------------------------------

#: (code, name, 建设性质, 技改, 重点, 计划总投资, 开工时间, 本月, 累计)
Proj = tuple[str, str, str, str, str, int, str, int, int]

P1, P2, P3, P4 = ("2601-610599-04-01-300001", "2601-610599-04-01-300002", "2701-610599-04-01-300003",
                  "2801-610599-04-01-300004")
PROJ = {
    P1: ("东镇光伏支架项目", "新建", "否", "是", 10000, "2026.1.10"),
    P2: ("东关饲料生产线技改项目", "改建和技术改造", "是", "是", 6000, "2026.2.15"),
    P3: ("东镇新材料产业园", "新建", "否", "是", 20000, "2027.1.5"),
    P4: ("东镇包装材料生产线项目", "新建", "否", "否", 3000, "2028.1.15"),
}
FAI: dict[str, list[tuple[str, int, int]]] = {  # period → (code, 本月, 累计)
    "2026-03": [(P1, 400, 1000), (P2, 200, 500)],
    "2027-03": [(P1, 500, 1200), (P2, 300, 800), (P3, 200, 400)],
    "2028-03": [(P2, 400, 900), (P3, 600, 1500), (P4, 300, 600)],
}


def _fai(period: str, rows: list[tuple[str, int, int]]) -> Any:
    year, m = int(period[:4]), int(period[5:])
    wb, ws = _book("东镇")
    _title(ws, f"东镇{year}年1-{m}月工业固定资产投资项目进展情况表", 13)
    ws.cell(2, 1, "填报单位：东镇人民政府　　　　单位：万元")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=13)
    _put(ws, 3, 1, ["序号", "项目代码", "项目名称", "建设性质", "是否技改", "是否倍增重点项目", "计划总投资", "是否开工",
                    "开工时间", "是否纳统", "完成投资", None, "备注"])
    _put(ws, 4, 11, ["本月", "累计"])
    for c in [*range(1, 11), 13]:
        ws.merge_cells(start_row=3, start_column=c, end_row=4, end_column=c)
    ws.merge_cells(start_row=3, start_column=11, end_row=3, end_column=12)
    for i, (code, month, cum) in enumerate(rows, 1):
        name, nature, tech, key, total, start = PROJ[code]
        _put(ws, 4 + i, 1, [i, code, name, nature, tech, key, _txt(total), "是", start, "是", _txt(month), _txt(cum)])
    n = 5 + len(rows)
    _put(ws, n, 1, ["合计", None, None, None, None, None, _txt(sum(PROJ[c][4] for c, _, _ in rows)), None, None, None,
                    _txt(sum(r[1] for r in rows)), _txt(sum(r[2] for r in rows))])
    _put(ws, n + 2, 1, [None, "填报人：", "赵敏", "联系电话：", "13909191234"])
    return wb


def fai(period: str, rows: list[tuple[str, int, int]] | None = None, file: str | None = None,
        sent: dt.datetime | None = None):  # type: ignore[no-untyped-def]
    """A maker of 东镇's project list for ``period`` (file ``东镇{year}年1-{m}月项目.xlsx``)."""
    y, m = int(period[:4]), int(period[5:])

    def make(folder: Path) -> Path:
        return _save(_fai(period, rows or FAI[period]), folder / (file or f"东镇{y}年1-{m}月项目.xlsx"),
                     sent or _sent(period))

    return make


def fai_mar27_fixed_in_2028(folder: Path) -> Path:
    """东镇's corrected 1-3月 2027 sent on 2028-03-09 (统计 revised 东镇新材料产业园 400 → 600): 1-3月 2027 is 2,600 万元.
    A careful person stores it as 2027's and recomputes 1-3月 2028's ledger growth: 3,000 ÷ 2,600 − 1 = 15.385 %."""
    rows = [(P1, 500, 1200), (P2, 300, 800), (P3, 400, 600)]
    return fai("2027-03", rows, file="东镇2027年1-3月项目（更正）.xlsx", sent=dt.datetime(2028, 3, 9, 15))(folder)


# ---- 工信局: 目标任务 ------------------------------------------------------------------------------------------------

TARGETS = {2027: (30, 7.5, 10, 6), 2028: (36, 8, 12, 8)}


def targets(year: int, file: str | None = None, sent: dt.datetime | None = None):  # type: ignore[no-untyped-def]
    """工信局's targets for ``year`` (the year only in the title and file name): 规上工业总产值 30 / 36 亿元 …"""

    def make(folder: Path) -> Path:
        out, va, fa, tech = TARGETS[year]
        wb, ws = _book("目标")
        _title(ws, f"测试县{year}年工业倍增计划主要目标任务", 5)
        ws.cell(2, 1, "填报单位：县工业和信息化局")
        _put(ws, 3, 1, ["序号", "指标名称", "计量单位", "全年目标", "责任单位"])
        for i, row in enumerate([("规上工业总产值", "亿元", out, "县统计局"), ("规上工业增加值增速", "%", va, "县统计局"),
                                 ("工业固定资产投资增速", "%", fa, "县发改局"), ("技术改造投资增速", "%", tech, "县工信局")], 1):
            _put(ws, 3 + i, 1, [i, *row])
        return _save(wb, folder / (file or f"工信局{year}年目标任务.xlsx"), sent or dt.datetime(year, 1, 20, 10))

    return make
