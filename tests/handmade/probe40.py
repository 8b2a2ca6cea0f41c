"""Hand-made returns of the outside probe p40 (the files a county statistician edits by hand): one township project
list whose two amount columns are a 表头对照 tie, so that ``beizeng map`` stores an answer in ``表头对照.toml`` which
the tests then edit by hand the way a statistician does in Notepad.

Made by an outsider who read DOMAIN.md and the README, not the reader.  County: ``county_full`` (tests/conftest.py).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from tests.handmade import probe26b as b
from tests.handmade.cells import book as _book
from tests.handmade.cells import put as _put
from tests.handmade.cells import title as _title

D = dt.date
HEAD = ["序号", "项目代码", "项目名称", "建设性质", "是否技改", "是否倍增重点项目", "计划总投资", "是否开工",
        "开工时间", "是否入库纳统", "完成投资", "完成投资额"]
#: (code, name, nature, 技改, 重点, 总投资, 开工, 开工时间, 纳统, 本月 K, 1-N月累计 L)
ROWS: list[list[Any]] = [
    ["2603-610599-04-01-400001", "东塬光伏支架生产线项目", "新建", "否", "是", 20000, "是", D(2026, 3, 2), "是", 500, 3000],
    ["2603-610599-07-02-400002", "东关饲料车间技改项目", "改建和技术改造", "是", "是", 3000, "是", D(2026, 3, 20), "是",
     200, 1200],
    ["2604-610599-04-01-400003", "东镇包装材料扩能项目", "扩建", "否", "否", 5000, "是", D(2026, 4, 8), "是", 100, 800],
]


def tie(folder: Path, month: int = 6, name: str = "东镇项目进展.xlsx", town: str = "东镇") -> Path:
    """东镇's list for 1-``month``月 with K ``完成投资`` (this month: 500, 200, 100) and L ``完成投资额`` (the year so far:
    3,000, 1,200, 800), neither header saying which.  Answered once (L = 累计, K = 本月), the same header next month is
    read without asking: 5,000 万元 to date, 800 this month."""
    wb, ws = _book("项目")
    _title(ws, f"{town}2026年1-{month}月工业项目建设进展情况表", len(HEAD))
    _put(ws, 2, 1, [f"填报单位：{town}人民政府", *[None] * (len(HEAD) - 2), "单位：万元"])
    _put(ws, 3, 1, HEAD)
    for i, r in enumerate(ROWS, 1):
        _put(ws, 3 + i, 1, [i, *r])
    return b._save(wb, folder / name)
