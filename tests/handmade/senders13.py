"""Hand-made project returns whose 填报单位 line and file name may not agree (a reviewer's case: a 元坝镇 form saved
under 东镇's file name).  Typed by a township clerk: a title, a 填报单位 line, a plain header, three rows, a footer."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook

_HEADER = ["序号", "项目代码", "项目名称", "建设性质", "是否技改", "计划总投资", "是否开工", "开工日期", "是否纳统", "本月完成投资",
           "1-6月累计完成投资"]
_ROWS = [[1, "2614-610599-04-01-000001", "东镇光伏组件扩产项目", "新建", "否", 5000, "是", dt.datetime(2026, 3, 15), "是", 120, 800],
         [2, "2614-610599-04-01-000002", "东镇饲料生产线技改项目", "改扩建", "是", 3000, "是", dt.datetime(2026, 4, 2), "是", 85.5, 300]]


def _project_return(folder: Path, sender_line: str, sheet: str = "Sheet1") -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws.append(["2026年1-6月工业固定资产投资项目进展情况"])
    ws.append([sender_line, None, None, None, None, None, None, None, "单位：万元"])
    ws.append(_HEADER)
    for row in _ROWS:
        ws.append(row)
    ws.append(["填表人：李华", None, None, None, "审核人：王强"])
    path = folder / "东镇6月工业投资.xlsx"
    wb.save(path)
    return path


def another_township_on_the_line(folder: Path) -> Path:
    """填报单位：元坝镇人民政府 (not one of the county's townships) in a file named 东镇…: a person cannot tell whose
    return it is (东镇's clerk reusing a neighbour's sheet, or 元坝镇's return sent to the wrong county) and asks;
    nothing is stored."""
    return _project_return(folder, "填报单位：元坝镇人民政府", sheet="项目(元坝镇)")


def own_office_on_the_line(folder: Path) -> Path:
    """填报单位：本镇经济发展办公室 in a file named 东镇…: 本镇 names no other unit; a person reads 东镇's two projects
    (800 + 300 = 1,100 万元 cumulative)."""
    return _project_return(folder, "填报单位：本镇经济发展办公室")


def county_name_on_the_line(folder: Path) -> Path:
    """填报单位：测试县 in a file named 东镇…: the county's own name says where, not who; a person reads 东镇's two
    projects (1,100 万元 cumulative)."""
    return _project_return(folder, "填报单位：测试县")
