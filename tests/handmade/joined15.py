"""A return joined from sheets each typed in its own unit, with a slip on the sheet NOT in the return's first
unit: the question about that row must quote its figures in the unit its own sheet was typed in."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from tests.handmade.fresh12 import ENT_HEAD, FIVE, _put, _title


def ent_sheets_slip_on_the_yi_sheet(folder: Path) -> Path:
    """统计局's list, a sheet per township: 「东镇」 in 万元 (东方光伏 本月 5,000 | 1-6月 30,000; 东关饲料 3,300 | 20,000),
    「西镇」 in 亿元 copied from 西镇's own file, where 西镇矿业's 本月 and 1-6月 were typed the wrong way round
    (本月 0.4000, 1-6月 0.0700 亿元).  A reader sees on 西镇's sheet: 1-6月 0.07 is less than 本月 0.4 (亿元)."""
    head = [h for h in ENT_HEAD if h != "所在乡镇"]
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for town, firms, k in (("东镇", [FIVE[0], FIVE[1]], 1), ("西镇", [FIVE[2], FIVE[3]], 10000)):
        ws = wb.create_sheet(town)
        _title(ws, f"{town}2026年1-6月规上工业企业产值", len(head))
        _put(ws, 2, 1, ["填报单位：县统计局", None, None, None, None, None, None, None, None,
                        "单位：亿元" if k > 1 else "单位：万元"])
        _put(ws, 3, 1, head)
        for r, f in enumerate(firms, 4):
            figures = [v / k for v in f[7:11]]
            if f[0] == "西镇矿业":
                figures[0], figures[1] = figures[1], figures[0]  # 本月 0.4, 1-6月 0.07
            _put(ws, r, 1, [r - 3, f[1], f[2], *f[4:7], *figures])
    path = folder / "统计局6月规上企业（分乡镇）.xlsx"
    wb.save(path)
    return path
