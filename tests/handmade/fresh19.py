"""Hand-made returns, round 19: fresh eyes on what a clerk's machine does to a file (saved again by LibreOffice as
.xls / .ods / .xlsm, figures left as formulas with no cached values, a figure only in a comment or in rich text, a
white-font draft row, a print area and frozen panes, last month's table copied beside this month's, a 万 display
format over figures typed in 元), on the layout memory (表头对照: the answer a clerk writes back, then next month's
file), on what the people downstream see (lineage, status of a refused file, units of the indicators) and on the
enterprise list, 培育台账 and 招商台账 in styles earlier rounds did not use (a 小计 per industry, months across, one
sheet per cultivation type, a ledger newest first).

Made by someone who had read DOMAIN.md, the README's table of habits and the schemas' column names, but not the
reader.  Every function writes into ``folder`` and returns the path (or the paths, first first; a later file is
written beside ``folder``, not into it, so that a test sends it after the first has been read); its docstring says
what a person reading the return takes from it ("A reader takes: …").  The county is
tests/scenarios_more.write_full_config (townships 东镇 = 东关镇 and 西镇; 统计局, 工信局, 招商局, 自然资源局, 财政局;
city 测试市 of 测试县, 甲县, 乙县, 丙县); the period is June 2026 unless a docstring says otherwise.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.comments import Comment
from openpyxl.styles import Font
from openpyxl.worksheet.worksheet import Worksheet

from tests.handmade import fresh16 as f16
from tests.handmade.cells import book as _book
from tests.handmade.cells import put as _put
from tests.handmade.cells import save as _save
from tests.handmade.cells import title as _title
from tests.scenarios import E1, E2, E3
from tests.scenarios_more import E4

D = dt.date



#: LibreOffice's saves of the returns below, kept in the repository so the tests read the very files LibreOffice
#: wrote on any machine (CI has no LibreOffice); ``BEIZENG_REMAKE_SOFFICE=1`` with ``soffice`` installed writes them again.
SAVED = Path(__file__).parent / "files" / "libreoffice"


def soffice(src: Path, target: str, out: Path) -> Path:
    """``src`` opened and saved again by LibreOffice (``target``: xlsx, xls, ods or an ``ext:filter``), as ``out``:
    the kept save (``SAVED``, named by the target's extension) unless asked to make it again."""
    kept = SAVED / f"{src.stem}-{'recalculated' if target == 'xlsx' else target.split(':')[0]}{out.suffix}"
    if kept.exists() and not os.environ.get("BEIZENG_REMAKE_SOFFICE"):
        out.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(kept, out)
        return out
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "HOME": tmp}
        subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/profile", "--headless", "--convert-to",
                        target, "--outdir", f"{tmp}/out", str(src)], check=True, capture_output=True, env=env,
                       timeout=120)
        [made] = list(Path(tmp, "out").iterdir())
        out.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(made), out)
    SAVED.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(out, kept)
    return out


# ---------------------------------------------------------------------------------------------
# 东镇's project return (the figures of tests/handmade/fresh16.EAST: 1-6月累计 800 + 1,200 + 0 = 2,000 万元)
# ---------------------------------------------------------------------------------------------

EAST_NAME = "东镇6月固投进展.xlsx"


def _east(ws: Worksheet | None = None, wb: openpyxl.Workbook | None = None) -> tuple[openpyxl.Workbook, Worksheet]:
    wb, ws = f16._fai(f16.EAST_TITLE, "东关镇人民政府", ws=ws, wb=wb)
    f16._fai_rows(ws, f16.EAST)
    return wb, ws


def _east_resaved(folder: Path, target: str, suffix: str) -> Path:
    """东镇's June return (``_east``) opened and saved again by LibreOffice as ``target`` (``soffice``)."""
    wb, _ = _east()
    with tempfile.TemporaryDirectory() as tmp:
        src = _save(wb, Path(tmp) / "东镇6月固投进展.xlsx")
        return soffice(src, target, folder / f"东镇6月固投进展{suffix}")


def fai_saved_again_by_libreoffice_as_xls(folder: Path) -> Path:
    """东镇's June project return made in Excel, then opened and saved by LibreOffice Calc as ``.xls`` (the office PC
    has no MS Office).

    A reader takes 3 projects: 1-6月累计 800, 1,200 and 0 万元 (2,000), 本月 150, 300, 0.
    """
    return _east_resaved(folder, "xls", ".xls")


def fai_saved_as_ods(folder: Path) -> Path:
    """The same return saved by LibreOffice as OpenDocument ``.ods`` (the default of a Linux office PC).

    A reader takes 3 projects: 1-6月累计 800, 1,200 and 0 万元.
    """
    return _east_resaved(folder, "ods", ".ods")


def fai_saved_as_xlsm(folder: Path) -> Path:
    """The same return saved as a macro-enabled workbook ``.xlsm`` (the clerk's copy had a 宏 for printing).

    A reader takes 3 projects: 1-6月累计 800, 1,200 and 0 万元.
    """
    return _east_resaved(folder, "xlsm:Calc MS Excel 2007 VBA XML", ".xlsm")


def _east_with_formulas() -> openpyxl.Workbook:
    """Sheet 「5月」 holds May's 1-5月累计 (650, 900, 0); sheet 「6月」's 1-6月累计 is ``='5月'!M4+L4`` (May's cumulative
    plus this month), 年度计划 ``=G4*0.5``, and a 合计 row of ``=SUM(…)``."""
    wb, may = _book("5月")
    f16._fai(f16.EAST_TITLE.replace("1-6月", "1-5月"), "东关镇人民政府", ws=may, wb=wb)
    may.cell(3, 13, "1-5月累计完成投资")
    may_rows = [(p[0], p[1], p[11] - p[10]) for p in f16.EAST]
    for i, (code, name, cum) in enumerate(may_rows):
        _put(may, 4 + i, 1, [i + 1, code, name])
        may.cell(4 + i, 13, cum)
    june = wb.create_sheet("6月")
    f16._fai(f16.EAST_TITLE, "东关镇人民政府", ws=june, wb=wb)
    f16._fai_rows(june, f16.EAST)
    for r in range(4, 7):
        june.cell(r, 8, f"=G{r}*0.5")
        june.cell(r, 13, f"='5月'!M{r}+L{r}")
    _put(june, 7, 1, ["合计", None, None, None, None, None, "=SUM(G4:G6)", "=SUM(H4:H6)", None, None, None,
                      "=SUM(L4:L6)", "=SUM(M4:M6)"])
    wb.active = 1
    return wb


def fai_formulas_without_cached_values(folder: Path) -> Path:
    """东镇's June book written by a tool that stores formulas only (no cached values, as openpyxl or a web export
    does): sheet 「6月」's 1-6月累计 is ``='5月'!M4+L4`` over sheet 「5月」 (650, 900, 0), 年度计划 ``=G4*0.5``, a 合计
    row of ``=SUM``.

    A reader (in Excel, which recalculates) sees 800, 1,200, 0 and 年度计划 1,500, 2,500, 400; a reader of the file
    as saved has no figure at all for those cells and must not take 0 or blank for them.
    """
    return _save(_east_with_formulas(), folder / EAST_NAME)


def fai_formulas_recalculated_by_libreoffice(folder: Path) -> Path:
    """The same formula book opened in LibreOffice and saved again (the formulas now carry their values).

    A reader takes 3 projects from 「6月」 (not 「5月」): 1-6月累计 800, 1,200, 0 万元; 年度计划 1,500, 2,500, 400.
    """
    with tempfile.TemporaryDirectory() as tmp:
        src = _save(_east_with_formulas(), Path(tmp) / EAST_NAME)
        return soffice(src, "xlsx", folder / EAST_NAME)


def fai_cumulative_only_in_a_comment(folder: Path) -> Path:
    """东镇's return whose second project's 1-6月累计 cell (M5) is blank, the clerk's figure left in the cell's
    comment: ``1-6月累计1200万元，待统计局确认``.

    A reader takes projects 1 and 3 as typed and asks about M5 (the figure is the clerk's note, not yet the return's);
    never 0 for it.
    """
    wb, ws = _east()
    ws["M5"] = None
    ws["M5"].comment = Comment("1-6月累计1200万元，待统计局确认", "王伟")
    return _save(wb, folder / EAST_NAME)


def fai_figures_in_rich_text(folder: Path) -> Path:
    """东镇's return whose changed figures the clerk typed in red within the cell (rich text, as Excel stores a cell
    partly coloured): M4 ``800`` with ``8`` red, M5 ``1,200`` with ``1,`` bold.

    A reader takes 800 and 1,200 (2,000).
    """
    wb, ws = _east()
    ws["M4"] = CellRichText(TextBlock(InlineFont(color="FFFF0000"), "8"), "00")
    ws["M5"] = CellRichText(TextBlock(InlineFont(b=True), "1,"), "200")
    return _save(wb, folder / EAST_NAME)


def fai_white_font_draft_row_below(folder: Path) -> Path:
    """东镇's return with, two rows under the table, the clerk's draft line in white 6-point font (invisible on
    screen and paper): ``4 | 2619-…-000099 | 东镇丁预备项目 | 新建 | 否 | 否 | 600 | 300 | 是 | 2026-06-01 | 是 | 0 | 500``.

    A reader (who sees what prints) takes 3 projects, 2,000 万元; the white line is no project of the return (or is
    asked about), never 2,500.
    """
    wb, ws = _east()
    white = Font(color="FFFFFFFF", size=6)
    _put(ws, 9, 1, [4, "2619-610599-04-01-000099", "东镇丁预备项目", "新建", "否", "否", 600, 300, "是", D(2026, 6, 1), "是",
                    0, 500])
    for c in range(1, 14):
        ws.cell(9, c).font = white
    return _save(wb, folder / EAST_NAME)


def fai_print_area_and_frozen_panes(folder: Path) -> Path:
    """东镇's return with a print area A1:M5 (the clerk printed the first two projects for the meeting) and panes
    frozen at C4.

    A reader of the file takes all 3 projects (the print area is how it was printed, not what was returned).
    """
    wb, ws = _east()
    ws.print_area = "A1:M5"
    ws.freeze_panes = "C4"
    return _save(wb, folder / EAST_NAME)


def fai_may_table_copied_beside_june(folder: Path) -> Path:
    """东镇's sheet with June's table in A:M and, two columns to its right (P:AB), last month's table pasted for
    comparison under its own title ``东镇2026年1-5月…``, the same three projects with 1-5月累计 650, 900, 0.

    A reader takes June's 3 projects (800, 1,200, 0); May's figures are no part of June's return.
    """
    wb, ws = _east()
    title = f16.EAST_TITLE.replace("1-6月", "1-5月")
    ws.cell(1, 16, title)
    ws.merge_cells(start_row=1, start_column=16, end_row=1, end_column=28)
    _put(ws, 2, 16, ["填报单位：东关镇人民政府", *[None] * 11, "单位：万元"])
    _put(ws, 3, 16, [*f16.FAI[:-1], "1-5月累计完成投资"])
    for i, p in enumerate(f16.EAST):
        row = f16._fai_row(i + 1, p)
        row[-1] = p[11] - p[10]
        row[-2] = 100 if i < 2 else 0
        _put(ws, 4 + i, 16, row)
    return _save(wb, folder / EAST_NAME)


def fai_yuan_shown_as_wan_by_number_format(folder: Path) -> Path:
    """东镇's return whose clerk pastes 元 from the finance system and lets a number format show 万元: every amount
    cell holds 元 (M4 = 8,000,000) under format ``0!.0,"万"`` so that it shows ``800.0万``; the header says (万元).

    A reader (who sees 800.0万) takes 800, 1,200 and 0 万元, 计划总投资 3,000, 5,000, 800; never 8,000,000 万元.
    """
    wb, ws = _east()
    for r in range(4, 7):
        for c in (7, 8, 12, 13):
            cell = ws.cell(r, c)
            cell.value = cell.value * 10000
            cell.number_format = '0!.0,"万"'
    return _save(wb, folder / EAST_NAME)


# ---------------------------------------------------------------------------------------------
# Layout memory: a header beizeng cannot match with confidence, the clerk's answer, next month
# ---------------------------------------------------------------------------------------------

AMBIG = ["序号", "项目代码", "项目名称", "建设性质", "是否技改", "是否重点项目", "计划总投资", "是否开工", "开工日期",
         "是否纳统", "完成投资", "完成投资额"]


def _ambig_rows(month: int) -> list[list[Any]]:
    """(…, 完成投资 = this month, 完成投资额 = 1-N月累计); June: 150, 300, 0 | 800, 1,200, 0; July: 100 each | 900,
    1,300, 100."""
    out = []
    for i, p in enumerate(f16.EAST):
        cum = p[11] if month == 6 else p[11] + 100
        mon = p[10] if month == 6 else 100
        out.append([i + 1, p[0], p[1], p[2], p[3], p[4], p[5], p[7], p[8], p[9], mon, cum])
    return out


def ambiguous_amount_columns(folder: Path, month: int = 6, head: list[str] | None = None,
                             name: str = EAST_NAME) -> Path:
    """东镇's return with two amount columns the clerk named ``完成投资`` and ``完成投资额`` (K = this month, L = 1-N月
    累计: the figures show it, L ≥ K in every row), no 本月/累计 word in either.

    A reader who looks at the figures takes L as the cumulative (800, 1,200, 0); one who only reads headers must ask
    which column is 1-N月累计, naming K and L.
    """
    h = head or AMBIG
    wb, ws = _book()
    _title(ws, f16.EAST_TITLE.replace("1-6月", f"1-{month}月"), len(h))
    _put(ws, 2, 1, ["填报单位：东关镇人民政府", *[None] * (len(h) - 2), "单位：万元"])
    _put(ws, 3, 1, h)
    for r, row in enumerate(_ambig_rows(month), 4):
        if head is not None and head != AMBIG:
            row = [row[AMBIG.index(x)] if x in AMBIG else 50 for x in h]
        _put(ws, r, 1, row)
    return _save(wb, folder / name)


def ambiguous_july_moved_column(folder: Path) -> Path:
    """July's file with 完成投资额 moved before 完成投资 (K = 1-N月累计, L = this month) and a column 备注 added.

    A reader takes nothing silently from the June answer (which said L): the moved header is reported/asked, never the
    month's figures stored as cumulative."""
    h = [*AMBIG[:10], "完成投资额", "完成投资", "备注"]
    wb, ws = _book()
    _title(ws, f16.EAST_TITLE.replace("1-6月", "1-7月"), len(h))
    _put(ws, 2, 1, ["填报单位：东关镇人民政府", *[None] * (len(h) - 2), "单位：万元"])
    _put(ws, 3, 1, h)
    for i, p in enumerate(f16.EAST):
        _put(ws, 4 + i, 1, [i + 1, p[0], p[1], p[2], p[3], p[4], p[5], p[7], p[8], p[9], p[11] + 100, 100, "无"])
    return _save(wb, folder / "东镇7月固投进展.xlsx")


# ---------------------------------------------------------------------------------------------
# 规上企业 (统计局), 企业培育 (工信局), 招商 (招商局)
# ---------------------------------------------------------------------------------------------

#: (uscc, name, township, industry, sei, 本月, 1-6月, 上年同期)
FIRMS = [(E1, "东方光伏科技有限公司", "东镇", "3825", "是", 5000, 30000, 25000),
         (E2, "东关饲料有限公司", "东镇", "1329", "否", 3000, 20000, 22000),
         (E4, "丹富仕饲料有限公司", "西镇", "1329", "是", 500, 3000, 1000),
         (E3, "西岭建材有限公司", "西镇", "3021", "否", 8000, 50000, 45000)]
ENT_HEAD = ["序号", "统一社会信用代码", "企业名称", "所属乡镇", "行业代码", "是否战新", "本月产值", "1-6月累计产值",
            "上年同期"]


def ent_subtotal_per_industry(folder: Path) -> Path:
    """统计局's June list grouped by industry, each group closed by its own 小计 in the 名称 column: ``光伏设备制造
    小计`` (30,000), ``饲料加工小计`` (23,000), ``建材小计`` (50,000), then ``合计`` 103,000; the code column of a 小计
    row blank.

    A reader takes 4 firms, 1-6月 103,000 万元 (10.3 亿元); the 小计 rows are no firms.
    """
    wb, ws = _book()
    _title(ws, "测试县2026年1-6月规上工业企业产值（按行业）", len(ENT_HEAD))
    _put(ws, 2, 1, ["填报单位：县统计局", *[None] * 7, "单位：万元"])
    _put(ws, 3, 1, ENT_HEAD)
    r = 4
    groups = [("光伏设备制造小计", FIRMS[:1]), ("饲料加工小计", FIRMS[1:3]), ("建材小计", FIRMS[3:])]
    i = 0
    for label, firms in groups:
        for f in firms:
            i += 1
            _put(ws, r, 1, [i, *f])
            r += 1
        _put(ws, r, 1, [None, None, label, None, None, None, sum(f[5] for f in firms), sum(f[6] for f in firms),
                        sum(f[7] for f in firms)])
        r += 1
    _put(ws, r, 1, ["合计", None, None, None, None, None, 16500, 103000, 93000])
    return _save(wb, folder / "统计局6月规上企业.xlsx")


def ent_months_across(folder: Path) -> Path:
    """统计局's June list with each month's output in its own column, 1月 … 6月 across, no cumulative column
    (东方光伏 5,000 a month = 30,000; 东关饲料 3,000, 3,000, 3,500, 3,500, 4,000, 3,000 = 20,000), then 上年同期.

    A reader takes 本月 = the 6月 column (5,000, 3,000); for 1-6月 he would add across (30,000, 20,000), but the
    bureau's 1-N月 is its own figure (months get revised), so asking for the 1-6月 column is as right; never a month
    read as 1-6月.
    """
    head = ["统一社会信用代码", "企业名称", "所属乡镇", "行业代码", "1月", "2月", "3月", "4月", "5月", "6月",
            "上年同期累计"]
    wb, ws = _book()
    _title(ws, "测试县2026年规上工业企业分月产值", len(head))
    _put(ws, 2, 1, ["填报单位：县统计局", *[None] * 9, "单位：万元"])
    _put(ws, 3, 1, head)
    _put(ws, 4, 1, [E1, "东方光伏科技有限公司", "东镇", "3825", 5000, 5000, 5000, 5000, 5000, 5000, 25000])
    _put(ws, 5, 1, [E2, "东关饲料有限公司", "东镇", "1329", 3000, 3000, 3500, 3500, 4000, 3000, 22000])
    return _save(wb, folder / "统计局6月规上企业分月.xlsx")


def ent_one_firms_month_typed_as_cumulative(folder: Path) -> Path:
    """统计局's June list where 东方光伏's 本月 (G4) holds its 1-6月 figure, 30,000, the same as H4, though it made
    25,000 in 1-6月 last year (the others: 本月 a sixth or so of 累计).

    A reader takes 4 firms and 1-6月 103,000; he asks about G4 (all of a long-listed firm's half year in June is the
    1-N月 figure typed twice), or at least does not let it pass without a word.
    """
    wb, ws = _book()
    _title(ws, "测试县2026年1-6月规上工业企业生产月报", len(ENT_HEAD))
    _put(ws, 2, 1, ["填报单位：县统计局", *[None] * 7, "单位：万元"])
    _put(ws, 3, 1, ENT_HEAD)
    for i, f in enumerate(FIRMS):
        row = [i + 1, *f]
        if f[0] == E1:
            row[6] = 30000
        _put(ws, 4 + i, 1, row)
    return _save(wb, folder / "统计局6月规上企业.xlsx")


CULT_HEAD = ["序号", "企业名称", "统一社会信用代码", "所属乡镇", "培育状态", "认定日期", "包联领导"]


def cult_one_sheet_per_type(folder: Path) -> Path:
    """工信局's ledger with one sheet per cultivation type, the type only in the sheet's name and title: 「拟入规」
    (东镇丰源农牧 申报中, 西镇新沃盈 培育中), 「高新技术企业」 (东关饲料 申报中, 西岭建材 已认定 2025-11-20), 「专精特新小巨人」
    (东方光伏 已认定 2026-04-18); no 培育类型 column anywhere.

    A reader takes 5 rows: 2 拟入规, 2 高新技术企业, 1 小巨人, each with its status.
    """
    from tests.scenarios_more import C1, C2

    sheets = {"拟入规": [("东镇丰源农牧有限公司", C1, "东镇", "申报中", D(2026, 5, 20)),
                      ("西镇新沃盈科技有限公司", C2, "西镇", "培育中", None)],
              "高新技术企业": [("东关饲料有限公司", E2, "东镇", "申报中", D(2026, 5, 10)),
                         ("西岭建材有限公司", E3, "西镇", "已认定", D(2025, 11, 20))],
              "专精特新小巨人": [("东方光伏科技有限公司", E1, "东镇", "已认定", D(2026, 4, 18))]}
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for kind, rows in sheets.items():
        ws = wb.create_sheet(kind)
        _title(ws, f"2026年{kind}培育企业台账（截至6月底）", len(CULT_HEAD))
        _put(ws, 2, 1, CULT_HEAD)
        for i, row in enumerate(rows, 1):
            _put(ws, 2 + i, 1, [i, *row, "李明"])
    return _save(wb, folder / "工信局6月企业培育台账.xlsx")


ATTR_HEAD = ["序号", "项目名称", "投资方", "产业链", "落户乡镇", "项目阶段", "签约日期", "总投资（万元）",
             "本年到位资金（万元）"]


def attr_ledger_newest_first(folder: Path) -> Path:
    """招商局's ledger kept newest on top: 序号 counts down (3, 2, 1), dates 2026-06-18, 2026-04-02, 2026-01-15;
    stages 签约, 开工, 投产; 总投资 20,000, 50,000, 12,000; 到位 0, 8,000, 3,000.

    A reader takes 3 projects, 总投资 82,000 万元 (8.2 亿元), 到位 11,000.
    """
    wb, ws = _book()
    _title(ws, "2026年招商引资项目台账（1-6月）", len(ATTR_HEAD))
    _put(ws, 2, 1, ["填报单位：县招商局"])
    _put(ws, 3, 1, ATTR_HEAD)
    rows = [[3, "新型建材产业园项目", "陕西恒固建材有限公司", "新型建材", "西镇", "签约", D(2026, 6, 18), 20000, 0],
            [2, "光伏组件二期项目", "东方新能源集团", "光伏新能源", "东镇", "开工", D(2026, 4, 2), 50000, 8000],
            [1, "特色食品加工项目", "秦川食品有限公司", "涉农加工", "东镇", "投产", D(2026, 1, 15), 12000, 3000]]
    for r, row in enumerate(rows, 4):
        _put(ws, r, 1, row)
    return _save(wb, folder / "招商局6月招商台账.xlsx")


def ent_cards_one_sheet_per_firm_named_by_firm(folder: Path) -> Path:
    """统计局's June book with one sheet per firm named by its short name (「东方光伏」「东关饲料」), each sheet a two-column
    form: 企业名称 | …, 统一社会信用代码 | …, 所属乡镇, 行业代码, 本月产值（万元）, 1-6月累计产值（万元）, 上年同期（万元）.

    A reader takes 2 firms, 30,000 and 20,000 万元 (5 亿元).
    """
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for f in FIRMS[:2]:
        ws = wb.create_sheet(f[1][:4])
        _title(ws, f"{f[1]}2026年1-6月生产情况", 2)
        pairs = [("企业名称", f[1]), ("统一社会信用代码", f[0]), ("所属乡镇", f[2]), ("行业代码", f[3]),
                 ("本月产值（万元）", f[5]), ("1-6月累计产值（万元）", f[6]), ("上年同期（万元）", f[7])]
        for r, (k, v) in enumerate(pairs, 2):
            _put(ws, r, 1, [k, v])
    return _save(wb, folder / "统计局6月规上企业（分户）.xlsx")


def ent_refused_for_status(folder: Path) -> Path:
    """统计局's June list whose every 1-6月 cell reads ``待核`` (the bureau had not finished): nothing to take.

    A reader takes nothing; the county office sees a refused June list under 统计局.
    """
    wb, ws = _book()
    _title(ws, "测试县2026年1-6月规上工业企业生产月报", len(ENT_HEAD))
    _put(ws, 2, 1, ["填报单位：县统计局", *[None] * 7, "单位：万元"])
    _put(ws, 3, 1, ENT_HEAD)
    for i, f in enumerate(FIRMS):
        _put(ws, 4 + i, 1, [i + 1, *f[:5], "待核", "待核", f[7]])
    return _save(wb, folder / "统计局6月规上企业.xlsx")


def attr_filtered_to_signed_projects(folder: Path) -> Path:
    """招商局's newest-first ledger left with an AutoFilter on 项目阶段 showing only ``签约`` (rows 5 and 6, 开工 and 投产,
    hidden by the filter, as the clerk last looked at it).

    A reader takes all 3 projects (a filter is a view of the ledger, not a deletion): 总投资 82,000 万元.
    """
    path = attr_ledger_newest_first(folder)
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    ws.auto_filter.ref = "A3:I6"
    ws.auto_filter.add_filter_column(5, ["签约"])
    for r in (5, 6):
        ws.row_dimensions[r].hidden = True
    return _save(wb, path)


def ent_tiny_font_note_beside_a_firm(folder: Path) -> Path:
    """统计局's June list (4 firms, 103,000) with, right of the table in J6 beside 丹富仕饲料, the clerk's note to
    self in grey 6-point font under no header: ``此户6月数据企业未确认，暂按快报``.

    A reader takes 4 firms, 103,000; the note is no figure, and a careful reader mentions it (丹富仕's figures are
    provisional).
    """
    wb, ws = _book()
    _title(ws, "测试县2026年1-6月规上工业企业生产月报", len(ENT_HEAD))
    _put(ws, 2, 1, ["填报单位：县统计局", *[None] * 7, "单位：万元"])
    _put(ws, 3, 1, ENT_HEAD)
    for i, f in enumerate(FIRMS):
        _put(ws, 4 + i, 1, [i + 1, *f])
    ws["J6"] = "此户6月数据企业未确认，暂按快报"
    ws["J6"].font = Font(color="FF999999", size=6)
    return _save(wb, folder / "统计局6月规上企业.xlsx")


def cult_two_sheets_each_with_its_type(folder: Path) -> Path:
    """工信局's ledger in two sheets, 「拟入规」 and 「高新技术企业」, each a full table with its own 培育类型 column (the
    type also in the sheet's name): 东镇丰源农牧 拟入规 申报中 (row 3 of 「拟入规」), 东关饲料 高新技术企业 申报中 (row 3 of
    「高新技术企业」).

    A reader takes 2 rows; anyone downstream told "第3行" must also be told which sheet, both being row 3.
    """
    from tests.scenarios_more import C1

    head = ["序号", "企业名称", "统一社会信用代码", "所属乡镇", "培育类型", "培育状态", "认定日期"]
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for kind, row in (("拟入规", ["东镇丰源农牧有限公司", C1, "东镇", "拟入规", "申报中", D(2026, 5, 20)]),
                      ("高新技术企业", ["东关饲料有限公司", E2, "东镇", "高新技术企业", "申报中", D(2026, 5, 10)])):
        ws = wb.create_sheet(kind)
        _title(ws, f"2026年{kind}企业培育台账", len(head))
        _put(ws, 2, 1, head)
        _put(ws, 3, 1, [1, *row])
    return _save(wb, folder / "工信局6月企业培育台账.xlsx")


def fai_made_on_a_mac_1904_dates(folder: Path) -> Path:
    """东镇's return typed on a Mac (Excel's 1904 date system, ``date1904`` set in the workbook): 开工日期 2026-03-10 and
    2026-04-01 shown as dates.

    A reader takes the dates as shown: 2026-03-10, 2026-04-01 (not four years and a day later).
    """
    from openpyxl.utils.datetime import CALENDAR_MAC_1904

    wb, _ = _east()
    wb.epoch = CALENDAR_MAC_1904
    return _save(wb, folder / EAST_NAME)


def fai_amounts_pasted_as_scientific_text(folder: Path) -> Path:
    """东镇's return whose 计划总投资 and 1-6月累计 were pasted from a CSV as text in scientific notation:
    ``3.0E+03``, ``5E+03``, ``8.0E+02`` in G4, G5, G6, ``8E+02``, ``1.2E+03`` in M4, M5.

    A reader takes 3,000, 5,000, 800 and 800, 1,200, 0.
    """
    wb, ws = _east()
    for cell, text in (("G4", "3.0E+03"), ("G5", "5E+03"), ("G6", "8.0E+02"), ("M4", "8E+02"), ("M5", "1.2E+03")):
        ws[cell] = text
        ws[cell].number_format = "@"
    return _save(wb, folder / EAST_NAME)


def answer_header_sheet(feedback: Path, answer: str | None, out: Path) -> Path:
    """The feedback workbook beizeng sent back, with the clerk's ``answer`` typed in column C of every question row of
    its 「表头对照」 sheet (None: left blank), saved as ``out`` (as a clerk saves the copy to send it back)."""
    wb = openpyxl.load_workbook(feedback)
    ws = wb["表头对照"]
    for r in range(3, ws.max_row + 1):
        if ws.cell(r, 1).value and answer is not None:
            ws.cell(r, 3, answer)
    out.parent.mkdir(parents=True, exist_ok=True)
    wb.save(out)
    return out
