"""Hand-made returns of the outside probe p29: what a township clerk sends from a PHONE to the 报送平台 — a return with a
dozen things wrong (amounts typed in words, dates that are not dates, flags in sentences) under a long file name with
long project names, a wide return with the town's own extra columns, and a workbook too big to send (the photos of
the sites pasted into it).

Same conventions as probe22.py / web20.py: each maker writes into ``folder`` and returns the path; its docstring says
what a person reading the return takes from it.  County: tests/scenarios_more.write_full_config (东镇 = 东关镇, 西镇);
period June 2026.
"""

from __future__ import annotations

import datetime as dt
import os
import zipfile
from pathlib import Path
from typing import Any

from openpyxl.styles import Alignment, Font

from tests.handmade.cells import book as _book
from tests.handmade.cells import put as _put
from tests.handmade.cells import save as _save
from tests.handmade.cells import title as _title

D = dt.date
HEAD = ["序号", "项目代码", "项目名称", "建设性质", "是否技改", "是否重点项目", "计划总投资", "年度计划投资", "是否开工",
        "开工日期", "是否纳统", "本月完成投资", "1-6月累计完成投资"]

#: The file name the clerk's phone gives the return after WeChat passed it on twice.
LONG_NAME = "东关镇2026年1-6月份工业固定资产投资项目进展情况统计表（第三次修改稿，请县工信局王科长审核）.xlsx"

#: Twelve projects, each with one thing a reader cannot take: (name, 1-6月累计 as typed, 开工日期 as typed, 纳统 as typed).
MANY: list[tuple[str, Any, Any, Any]] = [
    ("东关镇甲陶瓷窑炉节能改造暨余热回收综合利用项目（一期）", "约八百万", D(2026, 3, 10), "是"),
    ("东关镇乙农产品冷链物流仓储配送中心建设项目", "一千二百", D(2026, 4, 1), "是"),
    ("东关镇丙包装材料扩能及智能化生产线改造项目", "待核实", D(2026, 2, 1), "是"),
    ("东关镇丁厂房屋顶分布式光伏发电项目", "见附件", D(2026, 2, 15), "是"),
    ("东关镇戊新型建材（装配式构件）生产基地项目", "300万元左右", D(2026, 1, 20), "是"),
    ("东关镇己精细化工中间体绿色化改造项目", "企业未报", D(2026, 5, 5), "是"),
    ("东关镇庚食品加工园区标准化厂房二期工程", "五百", D(2026, 3, 3), "是"),
    ("东关镇辛石英砂深加工及配套尾矿综合利用项目", "？", D(2026, 4, 4), "是"),
    ("东关镇壬电子元器件封装测试生产线项目", "六百（含设备）", D(2026, 2, 2), "是"),
    ("东关镇癸中药材初加工及仓储物流项目", "同上月", D(2026, 3, 30), "是"),
    ("东关镇子纺织印染废水深度处理改造项目", "暂无", D(2026, 4, 18), "是"),
    ("东关镇丑农机装备零部件制造项目", "400-500", D(2026, 5, 20), "是"),
]


def east_many_problems(folder: Path) -> Path:
    """东镇's June return of 12 projects as the clerk typed it on the way to the county: each project's 1-6月累计完成投资
    (column M) is words, not a number (``约八百万``, ``待核实``, ``见附件``, ``400-500`` …); a 合计 row, a 填表人 line.

    A reader sends it back with (at least) 12 problems, one per M cell M4:M15, each naming the cell and saying to type
    a number in 万元; nothing stored.
    """
    wb, ws = _book()
    _title(ws, "东关镇2026年1-6月工业固定资产投资项目进展情况表", len(HEAD))
    _put(ws, 2, 1, ["填报单位：东关镇人民政府（盖章）", *[None] * 11, "单位：万元"])
    _put(ws, 3, 1, HEAD)
    for i, (name, cum, started, stats) in enumerate(MANY):
        _put(ws, 4 + i, 1, [i + 1, f"2629-610599-04-01-{i + 1:06d}", name, "新建", "否", "是", 3000 + 100 * i,
                            1500, "是", started, stats, 100])
        ws.cell(4 + i, 13, cum)
        ws.cell(4 + i, 3).alignment = Alignment(wrap_text=True)
    total = 4 + len(MANY)
    _put(ws, total, 1, ["合计", None, None, None, None, None, sum(3000 + 100 * i for i in range(12)), 18000, None,
                        None, None, 1200])
    _put(ws, total + 2, 1, ["填表人：李某某", None, None, None, "审核人：张某", None, None, None, "联系电话：0915-1234567"])
    ws.cell(total + 2, 1).font = Font(name="宋体", size=11)
    return _save(wb, folder / "东镇6月固投.xlsx")


def east_many_problems_long_name(folder: Path) -> tuple[Path, str]:
    """The same 12-problem return under ``LONG_NAME`` (the name it has on the clerk's phone).

    A reader: the same 12 problems; the page shows the name as given.
    """
    return east_many_problems(folder), LONG_NAME


WIDE_EXTRA = ["建设地点", "建设内容及规模", "项目业主", "联系人", "联系电话", "存在问题", "下步打算", "包抓领导"]


def west_wide_with_town_columns(folder: Path) -> Path:
    """西镇's June return (2 projects, 1-6月 900 + 300 = 1,200 万元) with the eight columns the town keeps for itself
    after the form's thirteen (建设地点, 建设内容及规模, 项目业主, 联系人, 联系电话, 存在问题, 下步打算, 包抓领导: 21 columns
    A:U), long sentences in them.

    A reader takes the 2 projects (1,200 万元); the extra columns are not figures of the form.
    """
    head = [*HEAD, *WIDE_EXTRA]
    wb, ws = _book()
    _title(ws, "西镇2026年1-6月工业固定资产投资项目进展情况表", len(head))
    _put(ws, 2, 1, ["填报单位：西镇人民政府", *[None] * (len(head) - 2), "单位：万元"])
    _put(ws, 3, 1, head)
    rows = [
        [1, "2618-610599-04-01-000011", "西镇甲石材精深加工项目", "新建", "否", "是", 2000, 1000, "是",
         D(2026, 2, 20), "是", 200, 900, "西镇工业集中区北区", "新建石材加工车间两栋及配套设施，年加工板材三十万平方米",
         "某某石材有限公司", "赵某", "13900000001", "环评批复尚在办理中，影响二期设备进场", "协调县生态环境局加快审批",
         "副镇长 孙某"],
        [2, "2618-610599-04-01-000012", "西镇乙水泥粉磨站技改项目", "改建和技术改造", "是", "否", 1200, 600, "是",
         D(2026, 5, 6), "是", 100, 300, "西镇水泥厂厂区内", "更新辊压机和选粉机，配套除尘脱硝设施", "某某水泥有限公司",
         "钱某", "13900000002", "无", "七月底前完成设备安装调试", "镇长 周某"],
    ]
    for r, row in enumerate(rows, 4):
        _put(ws, r, 1, row)
    return _save(wb, folder / "西镇6月固投（含附加信息）.xlsx")


def west_with_site_photos(folder: Path, megabytes: int = 21) -> Path:
    """西镇's good June return (2 projects) into which the clerk pasted the site photos: the workbook is ``megabytes``
    MB (an incompressible picture stored in xl/media).  Above the platform's 20 MB a file is refused before it is read.

    A reader of the platform says the file is too big and what to do (delete the pictures), in Chinese, on a page
    a phone shows at its own width.
    """
    path = west_wide_with_town_columns(folder)
    big = folder / "西镇6月固投（带现场照片）.xlsx"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(big, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            dst.writestr(item, src.read(item.filename))
        dst.writestr(zipfile.ZipInfo("xl/media/image1.jpeg"), os.urandom(megabytes * 1024 * 1024),
                     compress_type=zipfile.ZIP_STORED)
    return big
