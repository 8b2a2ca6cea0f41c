"""Hand-made returns of the outside probe p34: CLEAR returns that brush against session 21's new refusing rules —
a quarter's words in a title, sheet, remark or file name of a 1-6月 return (``periods.own_months``,
``identify._own_months``: quarter_figures / quarter_column), a 填报单位 line naming the right township plus an office,
a village or a person, the county before it, a department's section (``identify._line_against``: ambiguous_sender),
returns without a year whose figures partly or trivially match another year's (``inferred_year``), and label
columns (单位, 序号) left of figure columns (``matching._LABEL_HEADS``).  A careful person reads every one of them
without doubt: the figures, the sender and the period are plain.

Made by an outsider who read DOMAIN.md, the README and the rules, not the reader.  Each maker writes into ``folder``
and returns the path; its docstring says what a careful county statistician takes from the return.  County:
``county_full`` (tests/conftest.py: 东镇, 西镇; 统计局 …) unless said; ``write_chengguan_config`` for the names.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from tests.handmade.cells import book as _book
from tests.handmade.cells import put as _put
from tests.handmade.cells import save as _save
from tests.handmade.cells import title as _title
from tests.scenarios import uscc

D = dt.date
Maker = Callable[[Path], Path]
LINE = "填报单位：东镇人民政府（盖章）"
FOOT = ["填报人：刘敏", None, None, "审核人：陈军", None, None, "联系电话：0913-3310001"]

# ---- 工业固投项目: 东镇's two projects, 1-6月 3,000 + 1,200 = 4,200, June 600 + 200 ---------------------------------

HEAD = ["序号", "项目代码", "项目名称", "所属乡镇", "建设性质", "是否技改", "是否倍增重点项目", "计划总投资",
        "是否开工", "开工时间", "是否入库纳统"]
PROJECTS = [["2603-610599-04-01-340001", "东塬光伏支架生产线项目", "东镇", "新建", "否", "是", 20000, "是",
             D(2026, 3, 2), "是"],
            ["2602-610599-07-02-340002", "东关饲料车间技改项目", "东镇", "改建和技术改造", "是", "是", 3000, "是",
             D(2026, 2, 20), "是"]]
JUNE = [[600, 3000], [200, 1200]]


def _sent(path: Path, when: dt.datetime | None) -> Path:
    if when is not None:
        os.utime(path, (when.timestamp(), when.timestamp()))
    return path


def projects(folder: Path, file: str, title: str, amounts: list[str], figures: list[list[Any]] = JUNE, *,
             parent: str | None = None, sheet: str = "项目", line: str = LINE, lines: tuple[str, ...] = (),
             town: str = "东镇", rows: list[list[Any]] | None = None, sent: dt.datetime | None = None) -> Path:
    """A township's project list in a clerk's style: merged title, any lines under it (remarks), the 填报单位 line
    with 单位：万元 at its right, a one-row header (or, with ``parent``, ``parent`` merged over ``amounts``), the
    rows, a 合计 row and the signatures."""
    base = rows or [[r[0], r[1], town, *r[3:]] for r in PROJECTS]
    width = len(HEAD) + len(amounts)
    wb, ws = _book(sheet)
    _title(ws, title, width)
    r = 2
    for text in lines:
        _put(ws, r, 1, [text])
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=width)
        r += 1
    _put(ws, r, 1, [line])
    _put(ws, r, width, ["单位：万元"])
    r += 1
    if parent is None:
        _put(ws, r, 1, [*HEAD, *amounts])
    else:
        _put(ws, r, 1, HEAD)
        for c in range(1, len(HEAD) + 1):
            ws.merge_cells(start_row=r, start_column=c, end_row=r + 1, end_column=c)
        ws.cell(r, len(HEAD) + 1, parent)
        ws.merge_cells(start_row=r, start_column=len(HEAD) + 1, end_row=r, end_column=width)
        r += 1
        _put(ws, r, len(HEAD) + 1, amounts)
    for i, (row, figs) in enumerate(zip(base, figures, strict=True), 1):
        _put(ws, r + i, 1, [i, *row, *figs])
    n = r + len(base) + 1
    _put(ws, n, 1, ["合计", None, None, None, None, None, None, sum(x[6] for x in base), None, None, None,
                    *[sum(f[k] for f in figures) for k in range(len(amounts))]])
    _put(ws, n + 2, 1, FOOT)
    return _sent(_save(wb, folder / file), sent)


# ---- (a) a quarter's words on a return whose figures plainly run from January ----------------------------------------

def title_q2_in_brackets(folder: Path) -> Path:
    """``东镇2026年1-6月（第二季度）工业项目建设进展情况表`` over ``本月完成投资 | 1-6月累计完成投资``.
    A careful person: 2026-06, 1-6月 4,200 万元, June 800 — the bracket only says which quarter June closes."""
    return projects(folder, "东镇二季度项目进展.xlsx", "东镇2026年1-6月（第二季度）工业项目建设进展情况表",
                    ["本月完成投资", "1-6月累计完成投资"])


def title_half_year_and_q2(folder: Path) -> Path:
    """``东镇2026年上半年暨二季度工业项目建设进展情况表`` with ``完成投资`` merged over ``本月 | 自年初累计``.
    A careful person: 2026-06, 自年初累计 = 1-6月 4,200 万元, June 800."""
    return projects(folder, "东镇上半年暨二季度项目.xlsx", "东镇2026年上半年暨二季度工业项目建设进展情况表",
                    ["本月", "自年初累计"], parent="完成投资（万元）")


def title_q2_report_cumulative_header(folder: Path) -> Path:
    """``东镇2026年二季度报表`` over ``本月完成投资 | 1-6月累计完成投资``: the header says 1-6月累计 outright.
    A careful person: 2026-06, 4,200 万元, June 800."""
    return projects(folder, "东镇2026年二季度报表.xlsx", "东镇2026年二季度报表", ["本月完成投资", "1-6月累计完成投资"])


def sheet_q2_under_june_title(folder: Path) -> Path:
    """A sheet named ``二季度`` under ``东镇2026年6月份工业项目建设进展情况表``, amounts ``完成投资`` merged over
    ``6月 | 1-6月``.  A careful person: 2026-06, 1-6月 4,200 万元, June 800 — the sheet name is the clerk's filing."""
    return projects(folder, "东镇6月份项目.xlsx", "东镇2026年6月份工业项目建设进展情况表", ["6月", "1-6月"],
                    parent="完成投资", sheet="二季度")


def remark_this_quarter(folder: Path) -> Path:
    """``东镇2026年6月工业项目建设进展情况表``, under it a remark ``（本季度新开工项目1个，新入库纳统项目1个）``, amounts
    ``完成投资`` over ``本月 | 累计``.  A careful person: 2026-06, 累计 4,200 万元, June 800 — the remark counts
    projects, it says nothing of the figures' months."""
    return projects(folder, "东镇6月项目.xlsx", "东镇2026年6月工业项目建设进展情况表", ["本月", "累计"],
                    parent="完成投资", lines=("（本季度新开工项目1个，新入库纳统项目1个）",))


def q2_column_beside_cumulative(folder: Path) -> Path:
    """``东镇2026年1-6月…`` with ``本月完成投资 | 4-6月完成投资 | 1-6月累计完成投资`` (600 | 1,800 | 3,000 and
    200 | 700 | 1,200).  A careful person: June 800, 1-6月 4,200 万元; the 4-6月 column is an extra the clerk keeps."""
    return projects(folder, "东镇6月项目.xlsx", "东镇2026年1-6月工业项目建设进展情况表",
                    ["本月完成投资", "4-6月完成投资", "1-6月累计完成投资"], [[600, 1800, 3000], [200, 700, 1200]])


def q2_in_file_name(folder: Path) -> Path:
    """File ``东镇Q2项目进展（1-6月）.xlsx``, title ``东镇2026年1-6月工业项目建设进展情况表``, amounts ``完成投资`` over
    ``本月 | 累计``.  A careful person: 2026-06, 4,200 万元."""
    return projects(folder, "东镇Q2项目进展.xlsx", "东镇2026年1-6月工业项目建设进展情况表", ["本月", "累计"],
                    parent="完成投资")


#: December: 1-12月 9,000 + 2,600; December 700 + 300
DECEMBER = [[700, 9000], [300, 2600]]


def second_half_december(folder: Path) -> Path:
    """``东镇2026年下半年工业项目建设进展情况表`` (sent 2027-01-06) over ``12月完成投资 | 1-12月累计完成投资``.  A careful
    person: 2026-12, 1-12月 11,600 万元, December 1,000 — 下半年 names the report's season, the header its months."""
    return projects(folder, "东镇下半年项目.xlsx", "东镇2026年下半年工业项目建设进展情况表",
                    ["12月完成投资", "1-12月累计完成投资"], DECEMBER, sent=dt.datetime(2027, 1, 6, 9))


# ---- (b) 填报单位 lines a person reads without doubt ----------------------------------------------------------------

CHENGGUAN = """
[county]
name = "测试县"
code = "610599"

[city]
name = "测试市"
counties = ["测试县", "甲县", "乙县", "丙县"]

[[townships]]
name = "城关镇"

[[townships]]
name = "东镇"

[[townships]]
name = "西镇"

[[departments]]
name = "统计局"
forms = ["enterprise_output", "city_comparison"]

[[departments]]
name = "工信局"
forms = ["targets"]
"""


def write_chengguan_config(root: Path) -> Path:
    """测试县 with 城关镇 (and no 城关街道), 东镇, 西镇; 统计局 (configured plain, without 县), 工信局."""
    root.mkdir(parents=True, exist_ok=True)
    path = root / "beizeng.toml"
    path.write_text(CHENGGUAN, encoding="utf-8")
    return path


def chengguan(line: str) -> Maker:
    """城关镇's June list titled ``城关镇2026年1-6月工业项目建设进展情况表``, file ``城关镇6月项目.xlsx``, its 填报单位
    line ``line``.  A careful person: 城关镇's, 2026-06, 4,200 万元."""
    def make(folder: Path) -> Path:
        return projects(folder, "城关镇6月项目.xlsx", "城关镇2026年1-6月工业项目建设进展情况表",
                        ["本月完成投资", "1-6月累计完成投资"], line=line, town="城关镇")
    return make


def east_with_county(folder: Path) -> Path:
    """东镇's June list (title ``东镇2026年1-6月…``) signed ``填报单位：测试县东镇`` — the county before the township.
    A careful person: 东镇's, 4,200 万元."""
    return projects(folder, "东镇6月项目.xlsx", "东镇2026年1-6月工业项目建设进展情况表",
                    ["本月完成投资", "1-6月累计完成投资"], line="填报单位：测试县东镇")


#: 统计局's three firms: (name, uscc, township, code, 战新), figures (6月, 1-6月, 上年1-6月)
FIRMS = [("东川陶瓷有限公司", uscc(3400), "东镇", "3071", "否"), ("东川电子科技有限公司", uscc(3401), "东镇", "3976", "是"),
         ("西川水泥有限公司", uscc(3402), "西镇", "3011", "否")]
ENT_JUNE = [(750, 4200, 4000), (520, 3000, 2800), (1400, 8200, 7900)]


def bureau_section(folder: Path) -> Path:
    """统计局's firm list titled ``测试县统计局2026年1-6月规模以上工业企业产值表`` signed ``填报单位：县统计局工业股``
    (the bureau's industry section).  A careful person: 统计局's, 2026-06, 1-6月 15,400 万元."""
    return firms(folder, "统计局1-6月规上企业.xlsx", "测试县统计局2026年1-6月规模以上工业企业产值表",
                 ["6月", "1-6月", "上年1-6月"], ENT_JUNE, line="填报单位：县统计局工业股　　　单位：万元")


# ---- (c) 统计局's list: label columns, years in headers, returns without a year -------------------------------------

def firms(folder: Path, file: str, title: str, subs: list[str], figures: Sequence[tuple[int, ...]], *,
          parent: str | None = "工业总产值（当年价）", line: str = "填报单位：测试县统计局（盖章）　　　　单位：万元",
          head: tuple[str, ...] = ("序号", "企业名称", "统一社会信用代码", "所属乡镇", "行业代码", "是否战新"),
          firm_list: list[tuple[str, str, str, str, str]] | None = None, sent: dt.datetime | None = None,
          sheet: str = "规上企业") -> Path:
    """统计局's own layout: merged title; 填报单位 and 单位 in one merged cell; ``parent`` merged over ``subs`` (or
    ``subs`` as one-row headers when ``parent`` is None); figures of 1,000 and over typed as text with a separator;
    a 总计 row; a 填报人 | 审核人 footer."""
    listed = firm_list or FIRMS
    width = len(head) + len(subs)
    wb, ws = _book(sheet)
    _title(ws, title, width)
    ws.cell(2, 1, line)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=width)
    first = 4 if parent is not None else 3
    _put(ws, 3, 1, list(head))
    if parent is not None:
        for c in range(1, len(head) + 1):
            ws.merge_cells(start_row=3, start_column=c, end_row=4, end_column=c)
        ws.cell(3, len(head) + 1, parent)
        ws.merge_cells(start_row=3, start_column=len(head) + 1, end_row=3, end_column=width)
        _put(ws, 4, len(head) + 1, subs)
    else:
        _put(ws, 3, len(head) + 1, subs)

    def txt(v: int) -> Any:
        return f"{v:,}" if v >= 1000 else v

    for i, (firm, figs) in enumerate(zip(listed, figures, strict=True), 1):
        _put(ws, first + i, 1, [i, *firm[: len(head) - 1], *[txt(v) for v in figs]])
    n = first + len(listed) + 1
    _put(ws, n, 1, ["总计", *[None] * (len(head) - 1), *[txt(sum(f[k] for f in figures)) for k in range(len(subs))]])
    _put(ws, n + 2, 1, [None, "填报人：", "王芳", "审核人：", "李强"])
    return _sent(_save(wb, folder / file), sent)


def years_in_headers(folder: Path) -> Path:
    """统计局's list titled ``测试县2026年1-6月规模以上工业企业产值`` whose one-row header is ``序号 | 企业名称 | 统一社会
    信用代码 | 所属乡镇 | 行业代码 | 是否战新 | 2026年6月 | 2026年1-6月 | 2025年1-6月`` (no 产值 word: the title says).
    A careful person: June 2,670, 1-6月 15,400, 上年同期 14,700 万元."""
    return firms(folder, "统计局2026年1-6月规上企业.xlsx", "测试县2026年1-6月规模以上工业企业产值",
                 ["2026年6月", "2026年1-6月", "2025年1-6月"], ENT_JUNE, parent=None)


#: ten firms (名称, 信用代码, 乡镇, 行业, 战新) for the partial-match check
TEN = [(f"东川{w}有限公司", uscc(3410 + i), "东镇" if i % 2 else "西镇", "3071", "否")
       for i, w in enumerate(["陶瓷", "电子", "水泥", "饲料", "光伏", "包装", "建材", "机械", "纺织", "食品"])]
#: 1-2月 2027 (本月, 1-2月, 上年同期) of the ten
TEN_2027 = [(500 + 10 * i, 1000 + 20 * i, 900 + 20 * i) for i in range(10)]
#: 1-2月 2028: firms 0 and 1 (a steady kiln and a contract maker) produce exactly as in 2027; the rest more; 上年同期 =
#: 2027's 1-2月 as stored
TEN_2028 = [(TEN_2027[i][0], TEN_2027[i][1], TEN_2027[i][1]) if i < 2 else
            (600 + 10 * i, 1200 + 30 * i, TEN_2027[i][1]) for i in range(10)]


def ten_firms(period: str, figures: list[tuple[int, int, int]], sent: dt.datetime, title: str) -> Maker:
    def make(folder: Path) -> Path:
        y = "" if "年" not in title else f"{period[:4]}年"
        return firms(folder, f"统计局{y}1-2月规上企业.xlsx", title, ["本月", "1-2月", "上年同期"], figures,
                     firm_list=TEN, sent=sent, sheet="1-2月")
    return make


#: three firms that stood still all of 1-2月 in 2027 and in 2028 (停产): every figure 0
STOPPED = [(0, 0, 0), (0, 0, 0), (0, 0, 0)]


def stopped(period: str, sent: dt.datetime, title: str) -> Maker:
    def make(folder: Path) -> Path:
        y = "" if "年" not in title else f"{period[:4]}年"
        return firms(folder, f"统计局{y}1-2月规上企业（停产）.xlsx", title, ["本月", "1-2月", "上年同期"], STOPPED,
                     sent=sent, sheet="1-2月")
    return make


def december_projects_sent_in_january(folder: Path) -> Path:
    """东镇's list titled ``东镇1-12月工业项目建设进展情况表`` (no year anywhere), file ``东镇1-12月项目.xlsx``, sent on
    2027-01-07.  A careful person: 1-12月 2026 (December 2027 has not come), 11,600 万元, the year said."""
    return projects(folder, "东镇1-12月项目.xlsx", "东镇1-12月工业项目建设进展情况表", ["本月完成投资", "1-12月累计完成投资"],
                    DECEMBER, sent=dt.datetime(2027, 1, 7, 9))


# ---- (d) city tables with a label column --------------------------------------------------------------------------

COUNTIES = ["测试县", "甲县", "乙县", "丙县", "全市"]
#: per county: 规上工业总产值累计 (万元), 同比 (%), 规上工业增加值增速 (%)
CITY = {"测试县": (154000, 6.2, 7.5), "甲县": (300000, 8.0, 8.1), "乙县": (210000, 5.0, 6.0),
        "丙县": (180000, 4.0, 5.5), "全市": (844000, 5.9, 6.9)}


def city_indicators_down(folder: Path) -> Path:
    """统计局's city table ``测试市2026年1-6月各县区主要工业指标`` laid out as the city bulletin prints it: ``指标 | 单位 |
    测试县 | 甲县 | 乙县 | 丙县 | 全市``, rows 规上工业总产值（累计） 万元, 规上工业总产值增速 %, 规上工业增加值增速 %.
    A careful person: 测试县 154,000 万元, +6.2 %, 增加值 +7.5 %; 全市 844,000."""
    wb, ws = _book("全市对比")
    _title(ws, "测试市2026年1-6月各县区主要工业指标", 2 + len(COUNTIES))
    ws.cell(2, 1, "填报单位：测试县统计局")
    _put(ws, 3, 1, ["指标", "单位", *COUNTIES])
    rows = [("规上工业总产值", "万元", 0), ("规上工业总产值增速", "%", 1), ("规上工业增加值增速", "%", 2)]
    for i, (name, unit, k) in enumerate(rows):
        _put(ws, 4 + i, 1, [name, unit, *[CITY[c][k] for c in COUNTIES]])
    return _save(wb, folder / "统计局全市对比1-6月.xlsx")


def city_label_unit_month_cum_yoy(folder: Path) -> Path:
    """统计局's city table ``测试市2026年1-6月各县区规上工业总产值`` with ``县区 | 单位 | 本月 | 累计 | 同比``: each
    county's row, 单位 ``万元`` typed in every row, 本月, 1-6月累计 and 同比 %.
    A careful person: 测试县 1-6月 154,000 万元, +6.2 %; 全市 844,000 万元, +5.9 %."""
    wb, ws = _book("全市对比")
    _title(ws, "测试市2026年1-6月各县区规上工业总产值", 5)
    ws.cell(2, 1, "填报单位：测试县统计局")
    _put(ws, 3, 1, ["县区", "单位", "本月", "累计", "同比"])
    for i, c in enumerate(COUNTIES):
        cum, yoy, _ = CITY[c]
        _put(ws, 4 + i, 1, [c, "万元", round(cum / 6), cum, yoy])
    return _save(wb, folder / "统计局全市产值1-6月.xlsx")
