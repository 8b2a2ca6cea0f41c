"""Hand-made returns of the outside probe p51: every form carrying ONE figure a county statistician refuses at sight —
a negative amount, a count with a fraction, a percent of 1250, a row that contradicts itself (年度计划投资 over 计划总投资,
1-N月累计 over the whole project, 未开工 with this month's investment, a date after the period, 技改 over 工业固投,
到位资金 over 总投资, 本年 ≠ 上年 × (1 + 同比)) — and the same impossible figure hidden behind a habit (text “-1,200”,
亿元 in the header, a merged cell, “同上”, a formula with its cached value).

Style (not beizeng's template): a merged title, one 填报单位 line ``填报单位：…（盖章）　　单位：万元　　填报日期：…``, a
TWO-ROW header (a group merged over its columns, the other headers merged down both rows), the data, a 合计 row at the
bottom, signatures below.  Made by an outsider who read DOMAIN.md and the schemas, not the reader.  Each maker writes
into ``folder`` and returns the path; its docstring says what a careful county statistician does with it.  County:
``county_full`` (tests/conftest.py: 东镇, 西镇; 统计局, 工信局, 招商局, 自然资源局, 财政局); period June 2026.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl.styles import Alignment
from openpyxl.worksheet.worksheet import Worksheet

from tests.handmade.cells import book as _book
from tests.handmade.cells import put as _put
from tests.handmade.cells import save as _save
from tests.handmade.cells import title as _title
from tests.scenarios import uscc

D = dt.date
Maker = Callable[[Path], Path]
#: a header: a column of its own (str) or a group merged over its columns (group, [columns])
Head = list[str | tuple[str, list[str]]]


@dataclass(frozen=True)
class Cached:
    """A formula saved with its computed value, as Excel saves it (``=1000-2200`` showing -1200)."""

    formula: str
    value: float


def _leaves(head: Head) -> list[str]:
    return [c for h in head for c in ([h] if isinstance(h, str) else h[1])]


def _two_row_header(ws: Worksheet, row: int, head: Head) -> None:
    c = 1
    for h in head:
        if isinstance(h, str):
            ws.cell(row, c, h)
            ws.merge_cells(start_row=row, start_column=c, end_row=row + 1, end_column=c)
            c += 1
        else:
            group, subs = h
            ws.cell(row, c, group).alignment = Alignment(horizontal="center")
            ws.merge_cells(start_row=row, start_column=c, end_row=row, end_column=c + len(subs) - 1)
            _put(ws, row + 1, c, subs)
            c += len(subs)


def _return(folder: Path, file: str, sheet: str, title: str, sender: str, head: Head, rows: list[list[Any]],
            total: list[Any] | None, unit: str = "万元", tweak: Callable[[Worksheet], None] | None = None) -> Path:
    """Title (row 1), 填报单位 line (row 2), two-row header (rows 3–4), data from row 5, the 合计 row, signatures."""
    wb, ws = _book(sheet)
    width = len(_leaves(head))
    _title(ws, title, width)
    ws.cell(2, 1, f"填报单位：{sender}（盖章）　　单位：{unit}　　填报日期：2026年7月6日")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=width)
    _two_row_header(ws, 3, head)
    cached: dict[str, float] = {}
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            if isinstance(v, Cached):
                cell = ws.cell(5 + i, 1 + j, v.formula)
                cached[cell.coordinate] = v.value
            elif v is not None:
                cell = ws.cell(5 + i, 1 + j, v)
                if isinstance(v, dt.date):
                    cell.number_format = "yyyy-mm-dd"
    end = 5 + len(rows)
    if total is not None:
        _put(ws, end, 1, total)
        end += 1
    _put(ws, end + 1, 1, ["填报人：", "王敏", None, "审核人：", "刘涛", None, "联系电话：", "0913-5151515"])
    if tweak:
        tweak(ws)
    path = _save(wb, folder / file)
    return _with_cached(path, cached) if cached else path


def _with_cached(path: Path, cached: dict[str, float]) -> Path:
    """Give each formula cell its computed value (openpyxl saves formulas without one; Excel and WPS save both)."""
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    sheet = "xl/worksheets/sheet1.xml"
    xml = parts[sheet].decode("utf-8")
    for ref, value in cached.items():
        xml, n = re.subn(rf'(<c r="{ref}"[^>]*>)<f>([^<]*)</f><v\s*/>', rf"\1<f>\2</f><v>{value:g}</v>", xml)
        if not n:
            xml, n = re.subn(rf'(<c r="{ref}"[^>]*>)<f>([^<]*)</f><v>\s*</v>', rf"\1<f>\2</f><v>{value:g}</v>", xml)
        assert n == 1, (ref, xml[:2000])
    parts[sheet] = xml.encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for part, data in parts.items():
            z.writestr(part, data)
    return path


def _merge_down(ref: str) -> Callable[[Worksheet], None]:
    def tweak(ws: Worksheet) -> None:
        ws.merge_cells(ref)
    return tweak


# ---- 工业固定资产投资项目月报 (东镇, 1-6月) ---------------------------------------------------------------------------

FAI_HEAD: Head = ["序号", "项目代码", "项目名称", "建设性质", "是否技改", "是否倍增重点项目",
                  ("投资规模（万元）", ["计划总投资", "年度计划投资"]), "是否开工", "开工时间", "是否入库纳统",
                  ("完成投资（万元）", ["本月", "1-6月累计"])]
#: columns A 序号 … G 计划总投资, H 年度计划投资, I 是否开工, J 开工时间, K 纳统, L 本月, M 1-6月累计; rows 5, 6, 7
FAI_ROWS: list[list[Any]] = [
    [1, "2603-610599-04-01-510001", "东塬光伏支架生产线项目", "新建", "否", "是", 20000, 8000, "是", D(2026, 3, 2), "是",
     600, 3000],
    [2, "2602-610599-07-02-510002", "东关饲料车间技改项目", "改建和技术改造", "是", "是", 3000, 1500, "是",
     D(2026, 2, 20), "是", 200, 1200],
    [3, "2605-610599-04-01-510003", "东镇包装材料扩能项目", "扩建", "否", "否", 5000, 2000, "否", None, "否", 0, 0],
]


def _fai(folder: Path, name: str, change: dict[tuple[int, int], Any], unit: str = "万元",
         head: Head | None = None, tweak: Callable[[Worksheet], None] | None = None) -> Path:
    rows = [list(r) for r in FAI_ROWS]
    for (i, j), v in change.items():
        rows[i][j] = v
    total = ["合计", None, f"{len(rows)}个", None, None, None,
             *[_sum(rows, j) for j in (6, 7)], None, None, None, *[_sum(rows, j) for j in (11, 12)]]
    return _return(folder, f"东镇6月项目_{name}.xlsx", "6月", "东镇2026年1-6月工业项目建设进展情况表", "东镇人民政府",
                   head or FAI_HEAD, rows, total, unit=unit, tweak=tweak)


def _sum(rows: list[list[Any]], j: int) -> Any:
    """The 合计 the clerk's SUM shows (text and 同上 are not summed, as in Excel)."""
    vals = [r[j].value if isinstance(r[j], Cached) else r[j] for r in rows]
    vals = [float(v.replace(",", "")) if isinstance(v, str) and re.fullmatch(r"-?[\d,.]+", v) else v for v in vals]
    return sum(v for v in vals if isinstance(v, int | float))


def fai_negative_cumulative(folder: Path) -> Path:
    """东关饲料's 1-6月累计 M6 typed −1,200: a cumulative completed investment cannot be negative — refused on M6."""
    return _fai(folder, "negative", {(1, 12): -1200, (1, 11): 200})


def fai_annual_plan_over_total(folder: Path) -> Path:
    """东关饲料 (计划总投资 G6 3,000) with 年度计划投资 H6 15,000: a year's plan five times the whole project — asked on
    H6 (or G6), never stored without a word."""
    return _fai(folder, "plan_over_total", {(1, 7): 15000})


def fai_cumulative_over_total(folder: Path) -> Path:
    """东关饲料 (计划总投资 3,000) with 1-6月累计 M6 12,000 (本月 200): more done this year than the whole project costs
    — asked on M6 (or G6); the county's 工业固投 would take 12,000 for a 3,000 project."""
    return _fai(folder, "cum_over_total", {(1, 12): 12000})


def fai_not_started_but_invested(folder: Path) -> Path:
    """东镇包装材料 (row 7) 是否开工 I7 “否”, no 开工时间, yet 本月 L7 300 and 1-6月累计 M7 300: investment completed on
    a project that has not started — asked on I7 or L7/M7 (开工率 and 工业固投 disagree otherwise)."""
    return _fai(folder, "not_started", {(2, 11): 300, (2, 12): 300})


def fai_start_date_after_period(folder: Path) -> Path:
    """东塬光伏 (1-6月累计 3,000) with 开工时间 J5 2026-09-01 on the 1-6月 list: started after the period, in a month not
    yet come — said on J5."""
    return _fai(folder, "start_sep", {(0, 9): D(2026, 9, 1)})


def fai_start_date_in_july_with_june_investment(folder: Path) -> Path:
    """东塬光伏 with 开工时间 J5 2026-07-03 (the month the list is sent) and 1-6月累计 3,000: 3,000 万元 completed
    before the project started — said on J5 (or M5)."""
    return _fai(folder, "start_july", {(0, 9): D(2026, 7, 3)})


def fai_negative_as_text(folder: Path) -> Path:
    """The −1,200 of ``fai_negative_cumulative`` typed as text with a thousands separator: “-1,200” in M6."""
    return _fai(folder, "negative_text", {(1, 12): "-1,200"})


def fai_negative_in_yi(folder: Path) -> Path:
    """The list in 亿元 (headers 计划总投资（亿元）…, the line 单位：亿元): 东关饲料 1-6月累计 M6 −0.12 亿元."""
    head: Head = ["序号", "项目代码", "项目名称", "建设性质", "是否技改", "是否倍增重点项目",
                  ("投资规模（亿元）", ["计划总投资（亿元）", "年度计划投资（亿元）"]), "是否开工", "开工时间", "是否入库纳统",
                  ("完成投资（亿元）", ["本月（亿元）", "1-6月累计（亿元）"])]
    change = {(i, j): FAI_ROWS[i][j] / 10000 for i in range(3) for j in (6, 7, 11, 12)} | {(1, 12): -0.12}
    return _fai(folder, "negative_yi", change, unit="亿元", head=head)


def fai_negative_as_formula(folder: Path) -> Path:
    """The −1,200 typed as a formula ``=1000-2200`` (its cached value −1,200) in M6."""
    return _fai(folder, "negative_formula", {(1, 12): Cached("=1000-2200", -1200)})


def fai_plan_over_total_merged(folder: Path) -> Path:
    """年度计划投资 H5:H6 merged over 东塬光伏 and 东关饲料 holding 8,000: read as both rows' figure, 东关饲料 (计划总投资
    3,000) plans 8,000 this year — asked (a merged figure is no row's), never 8,000 twice."""
    return _fai(folder, "plan_merged", {(1, 7): None}, tweak=_merge_down("H5:H6"))


def fai_plan_over_total_ditto(folder: Path) -> Path:
    """年度计划投资 H6 “同上” under 8,000: 东关饲料 (计划总投资 3,000) would plan 8,000 — asked on H6."""
    return _fai(folder, "plan_ditto", {(1, 7): "同上"})


def fai_cum_over_total_text(folder: Path) -> Path:
    """The 12,000 of ``fai_cumulative_over_total`` typed as text “12,000” in M6 (计划总投资 “3,000” text too)."""
    return _fai(folder, "cum_over_total_text", {(1, 12): "12,000", (1, 6): "3,000"})


def fai_total_typed_zero(folder: Path) -> Path:
    """计划总投资 G6 typed 0 for 东关饲料, which plans 1,500 and has 1,200 done (hostile check F13, session 27): stored
    as 0 it silently left 工业固投 (under the 500 万元 threshold); a project has no 计划总投资 of 0 — refused on G6."""
    return _fai(folder, "total_zero", {(1, 6): 0})


def fai_total_typed_dash(folder: Path) -> Path:
    """计划总投资 G6 “—” (read as 0, as a dash is in an amount column): refused on G6 like a typed 0."""
    return _fai(folder, "total_dash", {(1, 6): "—"})


def fai_total_left_blank(folder: Path) -> Path:
    """计划总投资 G6 left blank: refused on G6, and the fix says 0 or “—” will not do either (the next try)."""
    return _fai(folder, "total_blank", {(1, 6): None})


# ---- 规上工业企业生产月报 (统计局, 1-6月) ---------------------------------------------------------------------------

ENT_HEAD: Head = ["序号", "企业名称", "统一社会信用代码", "所属乡镇", "行业代码", "是否战略性新兴产业", "入规年月",
                  ("工业总产值（万元）", ["本月", "1-6月累计", "上年同期", "同比增长（%）"]), "营业收入（万元）"]
#: A 序号 B 名称 C USCC D 乡镇 E 行业 F 战新 G 入规 H 本月 I 1-6月 J 上年同期 K 同比 L 营收; rows 5, 6, 7
ENT_ROWS: list[list[Any]] = [
    [1, "东塬光伏科技有限公司", uscc(5101), "东镇", "3825", "是", "2019-06", 5000, 30000, 25000, 20.0, 31000],
    [2, "东关饲料有限公司", uscc(5102), "东镇", "1329", "否", "2018-06", 3500, 20000, 22000, -9.1, 21000],
    [3, "西岭建材有限公司", uscc(5103), "西镇", "3021", "否", "2020-01", 8000, 50000, 45000, 11.1, 52000],
]


def _ent(folder: Path, name: str, change: dict[tuple[int, int], Any]) -> Path:
    rows = [list(r) for r in ENT_ROWS]
    for (i, j), v in change.items():
        rows[i][j] = v
    total = ["合计", None, None, None, None, None, None, *[_sum(rows, j) for j in (7, 8, 9)], None, _sum(rows, 11)]
    return _return(folder, f"统计局6月规上企业_{name}.xlsx", "规上企业", "2026年1-6月全县规模以上工业企业生产情况",
                   "测试县统计局", ENT_HEAD, rows, total)


def ent_negative_cumulative(folder: Path) -> Path:
    """东关饲料's 1-6月累计 I6 −20,000 — refused on I6."""
    return _ent(folder, "negative", {(1, 8): -20000, (1, 7): None, (1, 10): None})


def ent_entered_after_period(folder: Path) -> Path:
    """东塬光伏's 入规年月 G5 2026-09 on the 1-6月 list: a firm cannot be on June's list from September — said on G5."""
    return _ent(folder, "entered_sep", {(0, 6): "2026-09"})


def ent_growth_disagrees(folder: Path) -> Path:
    """东塬光伏 1-6月 I5 30,000 over 上年同期 J5 25,000 (+20.0 %) with its 同比 K5 typed 50.0: one of the three is
    wrong — asked on the row (I5/J5/K5); never stored as if the return agreed with itself."""
    return _ent(folder, "growth", {(0, 10): 50.0})


# ---- 全市各县区主要工业指标对比 (统计局, 1-6月) ---------------------------------------------------------------------

CITY_HEAD: Head = ["县区", ("规上工业总产值（万元）", ["1-6月", "上年同期", "增速（%）"]), "规上工业增加值增速（%）",
                   ("工业固定资产投资（万元）", ["1-6月", "上年同期", "增速（%）"]),
                   ("其中：技术改造投资（万元）", ["1-6月", "上年同期", "增速（%）"])]
#: A 县区 B 产值 C 上年 D 增速 E 增加值增速 F 固投 G 上年 H 增速 I 技改 J 上年 K 增速; rows 5 (全市) … 9
CITY_ROWS: list[list[Any]] = [
    ["全市", 630000, 580000, 8.6, 6.0, 30000, 31000, -3.2, 5000, 4800, 4.2],
    ["测试县", 100000, 92000, 8.7, 6.5, 6700, 8000, -16.3, 1200, 1000, 20.0],
    ["甲县", 200000, 180000, 11.1, 7.2, 9000, 8740, 3.0, 1500, 1550, -3.2],
    ["乙县", 150000, 140000, 7.1, 5.1, 6000, 7510, -20.1, 1100, 1000, 10.0],
    ["丙县", 180000, 168000, 7.1, 7.0, 8300, 8755, -5.2, 1200, 1240, -3.2],
]


def _city(folder: Path, name: str, change: dict[tuple[int, int], Any],
          tweak: Callable[[Worksheet], None] | None = None) -> Path:
    rows = [list(r) for r in CITY_ROWS]
    for (i, j), v in change.items():
        rows[i][j] = v
    return _return(folder, f"全市各县区工业指标对比_{name}.xlsx", "对比", "测试市2026年1-6月各县区主要工业指标对比",
                   "测试县统计局", CITY_HEAD, rows, None, unit="万元、%", tweak=tweak)


def _tech_growth_as_percent_format(ws: Worksheet) -> None:
    """技改增速 K5:K9 pasted from a sheet that kept them as fractions under a ``0.0%`` format (0.042 shows 4.2%)."""
    for r in range(5, 10):
        ws.cell(r, 11).value = round(float(ws.cell(r, 11).value) / 100, 6)
        ws.cell(r, 11).number_format = "0.0%"


def city_tech_growth_757_percent_shown(folder: Path) -> Path:
    """技改增速 K5:K9 as fractions under ``0.0%``; 测试县's 技改 I6 5,140 over 上年同期 J6 600 is +756.7 %, and K6 holds
    7.567 (shows 756.7%): a growth over 200 % the amounts beside it give — read as shown, not asked whether it is
    7.567 % (hostile check F4, session 27: refused as pct_scale)."""
    return _city(folder, "tech757", {(1, 8): 5140, (1, 9): 600, (1, 10): 756.7}, tweak=_tech_growth_as_percent_format)


def city_tech_growth_757_percent_shown_alone(folder: Path) -> Path:
    """The same K6 7.567 (shows 756.7%) beside 技改 1,200 over 1,000 (+20 %): the amounts do not give it — asked on K6
    whether it is 7.567 % or 756.7 %, as before."""
    return _city(folder, "tech757_alone", {(1, 10): 756.7}, tweak=_tech_growth_as_percent_format)


def city_va_growth_1250(folder: Path) -> Path:
    """测试县's 规上工业增加值增速 E6 1250 (12.5 typed without its point): a county's real value-added growth of
    1,250 % — asked on E6, never ranked first in the city."""
    return _city(folder, "va1250", {(1, 4): 1250})


def city_tech_over_fai(folder: Path) -> Path:
    """测试县's 其中：技术改造投资 I6 12,000 (上年同期 J6 11,000, +9.1 %) over its 工业固定资产投资 F6 6,700 (上年同期 G6
    8,000): an 'of which' larger than its whole, this year and last — asked on I6 (or F6)."""
    return _city(folder, "tech_over_fai", {(1, 8): 12000, (1, 9): 11000, (1, 10): 9.1})


def city_growth_sign_flipped(folder: Path) -> Path:
    """测试县's 工业固投 F6 6,700 over 上年同期 G6 8,000 (−16.25 %) with 增速 H6 typed 16.3 (the minus lost): asked on
    H6 — the county's official 工业固投增速 would read +16.3 %."""
    return _city(folder, "sign", {(1, 7): 16.3})


def city_tech_growth_shown_both_ways(folder: Path) -> Path:
    """K6 holds 2 under ``0.0%`` (shows 200.0%) beside 技改 I6 1 over J6 1: rounded as typed those give anything from
    −67 % to 200 %, so 2 % and 200 % both fit — the amounts settle nothing, K6 stays asked (review, session 28)."""
    return _city(folder, "tech_both", {(1, 8): 1, (1, 9): 1, (1, 10): 200}, tweak=_tech_growth_as_percent_format)


# ---- 企业培育台账 (工信局) ----------------------------------------------------------------------------------------

CULT_HEAD: Head = ["序号", "统一社会信用代码", "企业名称", "所属乡镇", ("培育情况", ["培育类型", "培育状态", "状态日期"]),
                   "包联领导", "奖补资金（万元）", "备注"]
#: A 序号 B USCC C 名称 D 乡镇 E 类型 F 状态 G 日期 H 包联 I 奖补 J 备注; rows 5, 6
CULT_ROWS: list[list[Any]] = [
    [1, uscc(5111), "东镇新材料有限公司", "东镇", "拟入规", "培育中", None, "李县长", 20, None],
    [2, uscc(5112), "西岭机械有限公司", "西镇", "高新技术企业", "已认定", D(2026, 4, 12), "张局长", 50, None],
]


def _cult(folder: Path, name: str, change: dict[tuple[int, int], Any]) -> Path:
    rows = [list(r) for r in CULT_ROWS]
    for (i, j), v in change.items():
        rows[i][j] = v
    total = ["合计", None, "2户", None, None, None, None, None, _sum(rows, 8), None]
    return _return(folder, f"工信局企业培育台账_{name}.xlsx", "培育台账", "测试县2026年6月企业培育台账", "测试县工信局",
                   CULT_HEAD, rows, total)


def cult_negative_grant(folder: Path) -> Path:
    """西岭机械's 奖补资金 I6 −50 — refused on I6."""
    return _cult(folder, "negative", {(1, 8): -50})


def cult_recognised_after_period(folder: Path) -> Path:
    """西岭机械 已认定 on G6 2026-10-12, on the ledger as at the end of June — said on G6."""
    return _cult(folder, "date_oct", {(1, 6): D(2026, 10, 12)})


# ---- 招商引资项目台账 (招商局) ------------------------------------------------------------------------------------

ATTR_HEAD: Head = ["序号", "项目名称", "投资方", "产业链", "落户乡镇", "项目阶段",
                   ("推进时间", ["签约日期", "落户日期", "开工日期"]), ("投资（万元）", ["总投资", "本年到位资金"])]
#: A 序号 B 名称 C 投资方 D 产业链 E 乡镇 F 阶段 G 签约 H 落户 I 开工 J 总投资 K 到位; rows 5, 6
ATTR_ROWS: list[list[Any]] = [
    [1, "年产5万吨精细化学品项目", "陕西某化工集团", "精细化工", "东镇", "开工", D(2026, 1, 10), D(2026, 2, 1),
     D(2026, 4, 8), 50000, 8000],
    [2, "光伏组件边框项目", "江苏某新能源公司", "光伏新能源", "西镇", "签约", D(2026, 5, 20), None, None, 20000, 0],
]


def _attr(folder: Path, name: str, change: dict[tuple[int, int], Any]) -> Path:
    rows = [list(r) for r in ATTR_ROWS]
    for (i, j), v in change.items():
        rows[i][j] = v
    total = ["合计", None, None, None, None, None, None, None, None, _sum(rows, 9), _sum(rows, 10)]
    return _return(folder, f"招商局招商台账_{name}.xlsx", "招商项目", "测试县2026年1-6月招商引资项目台账", "测试县招商局",
                   ATTR_HEAD, rows, total)


def attr_funds_over_total(folder: Path) -> Path:
    """精细化学品 (总投资 J5 50,000) with 本年到位资金 K5 80,000: more money in place this year than the whole deal —
    asked on K5 (or J5)."""
    return _attr(folder, "funds_over_total", {(0, 10): 80000})


def attr_negative_funds(folder: Path) -> Path:
    """光伏组件边框's 本年到位资金 K6 −500 — refused on K6."""
    return _attr(folder, "negative", {(1, 10): -500})


def attr_started_after_period(folder: Path) -> Path:
    """精细化学品 开工 with 开工日期 I5 2026-11-08 on the ledger as at the end of June — said on I5."""
    return _attr(folder, "start_nov", {(0, 8): D(2026, 11, 8)})


# ---- 要素保障 (自然资源局) ----------------------------------------------------------------------------------------

FACT_HEAD: Head = ["序号", "事项", "日期", "地块或用途", "宗地编号", "所属乡镇", ("供地情况", ["供地面积（亩）", "成交价款（万元）"]),
                   "所属季度"]
#: A 序号 B 事项 C 日期 D 地块 E 宗地编号 F 乡镇 G 面积 H 价款 I 季度; rows 5, 6
FACT_ROWS: list[list[Any]] = [
    [1, "工业用地供应", D(2026, 3, 18), "东镇光伏支架项目用地", "610599202600101", "东镇", 45.5, 1365, None],
    [2, "工业用地供应", D(2026, 5, 26), "西镇建材产业园用地", "610599202600102", "西镇", 80, 2400, None],
]


def _fact(folder: Path, name: str, change: dict[tuple[int, int], Any]) -> Path:
    rows = [list(r) for r in FACT_ROWS]
    for (i, j), v in change.items():
        rows[i][j] = v
    total = ["合计", "2宗", None, None, None, None, _sum(rows, 6), _sum(rows, 7), None]
    return _return(folder, f"自然资源局要素保障_{name}.xlsx", "供地", "测试县2026年1-6月要素保障情况表（工业用地）",
                   "测试县自然资源局", FACT_HEAD, rows, total)


def fact_negative_area(folder: Path) -> Path:
    """西镇建材产业园's 供地面积 G6 −80 亩 — refused on G6."""
    return _fact(folder, "negative_area", {(1, 6): -80})


def fact_negative_price(folder: Path) -> Path:
    """西镇建材产业园's 成交价款 H6 −2,400 万元 — refused on H6."""
    return _fact(folder, "negative_price", {(1, 7): -2400})


# ---- 目标任务 (工信局) --------------------------------------------------------------------------------------------

TGT_HEAD: Head = ["序号", "指标名称", "单位", "年度目标", ("分季度累计目标", ["一季度", "上半年", "前三季度"])]
#: A 序号 B 指标 C 单位 D 年度目标 E 一季度 F 上半年 G 前三季度; rows 5 …
TGT_ROWS: list[list[Any]] = [
    [1, "规上工业总产值", "亿元", 24, 5, 11.5, 18],
    [2, "规上工业增加值增速", "%", 7, None, None, None],
    [3, "全年新增规上培育任务", "户", 5, None, None, None],
]


def _tgt(folder: Path, name: str, change: dict[tuple[int, int], Any]) -> Path:
    rows = [list(r) for r in TGT_ROWS]
    for (i, j), v in change.items():
        rows[i][j] = v
    return _return(folder, f"工信局目标任务_{name}.xlsx", "目标", "测试县2026年工业倍增计划目标任务", "测试县工信局",
                   TGT_HEAD, rows, None, unit="见各行")


def tgt_count_with_fraction(folder: Path) -> Path:
    """全年新增规上培育任务 D7 2.5 户: half an enterprise — asked on D7."""
    return _tgt(folder, "fraction", {(2, 3): 2.5})


def tgt_growth_1250(folder: Path) -> Path:
    """规上工业增加值增速 target D6 1250 %: asked on D6, never stored as the year's target."""
    return _tgt(folder, "va1250", {(1, 3): 1250})


def tgt_half_year_over_year(folder: Path) -> Path:
    """规上工业总产值: 上半年累计目标 F5 31.5 亿元 over the year's 24: a part of the year above the whole — asked."""
    return _tgt(folder, "half_over_year", {(0, 5): 31.5})


def tgt_negative_output(folder: Path) -> Path:
    """规上工业总产值 target D5 −24 亿元: an output cannot be negative — asked on D5."""
    return _tgt(folder, "negative", {(0, 3): -24, (0, 4): None, (0, 5): None, (0, 6): None})


# ---- 重点工作进展 (工信局) -------------------------------------------------------------------------------------------

NOTE_HEAD: Head = ["章节", "标题", "进展情况", ("引用数字", ["数字指标", "完成进度"])]


def notes_progress_1250(folder: Path) -> Path:
    """标准化厂房建设进度 E5 1250 (%): asked on E5 (0–100)."""
    rows: list[list[Any]] = [["6①", "标准化厂房建设提速", "经开区标准化厂房二期主体完工，累计完成投资1.2亿元。", "标准化厂房建设总体进度",
                              1250]]
    return _return(folder, "工信局重点工作进展_1250.xlsx", "进展", "测试县2026年1-6月重点工作进展情况", "测试县工信局",
                   NOTE_HEAD, rows, None, unit="%")


def attr_total_counted_in_name_column(folder: Path) -> Path:
    """The ledger of ``attr_funds_over_total`` whose 合计 row says its count under 项目名称: ``合计 | 2个 | … | 70,000 |
    8,000`` — a 合计 row like any other (FAI's 合计 | | 3个 is one), never a project called “2个”."""
    return attr_total_counted_as("2个")(folder)


def attr_total_counted_as(said: str) -> Callable[[Path], Path]:
    """``attr_total_counted_in_name_column`` with the count worded as a clerk words it (共计2个, 共有2个项目 …)."""
    def make(folder: Path) -> Path:
        rows = [list(r) for r in ATTR_ROWS]
        total = ["合计", said, None, None, None, None, None, None, None, _sum(rows, 9), _sum(rows, 10)]
        return _return(folder, "招商局招商台账_total_2ge.xlsx", "招商项目", "测试县2026年1-6月招商引资项目台账", "测试县招商局",
                       ATTR_HEAD, rows, total)
    return make
