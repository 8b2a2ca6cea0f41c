"""Hand-made returns, round 8: names, codes and periods as 岚山县's clerks (tests/handmade/county7.py) write them.

Each maker varies one thing a person reads without thinking and beizeng must read the same way or ask about:
a county or township written short (南郑, 城关) or followed by its village (马畅镇 白庙村), a sender written short
on its 填报单位 line, an industry written code and name in one cell in every order, a period given only as the
day the figures run up to (截至2026年6月30日, 统计时间：2026.6.30) beside the day the form was filled in, and
dates written 26.3.15 or as a month alone.  Its docstring says what a reader takes from it.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl

from tests.handmade.county7 import HD, HT, LF, QH, QY, TR, XY, _row, _save, _title, pcode

#: A county with both a 城关镇 and a 城关街道 (many have): "城关" alone names neither for sure.
CHENGGUAN_STREET = """
[[townships]]
name = "城关街道"
aliases = ["城关街道办事处"]
"""


def ent_code_and_name_every_order(folder: Path) -> Path:
    """统计局's May return with 行业 written code and name in one cell, each row another way: ``C3825 光伏设备及元器件
    制造``, ``1399、其他农副食品加工``, ``水泥制品制造（C3021）``, ``C2652-合成纤维单（聚合）体制造``,
    ``D4610自来水生产和供应``, ``B0810 铁矿采选`` — and ``C3442 铁矿采选`` (a pump maker's code beside a mining
    name: one of the two is wrong).

    A reader takes: 2026-05, 7 enterprises, codes 3825 / 1399 / 3021 / 2652 / 4610 / 0810 / 3442 (the code is what
    the statistics key on), 本年累计 sum 57,490 万元, and a question on the 3442 row whether code or name is wrong.
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "5月"
    _title(ws, "岚山县规上工业企业产值月报（2026年5月）", 9)
    ws["A2"] = "填报单位：岚山县统计局"
    _row(ws, 3, ["企业", "社会信用代码", "乡镇", "国民经济行业", "战新", "本年累计", "去年同期", "当月", "营业收入累计"])
    rows: list[list[object]] = [
        ["岚山秦汉光电科技有限公司", QH, "城关镇", "C3825 光伏设备及元器件制造", "√", 19100, 16500, 4000, 19600],
        ["岚山县天瑞食品有限公司", TR, "城关镇", "1399、其他农副食品加工", None, 5180, 5800, 1050, 5300],
        ["陕西岚峰建材有限公司", LF, "柳林镇", "水泥制品制造（C3021）", None, 9720, 8600, 1900, 10100],
        ["岚山恒通新材料有限公司", HT, "柳林镇", "C2652-合成纤维单（聚合）体制造", "√", 13800, 10300, 2900, 14400],
        ["岚山县清源水务有限公司", QY, "岚山经开区", "D4610自来水生产和供应", None, 2150, 1900, 430, 2200],
        ["岚山鑫源矿业有限公司", XY, "马畅镇", "B0810 铁矿采选", None, 3060, 2100, 1630, 3100],
        ["汉阳宏达机械制造有限公司", HD, "马畅镇", "C3442 铁矿采选", None, 4480, 4300, 880, 4600],
    ]
    for r, values in enumerate(rows, 4):
        _row(ws, r, values)
    return _save(wb, folder / "统计局5月产值（行业写代码和名称）.xlsx")


def city_short_names_mixed(folder: Path) -> Path:
    """The June ranking typed another way: some counties in full, some short (南郑, 城固, 西乡), one with a space
    (汉 台), the city row ``全市`` first, rates as numbers.

    A reader takes: 2026-06, 6 counties + 全市; 岚山县 增加值 +8.4 % (2nd), 工业固投 −3.5 % (5th).
    """
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "6月"
    _title(ws, "1-6月全市工业主要指标排序表", 7)
    _row(ws, 2, ["地区", "规上工业总产值（万元）", "增速", "规上工业增加值增速", "工业固定资产投资增速", "技改投资增速",
                 "备注"])
    rows: list[list[object]] = [
        ["全市", 612400, 9.1, 7.2, 6.5, 12.3, None],
        ["汉 台", 210500, 8.2, 6.9, 9.8, 10.1, None],
        ["南郑", 150300, 6.5, 7.5, 12.4, 8.0, None],
        ["城固", 98600, 10.2, 9.1, 4.2, 15.6, None],
        ["洋县", 56100, 9.0, 5.8, 1.1, 11.2, None],
        ["西乡", 32700, 4.1, 4.4, -6.0, -2.3, None],
        ["岚山县", 64200, 17.3, 8.4, -3.5, 25.0, None],
    ]
    for r, values in enumerate(rows, 3):
        _row(ws, r, values)
    return _save(wb, folder / "县区工业指标排序2026年6月.xlsx")


def ent_township_short_two_candidates(folder: Path) -> Path:
    """统计局's June list in a county with both 城关镇 and 城关街道 (:data:`CHENGGUAN_STREET`): 乡镇 written ``城关``
    on one row, ``柳林`` (only 柳林镇 starts so) on another.

    A reader takes: 柳林 is 柳林镇; 城关 could be 城关镇 or 城关街道 — asked on its cell, naming both."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "6月"
    _title(ws, "岚山县规上工业企业产值月报（2026年1-6月）", 9)
    ws["A2"] = "填报单位：岚山县统计局"
    _row(ws, 3, ["企业", "社会信用代码", "乡镇", "行业代码", "战新", "本年累计", "去年同期", "当月", "营业收入累计"])
    _row(ws, 4, ["岚山秦汉光电科技有限公司", QH, "城关", "3825", "是", 23450.5, 19800, 4200, 24100])
    _row(ws, 5, ["陕西岚峰建材有限公司", LF, "柳林", "3021", "否", 11800, 10400, 2050, 12300])
    return _save(wb, folder / "统计局6月产值.xlsx")


def _land(folder: Path, name: str, places: list[str]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "供地"
    _title(ws, "岚山县2026年1-6月工业用地供应情况统计表", 6)
    ws["A2"] = "填报单位：岚山县自然资源局"
    _row(ws, 3, ["序号", "土地坐落", "电子监管号", "面积（亩）", "成交价款（万元）", "供地时间"])
    dates = ["2026年3月18日", "2026年5月9日", "2026年6月26日", "2026年6月28日"]
    for i, place in enumerate(places):
        _row(ws, 4 + i, [i + 1, place, f"6107272026B000{41 + i}", 10 + i, 300 + i, dates[i]])
    return _save(wb, folder / name)


def factors_land_places_spaced_and_dashed(folder: Path) -> Path:
    """自然资源局's land list with 土地坐落 written township then place, every way: ``马畅镇 白庙村``, ``柳林镇-石门村二组``,
    ``岚山经开区东区``, ``城关镇人民政府``.

    A reader takes: 4 parcels in 马畅镇, 柳林镇, 岚山经开区, 城关镇 (10 + 11 + 12 + 13 = 46 亩); the villages are noted."""
    return _land(folder, "工业用地供应（坐落）.xlsx", ["马畅镇 白庙村", "柳林镇-石门村二组", "岚山经开区东区", "城关镇人民政府"])


def factors_land_place_not_configured(folder: Path) -> Path:
    """The same list with a parcel in 新集镇东坝村 (a township the county has not configured), one written
    ``城关镇、柳林镇`` (a parcel across two townships) and one written only ``岚山县``.

    A reader takes: none of the three can be put in a township: 新集镇东坝村 is no configured name (the fix lists
    them), 城关镇、柳林镇 names two (asked, naming both), 岚山县 is the county — not 岚山县经济技术开发区 cut short."""
    return _land(folder, "工业用地供应（新集镇）.xlsx", ["城关镇东坝村", "新集镇东坝村", "城关镇、柳林镇", "岚山县"])


def _fai(folder: Path, name: str, lines: list[str], start_dates: tuple[object, object],
         title: str = "马畅镇重点工业项目推进情况统计表", done: tuple[str, str] = ("截至6月底累计完成", "其中：6月完成")) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    _title(ws, title, 13)
    for i, line in enumerate(lines, 2):
        ws.cell(i, 1, line)
    header = 2 + len(lines)
    _row(ws, header, ["序号", "项目名称", "总投资", "今年计划", *done, "项目代码", "性质",
                      "技改", "重点", "开工", "开工日期", "纳统"])
    _row(ws, header + 1, [1, "马畅镇富硒茶精深加工项目", 12000, 4000, 2600, 500, pcode(301, "2601"), "新建", "否", "是",
                          "是", start_dates[0], "是"])
    _row(ws, header + 2, [2, "宏达机械生产线技改项目", 6000, 3000, 3500, 1500, pcode(302, "2603"), "技术改造", "是",
                          "是", "是", start_dates[1], "否"])
    return _save(wb, folder / name)


def fai_as_of_day_and_filled_day(folder: Path) -> Path:
    """马畅镇's June list: no period in the title or file name, the line under the title ``截至2026年6月30日`` with
    ``填报日期：2026年7月3日`` on the line after it, 填报单位 written short (``填报单位：马畅``) and the township named
    nowhere else (title 重点工业项目推进情况统计表, file 重点项目推进表), 开工日期 typed ``26.1.8`` and ``2026-4``
    (a month alone).

    A reader takes: 2026-06 (June's last day; the 3rd of July is the day it was filled in), 马畅镇, 2 projects,
    累计 2,600 / 3,500, started 2026-01-08 and in April 2026 (stored as its 1st, said so)."""
    return _fai(folder, "重点项目推进表.xlsx", ["填报单位：马畅", "截至2026年6月30日", "填报日期：2026年7月3日"],
                ("26.1.8", "2026-4"), title="重点工业项目推进情况统计表")


def fai_statistics_time_dotted(folder: Path) -> Path:
    """The same list with the period as ``统计时间：2026.6.30  填报时间：2026.7.2`` in one cell and 填报单位 in full.

    A reader takes: 2026-06, 马畅镇, 2 projects."""
    return _fai(folder, "马畅镇项目表.xlsx", ["填报单位：马畅镇人民政府", "统计时间：2026.6.30  填报时间：2026.7.2"],
                ("2026-01-08", "2026-04-01"))


def fai_as_of_mid_month(folder: Path) -> Path:
    """The same list ``截止时间：2026年6月20日`` — a day inside June: the county's early deadline, or May's return
    sent late? — and headers that name no month (本年累计完成, 本月完成).

    A reader takes: no period for sure: asked, naming what the line says."""
    return _fai(folder, "马畅镇项目情况.xlsx", ["填报单位：马畅镇", "截止时间：2026年6月20日"], ("2026-01-08", "2026-04-01"),
                done=("本年累计完成", "本月完成"))
