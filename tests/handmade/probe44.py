"""Hand-made returns of the outside probe p44: one firm (or project) under many spellings, or reported by two senders —
so that the county's totals and counts would silently double or split.  The same enterprise twice in 统计局's list
(an exact copy; the same 统一社会信用代码 under 有限公司 / 有限责任公司; the same code in lowercase, with spaces or in
full-width letters; the same name with a trailing space or （） for () under a second valid code), a 15-digit old
registration number or a code failing its check digit, a firm renamed between May and June or whose code changed, a
project on a boundary in two townships' lists or in a township's and 发改局's, a 拟入规 firm in 工信局's ledger whose
code is typed in lowercase with spaces.

Made by an outsider who read DOMAIN.md, the README and the schemas, not the reader.  Each maker writes into ``folder``
and returns the path; its docstring says what a careful county statistician takes from the return.  County:
``county_full`` (tests/conftest.py: 东镇 / 东关镇, 西镇; 统计局, 工信局, 招商局 …), or ``write_fgj_config`` where 发改局
sends project lists too.  Layouts are the clerk's own: a merged title, a 填报单位 line with the unit at its right,
a two-row header (产值 merged over 本月 | 累计 | 上年同期), 合计 rows, a footer.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from tests.handmade.cells import book as _book
from tests.handmade.cells import put as _put
from tests.handmade.cells import save as _save
from tests.handmade.cells import title as _title
from tests.scenarios import uscc
from tests.scenarios_more import write_full_config

D = dt.date
#: valid credit codes of this probe's firms (check digits right)
A, B, C, N, R = uscc(4401), uscc(4402), uscc(4403), uscc(4404), uscc(4405)

# ---- 统计局's list of above-scale enterprises ------------------------------------------------------------------------

#: one firm: (name, code, township, industry, 战新, 入规, 本月, 1-N月累计, 上年同期累计)
Firm = tuple[str, str, str, str, str, str, Any, Any, Any]

FIRMS: list[Firm] = [
    ("东塬光伏材料有限公司", A, "东镇", "C3825", "是", "2019年", 1000, 6000, 5000),
    ("西岭新型建材有限公司", B, "西镇", "3021", "否", "2020年", 500, 3000, 2800),
    ("东关粮油食品有限公司", C, "东镇", "1331", "否", "2018-06", 300, 2000, 2000),
]


def _enterprises(folder: Path, firms: list[Firm], month: int = 6, file: str | None = None) -> Path:
    """统计局's list in its own layout: title over A:K, 填报单位 with 单位：万元 at the right, a two-row header
    (企业名称 … merged down; 工业总产值 merged over 本月 | 1-N月累计 | 上年同期累计), a 合计 row, a footer."""
    wb, ws = _book(f"{month}月")
    _title(ws, f"测试县2026年1-{month}月规模以上工业企业产值完成情况表", 10, font=Font(name="黑体", size=14))
    _put(ws, 2, 1, ["填报单位：县统计局（盖章）"])
    _put(ws, 2, 10, ["单位：万元"])
    top = ["序号", "企业名称", "统一社会信用代码", "所属乡镇", "行业代码", "是否战新", "入规时间", "工业总产值"]
    _put(ws, 3, 1, top)
    _put(ws, 4, 8, ["本月", f"1-{month}月累计", "上年同期累计"])
    for col in range(1, 8):
        ws.merge_cells(start_row=3, start_column=col, end_row=4, end_column=col)
    ws.merge_cells(start_row=3, start_column=8, end_row=3, end_column=10)
    for cell in ws[3] + ws[4]:
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for i, f in enumerate(firms, 1):
        _put(ws, 4 + i, 1, [i, *f])
    end = 5 + len(firms)
    nums = [f[7] for f in firms if isinstance(f[7], int | float)]
    _put(ws, end, 1, ["合计", None, None, None, None, None, None, None, sum(nums)])
    ws.merge_cells(start_row=end, start_column=1, end_row=end, end_column=2)
    _put(ws, end + 1, 1, ["单位负责人：周平", None, None, "统计负责人：吴敏", None, None, "填表人：郑丽"])
    return _save(wb, folder / (file or f"统计局{month}月规上企业产值.xlsx"))


def firm_copied_twice(folder: Path) -> Path:
    """June's list with 东塬光伏材料有限公司 typed twice, row for row the same (rows 5 and 8: pasted again at the end).

    A careful person asks which stays, naming both rows (5 and 8), and never sums 6,000 twice into 11,000 万元."""
    return _enterprises(folder, [*FIRMS, FIRMS[0]])


def one_code_two_names(folder: Path) -> Path:
    """June's list with code A under 东塬光伏材料有限公司 (row 5, 6,000) and again under 东塬光伏材料有限责任公司 (row 8,
    6,000 — the same firm's licence name typed from another document).

    A careful person asks (one code is one firm) naming both rows; nothing stored twice."""
    return _enterprises(folder, [*FIRMS, ("东塬光伏材料有限责任公司", *FIRMS[0][1:])])


def one_code_typed_three_ways(folder: Path) -> Path:
    """June's list where row 8 repeats 东塬光伏材料有限公司 with code A in lowercase with spaces
    (``9161 0599 ma00 ...``) and row 9 with code A in full-width letters and digits.

    A careful person reads all three as the one code A and asks about the copies (rows 8 and 9 naming row 5)."""
    lower = " ".join(A[i:i + 4] for i in range(0, 18, 4)).lower()
    wide = "".join(chr(ord(ch) + 0xFEE0) for ch in A)
    return _enterprises(folder, [*FIRMS, (FIRMS[0][0], lower, *FIRMS[0][2:]), (FIRMS[0][0], wide, *FIRMS[0][2:])])


#: a second, valid code that is not A
A2 = uscc(4499)


def one_name_two_codes(folder: Path) -> Path:
    """June's list where 东塬光伏材料有限公司 stands twice: row 5 with code A, row 8 as ``东塬光伏材料有限公司 `` (a
    trailing space) with another valid code, A2, the same figures.

    A registered name is one firm in the county: a careful person asks which code is right, naming both rows, and
    does not count 4 firms / 17,000 万元 (the list holds 3 firms, 11,000 万元) without a word."""
    return _enterprises(folder, [*FIRMS, (FIRMS[0][0] + " ", A2, *FIRMS[0][2:])])


def one_name_brackets_two_codes(folder: Path) -> Path:
    """June's list with 东关粮油食品（集团）有限公司 (row 5, code C) and 东关粮油食品(集团)有限公司 (row 8, half-width
    brackets, valid code N): the same name as a person reads it under two codes.

    A careful person asks which code is right, naming both rows — never 2 firms of 2,000 万元 each without a word."""
    firms: list[Firm] = [("东关粮油食品（集团）有限公司", *FIRMS[2][1:]), FIRMS[0], FIRMS[1],
                         ("东关粮油食品(集团)有限公司", N, *FIRMS[2][2:])]
    return _enterprises(folder, firms)


OLD_REG = "610599100012345"  # a 15-digit 工商注册号 of before 2015


def old_registration_number(folder: Path) -> Path:
    """June's list where 西岭新型建材有限公司 (row 6) carries its 15-digit old 注册号 ``610599100012345`` and 东关粮油
    (row 7) a code whose check digit is wrong (C with its last character changed).

    A careful person refuses the list, naming C6 (15位, not the 18-digit code) and C7 (校验位)."""
    wrong = C[:17] + ("0" if C[17] != "0" else "1")
    return _enterprises(folder, [FIRMS[0], (FIRMS[1][0], OLD_REG, *FIRMS[1][2:]), (FIRMS[2][0], wrong, *FIRMS[2][2:])])


def may_list(folder: Path) -> Path:
    """May's list (1-5月): 东塬 5,000, 西岭 2,500, 东关粮油 1,700 (May alone 1,000, 500, 300; last year's 1-5月 4,000,
    2,300, 1,700)."""
    may: list[Firm] = [(*FIRMS[0][:6], 1000, 5000, 4000), (*FIRMS[1][:6], 500, 2500, 2300),
                       (*FIRMS[2][:6], 300, 1700, 1700)]
    return _enterprises(folder, may, month=5)


def june_renamed(folder: Path) -> Path:
    """June's list where 东塬光伏材料有限公司 (code A) is now 陕西东塬新能源科技有限公司 (renamed in June; 入规 2019).

    A careful person keeps one firm: 3 firms, 11,000 万元, the firm's June = 6,000 − 5,000 = 1,000, the rename said
    (both names), no new above-scale firm this year."""
    return _enterprises(folder, [("陕西东塬新能源科技有限公司", *FIRMS[0][1:]), FIRMS[1], FIRMS[2]])


def june_code_changed(folder: Path) -> Path:
    """June's list where 东塬光伏材料有限公司 keeps its name but carries another valid code, A2 (the clerk corrected a
    code, or typed another firm's): May's A is gone, A2 is new.

    A careful person asks or says it naming both codes — the same name under another code than May's — rather
    than 'A left the list' and a silent newcomer."""
    return _enterprises(folder, [(FIRMS[0][0], A2, *FIRMS[0][2:]), FIRMS[1], FIRMS[2]])


def june_back_as_newcomer(folder: Path) -> Path:
    """June's list where 东塬光伏材料有限公司 (code A, 入规 2019 in May's list) now says 入规时间 ``2026-06``.

    A careful person does not count it as one of this year's new above-scale firms without a word: May held it
    as entered in 2019 — asks or warns naming both."""
    return _enterprises(folder, [(*FIRMS[0][:5], "2026-06", *FIRMS[0][6:]), FIRMS[1], FIRMS[2]])


# ---- project lists from two senders ------------------------------------------------------------------------------

PHEAD = ["序号", "项目代码", "项目名称", "所属乡镇", "建设性质", "是否技改", "是否倍增重点项目", "计划总投资",
         "是否开工", "开工日期", "是否纳统", "本月完成投资", "1-6月累计完成投资"]
#: a project on the 东镇 / 西镇 boundary: 8,000 万元 total, 1-6月 2,400
BORDER: list[Any] = ["2603-610599-04-01-440001", "东西塬光伏组件项目", "东镇", "新建", "否", "是", 8000, "是", D(2026, 3, 10),
          "是", 400, 2400]
EAST_OWN: list[Any] = ["2604-610599-07-02-440002", "东镇饲料车间技改项目", "东镇", "改建和技术改造", "是", "否", 3000, "是",
            D(2026, 4, 1), "是", 200, 600]
WEST_OWN: list[Any] = ["2602-610599-04-01-440003", "西镇砖瓦窑改造项目", "西镇", "扩建", "否", "否", 2000, "是", D(2026, 2, 15),
            "是", 100, 500]


def _projects(path: Path, who: str, rows: list[list[Any]], title: str | None = None) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "项目进展"
    ws.append([title or f"{who}2026年1-6月工业固定资产投资项目进展情况表"])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(PHEAD))
    ws.append([f"填报单位：{who}", *[None] * (len(PHEAD) - 2), "单位：万元"])
    ws.append(PHEAD)
    for i, r in enumerate(rows, 1):
        ws.append([i, *r])
    ws.append(["合计", None, None, None, None, None, None, sum(r[6] for r in rows), None, None, None,
               sum(r[10] for r in rows), sum(r[11] for r in rows)])
    ws.append(["填报人：孙倩", None, None, None, "联系电话：0913-3312345"])
    return _save(wb, path)


def east_with_border(folder: Path) -> Path:
    """东镇's June list: the boundary project (2,400) and its own 东镇饲料 (600)."""
    return _projects(folder / "东镇6月项目.xlsx", "东镇人民政府", [BORDER, EAST_OWN])


def west_with_border(folder: Path) -> Path:
    """西镇's June list: the same boundary project, same code and figures (西镇 as its place), and its own (500).

    With 东镇's: a careful person counts the county's 1-6月 固投 as 2,400 + 600 + 500 = 3,500 万元 and 3 projects, and
    says the boundary project is in both (never 5,900)."""
    return _projects(folder / "西镇6月项目.xlsx", "西镇人民政府", [[*BORDER[:2], "西镇", *BORDER[3:]], WEST_OWN])


def west_with_border_code_wide(folder: Path) -> Path:
    """西镇's June list with the boundary project's code typed in full-width digits and dashes
    (``２６０３－６１０５９９…``) and its name with half-width brackets added (东西塬光伏组件项目(一期)).

    The same project as a person reads it: counted once, as with ``west_with_border``."""
    wide = "".join(chr(ord(ch) + 0xFEE0) for ch in BORDER[0])
    return _projects(folder / "西镇6月项目.xlsx", "西镇人民政府",
                     [[wide, "东西塬光伏组件项目(一期)", "西镇", *BORDER[3:]], WEST_OWN])


def west_with_border_other_figures(folder: Path) -> Path:
    """西镇's June list with the boundary project at 1-6月 1,200 (its own half, by 西镇's reckoning) — 东镇 has 2,400.

    A careful person cannot tell which is right: asks, and counts the project once until settled."""
    return _projects(folder / "西镇6月项目.xlsx", "西镇人民政府",
                     [[*BORDER[:2], "西镇", *BORDER[3:10], 200, 1200], WEST_OWN])


def west_with_border_no_code(folder: Path) -> Path:
    """西镇's June list where the boundary project is written without its code (项目代码 left blank: the township
    had not got it) — same name, same figures as 东镇's row.

    A careful person asks (a project without its code is refused or queried), and never counts 2,400 twice."""
    return _projects(folder / "西镇6月项目.xlsx", "西镇人民政府",
                     [[None, "东西塬光伏组件项目", "西镇", *BORDER[3:]], WEST_OWN])


def fgj_key_projects(folder: Path) -> Path:
    """发改局's June list of the county's key projects: the boundary project (东镇, same code, same figures) and
    西镇's own project (same code, same figures).

    With 东镇's and 西镇's own lists: still 3 projects and 3,500 万元 in the county — 发改局's rows said, not added."""
    return _projects(folder / "发改局6月重点项目.xlsx", "县发展和改革局", [BORDER, WEST_OWN],
                     title="测试县2026年1-6月工业倍增重点项目进展情况表")


FGJ = """
[[departments]]
name = "发改局"
aliases = ["县发展和改革局", "县发改局"]
forms = ["fai_projects"]
"""


def write_fgj_config(root: Path) -> Path:
    """The full test county with 发改局 allowed to send project lists."""
    path = write_full_config(root)
    path.write_text(path.read_text(encoding="utf-8") + FGJ, encoding="utf-8")
    return path


# ---- 工信局's cultivation ledger -------------------------------------------------------------------------------------

def ledger_entrant_code_spaced(folder: Path) -> Path:
    """工信局's June ledger: 东塬光伏材料有限公司 (code A typed ``9161 0599 ...`` in lowercase), 拟入规, 已入库
    2026-04-20 — and 南塬新材料有限公司 (code R), 拟入规, 已入库 2026-05-12, not on 统计局's list yet.

    With ``june_a_entered_april`` a careful person counts 2 new above-scale firms (东塬 once, by its code, however
    typed; 南塬 from the ledger) — not 3."""
    wb, ws = _book("培育台账")
    head = ["序号", "企业名称", "统一社会信用代码", "所属乡镇", "培育类型", "培育状态", "状态日期", "包联领导", "奖补资金"]
    _title(ws, "测试县2026年6月企业培育台账", len(head))
    _put(ws, 2, 1, ["填报单位：县工业和信息化局"])
    _put(ws, 3, 1, head)
    spaced = " ".join(A[i:i + 6] for i in range(0, 18, 6)).lower()
    _put(ws, 4, 1, [1, "东塬光伏材料有限公司", spaced, "东镇", "拟入规", "已入库", D(2026, 4, 20), "李县长", 20])
    _put(ws, 5, 1, [2, "南塬新材料有限公司", R, "西镇", "拟入规", "已入库", D(2026, 5, 12), "王副县长", 10])
    _put(ws, 6, 1, ["填报人：何静"])
    return _save(wb, folder / "工信局6月培育台账.xlsx")


def june_a_entered_april(folder: Path) -> Path:
    """统计局's June list where 东塬光伏材料有限公司 (code A) entered the list in April (入规时间 2026-04)."""
    return _enterprises(folder, [(*FIRMS[0][:5], "2026-04", *FIRMS[0][6:]), FIRMS[1], FIRMS[2]])


def east_without_border(folder: Path) -> Path:
    """东镇's June list sent again without the boundary project (东镇 took the advice: it is 西镇's) — only its own
    东镇饲料 (600).

    After ``east_with_border`` and ``west_with_border`` (whose copy was set aside as 东镇's), a careful person
    still counts the boundary project once — now as 西镇's: 2,400 + 600 + 500 = 3,500 万元 — or says loudly that
    the county no longer counts it anywhere; never lets 2,400 万元 fall out of the county's figure without a word."""
    return _projects(folder / "东镇6月项目（更正）.xlsx", "东镇人民政府", [EAST_OWN])


def april_list(folder: Path) -> Path:
    """April's list (1-4月): 东塬 4,000 (入规 2019), 西岭 2,000, 东关粮油 1,400."""
    april: list[Firm] = [(*FIRMS[0][:6], 800, 4000, 3200), (*FIRMS[1][:6], 400, 2000, 1800),
                         (*FIRMS[2][:6], 350, 1400, 1300)]
    return _enterprises(folder, april, month=4)


def may_without_a(folder: Path) -> Path:
    """May's list without 东塬 (it dropped out in May: 停产): 西岭 2,500, 东关粮油 1,700."""
    may: list[Firm] = [(*FIRMS[1][:6], 500, 2500, 2300), (*FIRMS[2][:6], 300, 1700, 1700)]
    return _enterprises(folder, may, month=5)


# ---- 招商局's ledger ---------------------------------------------------------------------------------------------------

AHEAD = ["序号", "项目名称", "投资方", "产业链", "落户乡镇", "项目阶段", "签约日期", "落户日期", "开工日期", "总投资（万元）",
         "本年到位资金（万元）"]


def attraction_same_project_spelt_twice(folder: Path) -> Path:
    """招商局's June ledger where 东塬光伏组件（二期）项目 (row 4, 总投资 50,000, 到位 12,000) is listed again at the end
    as ``东塬光伏组件(二期)项目 `` (half-width brackets, a trailing space, the same figures: row 6), with 西岭砂石
    骨料项目 between.

    A careful person asks about row 6 naming row 4 — never 2 landed projects and 24,000 万元 到位资金."""
    wb, ws = _book("招商台账")
    _title(ws, "县招商局2026年1-6月招商引资项目台账", len(AHEAD))
    _put(ws, 2, 1, ["报送单位：县招商局", None, None, None, None, None, None, None, None, "截至2026年6月30日"])
    _put(ws, 3, 1, AHEAD)
    one = ["东塬光伏组件（二期）项目", "江苏某新能源集团", "光伏新能源", "东镇", "开工", D(2026, 1, 8), D(2026, 2, 20),
           D(2026, 4, 6), 50000, 12000]
    _put(ws, 4, 1, [1, *one])
    _put(ws, 5, 1, [2, "西岭砂石骨料项目", "陕西某建材公司", "新型建材", "西镇", "签约", D(2026, 5, 18), None, None,
                    8000, 0])
    _put(ws, 6, 1, [3, "东塬光伏组件(二期)项目 ", *one[1:]])
    _put(ws, 7, 1, ["填报人：冯涛", None, None, "审核：马军"])
    return _save(wb, folder / "招商局6月台账.xlsx")


def june_list(folder: Path) -> Path:
    """June's list as it should be: 东塬 6,000 (入规 2019), 西岭 3,000, 东关粮油 2,000 — 3 firms, 11,000 万元.

    After ``april_list`` and ``may_without_a`` (东塬 dropped out in May and is back in June under its own code and
    入规 2019) a careful person counts it once and not as new: 3 firms, 11,000 万元, 0 new above-scale firms."""
    return _enterprises(folder, FIRMS)
