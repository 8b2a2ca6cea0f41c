"""Hand-made returns of round 20 (an outsider's): a second year (history across January), WPS's own habits and a
county of thirty townships whose names overlap.

Same conventions as probe22.py: each maker writes into ``folder`` and returns the path (or the paths, earliest
first); its docstring says what a person reading the return takes from it.  County: tests/scenarios_more
.write_full_config (东镇, 西镇; 统计局, 工信局 …) unless the maker says ``write_big_config``.  2027's returns are
read as if today were 2027-03-08 (the tests set the clock of the future-month check, nothing else).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.styles import Alignment

from tests.county import write_config
from tests.handmade.cells import as_xls as _as_xls
from tests.handmade.cells import book as _book
from tests.handmade.cells import put as _put
from tests.handmade.cells import save as _save
from tests.handmade.cells import title as _title
from tests.scenarios import FAI_HEADERS, TARGET_HEADERS, project, targets_2026, uscc
from tests.xlsx import write_return

D = dt.date
U = {n: uscc(n) for n in range(2000, 2060)}

# ---------------------------------------------------------------------------------------------------------------
# 1. A second year: 2026 stored, then 2027's first returns
# ---------------------------------------------------------------------------------------------------------------

ENT = ["序号", "企业名称", "统一社会信用代码", "所属乡镇", "行业代码", "是否战新", "入规年月", "本月产值", "1-{m}月累计产值",
       "上年同期", "1-{m}月营业收入"]


def _ent_book(title: str, m: int, firms: list[tuple[Any, ...]], sender: str = "填报单位：县统计局") -> openpyxl.Workbook:
    """统计局's list as the bureau's clerk keeps it: title, 填报单位 | 单位：万元, one header row, a row per firm
    (name, USCC, township, industry, 战新, 入规, 本月, 1-m月, 上年同期, 营业收入)."""
    head = [h.format(m=m) for h in ENT]
    wb, ws = _book("Sheet1")
    _title(ws, title, len(head))
    _put(ws, 2, 1, [sender, *[None] * (len(head) - 2), "单位：万元"])
    _put(ws, 3, 1, head)
    for i, f in enumerate(firms, 1):
        _put(ws, 3 + i, 1, [i, *f])
    return wb


#: 1-2月 2026 as stored (本月 = 1-2月 in the year's first return).
FEB26 = [("东川陶瓷有限公司", U[2000], "东镇", "3071", "否", "2017-05", 1400, 1400, 1300, 1450),
         ("东川电子科技有限公司", U[2001], "东镇", "3976", "是", "2022-08", 900, 900, 850, 950),
         ("西川水泥有限公司", U[2002], "西镇", "3011", "否", "2014-03", 2500, 2500, 2400, 2600)]


def ent_feb26_then_feb27_last_year_typed_differently(folder: Path) -> list[Path]:
    """统计局's 1-2月 2026 list (1,400 / 900 / 2,500 万元), then its 1-2月 2027 list (title ``2027年1-2月规上工业企业生产
    情况``; January not sent alone): 1,500 / 1,000 / 2,600 with 上年同期 1,400 / **960** / 2,500 — 东川电子's 上年同期
    (J5) is 960 where the stored 1-2月 2026 says 900 (the bureau revised it, or the clerk mistyped).

    A reader takes the 2027 return as it is — 同比 = (1,500+1,000+2,600) ÷ (1,400+960+2,500) − 1 = 5,100 ÷ 4,860 − 1
    = 4.938 % (the return's own 上年同期, the bureau's figure), not 5,100 ÷ 4,800 − 1 = 6.25 % — and says that
    东川电子's 上年同期 960 differs from the 900 stored for 1-2月 2026, naming the cell J5 of the 2027 file.
    """
    first = _save(_ent_book("2026年1-2月规上工业企业生产情况", 2, FEB26), folder / "统计局2026年1-2月规上企业.xlsx")
    feb27 = [("东川陶瓷有限公司", U[2000], "东镇", "3071", "否", "2017-05", 1500, 1500, 1400, 1550),
             ("东川电子科技有限公司", U[2001], "东镇", "3976", "是", "2022-08", 1000, 1000, 960, 1050),
             ("西川水泥有限公司", U[2002], "西镇", "3011", "否", "2014-03", 2600, 2600, 2500, 2700)]
    second = _save(_ent_book("2027年1-2月规上工业企业生产情况", 2, feb27), folder.parent / "统计局2027年1-2月规上企业.xlsx")
    return [first, second]


DEC26 = [("东川陶瓷有限公司", U[2010], "东镇", "3071", "否", "2017-05", 800, 9000, 8500, 9300),
         ("东川电子科技有限公司", U[2011], "东镇", "3976", "是", "2022-08", 600, 6000, 5600, 6200),
         ("西川水泥有限公司", U[2012], "西镇", "3011", "否", "2014-03", 1500, 16000, 15800, 16500),
         ("西川果业加工有限公司", U[2013], "西镇", "1371", "否", "2021-11", 400, 4500, 4000, 4700)]


def ent_dec26_then_feb27_renamed_new_and_closed(folder: Path) -> list[Path]:
    """统计局's 1-12月 2026 list of 4 firms, then 1-2月 2027: 东川陶瓷 renamed 东川陶瓷集团有限公司 (same USCC), 西川果业
    gone (it left the list at the year change), and a newcomer 西川新材料有限公司 (入规 2027-01, 上年同期 blank: it was
    below scale); 1-2月 1,600 / 1,100 / 2,700 / 300, 上年同期 1,500 / 1,000 / 2,600 / —.

    A reader takes four firms (1-2月 5,700 万元), 同比 over the three on both lists = 5,400 ÷ 5,100 − 1 = 5.882 %,
    the newcomer counted in the output but not in the growth; says that 东川陶瓷 now has another name (same code)
    and that 西川果业加工有限公司 (1-12月 4,500) is not on the 1-2月 list.
    """
    first = _save(_ent_book("2026年1-12月规上工业企业生产情况", 12, DEC26), folder / "统计局2026年1-12月规上企业.xlsx")
    feb27 = [("东川陶瓷集团有限公司", U[2010], "东镇", "3071", "否", "2017-05", 1600, 1600, 1500, 1650),
             ("东川电子科技有限公司", U[2011], "东镇", "3976", "是", "2022-08", 1100, 1100, 1000, 1150),
             ("西川水泥有限公司", U[2012], "西镇", "3011", "否", "2014-03", 2700, 2700, 2600, 2800),
             ("西川新材料有限公司", U[2014], "西镇", "3985", "是", "2027-01", 300, 300, None, 310)]
    second = _save(_ent_book("2027年1-2月规上工业企业生产情况", 2, feb27), folder.parent / "统计局2027年1-2月规上企业.xlsx")
    return [first, second]


def ent_feb27_with_last_years_title(folder: Path) -> list[Path]:
    """统计局's 1-2月 2026 list stored; then a file named ``统计局2027年1-2月规上企业.xlsx`` made by copying last year's
    and typing the new figures over it — the title still reads ``2026年1-2月规上工业企业生产情况``.  Its 上年同期
    (1,400 / 900 / 2,500) is exactly the stored 1-2月 2026 cumulative, its 1-2月 1,500 / 1,000 / 2,600.

    A reader sees it is 2027's (the file name says 2027, and its 上年同期 is 2026's 1-2月 figure) — or asks which
    year; never takes it as a corrected 1-2月 2026 replacing the stored 4,800 万元.
    """
    first = _save(_ent_book("2026年1-2月规上工业企业生产情况", 2, FEB26), folder / "统计局2026年1-2月规上企业.xlsx")
    feb27 = [("东川陶瓷有限公司", U[2000], "东镇", "3071", "否", "2017-05", 1500, 1500, 1400, 1550),
             ("东川电子科技有限公司", U[2001], "东镇", "3976", "是", "2022-08", 1000, 1000, 900, 1050),
             ("西川水泥有限公司", U[2002], "西镇", "3011", "否", "2014-03", 2600, 2600, 2500, 2700)]
    second = _save(_ent_book("2026年1-2月规上工业企业生产情况", 2, feb27), folder.parent / "统计局2027年1-2月规上企业.xlsx")
    return [first, second]


def _fai(path: Path, title: str, head: list[str], projects: list[list[object]]) -> Path:
    data = [[i, *p] for i, p in enumerate(projects, 1)]
    return write_return(path, head, data, title=title, sender_line="填报单位：东镇人民政府")


def fai_dec26_then_feb27_cumulative_carried_over(folder: Path) -> list[Path]:
    """东镇's 1-12月 2026 project list (3 projects, 1-12月 completed 6,000 / 800 / 9,000 万元), then its 1-2月 2027
    list (no January return) copied from December: the clerk kept adding to the same column, now headed
    ``累计完成投资``: 6,400 / 800 / 9,800 with 本月完成投资 200 / 0 / 300 — each at least December's 1-12月 figure,
    i.e. counted since the project began, not since 1 January 2027.

    A reader does not take 17,000 万元 as 东镇's 1-2月 2027 investment (the whole of 2026 was 15,800); it asks the
    township to give 1-2月 2027 (naming the column N cells), or at the least says the figures look carried over.
    """
    dec = [project(1, "东镇光伏组件扩能项目", "东镇", "新建", False, True, 10000, 6000, True, D(2026, 3, 1), True, 6000),
           project(2, "东关饲料生产线技改项目", "东镇", "改建和技术改造", True, True, 800, 800, True, D(2025, 5, 1), True,
                   800),
           project(3, "东镇新材料产业园", "东镇", "新建", False, True, 20000, 9000, True, D(2026, 4, 10), True, 9000)]
    first = _fai(folder / "东镇2026年1-12月项目.xlsx", "东镇2026年1-12月工业固定资产投资项目进展情况表", FAI_HEADERS, dec)
    feb = [list(p) for p in dec]
    for p, (month, cum) in zip(feb, [(200, 6400), (0, 800), (300, 9800)], strict=True):
        p[-2], p[-1] = month, cum
    head = [*FAI_HEADERS[:-1], "累计完成投资"]
    second = _fai(folder.parent / "东镇2027年1-2月项目.xlsx", "东镇2027年1-2月工业固定资产投资项目进展情况表", head, feb)
    return [first, second]


def targets_2027_with_last_years_year_column(folder: Path) -> list[Path]:
    """工信局's 2026 targets stored (规上工业总产值 24 亿元); then ``工信局_2027年目标任务.xlsx`` titled
    ``测试县2027年工业倍增计划目标任务`` with new figures (规上工业总产值 30 亿元 …) but its 年度 column still 2026 in every
    row (the clerk copied last year's sheet and changed only the figures and the title).

    A reader asks which year these targets are for (title and file name 2027, 年度 column 2026 — cells A4…), or
    takes them as 2027's and says so; never replaces 2026's 24 亿元 with 30.
    """
    first = targets_2026(folder)
    rows = [
        [2026, "output_target", "规上工业总产值", "测试县", 30, "亿元", 6, 13, 22, 30],
        [2026, "va_target_pct", "规上工业增加值增速", None, 7.5, "%", None, None, None, None],
        [2026, "fai_target_pct", "工业固定资产投资增速", None, 12, "%", None, None, None, None],
    ]
    second = write_return(folder.parent / "工信局_2027年目标任务.xlsx", TARGET_HEADERS, rows,
                          title="测试县2027年工业倍增计划目标任务", sender_line="填报单位：工信局", unit_line=None)
    return [first, second]


# ---------------------------------------------------------------------------------------------------------------
# 2. WPS's habits
# ---------------------------------------------------------------------------------------------------------------

FIRMS_JUNE = [("东川陶瓷有限公司", U[2020], "东镇", "3071", "否", "2017-05", 700, 4200, 3900, 4400),
              ("东川电子科技有限公司", U[2021], "东镇", "3976", "是", "2022-08", 500, 2800, 2300, 2900),
              ("西川水泥有限公司", U[2022], "西镇", "3011", "否", "2014-03", 1300, 7800, 7600, 8100)]


def et_that_is_no_biff(folder: Path) -> Path:
    """``统计局6月规上企业.et``: a WPS 表格 file in WPS's own format — an OLE2 compound file (as .xls is) whose
    workbook stream is not the BIFF ``Workbook`` Excel writes (here the stream is named ``WpsBook``).

    No one can read it without WPS; a reader says in Chinese what the file is and how to send it: open it in WPS,
    文件 ▸ 另存为 ▸ Excel 工作簿 (.xlsx).  Not an internal error, not quarantined.
    """
    wb = _ent_book("2026年1-6月规上工业企业生产情况", 6, FIRMS_JUNE)
    xls = _as_xls(wb, folder / "tmp_wps.xls")
    raw = xls.read_bytes()
    old, new = "Workbook".encode("utf-16-le"), "WpsBook\x00".encode("utf-16-le")
    assert raw.count(old) == 1
    xls.unlink()
    path = folder / "统计局6月规上企业.et"
    path.write_bytes(raw.replace(old, new))
    return path


def et_that_is_an_xlsx(folder: Path) -> Path:
    """``统计局6月规上企业.et`` whose bytes are an .xlsx (WPS saved the workbook as xlsx content with its own extension:
    a clerk picked 'WPS表格文件' in the 另存为 list, or renamed it): 3 firms, 1-6月 4,200 / 2,800 / 7,800 万元.

    A reader opens it as what it is and takes the 3 firms (14,800 万元), perhaps saying the extension is odd.
    """
    wb = _ent_book("2026年1-6月规上工业企业生产情况", 6, FIRMS_JUNE)
    return _save(wb, folder / "统计局6月规上企业.et")


def wps_xlsx_dbnum_and_text_formatted_figures(folder: Path) -> Path:
    """An .xlsx as WPS saves it for a clerk who dressed the list up: the title 合并居中 across A1:K1, the header
    centred, 1-6月累计 cells shown in 中文大写 (number format ``[DBNum2][$-804]General``: 4200 shows 肆仟贰佰),
    上年同期 in 中文小写 (``[DBNum1][$-804]General``: 三千九百), and the 本月 column formatted 文本 (``@``) with the
    figures typed in as text "700", "500", "1300".

    A reader takes the numbers under the formats: 本月 2,500, 1-6月 14,800, 上年同期 13,800 万元.
    """
    wb = _ent_book("2026年1-6月规上工业企业生产情况", 6, FIRMS_JUNE)
    ws = wb.active
    assert ws is not None
    for c in range(1, 12):
        ws.cell(3, c).alignment = Alignment(horizontal="center", vertical="center")
    for r in range(4, 7):
        ws.cell(r, 8).value = str(ws.cell(r, 8).value)
        ws.cell(r, 8).number_format = "@"
        ws.cell(r, 9).number_format = "[DBNum2][$-804]General"
        ws.cell(r, 10).number_format = "[DBNum1][$-804]General"
    return _save(wb, folder / "统计局6月规上企业.xlsx")


# ---------------------------------------------------------------------------------------------------------------
# 3. A county of thirty townships whose names overlap
# ---------------------------------------------------------------------------------------------------------------

BIG_TOWNSHIPS: list[tuple[str, list[str]]] = [
    ("城关街道", ["城关镇"]), ("东城街道", []), ("东城镇", []), ("城东街道", []), ("西城街道", []), ("新民乡", []),
    ("新民街道", []), ("红星回族乡", []), ("经济技术开发区", []), ("城北工业园区", []), ("南山镇", []), ("北山镇", []),
    ("柳林镇", []), ("杨家镇", []), ("马家乡", []), ("高桥镇", []), ("河口镇", []), ("石门镇", []), ("龙泉镇", []),
    ("凤凰街道", []), ("凤凰山乡", []), ("太平镇", []), ("长安镇", []), ("永安乡", []), ("团结乡", []),
    ("胜利街道", []), ("白马镇", []), ("青龙满族乡", []), ("金星镇", []), ("五里铺街道", []),
]


def write_big_config(root: Path) -> Path:
    """The test county's beizeng.toml with thirty townships (街道, 镇, 乡, 民族乡, 经开区, 工业园区) in place of 东镇 /
    西镇; 城关街道 keeps its old name 城关镇 as an alias (撤镇设街道)."""
    path = write_config(root)
    text = path.read_text(encoding="utf-8")
    start, end = text.index("[[townships]]"), text.index("[[departments]]")
    towns = "".join(f'[[townships]]\nname = "{n}"\n' + (f"aliases = {a!r}\n".replace("'", '"') if a else "") + "\n"
                    for n, a in BIG_TOWNSHIPS)
    path.write_text(text[:start] + towns + text[end:], encoding="utf-8")
    return path


def _firm(n: int, name: str, town: str) -> tuple[Any, ...]:
    return (name, U[2030 + n], town, "3071", "否", "2019-05", 100 * (n + 1), 600 * (n + 1), 500 * (n + 1),
            650 * (n + 1))


def big_ent_names_written_as_clerks_do(folder: Path) -> Path:
    """统计局's June list for the 30-township county; 所属乡镇 (column D) written as people write them, each meaning
    one township only: D4 ``城东`` (城东街道: no other name starts so), D5 ``东城镇``, D6 ``东城街道办事处``,
    D7 ``新民乡人民政府``, D8 ``城关镇`` (城关街道's old name, an alias), D9 ``柳林``; 1-6月 600, 1,200 … 3,600.

    A reader puts each firm on that township: 城东街道 600, 东城镇 1,200, 东城街道 1,800, 新民乡 2,400, 城关街道
    3,000, 柳林镇 3,600 — nothing asked.
    """
    towns = ["城东", "东城镇", "东城街道办事处", "新民乡人民政府", "城关镇", "柳林"]
    firms = [_firm(i, f"第{i + 1}测试企业有限公司", t) for i, t in enumerate(towns)]
    return _save(_ent_book("2026年1-6月规上工业企业生产情况", 6, firms), folder / "统计局6月规上企业.xlsx")


def big_ent_ethnic_township_and_zone_short(folder: Path) -> Path:
    """The same list with D4 ``红星乡`` (红星回族乡 without the people's name, as 民族乡 are said aloud), D5 ``青龙乡``
    (青龙满族乡), D6 ``经开区`` (经济技术开发区: the county has one), D7 ``城北园区`` (城北工业园区).

    A reader puts them on 红星回族乡, 青龙满族乡, 经济技术开发区, 城北工业园区 (the county has no other 红星, 青龙,
    开发区 or 园区), saying how each was read — or asks; never puts a firm on another township.
    """
    towns = ["红星乡", "青龙乡", "经开区", "城北园区"]
    firms = [_firm(i, f"第{i + 1}园区企业有限公司", t) for i, t in enumerate(towns)]
    return _save(_ent_book("2026年1-6月规上工业企业生产情况", 6, firms), folder / "统计局6月规上企业.xlsx")


def big_ent_names_two_townships_share(folder: Path) -> Path:
    """The same list with D4 ``东城`` (东城街道 or 东城镇), D5 ``新民`` (新民乡 or 新民街道), D6 ``凤凰`` (凤凰街道 or
    凤凰山乡), D7 ``城东街道`` (clear).

    A reader asks about D4, D5 and D6 (each naming the two townships it could be), never guesses one; D7 is fine.
    """
    towns = ["东城", "新民", "凤凰", "城东街道"]
    firms = [_firm(i, f"第{i + 1}重名企业有限公司", t) for i, t in enumerate(towns)]
    return _save(_ent_book("2026年1-6月规上工业企业生产情况", 6, firms), folder / "统计局6月规上企业.xlsx")


def big_park_sends_for_three_townships(folder: Path) -> Path:
    """``城北工业园区1-6月项目.xlsx`` from the park's 管委会 (填报单位：城北工业园区管委会): its four projects lie in
    three townships, column D 所属乡镇 ``新民街道`` / ``东城镇`` / ``东城镇`` / ``城北工业园区``; 1-6月 completed
    1,000 / 2,000 / 500 / 3,000 万元.

    A reader takes the park as the sender and each project on the township written: 新民街道 1,000, 东城镇 2,500,
    城北工业园区 3,000.
    """
    rows = [project(51, "园区新能源电池项目", "新民街道", "新建", False, True, 20000, 8000, True, D(2026, 2, 1), True, 1000),
            project(52, "园区精细化工项目", "东城镇", "新建", False, True, 30000, 9000, True, D(2026, 3, 1), True, 2000),
            project(53, "园区仓储物流项目", "东城镇", "新建", False, False, 6000, 3000, True, D(2026, 3, 15), True, 500),
            project(54, "园区标准化厂房项目", "城北工业园区", "新建", False, True, 15000, 6000, True, D(2026, 1, 20),
                    True, 3000)]
    data = [[i, *p] for i, p in enumerate(rows, 1)]
    return write_return(folder / "城北工业园区1-6月项目.xlsx", FAI_HEADERS, data,
                        title="城北工业园区2026年1-6月工业固定资产投资项目进展情况表",
                        sender_line="填报单位：城北工业园区管委会")

