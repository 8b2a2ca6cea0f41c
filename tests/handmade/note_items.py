"""Hand-made returns whose notes under the table run over several lines, one numbered item a line, each alone in the
first column (no merge): 注：1.本月新开工项目2个… then 2.丰源饲料项目计划12月竣工。 A reader takes every line as the
note's; the records are the three projects above the 合计 (hostile check F11, session 27: the second line was read as
a fourth project, refused for every blank column and counted against the 合计's 3个).

Made in 西镇's own layout (title, 填报单位 and 单位 lines, one-row header without 序号, the 合计 row naming its count,
notes, signatures), unlike the templates.  County: ``county_full`` (tests/conftest.py).  Each maker writes into
``folder`` and returns the path.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from tests.handmade.cells import book, put, save, title

D = dt.date

HEAD = ["项目代码", "项目名称", "所属乡镇", "建设性质", "是否技改项目", "是否倍增重点项目", "计划总投资\n（万元）",
        "年度计划投资\n（万元）", "是否开工", "开工日期", "是否纳统", "本月完成投资\n（万元）", "1-6月累计完成投资\n（万元）"]

#: rows 5, 6, 7; 计划总投资 28,000, 本月 1,050, 1-6月 7,700
ROWS: list[list[Any]] = [
    ["2503-610599-04-01-280601", "西镇酒业扩建项目", "西镇", "扩建", "否", "否", 3000, 1000, "是", D(2026, 3, 1), "是",
     100, 900],
    ["2503-610599-04-01-280602", "西镇丰源饲料项目", "西镇", "新建", "否", "是", 5000, 2000, "是", D(2026, 4, 1), "是",
     150, 1600],
    ["2503-610599-04-01-280603", "西镇新能光伏电站项目", "西镇", "新建", "否", "是", 20000, 6000, "是", D(2026, 5, 1),
     "是", 800, 5200],
]


def _ledger(folder: Path, name: str, notes: list[str], after: list[list[Any]] | None = None) -> Path:
    """The three projects, the 合计 (3个), a blank row, then ``notes`` one a row in column A, then ``after`` (rows
    written under the notes as they are), then the signatures."""
    wb, ws = book("6月")
    title(ws, "西镇2026年1-6月工业固定资产投资项目月报", len(HEAD))
    put(ws, 2, 1, ["填报单位：西镇人民政府"])
    put(ws, 3, 1, ["单位：万元"])
    put(ws, 4, 1, HEAD)
    for i, r in enumerate(ROWS):
        put(ws, 5 + i, 1, r)
    put(ws, 8, 1, ["合计", "3个", *[None] * 4, 28000, 9000, *[None] * 3, 1050, 7700])
    r = 10
    for line in [*notes]:
        put(ws, r, 1, [line])
        r += 1
    for row in after or []:
        put(ws, r, 1, row)
        r += 1
    put(ws, r, 1, ["填报人：宋某    联系电话：0913-6262397    审核人：张某"])
    return save(wb, folder / name)


def notes_numbered_with_points(folder: Path) -> Path:
    """注：1.本月新开工项目2个… (row 10) and 2.丰源饲料项目计划12月竣工。 (row 11): both notes; three projects."""
    return _ledger(folder, "西镇6月项目_notes_points.xlsx",
                   ["注：1.本月新开工项目2个，累计完成投资7,700万元；", "2.丰源饲料项目计划12月竣工。"])


def notes_numbered_every_way(folder: Path) -> Path:
    """注： on a line of its own, then （1）…, 2、…, ③… (rows 11–13): every line a note; three projects."""
    return _ledger(folder, "西镇6月项目_notes_every_way.xlsx",
                   ["注：", "（1）本月新开工项目2个；", "2、光伏电站项目并网推迟到8月；", "③酒业项目已完成设备采购。"])


def notes_then_a_project_written_under_them(folder: Path) -> Path:
    """Under 注：1.… a fourth project typed afterwards with all its cells (row 11): a record, its name and figures in
    cells of their own — read as one (four projects), never taken for the note's next line."""
    late = ["2503-610599-04-01-280604", "西镇包装材料项目", "西镇", "新建", "否", "否", 1200, 600, "是", D(2026, 6, 2),
            "是", 300, 300]
    return _ledger(folder, "西镇6月项目_project_under_notes.xlsx", ["注：1.本月新开工项目2个；"], after=[late])


def heading_under_a_note(folder: Path) -> Path:
    """No 建设性质 column: the rows are grouped under numbered headings — 1.新建项目 (row 5) over 酒业 and 饲料,
    注：以上项目均已入库 (row 8), 2.扩建项目 (row 9) over 光伏.  The heading under the note heads 光伏 (扩建); it
    is no sentence, so no note's next item (review, session 28: taken for one, 光伏 was stored as 新建)."""
    head = [h for h in HEAD if h != "建设性质"]
    wb, ws = book("6月")
    title(ws, "西镇2026年1-6月工业固定资产投资项目月报", len(head))
    put(ws, 2, 1, ["填报单位：西镇人民政府"])
    put(ws, 3, 1, ["单位：万元"])
    put(ws, 4, 1, head)
    rows = [r[:3] + r[4:] for r in ROWS]
    put(ws, 5, 1, ["1.新建项目"])
    put(ws, 6, 1, rows[0])
    put(ws, 7, 1, rows[1])
    put(ws, 8, 1, ["注：以上项目均已入库"])
    put(ws, 9, 1, ["2.扩建项目"])
    put(ws, 10, 1, rows[2])
    put(ws, 12, 1, ["填报人：宋某    联系电话：0913-6262397    审核人：张某"])
    return save(wb, folder / "西镇6月项目_heading_under_note.xlsx")
