"""Hand-made returns of the outside probe p26b: periods written in words or loosely (二〇二六年上半年, 二季度, 1—6月,
截止6月底, a year only in the file name or in a 填报日期 cell), sender and township names as clerks type them (the
county's name before a zone, a village after a township, 人民政府 / 政府 / 街道办事处, trailing spaces, （盖章）), and
yearly targets whose title carries a span (2026—2027年, 2026年度（2025年7月-2026年6月）).

Made by an outsider who read DOMAIN.md and the README, not the reader.  Each maker writes into ``folder`` and returns
the path; its docstring says what a careful county statistician takes from the return.  County: ``write_zone_config``
(测试县: 东镇 alias 东关镇, 西镇, 经济技术开发区, 红星乡, 城关街道; the departments of write_full_config); period June
2026 unless said.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl

from tests.county import write_config
from tests.handmade.cells import book as _book
from tests.handmade.cells import put as _put
from tests.handmade.cells import title as _title
from tests.scenarios import uscc
from tests.scenarios_more import MORE_DEPARTMENTS

D = dt.date
U = {n: uscc(n) for n in range(2600, 2640)}

TOWNS = [("东镇", ["东关镇"]), ("西镇", []), ("经济技术开发区", []), ("红星乡", []), ("城关街道", [])]


def write_zone_config(root: Path) -> Path:
    """测试县 with five townships (东镇 / 东关镇, 西镇, 经济技术开发区, 红星乡, 城关街道) and every department."""
    path = write_config(root)
    text = path.read_text(encoding="utf-8")
    start, end = text.index("[[townships]]"), text.index("[[departments]]")
    towns = "".join(f'[[townships]]\nname = "{n}"\n' + (f'aliases = ["{a[0]}"]\n' if a else "") + "\n"
                    for n, a in TOWNS)
    text = text[:start] + towns + text[end:]
    text = text.replace('forms = ["targets"]', 'forms = ["targets", "cultivation", "progress_notes"]')
    path.write_text(text + MORE_DEPARTMENTS, encoding="utf-8")
    return path


def _save(wb: openpyxl.Workbook, path: Path) -> Path:
    wb.save(path)
    return path


# ---- (1) periods in words ----------------------------------------------------------------------------------------

#: the clerk's own project columns (not the template's words)
PROJ = ["序号", "项目代码", "项目名称", "建设地点", "建设性质", "是否技改", "是否倍增重点项目", "计划总投资",
        "年度计划投资", "是否开工", "开工时间", "是否入库纳统", "当月完成投资", "自年初累计完成投资"]
#: 东镇's two projects (万元): 1-6月 3,000 + 1,200 = 4,200
EAST = [["2603-610599-04-01-260001", "东塬光伏支架生产线项目", "东镇", "新建", "否", "是", 20000, 8000, "是",
         D(2026, 3, 2), "是", 600, 3000],
        ["2603-610599-07-02-260002", "东关饲料车间技改项目", "东镇", "改建和技术改造", "是", "是", 3000, 1500, "是",
         D(2026, 2, 20), "是", 200, 1200]]


def _projects(path: Path, title: str, line: str, rows: list[list[Any]] = EAST, date_cell: Any = None,
              head: list[str] = PROJ) -> Path:
    wb, ws = _book("项目")
    _title(ws, title, len(head))
    _put(ws, 2, 1, [line])
    if date_cell is not None:
        _put(ws, 2, 9, [date_cell])
    _put(ws, 2, len(head), ["单位：万元"])
    _put(ws, 3, 1, head)
    for i, r in enumerate(rows, 1):
        _put(ws, 3 + i, 1, [i, *r])
    _put(ws, 4 + len(rows), 1, ["填报人：刘敏", None, None, None, "审核人：陈军", None, None, None,
                                 "联系电话：0913-3310001"])
    return _save(wb, path)


#: (title, file name, 填报日期 cell or None) — each a June 2026 (1-6月) list; a careful reader takes 2026-06 from all.
JUNE_IN_WORDS: list[tuple[str, str, str | None]] = [
    ("东镇二〇二六年上半年工业项目建设进展情况表", "东镇项目进展情况.xlsx", None),
    ("东镇二〇二六年六月工业项目建设进展情况表", "东镇项目进展情况.xlsx", None),
    ("东镇2026年上半年工业项目建设进展情况表", "东镇项目进展情况.xlsx", None),
    ("东镇今年1至6月份工业项目建设进展情况表", "东镇2026年工业项目进展.xlsx", None),
    ("东镇6月份工业项目建设进展情况表", "东镇项目进展情况.xlsx", "填报日期：2026年7月6日"),
    ("东镇2026年1—6月工业项目建设进展情况表", "东镇项目进展情况.xlsx", None),
    ("东镇2026年工业项目建设进展情况表（截止6月底）", "东镇项目进展情况.xlsx", None),
    ("东镇二〇二六年一至六月工业项目建设进展情况表", "东镇项目进展情况.xlsx", None),
]
#: the same June list titled by its quarter or as 半年 (headers 当月完成投资 | 自年初累计完成投资, so 1-6月): a careful
#: reader takes 2026-06 from each, as beizeng takes 2026-03 from ``2026年一季度`` and 2026-09 from ``2026年前三季度``.
JUNE_AS_QUARTER: list[tuple[str, str, str | None]] = [
    ("东镇2026年二季度工业项目建设进展情况表", "东镇项目进展情况.xlsx", None),
    ("东镇2026年第二季度工业项目建设进展情况表", "东镇项目进展情况.xlsx", None),
    ("东镇2026年二季度末工业项目建设进展情况表", "东镇项目进展情况.xlsx", None),
    ("东镇2026年半年工业项目建设进展情况表", "东镇项目进展情况.xlsx", None),
]


def proj_june_in_words(title: str, name: str, date_cell: str | None) -> Any:
    """东镇's June project list (当月 600 + 200, 自年初累计 3,000 + 1,200) under ``title`` in a file ``name``, the
    填报日期 cell I2 ``date_cell`` when given; 填报单位：东镇人民政府.

    A reader takes 2026-06 from every one of them: 二〇二六 is 2026, 上半年 / 1—6月 / 截止6月底 / 1至6月份 / 一至六月 end
    in June; 今年 is the year of the file name; ``6月份`` with ``填报日期：2026年7月6日`` is June 2026 (a June return
    is filled in early July).  4,200 万元 for 2026-06; never another month or year, never refused for the period."""

    def make(folder: Path) -> Path:
        return _projects(folder / name, title, "填报单位：东镇人民政府", date_cell=date_cell)

    return make


# ---- (2) names as clerks type them -------------------------------------------------------------------------------

ZONE = [["2601-610599-04-01-260011", "经开区新能源电池壳体项目", "经开区", "新建", "否", "是", 50000, 20000, "是",
         D(2026, 1, 15), "是", 2000, 9000],
        ["2601-610599-04-01-260012", "经开区精细化工中间体项目", "经开区", "新建", "否", "否", 12000, 6000, "是",
         D(2026, 4, 1), "是", 1000, 2500]]


def proj_zone_with_county_name_before_it(folder: Path) -> Path:
    """The zone's June list: title ``测试县经济技术开发区2026年1-6月工业项目建设进展情况表``, 填报单位
    ``测试县经济技术开发区管理委员会``, file ``测试县经济技术开发区6月项目.xlsx``; 建设地点 ``经开区``; 累计 9,000 + 2,500.

    A reader takes the sender 经济技术开发区 (测试县 is the county the zone is in, not a sender): 11,500 万元 for the
    zone in 2026-06; the projects on 经济技术开发区, nothing on the county or another township."""
    return _projects(folder / "测试县经济技术开发区6月项目.xlsx", "测试县经济技术开发区2026年1-6月工业项目建设进展情况表",
                     "填报单位：测试县经济技术开发区管理委员会", rows=ZONE)


WEST = [["2602-610599-04-01-260021", "西岭石材加工项目", "西镇", "新建", "否", "是", 8000, 4000, "是",
         D(2026, 3, 18), "是", 500, 2600],
        ["2602-610599-07-02-260022", "西岭砖厂隧道窑改造项目", "西镇", "改建和技术改造", "是", "否", 1500, 1500, "是",
         D(2026, 2, 26), "是", 300, 900]]


def proj_sender_stamped_and_spaced(folder: Path) -> Path:
    """西镇's June list: 填报单位 line ``填报单位（盖章）：西镇人民政府（盖章）　`` (a full-width space left after the
    stamp), title ``西镇人民政府2026年1-6月工业项目建设进展情况表``, file ``西镇政府6月份项目表.xlsx``; 累计 2,600 + 900.

    A reader takes the sender 西镇 (（盖章） is where the seal goes; 人民政府 / 政府 is its office): 3,500 万元 for
    西镇 in 2026-06."""
    return _projects(folder / "西镇政府6月份项目表.xlsx", "西镇人民政府2026年1-6月工业项目建设进展情况表",
                     "填报单位（盖章）：西镇人民政府（盖章）\u3000", rows=WEST)


ENT = ["序号", "单位详细名称", "统一社会信用代码", "所属乡镇", "行业代码", "是否战略性新兴产业", "入规时间",
       "本月工业总产值", "1-6月工业总产值", "上年同期工业总产值", "1-6月营业收入"]
#: (name, USCC, 所属乡镇 as typed, the township meant, 1-6月 万元)
FIRMS: list[tuple[str, str, str, str, int]] = [
    ("红星果蔬罐头有限公司", U[2600], "红星乡红星村", "红星乡", 3000),
    ("东关面粉有限公司", U[2602], "东镇人民政府", "东镇", 4200),
    ("西岭耐火材料有限公司", U[2603], "西镇政府", "西镇", 5400),
    ("城关印刷包装有限公司", U[2604], "城关街道办事处", "城关街道", 1800),
    ("东塬木业有限公司", U[2605], "东镇 ", "东镇", 1200),
    ("西岭塑业有限公司", U[2606], "西镇\u3000", "西镇", 3600),
    ("城关社区食品有限公司", U[2608], "城关街道新华社区", "城关街道", 600),
    ("红星砖瓦有限公司", U[2609], "红星乡人民政府", "红星乡", 900),
    ("西岭竹木制品有限公司", U[2610], "西镇东关村", "西镇", 1500),
]
#: a village whose name holds another township's: 红星乡's 西镇村 (村 ends it), beside a plain 东镇 row
FIRMS_VILLAGE: list[tuple[str, str, str, str, int]] = [
    ("红星石料有限公司", U[2611], "红星乡西镇村", "红星乡", 2000),
    ("东关面粉有限公司", U[2602], "东镇", "东镇", 4200),
]
#: the same kind of list with the county's name typed before the township (as on the firms' business licences)
FIRMS_COUNTY: list[tuple[str, str, str, str, int]] = [
    ("红星农机修造有限公司", U[2601], "测试县红星乡", "红星乡", 2400),
    ("开发区锂电隔膜有限公司", U[2607], "测试县经济技术开发区", "经济技术开发区", 9000),
    ("东关面粉有限公司", U[2602], "东镇", "东镇", 4200),
]


def _ent_list(folder: Path, firms: list[tuple[str, str, str, str, int]]) -> Path:
    wb, ws = _book("规上企业")
    _title(ws, "2026年1-6月全县规模以上工业企业总产值完成情况", len(ENT))
    _put(ws, 2, 1, ["填报单位：测试县统计局"])
    _put(ws, 2, len(ENT), ["单位：万元"])
    _put(ws, 3, 1, ENT)
    for i, (name, code, town, _, cum) in enumerate(firms, 1):
        _put(ws, 3 + i, 1, [i, name, code, town, "1371", "否", "2019-06", cum // 6, cum, round(cum * 0.9),
                            round(cum * 1.05)])
    return _save(wb, folder / "统计局2026年6月规上企业.xlsx")


def ent_townships_as_typed(folder: Path) -> Path:
    """统计局's June list; 所属乡镇 (D) typed as clerks type it: D4 ``红星乡红星村`` (a village after the township), D5
    ``东镇人民政府``, D6 ``西镇政府``, D7 ``城关街道办事处``, D8 ``东镇 `` (trailing space), D9 ``西镇　`` (full-width
    space), D10 ``城关街道新华社区``, D11 ``红星乡人民政府``, D12 ``西镇东关村`` (东关 is 东镇's old name, here a
    village of 西镇).

    A reader puts each firm on its township: 红星乡 3,900, 东镇 5,400, 西镇 10,500, 城关街道 2,400 (22,200 万元) —
    nothing asked (a village or 社区 said as read)."""
    return _ent_list(folder, FIRMS)


def ent_townships_with_the_county_name(folder: Path) -> Path:
    """统计局's June list with D4 ``测试县红星乡``, D5 ``测试县经济技术开发区`` (the county's name first, as on the
    firms' licences), D6 ``东镇``.

    A reader puts them on 红星乡 2,400, 经济技术开发区 9,000, 东镇 4,200 (测试县 is this county), saying how D4, D5
    were read — or asks 是不是红星乡？; never refuses them as names not of this county without naming the township."""
    return _ent_list(folder, FIRMS_COUNTY)


#: (填报单位 line, file name, the sender meant) — a June list of the township's two projects (累计 3,000 + 1,200)
SENDER_LINES: list[tuple[str, str, str]] = [
    ("填报单位：红星乡人民政府", "红星乡6月项目.xlsx", "红星乡"),
    ("填报单位：城关街道办事处", "城关街道办6月项目.xlsx", "城关街道"),
    ("填报单位：东关镇政府", "东关镇6月项目.xlsx", "东镇"),
    ("填报单位：测试县红星乡人民政府（盖章）", "红星乡人民政府6月项目.xlsx", "红星乡"),
    ("填报单位：西镇 ", "西镇 6月项目.xlsx", "西镇"),
    ("填报单位：测试县东镇", "项目表.xlsx", "东镇"),
    ("填报单位：东镇党委政府", "项目表.xlsx", "东镇"),
    ("填报单位：东镇经济发展办公室", "项目表.xlsx", "东镇"),
    ("填报单位：中共东镇委员会\u3000东镇人民政府", "项目表.xlsx", "东镇"),
]


def proj_sender_line(line: str, name: str, town: str) -> Any:
    """The township's June list (2 projects, 累计 3,000 + 1,200, 建设地点 ``town``) titled ``2026年1-6月工业项目建设进展
    情况表`` (no township in the title), 填报单位 ``line``, file ``name``.

    A reader takes the sender ``town`` (人民政府 / 政府 / 街道办事处 are its office, 东关镇 its old name, 测试县 the
    county it is in, （盖章） where the seal goes, the trailing space nothing): 4,200 万元 for it in 2026-06."""

    def make(folder: Path) -> Path:
        rows = [[r[0], r[1], town, *r[3:]] for r in EAST]
        return _projects(folder / name, "2026年1-6月工业项目建设进展情况表", line, rows=rows)

    return make


def ent_village_named_like_another_township(folder: Path) -> Path:
    """统计局's June list with D4 ``红星乡西镇村`` (the village 西镇村 of 红星乡: 村 ends the name) and D5 ``东镇``.

    A reader puts D4 on 红星乡 (2,000) — a village is never a township — saying how it was read; never on 西镇."""
    return _ent_list(folder, FIRMS_VILLAGE)


# ---- (3) yearly targets with a span ------------------------------------------------------------------------------

def targets_two_years_side_by_side(folder: Path) -> Path:
    """工信局's targets titled ``测试县工业倍增计划2026—2027年目标任务`` with one column per year: 指标名称 | 单位 |
    2026年目标 | 2027年目标; 规上工业总产值 亿元 280 | 320, 规上工业增加值增速 % 8 | 8.5; file ``工信局目标任务.xlsx``.

    A reader takes 2026's targets 280 亿元 / 8 % (the 2027 column is next year's: stored as 2027's, set aside with a
    word, or asked) — never 320 / 8.5 as 2026's, never 280 as 2027's."""
    wb, ws = _book("目标")
    head = ["序号", "指标名称", "单位", "2026年目标", "2027年目标", "备注"]
    _title(ws, "测试县工业倍增计划2026—2027年目标任务", len(head))
    _put(ws, 2, 1, ["填报单位：县工信局"])
    _put(ws, 3, 1, head)
    _put(ws, 4, 1, [1, "规上工业总产值", "亿元", 280, 320])
    _put(ws, 5, 1, [2, "规上工业增加值增速", "%", 8, 8.5])
    return _save(wb, folder / "工信局目标任务.xlsx")


def targets_fai_as_an_amount(folder: Path) -> Path:
    """工信局's targets titled ``测试县2026年工业倍增计划目标任务`` (单位 column per row): 规上工业总产值 亿元 280,
    工业固定资产投资 亿元 90 (the county's investment target is an amount, as most counties set it), 规上工业增加值增速
    % 8.

    A reader stores 280 亿元 and 8 %, and for the 90 亿元 either stores it as the investment amount target or says that
    beizeng keeps only a growth target for 工业固定资产投资 — never tells the clerk that 亿元 is the wrong unit for
    a row that is plainly an amount, never refuses the two other targets for it."""
    wb, ws = _book("目标")
    head = ["序号", "指标名称", "单位", "全年目标", "备注"]
    _title(ws, "测试县2026年工业倍增计划目标任务", len(head))
    _put(ws, 2, 1, ["填报单位：县工信局"])
    _put(ws, 3, 1, head)
    _put(ws, 4, 1, [1, "规上工业总产值", "亿元", 280])
    _put(ws, 5, 1, [2, "工业固定资产投资", "亿元", 90])
    _put(ws, 6, 1, [3, "规上工业增加值增速", "%", 8])
    return _save(wb, folder / "工信局目标任务.xlsx")


def targets_year_named_with_its_fiscal_span(folder: Path) -> Path:
    """工信局's targets titled ``测试县2026年度（2025年7月-2026年6月）工业倍增目标任务``; 全年目标 规上工业总产值 280
    亿元, 规上工业增加值增速 8 %; file ``工信局目标任务.xlsx``.

    The clerk names the year: 2026年度.  A reader stores 2026's targets (saying the 年度 runs July to June, as 序时进度
    counts from January) — never 2025's."""
    wb, ws = _book("目标")
    head = ["序号", "指标名称", "单位", "全年目标", "备注"]
    _title(ws, "测试县2026年度（2025年7月-2026年6月）工业倍增目标任务", len(head))
    _put(ws, 2, 1, ["填报单位：县工信局"])
    _put(ws, 3, 1, head)
    _put(ws, 4, 1, [1, "规上工业总产值", "亿元", 280])
    _put(ws, 5, 1, [2, "规上工业增加值增速", "%", 8])
    return _save(wb, folder / "工信局目标任务.xlsx")
