"""Hand-made returns of the outside probe p31: names that fight the rules — a county whose own name holds 镇 (镇安县)
and townships whose names hold 镇/乡/县/区/村 or another's name: 镇安镇 (the county's name and a township's start
alike), 新乡镇 (and 城关镇's village 新乡村), 城关镇 and 城关街道 both, 东乡族乡, 乡宁镇, 三镇乡, 镇东街道, 县城街道, a
zone 镇安工业园区 named like a township, and the department 工信局 configured as 镇安县工信局 or plain.

Made by an outsider who read DOMAIN.md and the README, not the reader.  Each maker writes into ``folder`` and returns
the path; its docstring says what a careful county statistician takes from the return.  County: ``write_zhenan_config``
(镇安县 of 商洛市); period June 2026.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl

from tests.handmade.cells import book as _book
from tests.handmade.cells import put as _put
from tests.handmade.cells import title as _title
from tests.scenarios import uscc

D = dt.date
U = {n: uscc(n) for n in range(3100, 3130)}

TOWNSHIPS = ["镇安镇", "新乡镇", "城关镇", "城关街道", "东乡族乡", "乡宁镇", "三镇乡", "镇东街道", "县城街道", "镇安工业园区"]


def write_zhenan_config(root: Path, industry_bureau: str = "工信局") -> Path:
    """镇安县 (商洛市) with the ten townships of ``TOWNSHIPS`` and three departments: 统计局, ``industry_bureau``
    (工信局, or 镇安县工信局 as some counties write it in beizeng.toml) and 发改局."""
    root.mkdir(parents=True, exist_ok=True)
    towns = "".join(f'[[townships]]\nname = "{n}"\n\n' for n in TOWNSHIPS)
    text = f"""[county]
name = "镇安县"
code = "611025"

[city]
name = "商洛市"
counties = ["商州区", "洛南县", "丹凤县", "商南县", "山阳县", "镇安县", "柞水县"]

{towns}[[departments]]
name = "统计局"
forms = ["enterprise_output", "city_comparison"]

[[departments]]
name = "{industry_bureau}"
forms = ["targets", "cultivation", "progress_notes"]
"""
    path = root / "beizeng.toml"
    path.write_text(text, encoding="utf-8")
    return path


def _save(wb: openpyxl.Workbook, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path


# ---- a township's own project list (no 所属乡镇 column: the sender is the township) --------------------------------

PROJ = ["序号", "项目代码", "项目名称", "建设性质", "是否技改", "是否倍增重点项目", "计划总投资", "年度计划投资",
        "是否开工", "开工时间", "是否入库纳统", "当月完成投资", "自年初累计完成投资"]
#: two projects (万元): 1-6月 3,000 + 1,200 = 4,200
ROWS: list[list[Any]] = [
    ["2603-611025-04-01-310001", "塬上光伏支架生产线项目", "新建", "否", "是", 20000, 8000, "是", D(2026, 3, 2), "是",
     600, 3000],
    ["2602-611025-07-02-310002", "饲料车间技改项目", "改建和技术改造", "是", "是", 3000, 1500, "是", D(2026, 2, 20),
     "是", 200, 1200],
]
#: the same two projects under other codes, for a second township's return beside the first
ROWS_OTHER: list[list[Any]] = [[r[0][:-2] + "99", *r[1:]] for r in ROWS]
JUNE = "2026年1-6月工业项目建设进展情况表"


def projects(folder: Path, file: str, title: str, line: str | None, sheet: str = "项目",
             head: list[str] = PROJ, rows: list[list[Any]] = ROWS) -> Path:
    """A township's June project list: title (merged), the 填报单位 line (None: no such line), 单位：万元 at the right,
    the clerk's own header, two projects, a signature footer."""
    wb, ws = _book(sheet)
    _title(ws, title, len(head))
    if line is not None:
        _put(ws, 2, 1, [line])
    _put(ws, 2, len(head), ["单位：万元"])
    _put(ws, 3, 1, head)
    for i, r in enumerate(rows, 1):
        _put(ws, 3 + i, 1, [i, *r])
    _put(ws, 4 + len(rows), 1, ["填报人：刘敏", None, None, None, "审核人：陈军", None, None, None, "联系电话：0914-4310001"])
    return _save(wb, folder / file)


#: (what the 填报单位 line says, the title, the file name, the township a careful reader stores it under)
CLEAR: list[tuple[str, str, str, str]] = [
    ("填报单位：商洛市镇安县镇安镇人民政府", f"镇安县镇安镇{JUNE}", "镇安县镇安镇6月项目.xlsx", "镇安镇"),
    ("填报单位（盖章）：镇安镇东村村民委员会", f"镇安镇东村{JUNE}", "镇安镇东村6月项目.xlsx", "镇安镇"),
    ("填报单位：城关镇人民政府", f"城关镇新乡村{JUNE}", "新乡村6月项目.xlsx", "城关镇"),
    ("填报单位：城关街道办事处", f"镇安县城关街道{JUNE}", "城关街道6月项目.xlsx", "城关街道"),
    ("填报单位：城关办", f"城关办{JUNE}", "城关办6月项目.xlsx", "城关街道"),
    ("填报单位：镇安县县城街道办事处", f"县城街道{JUNE}", "县城街道6月项目.xlsx", "县城街道"),
    ("填报单位：镇安县城街道办事处", f"镇安县城街道{JUNE}", "6月项目.xlsx", "县城街道"),
    ("填报单位：东乡族乡人民政府", f"东乡族乡{JUNE}", "东乡6月项目.xlsx", "东乡族乡"),
    ("填报单位：三镇乡镇东村", f"三镇乡{JUNE}", "三镇乡6月项目.xlsx", "三镇乡"),
    ("填报单位：乡宁镇", f"镇安县乡宁镇{JUNE}", "乡宁镇6月项目.xlsx", "乡宁镇"),
    ("填报单位：镇东街道办事处", f"镇东街道{JUNE}", "镇东街道6月.xlsx", "镇东街道"),
    ("填报单位：新乡镇", f"新乡镇{JUNE}", "新乡镇6月项目.xlsx", "新乡镇"),
    ("填报单位：镇安工业园区管委会", f"镇安工业园区{JUNE}", "园区6月项目.xlsx", "镇安工业园区"),
]


# ---- the industry bureau's targets --------------------------------------------------------------------------------

TARGET_HEAD = ["序号", "指标名称", "单位", "年度目标"]
#: 规上工业总产值 280 亿元, 规上工业增加值增速 8 %
TARGET_ROWS: list[list[Any]] = [["规上工业总产值", "亿元", 280], ["规上工业增加值增速", "%", 8]]


def targets(folder: Path, line: str | None, file: str = "工信局2026年目标任务.xlsx",
            title: str = "镇安县2026年工业倍增计划目标任务表") -> Path:
    """The industry bureau's 2026 targets (280 亿元 output, 8 % value-added growth) under ``line``."""
    wb, ws = _book("目标任务")
    _title(ws, title, len(TARGET_HEAD))
    if line is not None:
        _put(ws, 2, 1, [line])
    _put(ws, 3, 1, TARGET_HEAD)
    for i, r in enumerate(TARGET_ROWS, 1):
        _put(ws, 3 + i, 1, [i, *r])
    return _save(wb, folder / file)


# ---- the statistics bureau's enterprise list: 所属乡镇 as its clerk types it ----------------------------------------

ENT = ["序号", "单位详细名称", "统一社会信用代码", "所属乡镇", "行业代码", "是否战略性新兴产业", "入规时间",
       "本月工业总产值", "1-6月工业总产值", "上年同期工业总产值", "1-6月营业收入"]
Firm = tuple[str, str, str, str, int]


def ent_list(folder: Path, firms: list[Firm], file: str = "统计局2026年6月规上企业.xlsx") -> Path:
    """统计局's June list of above-scale firms: (name, USCC, 所属乡镇 as typed, the township meant, 1-6月 万元)."""
    wb, ws = _book("规上企业")
    _title(ws, "镇安县2026年1-6月规模以上工业企业总产值完成情况", len(ENT))
    _put(ws, 2, 1, ["填报单位：镇安县统计局"])
    _put(ws, 2, len(ENT), ["单位：万元"])
    _put(ws, 3, 1, ENT)
    for i, (name, code, town, _, cum) in enumerate(firms, 1):
        _put(ws, 3 + i, 1, [i, name, code, town, "1371", "否", "2019-06", cum // 6, cum, round(cum * 0.9),
                            round(cum * 1.05)])
    return _save(wb, folder / file)
