"""Hand-made returns, round 8: ledgers kept in sections, and report sections numbered as clerks number them.

The county is 岚山县 of round 7 (tests/handmade/county7.py: its senders, townships and enterprises).  A clerk who
keeps a ledger by type, by stage or by township often has no column for it: a heading row (``一、已开工项目（2个）``,
``（二）科技型中小企业``, or a bare ``城关镇`` typed in the 序号 column) says it for the rows under it, until the next
heading.  A person reads the heading into every row under it; so must beizeng, and say where each value came from.
The report's sections (6①, 二1) come typed 6(1), （六）2, ６－３, 二、1, 三（2）.

Every function writes one return into ``folder`` and returns its path; its docstring says what a person reading
the return takes from it ("A reader takes: …").
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
from openpyxl.worksheet.worksheet import Worksheet

from tests.handmade.county7 import HD, HK, HT, LF, QH, TR, XH, D, _row, _save, _title


def _headed(ws: Worksheet, first: int, rows: list[list[object]], width: int,
            merged: bool = True) -> None:
    """Rows from ``first`` on; a row of one value is a heading, merged across the table when ``merged``."""
    for r, values in enumerate(rows, first):
        _row(ws, r, values)
        if len(values) == 1 and merged:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=width)


# ---------------------------------------------------------------------------------------------
# 招商引资项目台账: sections by stage
# ---------------------------------------------------------------------------------------------

def attraction_sections_by_stage(folder: Path) -> Path:
    """投资促进局's May ledger kept by stage, no 阶段 column: ``一、已开工项目（2个）``, ``二、已签约项目（1个）``,
    ``三、在谈项目（1个）`` head their projects; columns 序号 | 项目名称 | 投资方 | 产业链 | 落户乡镇 | 签约日期 |
    落户日期 | 开工日期 | 总投资（万元） | 备注.

    A reader takes: 2026-05, 4 projects: 光电组件配套 开工, 环保建材 开工, 碳纤维新材料 签约, 富硒茶 对接 (the stage of
    each from its heading); 总投资 50,000 / 30,000 / 80,000 / 12,000 万元.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "招商台账"
    _title(ws, "岚山县招商引资项目台账（2026年5月）", 10)
    _row(ws, 2, ["序号", "项目名称", "投资方", "产业链", "落户乡镇", "签约日期", "落户日期", "开工日期", "总投资（万元）",
                 "备注"])
    _headed(ws, 3, [
        ["一、已开工项目（2个）"],
        [1, "秦汉光电组件配套项目", "江苏某光电科技有限公司", "光伏", "城关镇", D(2026, 1, 18), D(2026, 2, 20),
         D(2026, 4, 25), 50000, None],
        [2, "新型环保建材项目", "四川某建材集团", "建材", "柳林镇", D(2025, 11, 2), D(2026, 1, 8), D(2026, 3, 16), 30000,
         "主体施工"],
        ["二、已签约项目（1个）"],
        [1, "碳纤维新材料项目", "浙江某新材料有限公司", "新材料", "岚山经开区", D(2026, 4, 28), None, None, 80000, None],
        ["三、在谈项目（1个）"],
        [1, "富硒茶深加工项目", "西安某农业发展有限公司", "农产品加工", None, None, None, None, 12000, "已考察两次"],
    ], 10)
    return _save(wb, folder / "招商台账（按阶段）2026年5月.xlsx")


# ---------------------------------------------------------------------------------------------
# 规上工业企业生产月报: sections by township
# ---------------------------------------------------------------------------------------------

_ENT_HEADER = ["序号", "企业名称", "统一社会信用代码", "所属乡镇", "行业代码", "本月产值", "1-5月累计", "上年同期累计",
               "入规年月"]


def ent_township_sections_column_left_empty(folder: Path) -> Path:
    """统计局's May table printed by township: its 所属乡镇 column is there but left empty, the township said once by a
    merged heading ``一、城关镇（2户）``, ``二、柳林镇（2户）``, ``三、马畅镇（1户）``; one clerk typed 马畅镇 into the
    township cell of 汉阳宏达, listed under 柳林镇 (one of the two is wrong: asked, the row's own cell kept); the 马畅镇
    heading says 1户 and has none under it.

    A reader takes: 2026-05, 4 enterprises: 秦汉光电 and 天瑞食品 in 城关镇, 岚峰建材 in 柳林镇, 宏达机械 in 马畅镇
    (its own cell; a warning names both cells); 1-5月 19,100 + 5,180 + 9,720 + 4,480 = 38,480 万元; a warning that
    the 马畅镇 heading's 1户 has no row under it.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "5月"
    _title(ws, "岚山县规上工业企业产值月报（2026年5月）", 9)
    _row(ws, 2, _ENT_HEADER)
    _headed(ws, 3, [
        ["一、城关镇（2户）"],
        [1, "岚山秦汉光电科技有限公司", QH, None, "3825", 4000, 19100, 16500, "2019年"],
        [2, "岚山县天瑞食品有限公司", TR, None, "1399", 1050, 5180, 5800, "2026年3月"],
        ["二、柳林镇（2户）"],
        [3, "陕西岚峰建材有限公司", LF, None, "3021", 1900, 9720, 8600, "2021年6月"],
        [4, "汉阳宏达机械制造有限公司", HD, "马畅镇", "3442", 880, 4480, 4300, "2018年"],
        ["三、马畅镇（1户）"],
    ], 9)
    return _save(wb, folder / "规上企业产值（分镇）2026年5月.xlsx")


def ent_township_typed_alone_no_column(folder: Path) -> Path:
    """The same table with no 所属乡镇 column at all: the township typed alone in the 序号 column on a row of its own
    (``城关镇``, ``柳林镇人民政府``, ``经开区``), not numbered, not merged, nothing else on the row.

    A reader takes: 2026-05, 4 enterprises: 秦汉光电 and 天瑞食品 in 城关镇, 恒通新材料 in 柳林镇, 华康 (a
    pharmaceutical works) in 岚山经开区; 1-5月 19,100 + 5,180 + 13,800 + 3,200 = 41,280 万元.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "5月"
    _title(ws, "岚山县规上工业企业产值月报（2026年5月）", 8)
    _row(ws, 2, [h for h in _ENT_HEADER if h != "所属乡镇"])
    _headed(ws, 3, [
        ["城关镇"],
        [1, "岚山秦汉光电科技有限公司", QH, "3825", 4000, 19100, 16500, "2019年"],
        [2, "岚山县天瑞食品有限公司", TR, "1399", 1050, 5180, 5800, "2026年3月"],
        ["柳林镇人民政府"],
        [3, "岚山恒通新材料有限公司", HT, "2652", 2900, 13800, 10300, "2025年12月"],
        ["经开区"],
        [4, "岚山华康药业有限公司", HK, "2720", 700, 3200, 2900, "2024年"],
    ], 8, merged=False)
    return _save(wb, folder / "规上企业产值（分镇无乡镇列）2026年5月.xlsx")


# ---------------------------------------------------------------------------------------------
# 企业培育台账: sections by township, then by type
# ---------------------------------------------------------------------------------------------

def cultivation_township_then_type(folder: Path) -> Path:
    """工信局's ledger in two levels: ``一、城关镇`` / ``二、柳林镇`` (no township column), and under each
    ``（一）高新技术企业（1户）``, ``（二）科技型中小企业（1户）`` … in a 培育类型 column left empty on most rows;
    one row under （二）科技型中小企业 has 高新技术企业 typed in its own 培育类型 cell.

    A reader takes: 2026-05, 4 rows: 秦汉光电 城关镇 高新技术企业 已认定; 天瑞食品 城关镇 科技型中小企业 已入库;
    鑫辉包装 柳林镇 拟入规 培育中; 恒通新材料 柳林镇 高新技术企业 申报中 (its own cell, under （二）科技型中小企业:
    a warning naming both cells).
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "培育台账"
    _title(ws, "岚山县企业培育工作台账（2026年5月）", 7)
    _row(ws, 2, ["序号", "企业名称", "统一社会信用代码", "培育类型", "培育状态", "状态日期", "备注"])
    _headed(ws, 3, [
        ["一、城关镇"],
        ["（一）高新技术企业（1户）"],
        [1, "岚山秦汉光电科技有限公司", QH, None, "已认定", "2025年12月5日", None],
        ["（二）科技型中小企业（1户）"],
        [1, "岚山县天瑞食品有限公司", TR, None, "已入库", "2026年4月15日", None],
        ["二、柳林镇"],
        ["（一）拟入规企业（1户）"],
        [1, "岚山鑫辉包装有限公司", XH, None, "培育中", None, None],
        ["（二）科技型中小企业（1户）"],
        [1, "岚山恒通新材料有限公司", HT, "高新技术企业", "申报中", "2026年5月10日", "放错了节？"],
    ], 7)
    return _save(wb, folder / "培育台账（分镇分类）2026年5月.xlsx")


# ---------------------------------------------------------------------------------------------
# 重点工作进展: sections numbered every way
# ---------------------------------------------------------------------------------------------

def progress_sections_numbered_every_way(folder: Path) -> Path:
    """工信局's May prose with its sections numbered as five clerks would: ``6(1)``, ``（六）2``, ``６－３`` (full
    width), ``6.④``, ``二、1`` and ``三（2）``.

    A reader takes: 2026-05, 6 items: 6①, 6②, 6③, 6④, 二1, 三2 (stored 61, 62, 63, 64, 二1, 三2); 6① quotes
    污水处理厂建设进度 70 %.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "重点工作"
    _title(ws, "岚山县工业倍增重点工作进展情况（2026年5月）", 6)
    _row(ws, 2, ["章节", "工作事项", "进展情况", "指标名称", "完成率", "备注"])
    for r, values in enumerate([
        ["6(1)", "污水处理厂", "主体工程基本完工。", "污水处理厂建设进度", "70%", None],
        ["（六）2", "标准化厂房", "三期厂房开工建设。", None, None, None],
        ["６－３", "园区道路", "纬三路完成路基。", None, None, None],
        ["6.④", "供水管网", "完成管网铺设2公里。", None, None, None],
        ["二、1", "融资难", "技改项目资金到位慢。", None, None, None],
        ["三（2）", "包联机制", "选派干部一对一包联。", None, None, None],
    ], 3):
        _row(ws, r, values)
    return _save(wb, folder / "重点工作进展（章节各种写法）5月.xlsx")


def progress_section_two_levels_deep(folder: Path) -> Path:
    """The same prose with one section typed ``6.1.2`` (section 6, item 1, sub-item 2: a place the report does not
    have) beside a plain ``6.2``.

    A reader takes: nothing yet: 6.1.2 is no place in the report (6① or 6⑫?): asked on its cell (A3), with the
    form's section rule; 6.2 is read as 6②.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "重点工作"
    _title(ws, "岚山县工业倍增重点工作进展情况（2026年5月）", 3)
    _row(ws, 2, ["章节", "工作事项", "进展情况"])
    _row(ws, 3, ["6.1.2", "污水处理厂", "主体工程基本完工。"])
    _row(ws, 4, ["6.2", "标准化厂房", "三期厂房开工建设。"])
    return _save(wb, folder / "重点工作进展（三级章节）5月.xlsx")
