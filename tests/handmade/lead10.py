"""Hand-made returns of the lead's session 10: a return kept as a sheet per township whose second sheet hides a
row by hand (an enterprise that closed, hidden rather than deleted)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from openpyxl.styles import Font

from tests.handmade.cells import put
from tests.scenarios import uscc


def ent_a_sheet_per_township_a_row_hidden_on_the_second(folder: Path, struck: bool = False) -> Path:
    """统计局's enterprise return as a sheet per township (「东镇」 2 enterprises, 「西镇」 3); on 「西镇」 the clerk
    hid row 4 (西镇企业2, 1-6月 9,000: it closed in May) — or, ``struck``, drew a line through it instead.

    A reader of what is shown (or printed) takes 4 enterprises: 东镇 10,000 + 20,000, 西镇 15,000 + 25,000 =
    70,000 万元 (7 亿元); the hidden or struck 9,000 is not counted, and a warning names 「西镇」 row 4.
    """
    wb = openpyxl.Workbook()
    towns = {"东镇": [("东镇企业1有限公司", uscc(960), 10000), ("东镇企业2有限公司", uscc(961), 20000)],
             "西镇": [("西镇企业1有限公司", uscc(962), 15000), ("西镇企业2有限公司", uscc(963), 9000),
                     ("西镇企业3有限公司", uscc(964), 25000)]}
    for i, (town, items) in enumerate(towns.items()):
        ws = wb.active if i == 0 else wb.create_sheet()
        ws.title = town
        put(ws, 1, 1, [f"{town}2026年1-6月规上工业企业产值"])
        put(ws, 2, 1, ["企业名称", "统一社会信用代码", "行业代码", "是否战新", "1-6月累计产值（万元）"])
        for r, (name, code, fig) in enumerate(items, 3):
            put(ws, r, 1, [name, code, "3021", "否", fig])
        if town == "西镇":
            if struck:
                for c in range(1, 6):
                    ws.cell(4, c).font = Font(strike=True)
            else:
                ws.row_dimensions[4].hidden = True
    path = folder / "统计局2026年6月规上企业分乡镇（隐藏）.xlsx"
    wb.save(path)
    return path


def ent_continued_with_a_row_hidden_on_the_xubiao(folder: Path) -> Path:
    """Round 9's table continued on 「续表」 (fresh9.ent_continued_on_a_second_sheet), where the clerk then hid 续表's
    row 4 (东镇风电设备, 1-6月 6,000) rather than delete it.

    A reader of what is shown takes 4 enterprises, 1-6月 104,000 万元; a warning names 「续表」 row 4.
    """
    from tests.handmade.fresh9 import ent_continued_on_a_second_sheet

    path = ent_continued_on_a_second_sheet(folder)
    wb = openpyxl.load_workbook(path)
    wb["续表"].row_dimensions[4].hidden = True
    wb.save(path)
    return path
