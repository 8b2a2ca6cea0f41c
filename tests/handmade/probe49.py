"""Hand-made returns of the outside probe p49: the project return (固投/项目表) and the enterprise return (规上企业)
whose TABLE SHAPE is unlike the templates — two tables side by side (last month's kept beside June's, 续建 | 新建 with
no gap column), a table starting at E9 under a text box and a logo with blank columns between its data columns,
序号 on the right, a small return turned (projects across, items down), a long list printed with its header repeated
every 20 rows and a 本页小计 every page (names merged B:C), an Excel 分类汇总 outline (SUBTOTAL formulas, levels 1-3,
one group collapsed), a pivot table pasted as values, and a long 键值 list of three records one after another.

Made by an outsider who read DOMAIN.md and the README, not the reader.  Each maker writes into ``folder`` and returns
the path; its docstring says what a careful county statistician takes from the return.  County: ``county_full``
(tests/conftest.py: 东镇 / 东关镇, 西镇; 统计局 …); June 2026 (1-6月) unless said.
"""

from __future__ import annotations

import datetime as dt
import io
import struct
import zlib
from pathlib import Path
from typing import Any

import xlsxwriter
from openpyxl.styles import Alignment

from tests.handmade.cells import book as _book
from tests.handmade.cells import put as _put
from tests.handmade.cells import save as _save
from tests.handmade.cells import title as _title
from tests.handmade.layouts6 import pcode
from tests.scenarios import uscc

D = dt.date
LINE = "填报单位：东镇人民政府"
JUNE = "东镇2026年1-6月工业项目建设进展情况表"

#: 东镇's June projects (万元): code, name, 建设性质, 计划总投资, 纳统, 本月, 1-6月累计 — 3,000 + 1,200 + 800 = 5,000
P = [
    (pcode(490001), "东塬光伏支架生产线项目", "新建", 20000, "是", 600, 3000),
    (pcode(490002), "东关饲料车间技改项目", "改建和技术改造", 3000, "是", 200, 1200),
    (pcode(490003), "东镇包装材料扩能项目", "扩建", 5000, "否", 0, 800),
]
#: the same projects' May figures (1-5月累计): 2,400 + 1,000 + 800
MAY_CUM = [2400, 1000, 800]
HEAD6 = ["项目代码", "项目名称", "建设性质", "计划总投资", "是否入库纳统", "1-6月累计完成投资"]


# ---- two tables side by side ----------------------------------------------------------------------------------------

def fai_last_month_beside(folder: Path) -> Path:
    """东镇's June list in A–F (heading A3 ``本月（6月）``, header ``…｜1-6月累计完成投资``) and last month's table kept
    beside it in H–M (heading H3 ``上月（5月，留底）``, header ``…｜1-5月累计完成投资``: 2,400 / 1,000 / 800).

    A careful person stores June's three projects, 1-6月累计 3,000 + 1,200 + 800 = 5,000 万元 — never a May figure,
    never six rows."""
    wb, ws = _book("6月")
    _title(ws, JUNE, 13)
    _put(ws, 2, 1, [LINE])
    _put(ws, 2, 13, ["单位：万元"])
    ws["A3"], ws["H3"] = "本月（6月）", "上月（5月，留底）"
    _put(ws, 4, 1, HEAD6)
    _put(ws, 4, 8, [*HEAD6[:-1], "1-5月累计完成投资"])
    for i, ((code, name, nat, tot, ns, _, cum), may) in enumerate(zip(P, MAY_CUM, strict=True)):
        _put(ws, 5 + i, 1, [code, name, nat, tot, ns, cum])
        _put(ws, 5 + i, 8, [code, name, nat, tot, ns, may])
    _put(ws, 9, 1, ["填报人：刘敏", None, None, "联系电话：0913-3310049"])
    return _save(wb, folder / "东镇6月项目（含上月）.xlsx")


def fai_last_month_beside_same_header(folder: Path) -> Path:
    """As ``fai_last_month_beside`` but both blocks have the same header ``累计完成投资`` (the clerk copied the sheet's
    table to the right before typing June's figures on the left): only the headings A3 ``6月`` and H3 ``5月`` tell
    them apart; right block 2,400 / 1,000 / 800.

    A careful person stores June's 5,000 万元 (the left block, the heading 6月 and the title 1-6月) or asks which block
    is June's, naming H3 — never stores May's 2,400 / 1,000 for a project, never adds both blocks (10,200)."""
    wb, ws = _book("项目")
    _title(ws, JUNE, 13)
    _put(ws, 2, 1, [LINE])
    _put(ws, 2, 13, ["单位：万元"])
    ws["A3"], ws["H3"] = "6月", "5月"
    head = [*HEAD6[:-1], "累计完成投资"]
    _put(ws, 4, 1, head)
    _put(ws, 4, 8, head)
    for i, ((code, name, nat, tot, ns, _, cum), may) in enumerate(zip(P, MAY_CUM, strict=True)):
        _put(ws, 5 + i, 1, [code, name, nat, tot, ns, cum])
        _put(ws, 5 + i, 8, [code, name, nat, tot, ns, may])
    return _save(wb, folder / "东镇6月项目.xlsx")


def fai_continued_new_adjacent(folder: Path) -> Path:
    """东镇's June projects as 续建 (A–F, three projects P1–P3 3,000 / 1,200 / 800) and 新建 (G–L, one project
    2601-610599-04-01-490004 东镇冷链仓储项目 600 万元, 纳统 否) side by side with NO blank column between, each
    heading merged over its block (A3:F3 ``一、续建项目``, G3:L3 ``二、新建项目``), the right block one row shorter.

    A careful person stores four projects: 3,000 + 1,200 + 800 + 600 = 5,600 万元 (the 新建 one on row 5 of G–L)."""
    wb, ws = _book("项目")
    _title(ws, JUNE, 12)
    _put(ws, 2, 1, [LINE])
    _put(ws, 2, 12, ["单位：万元"])
    ws["A3"], ws["G3"] = "一、续建项目", "二、新建项目"
    ws.merge_cells("A3:F3")
    ws.merge_cells("G3:L3")
    _put(ws, 4, 1, HEAD6)
    _put(ws, 4, 7, HEAD6)
    for i, (code, name, nat, tot, ns, _, cum) in enumerate(P):
        _put(ws, 5 + i, 1, [code, name, nat, tot, ns, cum])
    _put(ws, 5, 7, [pcode(490004), "东镇冷链仓储项目", "新建", 4000, "否", 600])
    return _save(wb, folder / "东镇6月项目（续建新建）.xlsx")


# ---- far from A1, blank columns, 序号 on the right ---------------------------------------------------------------

def _png() -> bytes:
    """A 4×4 red PNG (a township's logo), written without Pillow."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + b"\xff\x00\x00" * 4 for _ in range(4))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 4, 4, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def fai_far_from_a1_under_a_text_box(folder: Path) -> Path:
    """东镇's June list (xlsxwriter) whose table starts at E9: a logo picture at A1 and a text box over B2:M6 reading
    ``东镇2026年1-6月工业项目建设进展情况表 / 填报单位：东镇人民政府　单位：万元`` (no cell above row 9 holds
    anything but E7 ``填报单位：东镇人民政府`` and P7 ``单位：万元``); the header E9:P9 has blank spacer columns G, I, L
    between data columns (序号 E, 项目代码 F, 项目名称 H, 建设性质 J, 计划总投资 K, 是否入库纳统 M, 本月完成投资 N,
    1-6月累计完成投资 O, 备注 P).  File ``东镇2026年6月项目进展.xlsx``.

    A careful person stores 2026-06, 东镇, three projects: 1-6月 3,000 + 1,200 + 800 = 5,000 万元, 本月 600 / 200 / 0,
    each on its Excel row 10-12."""
    path = folder / "东镇2026年6月项目进展.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("项目进展")
    ws.insert_image("A1", "logo.png", {"image_data": io.BytesIO(_png()), "x_scale": 8, "y_scale": 8})
    ws.insert_textbox("B2", "东镇2026年1-6月工业项目建设进展情况表\n填报单位：东镇人民政府　单位：万元",
                      {"width": 700, "height": 80, "font": {"bold": True, "size": 16}})
    ws.write("E7", LINE)
    ws.write("P7", "单位：万元")
    cols = {"E": "序号", "F": "项目代码", "H": "项目名称", "J": "建设性质", "K": "计划总投资", "M": "是否入库纳统",
            "N": "本月完成投资", "O": "1-6月累计完成投资", "P": "备注"}
    for letter, text in cols.items():
        ws.write(f"{letter}9", text)
    for i, (code, name, nat, tot, ns, mon, cum) in enumerate(P):
        r = 10 + i
        for letter, v in zip(("E", "F", "H", "J", "K", "M", "N", "O"), (i + 1, code, name, nat, tot, ns, mon, cum),
                             strict=True):
            ws.write(f"{letter}{r}", v)
    ws.write("E14", "填报人：刘敏")
    wb.close()
    return path


def fai_serial_on_the_right(folder: Path) -> Path:
    """东镇's June list whose row numbers are the LAST column (I ``序号`` 1, 2, 3): A 项目代码, B 项目名称, C 是否开工,
    D 建设性质, E 计划总投资, F 是否入库纳统, G 本月完成投资, H 1-6月累计完成投资.

    A careful person stores the three projects, 1-6月 3,000 + 1,200 + 800 = 5,000 万元, 本月 600 / 200 / 0 — the
    序号 1, 2, 3 never read as a figure."""
    return _serial_right(folder, merged=False)


def fai_serial_on_the_right_names_merged(folder: Path) -> Path:
    """东镇's June list whose row numbers are the LAST column (I ``序号`` 1, 2, 3) and whose project names are merged
    across B:C (header B3:C3 ``项目名称``, each name B:C); columns A 项目代码, D 建设性质, E 计划总投资, F 是否入库纳统,
    G 本月完成投资, H 1-6月累计完成投资.

    A careful person stores the three projects with their names, 1-6月 3,000 + 1,200 + 800 = 5,000 万元 — the
    序号 1, 2, 3 is never read as a figure (nor a project's name the empty C)."""
    return _serial_right(folder, merged=True)


def _serial_right(folder: Path, merged: bool) -> Path:
    wb, ws = _book("项目")
    _title(ws, JUNE, 9)
    _put(ws, 2, 1, [LINE])
    _put(ws, 2, 9, ["单位：万元"])
    _put(ws, 3, 1, ["项目代码", "项目名称", None if merged else "是否开工", "建设性质", "计划总投资", "是否入库纳统",
                    "本月完成投资", "1-6月累计完成投资", "序号"])
    if merged:
        ws.merge_cells("B3:C3")
    for i, (code, name, nat, tot, ns, mon, cum) in enumerate(P):
        r = 4 + i
        _put(ws, r, 1, [code, name, None if merged else "是", nat, tot, ns, mon, cum, i + 1])
        if merged:
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
    return _save(wb, folder / "东镇6月项目.xlsx")


# ---- turned: projects across, items down -------------------------------------------------------------------------

def fai_turned_projects_across(folder: Path) -> Path:
    """东镇's small June return drawn turned: A ``指标`` down the side (项目名称, 项目代码, 建设性质, 是否倍增重点项目,
    计划总投资, 是否开工, 开工时间, 是否入库纳统, 本月完成投资, 1-6月累计完成投资), B ``单位`` (万元 on the amounts),
    the three projects in C, D, E (header 项目一 | 项目二 | 项目三) and a ``合计`` column F summing the amounts.

    A careful person stores three projects (codes 490001-490003): 1-6月 3,000 + 1,200 + 800 = 5,000 万元, 计划总投资
    20,000 / 3,000 / 5,000 — the 合计 column (28,000; 5,000) is no project."""
    return _turned(folder, unit=True, total=True)


def fai_turned_with_a_unit_column(folder: Path) -> Path:
    """``fai_turned_projects_across`` without the 合计 column: A 指标, B 单位, the projects in C, D, E.

    A careful person stores the three projects, 1-6月 5,000 万元."""
    return _turned(folder, unit=True, total=False)


def fai_turned_with_a_total_column(folder: Path) -> Path:
    """``fai_turned_projects_across`` without the 单位 column: A 指标, the projects in B, C, D, ``合计`` in E.

    A careful person stores the three projects, 1-6月 5,000 万元; the 合计 column is no project."""
    return _turned(folder, unit=False, total=True)


def _turned(folder: Path, unit: bool, total: bool) -> Path:
    wb, ws = _book("项目")
    width = 4 + unit + total
    _title(ws, JUNE, width)
    _put(ws, 2, 1, [LINE])
    _put(ws, 2, width, ["单位：万元"])
    _put(ws, 3, 1, ["指标", *(["单位"] if unit else []), "项目一", "项目二", "项目三", *(["合计"] if total else [])])
    started = [("是", D(2026, 3, 2)), ("是", D(2026, 2, 20)), ("是", D(2026, 4, 8))]
    lines: list[tuple[str, str | None, list[Any], Any]] = [
        ("项目名称", None, [p[1] for p in P], None),
        ("项目代码", None, [p[0] for p in P], None),
        ("建设性质", None, [p[2] for p in P], None),
        ("是否倍增重点项目", None, ["是", "是", "否"], None),
        ("计划总投资", "万元", [p[3] for p in P], sum(p[3] for p in P)),
        ("是否开工", None, [s[0] for s in started], None),
        ("开工时间", None, [s[1] for s in started], None),
        ("是否入库纳统", None, [p[4] for p in P], None),
        ("本月完成投资", "万元", [p[5] for p in P], sum(p[5] for p in P)),
        ("1-6月累计完成投资", "万元", [p[6] for p in P], sum(p[6] for p in P)),
    ]
    for i, (label, u, vals, tot) in enumerate(lines):
        row = [label, *([u] if unit else []), *vals, *([tot] if total else [])]
        for c, v in enumerate(row, 1):
            if v is not None:
                ws.cell(4 + i, c, v)
                if isinstance(v, dt.date):
                    ws.cell(4 + i, c).number_format = "yyyy-mm-dd"
    return _save(wb, folder / "东镇6月项目.xlsx")


# ---- a long list printed in pages ---------------------------------------------------------------------------------

ENT_HEAD = ["序号", "企业名称", None, "统一社会信用代码", "所属乡镇", "行业代码", "是否战略性新兴产业", "本月工业总产值",
            "1-6月工业总产值", "上年同期工业总产值"]
#: 45 firms: (name, USCC, township, 本月, 1-6月, 上年同期); 1-6月 = 1,000 + 10 × i
FIRMS45 = [(f"测试{'东' if i % 3 else '西'}镇第{i:02d}号工业有限公司", uscc(4900 + i), "东镇" if i % 3 else "西镇",
            150 + i, 1000 + 10 * i, 900 + 10 * i) for i in range(1, 46)]


def ent_paged_header_repeated(folder: Path) -> Path:
    """``ent_paged_header_repeated_names_merged`` without the B:C merges (企业名称 in B, C ``备注`` left blank).

    A careful person stores 45 firms, 1-6月 55,350 万元, 上年同期 50,850; 东镇 30, 西镇 15."""
    return _paged(folder, merged=False)


def ent_paged_header_repeated_names_merged(folder: Path) -> Path:
    """统计局's June list of 45 firms printed as three pages: each page has the header (A:J, 企业名称 merged B:C,
    every name merged B:C), up to 20 firms and a ``本页小计`` row; the last page ends ``合计``.  Rows: header 3,
    firms 4-23, 本页小计 24, header 25, firms 26-45, 本页小计 46, header 47, firms 48-52, 本页小计 53, 合计 54.

    A careful person stores 45 firms, 1-6月 Σ(1,000 + 10i) = 55,350 万元, 上年同期 50,850; 东镇 30, 西镇 15 — no 小计
    nor header row as a firm, none counted twice."""
    return _paged(folder, merged=True)


def _paged(folder: Path, merged: bool) -> Path:
    head = ENT_HEAD if merged else [*ENT_HEAD[:2], "备注", *ENT_HEAD[3:]]
    wb, ws = _book("规上企业")
    _title(ws, "测试县2026年1-6月规模以上工业企业总产值完成情况", 10)
    _put(ws, 2, 1, ["填报单位：测试县统计局"])
    _put(ws, 2, 10, ["单位：万元"])
    r = 3
    for page in range(3):
        _put(ws, r, 1, head)
        if merged:
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
        r += 1
        firms = FIRMS45[page * 20:(page + 1) * 20]
        for n, (name, code, town, mon, cum, last) in enumerate(firms, page * 20 + 1):
            _put(ws, r, 1, [n, name, None, code, town, "C3042", "否", mon, cum, last])
            if merged:
                ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
            r += 1
        _put(ws, r, 1, ["本页小计", None, None, None, None, None, None, sum(f[3] for f in firms),
                        sum(f[4] for f in firms), sum(f[5] for f in firms)])
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
        r += 1
    _put(ws, r, 1, ["合计", None, None, None, None, None, None, sum(f[3] for f in FIRMS45),
                    sum(f[4] for f in FIRMS45), sum(f[5] for f in FIRMS45)])
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
    ws.cell(r, 1).alignment = Alignment(horizontal="center")
    return _save(wb, folder / "统计局2026年6月规上企业.xlsx")


# ---- Excel's 分类汇总 outline and a pivot table ------------------------------------------------------------------

#: (name, USCC, township, 本月, 1-6月, 上年同期): 东镇 3 firms 12,000 + 8,000 + 5,000; 西镇 2 firms 9,000 + 6,000
OUT = [("东镇光伏玻璃有限公司", uscc(4951), "东镇", 2000, 12000, 10000),
       ("东镇面业有限公司", uscc(4952), "东镇", 1300, 8000, 7500),
       ("东镇包装制品有限公司", uscc(4953), "东镇", 800, 5000, 5200),
       ("西镇水泥制品有限公司", uscc(4954), "西镇", 1500, 9000, 8000),
       ("西镇农机配件有限公司", uscc(4955), "西镇", 1000, 6000, 6600)]


def ent_subtotal_outline(folder: Path) -> Path:
    """统计局's June list after Excel's 数据 ▸ 分类汇总 by 所属乡镇 (xlsxwriter, results saved): rows 4-6 东镇's firms,
    row 7 ``东镇 汇总`` (D7) with ``=SUBTOTAL(9,G4:G6)`` …, rows 8-9 西镇's firms, row 10 ``西镇 汇总``, row 11 ``总计``
    with ``=SUBTOTAL(9,G4:G10)``; outline levels 1-3 (firms 3, 汇总 2, 总计 1), 西镇's group collapsed (rows 8-9 hidden
    by the outline).

    A careful person stores 5 firms: 东镇 25,000, 西镇 15,000 (1-6月, 40,000 万元), 上年同期 37,300 — the 汇总 and 总计
    rows are Excel's, never a firm; the collapsed rows are data (README: 分级显示隐藏的照读)."""
    return _outline(folder, off=0)


def ent_subtotal_outline_one_off(folder: Path) -> Path:
    """``ent_subtotal_outline`` whose ``东镇 汇总`` 1-6月 (G7) says 26,000 (the clerk typed over the SUBTOTAL after
    changing a firm): 东镇's firms add up to 25,000.

    A careful person stores the 5 firms as they are (40,000 万元) and says G7 is 1,000 off 东镇's rows 4-6."""
    return _outline(folder, off=1000)


def _outline(folder: Path, off: int) -> Path:
    path = folder / "统计局2026年6月规上企业（分类汇总）.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    wb.calc_on_load = False  # as Excel saves it: the results are the sheet's, nothing to recalculate on opening
    ws = wb.add_worksheet("规上企业")
    head = ["企业名称", "统一社会信用代码", "行业代码", "所属乡镇", "本月工业总产值", "是否战新", "1-6月工业总产值",
            "上年同期工业总产值"]
    ws.merge_range(0, 0, 0, len(head) - 1, "测试县2026年1-6月规模以上工业企业生产情况")
    ws.write(1, 0, "填报单位：测试县统计局")
    ws.write(1, len(head) - 1, "单位：万元")
    ws.write_row(2, 0, head)
    r = 3
    for town in ("东镇", "西镇"):
        firms = [f for f in OUT if f[2] == town]
        first = r
        for name, code, tw, mon, cum, last in firms:
            ws.set_row(r, None, None, {"level": 2, "hidden": town == "西镇"})
            ws.write_row(r, 0, [name, code, "C3042", tw, mon, "否", cum, last])
            r += 1
        ws.set_row(r, None, None, {"level": 1, "collapsed": town == "西镇"})
        ws.write(r, 3, f"{town} 汇总")
        for c, k in ((4, 3), (6, 4), (7, 5)):
            col = "ABCDEFGH"[c]
            said = sum(int(f[k]) for f in firms) + (off if town == "东镇" and c == 6 else 0)
            ws.write_formula(r, c, f"=SUBTOTAL(9,{col}{first + 1}:{col}{r})", None, said)
        r += 1
    ws.write(r, 3, "总计")
    for c, k in ((4, 3), (6, 4), (7, 5)):
        col = "ABCDEFGH"[c]
        ws.write_formula(r, c, f"=SUBTOTAL(9,{col}4:{col}{r})", None, sum(int(f[k]) for f in OUT))
    ws.outline_settings(True, False, True, False)
    wb.close()
    return path


def ent_pivot_pasted(folder: Path) -> Path:
    """统计局's June figures as a pivot table (数据透视表, 表格形式, 不重复项目标签) pasted as values: A1 ``报告期`` B1
    ``2026年1-6月`` (the report filter), header row 3 ``所属乡镇 | 统一社会信用代码 | 企业名称 | 求和项:本月工业总产值
    | 求和项:1-6月工业总产值 | 求和项:上年同期工业总产值``; 所属乡镇 written only on each group's first row (东镇 A4,
    西镇 A8), a ``东镇 汇总`` row 7 and ``西镇 汇总`` row 10, ``总计`` row 11. File ``统计局6月规上企业透视表.xlsx``.

    A careful person stores 5 firms each on its township (the blank A5, A6, A9 are the township above): 东镇 25,000,
    西镇 15,000 (40,000 万元), 上年同期 37,300 — or asks for the missing columns; never a firm on no township, never
    a 汇总 row as a firm."""
    return _pivot(folder, first_blank=False)


def ent_pivot_first_row_blank(folder: Path) -> Path:
    """``ent_pivot_pasted`` whose first firm (row 4) has no 所属乡镇 either: a blank with no group name above it, so
    the blanks of the column are not all a pivot's.

    A careful person guesses no township: the blank cells (A4, A5, A6, A9) are asked, nothing is stored."""
    return _pivot(folder, first_blank=True)


def _pivot(folder: Path, first_blank: bool) -> Path:
    wb, ws = _book("Sheet2")
    _put(ws, 1, 1, ["报告期", "2026年1-6月"])
    _put(ws, 3, 1, ["所属乡镇", "统一社会信用代码", "企业名称", "求和项:本月工业总产值", "求和项:1-6月工业总产值",
                    "求和项:上年同期工业总产值"])
    r = 4
    for town in ("东镇", "西镇"):
        firms = [f for f in OUT if f[2] == town]
        for k, (name, code, _, mon, cum, last) in enumerate(firms):
            _put(ws, r, 1, [town if k == 0 and not (first_blank and r == 4) else None, code, name, mon, cum, last])
            r += 1
        _put(ws, r, 1, [f"{town} 汇总", None, None, sum(f[3] for f in firms), sum(f[4] for f in firms),
                        sum(f[5] for f in firms)])
        r += 1
    _put(ws, r, 1, ["总计", None, None, sum(f[3] for f in OUT), sum(f[4] for f in OUT), sum(f[5] for f in OUT)])
    return _save(wb, folder / "统计局6月规上企业透视表.xlsx")


# ---- a long 键值 list of three records ------------------------------------------------------------------------------

def fai_key_value_three_in_a_row(folder: Path) -> Path:
    """东镇's June return as one long two-column list (A ``项目`` | B ``内容``) holding three projects one after
    another with no heading or blank row between them: 项目名称, 项目代码, 建设性质, 计划总投资, 是否开工, 开工时间,
    是否入库纳统, 本月完成投资, 1-6月累计完成投资, then 项目名称 again (rows 4-12, 13-21, 22-30).

    A careful person stores three projects: 1-6月 3,000 + 1,200 + 800 = 5,000 万元, 本月 600 / 200 / 0."""
    wb, ws = _book("项目")
    _title(ws, JUNE, 2)
    _put(ws, 2, 1, [LINE, "单位：万元"])
    _put(ws, 3, 1, ["项目", "内容"])
    r = 4
    starts = [D(2026, 3, 2), D(2026, 2, 20), D(2026, 4, 8)]
    for (code, name, nat, tot, ns, mon, cum), start in zip(P, starts, strict=True):
        for label, v in (("项目名称", name), ("项目代码", code), ("建设性质", nat), ("计划总投资", tot),
                         ("是否开工", "是"), ("开工时间", start), ("是否入库纳统", ns), ("本月完成投资", mon),
                         ("1-6月累计完成投资", cum)):
            _put(ws, r, 1, [label, v])
            if isinstance(v, dt.date):
                ws.cell(r, 2).number_format = "yyyy-mm-dd"
            r += 1
    return _save(wb, folder / "东镇6月项目.xlsx")


def ent_key_value_three_in_a_row(folder: Path) -> Path:
    """统计局's June figures of three firms as one long list (A ``指标`` | B ``数值``), one firm after another with no
    blank row: 企业名称, 统一社会信用代码, 所属乡镇, 行业代码, 是否战新, 本月工业总产值, 1-6月工业总产值, 上年同期工业总产值
    (rows 4-11, 12-19, 20-27); title ``测试县2026年1-6月规上工业企业生产情况``, ``单位：万元``.

    A careful person stores the first three firms of ``OUT``: 东镇 12,000 + 8,000, … 5,000 (25,000 万元), 上年同期
    22,700."""
    wb, ws = _book("规上企业")
    _title(ws, "测试县2026年1-6月规上工业企业生产情况", 2)
    _put(ws, 2, 1, ["填报单位：测试县统计局", "单位：万元"])
    _put(ws, 3, 1, ["指标", "数值"])
    r = 4
    for name, code, town, mon, cum, last in OUT[:3]:
        for label, v in (("企业名称", name), ("统一社会信用代码", code), ("所属乡镇", town), ("行业代码", "C3042"),
                         ("是否战新", "否"), ("本月工业总产值", mon), ("1-6月工业总产值", cum),
                         ("上年同期工业总产值", last)):
            _put(ws, r, 1, [label, v])
            r += 1
    return _save(wb, folder / "统计局6月规上企业.xlsx")



def fai_turned_plain(folder: Path) -> Path:
    """``fai_turned_projects_across`` at its plainest: A ``项目`` down the side, the three projects in B, C, D (header
    ``项目一 | 项目二 | 项目三``), no 单位 column, no 合计 column.

    A careful person stores three projects: 1-6月 3,000 + 1,200 + 800 = 5,000 万元."""
    wb, ws = _book("项目")
    _title(ws, JUNE, 4)
    _put(ws, 2, 1, [LINE, None, None, "单位：万元"])
    _put(ws, 3, 1, ["项目", "项目一", "项目二", "项目三"])
    for i, (label, k) in enumerate((("项目名称", 1), ("项目代码", 0), ("建设性质", 2), ("计划总投资", 3),
                                    ("是否入库纳统", 4), ("本月完成投资", 5), ("1-6月累计完成投资", 6))):
        _put(ws, 4 + i, 1, [label, *[p[k] for p in P]])
    return _save(wb, folder / "东镇6月项目.xlsx")


def fai_two_townships_side_by_side(folder: Path) -> Path:
    """东镇's file (填报单位：东镇人民政府) holding two blocks side by side with no 所属乡镇 column: A3 ``东镇`` over
    A–F (P1–P3: 3,000 / 1,200 / 800) and H3 ``西镇`` over H–M (西镇's two projects 490011 2,000 and 490012 500) — the
    clerk compiled the neighbour's list for the 片区 meeting and left it on the sheet.

    A careful person stores 东镇's three projects on 东镇 (5,000 万元) and either 西镇's two on 西镇 or asks about them
    — never 西镇's 2,500 万元 counted as 东镇's (7,500)."""
    wb, ws = _book("项目")
    _title(ws, "2026年1-6月工业项目建设进展情况表", 13)
    _put(ws, 2, 1, [LINE])
    _put(ws, 2, 13, ["单位：万元"])
    ws["A3"], ws["H3"] = "东镇", "西镇"
    _put(ws, 4, 1, HEAD6)
    _put(ws, 4, 8, HEAD6)
    for i, (code, name, nat, tot, ns, _, cum) in enumerate(P):
        _put(ws, 5 + i, 1, [code, name, nat, tot, ns, cum])
    _put(ws, 5, 8, [pcode(490011), "西岭石材加工项目", "新建", 8000, "是", 2000])
    _put(ws, 6, 8, [pcode(490012), "西岭砖厂隧道窑改造项目", "改建和技术改造", 1500, "是", 500])
    return _save(wb, folder / "东镇6月项目.xlsx")


#: 计划总投资 in 亿元 of ``fai_unit_only_in_the_text_box``
BIG = [2, 1.5, 5]


def fai_unit_only_in_the_text_box(folder: Path) -> Path:
    """``fai_far_from_a1_under_a_text_box`` whose unit is said ONLY in the text box (``单位：亿元``; no 单位 cell) and
    whose amounts are in 亿元: 计划总投资 2 / 1.5 / 5 (every one at least 1, as a 万元 figure may be), 本月
    0.06 / 0.02 / 0, 1-6月累计 0.3 / 0.12 / 0.08.

    A careful person reads the text box: 3,000 + 1,200 + 800 = 5,000 万元 — or asks for the unit; never stores
    0.3 / 0.12 / 0.08 万元 (a ten-thousandth) silently."""
    path = folder / "东镇2026年6月项目进展.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("项目进展")
    ws.insert_textbox("B2", "东镇2026年1-6月工业项目建设进展情况表\n填报单位：东镇人民政府　单位：亿元",
                      {"width": 700, "height": 80, "font": {"bold": True, "size": 16}})
    head = ["序号", "项目代码", "项目名称", "建设性质", "计划总投资", "是否入库纳统", "本月完成投资", "1-6月累计完成投资"]
    ws.write_row(8, 4, head)
    for i, (code, name, nat, _, ns, mon, cum) in enumerate(P):
        ws.write_row(9 + i, 4, [i + 1, code, name, nat, BIG[i], ns, mon / 10000, cum / 10000])
    wb.close()
    return path


def fai_unit_in_a_text_box_over_the_table(folder: Path) -> Path:
    """东镇's June list typed in cells (A1 title, A2 填报单位, header row 3, projects rows 4-6) in 亿元 with NO 单位
    line: the unit is said only by a text box anchored at I5, beside the figures (``单位：亿元``), where no line
    above the table could hold it.

    A careful person reads 亿元 or asks about the text box — never stores 计划总投资 2 / 1.5 / 5 万元."""
    path = folder / "东镇2026年6月项目.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("项目")
    ws.write(0, 0, JUNE)
    ws.write(1, 0, LINE)
    ws.write_row(2, 0, ["项目代码", "项目名称", "建设性质", "计划总投资", "是否入库纳统", "本月完成投资",
                        "1-6月累计完成投资"])
    for i, (code, name, nat, _, ns, mon, cum) in enumerate(P):
        ws.write_row(3 + i, 0, [code, name, nat, BIG[i], ns, mon / 10000, cum / 10000])
    ws.insert_textbox("I5", "单位：亿元", {"width": 120, "height": 30})
    wb.close()
    return path
