"""Hand-made returns of the outside probe p26a: ONE county (tests/scenarios_more.write_full_config: 测试县, 东镇, 西镇;
统计局, 工信局 …) walked through a year's end — 1-3月 and 1-12月 2026, then 1-2月 and 1-3月 2027 — with what really
happens at the turn of the year: a firm renamed in January (same 统一社会信用代码), a firm gone and a new one in, a
project finished in December still listed in 1-2月 with its 累计 carried on from 2026, 上年同期 typed in 2027
differing from what was stored for 2026, a 1-2月 return whose 本月 equals its 1-2月, the 2026 targets sent again in
January under a 2027 title, and a corrected 1-2月 sent after the 1-3月 had arrived.

The clerks' own style (not beizeng's templates): a merged title, 填报单位 | 单位：万元, a two-row header whose
工业总产值 / 完成投资 parents are merged over 本月 | 1-N月 | 上年同期, a 合计 row at the top, figures typed as text with
thousands separators, a 填报人 footer.  Each maker writes into ``folder`` and returns the path; its docstring says
what a careful person takes from it.  2027's returns are read as if today were 2027-03-08 (fixture ``in_2027``).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from openpyxl.worksheet.worksheet import Worksheet

from tests.handmade.cells import book as _book
from tests.handmade.cells import put as _put
from tests.handmade.cells import save as _save
from tests.handmade.cells import title as _title
from tests.scenarios import uscc

D = dt.date
U = {n: uscc(n) for n in range(2600, 2620)}

# ---- 统计局: 规上工业企业 ---------------------------------------------------------------------------------------------

#: (name, USCC, township, industry, 战新, 入规, 本月, 1-N月, 上年同期)
Firm = tuple[str, str, str, str, str, str, Any, Any, Any]

TAOCI, DIANZI, SHUINI, GUOYE, XINCAI = U[2600], U[2601], U[2602], U[2603], U[2604]

MAR26: list[Firm] = [
    ("东川陶瓷有限公司", TAOCI, "东镇", "3071", "否", "2017-05", 750, 2150, 2000),
    ("东川电子科技有限公司", DIANZI, "东镇", "3976", "是", "2022-08", 500, 1450, 1300),
    ("西川水泥有限公司", SHUINI, "西镇", "3011", "否", "2014-03", 1300, 3900, 3700),
    ("西川果业加工有限公司", GUOYE, "西镇", "1371", "否", "2021-11", 350, 1000, 900),
]
DEC26: list[Firm] = [
    ("东川陶瓷有限公司", TAOCI, "东镇", "3071", "否", "2017-05", 800, 9000, 8500),
    ("东川电子科技有限公司", DIANZI, "东镇", "3976", "是", "2022-08", 600, 6000, 5600),
    ("西川水泥有限公司", SHUINI, "西镇", "3011", "否", "2014-03", 1500, 16000, 15800),
    ("西川果业加工有限公司", GUOYE, "西镇", "1371", "否", "2021-11", 400, 4500, 4000),
]
#: 1-2月 2027: 本月 = 1-2月 (the bureau's first return of the year); 东川陶瓷 renamed; 西川果业 gone; 西川新材料 new.
FEB27: list[Firm] = [
    ("东川陶瓷集团有限公司", TAOCI, "东镇", "3071", "否", "2017-05", 1600, 1600, 1500),
    ("东川电子科技有限公司", DIANZI, "东镇", "3976", "是", "2022-08", 1100, 1100, 1000),
    ("西川水泥有限公司", SHUINI, "西镇", "3011", "否", "2014-03", 2700, 2700, 2600),
    ("西川新材料有限公司", XINCAI, "西镇", "3985", "是", "2027-01", 300, 300, "—"),
]
#: 1-3月 2027: 西川水泥's 上年同期 typed 3,960 where 1-3月 2026 stored 3,900.
MAR27: list[Firm] = [
    ("东川陶瓷集团有限公司", TAOCI, "东镇", "3071", "否", "2017-05", 900, 2500, 2150),
    ("东川电子科技有限公司", DIANZI, "东镇", "3976", "是", "2022-08", 600, 1700, 1450),
    ("西川水泥有限公司", SHUINI, "西镇", "3011", "否", "2014-03", 1400, 4100, 3960),
    ("西川新材料有限公司", XINCAI, "西镇", "3985", "是", "2027-01", 200, 500, "—"),
]
#: the bureau's corrected 1-2月 2027: 西川水泥 2,700 → 2,750 (本月 too), sent after the 1-3月.
FEB27_FIXED: list[Firm] = [*FEB27[:2], ("西川水泥有限公司", SHUINI, "西镇", "3011", "否", "2014-03", 2750, 2750, 2600),
                           FEB27[3]]


def _txt(v: Any) -> Any:
    """A clerk's figure: thousands typed as text with a separator (1,600), the rest as numbers."""
    return f"{v:,}" if isinstance(v, int) and v >= 1000 else v


def _ent(year: int, m: int, firms: list[Firm]) -> tuple[Any, Worksheet]:
    span = f"1-{m}月"
    wb, ws = _book(f"{span}")
    _title(ws, f"测试县{year}年{span}规模以上工业企业主要指标完成情况", 10)
    _put(ws, 2, 1, ["填报单位：测试县统计局", *[None] * 8, "单位：万元"])
    _put(ws, 3, 1, ["序号", "企业名称", "统一社会信用代码", "所属乡镇", "行业代码", "是否战新", "入规时间", "工业总产值"])
    _put(ws, 4, 8, ["本月", f"{span}累计", "上年同期"])
    for c in range(1, 8):
        ws.merge_cells(start_row=3, start_column=c, end_row=4, end_column=c)
    ws.merge_cells(start_row=3, start_column=8, end_row=3, end_column=10)
    ly = [f[8] for f in firms if isinstance(f[8], int)]
    _put(ws, 5, 1, [None, "合计", None, None, None, None, None, _txt(sum(f[6] for f in firms)),
                    _txt(sum(f[7] for f in firms)), _txt(sum(ly))])
    for i, f in enumerate(firms, 1):
        _put(ws, 5 + i, 1, [i, *f[:6], *(_txt(v) for v in f[6:])])
    _put(ws, 7 + len(firms), 1, ["填报人：王芳", None, None, "联系电话：0919-6212345", None, None, "审核人：李强"])
    return wb, ws


def ent(year: int, m: int, firms: list[Firm], name: str | None = None):  # type: ignore[no-untyped-def]
    """A maker of 统计局's list for 1-``m``月 ``year`` (file ``统计局{year}年1-{m}月规上企业.xlsx``)."""

    def make(folder: Path) -> Path:
        wb, _ = _ent(year, m, firms)
        return _save(wb, folder / (name or f"统计局{year}年1-{m}月规上企业.xlsx"))

    make.__doc__ = f"统计局 1-{m}月 {year}: {len(firms)} firms, 1-{m}月 {sum(f[7] for f in firms):,} 万元."
    return make


def ent_mar26(folder: Path) -> Path:
    """1-3月 2026: four firms, 1-3月 2,150 / 1,450 / 3,900 / 1,000 (8,500 万元), 上年同期 7,900.  Taken as typed."""
    return ent(2026, 3, MAR26)(folder)


def ent_dec26(folder: Path) -> Path:
    """1-12月 2026: four firms, 1-12月 9,000 / 6,000 / 16,000 / 4,500 (35,500 万元), 上年同期 33,900 — 同比 4.720 %."""
    return ent(2026, 12, DEC26)(folder)


def ent_feb27(folder: Path) -> Path:
    """1-2月 2027 (no January return): 本月 = 1-2月 in every row (1,600 / 1,100 / 2,700 / 300 = 5,700); 东川陶瓷 now
    东川陶瓷集团有限公司 (same USCC); 西川果业 gone; 西川新材料 entered 2027-01 with 上年同期 ``—``.

    A careful person takes 5,700 万元 (0.57 亿元), 同比 over the three firms of both years = 5,400 ÷ 5,100 − 1 =
    5.882 %; says the rename and that 西川果业 (1-12月 4,500) is not listed; says nothing about 本月 = 1-2月.
    """
    return ent(2027, 2, FEB27)(folder)


def ent_mar27(folder: Path) -> Path:
    """1-3月 2027: 2,500 / 1,700 / 4,100 / 500 (8,800 万元); 上年同期 2,150 / 1,450 / **3,960** / —.

    A careful person takes 8,800 万元, 同比 = 8,300 ÷ 7,560 − 1 = 9.788 % (the return's own 上年同期), and says that
    西川水泥's 上年同期 3,960 differs from the 3,900 stored for 1-3月 2026 (naming J8 and the 2026 file).
    """
    return ent(2027, 3, MAR27)(folder)


def ent_feb27_fixed(folder: Path) -> Path:
    """The bureau's corrected 1-2月 2027, arriving after the 1-3月 2027: 西川水泥 2,750 (was 2,700); file name
    ``统计局2027年1-2月规上企业（更正）.xlsx``.

    A careful person replaces 1-2月: 5,750 万元, 同比 5,450 ÷ 5,100 − 1 = 6.863 %; 1-3月 stays 8,800 万元 and its 同比
    9.788 % (the later month is not touched by a correction of the earlier one).
    """
    return ent(2027, 2, FEB27_FIXED, name="统计局2027年1-2月规上企业（更正）.xlsx")(folder)


# ---- 东镇: 工业固定资产投资项目 ---------------------------------------------------------------------------------------

#: (code, name, 建设性质, 技改, 重点, 计划总投资, 年度计划投资, 开工, 开工时间, 纳统, 本月, 1-N月, 备注)
Proj = tuple[str, str, str, str, str, int, Any, str, str, str, Any, Any, str | None]

P1, P2, P3, P4 = ("2601-610599-04-01-260001", "2601-610599-04-01-260002", "2601-610599-04-01-260003",
                  "2701-610599-04-01-270004")


def _fai(year: int, m: int, projects: list[Proj]) -> Any:
    span = f"1-{m}月"
    wb, ws = _book("东镇")
    _title(ws, f"东镇{year}年{span}工业固定资产投资项目进展情况表", 14)
    _put(ws, 2, 1, ["填报单位：东镇人民政府", *[None] * 12, "单位：万元"])
    _put(ws, 3, 1, ["序号", "项目代码", "项目名称", "建设性质", "是否技改", "是否倍增重点项目", "计划总投资", "年度计划投资",
                    "是否开工", "开工时间", "是否纳统", "完成投资", None, "备注"])
    _put(ws, 4, 12, ["本月", f"{span}累计"])
    for c in [*range(1, 12), 14]:
        ws.merge_cells(start_row=3, start_column=c, end_row=4, end_column=c)
    ws.merge_cells(start_row=3, start_column=12, end_row=3, end_column=13)
    _put(ws, 5, 1, [None, None, "合计", None, None, None, _txt(sum(p[5] for p in projects)), None, None, None, None,
                    _txt(sum(p[10] for p in projects)), _txt(sum(p[11] for p in projects))])
    for i, p in enumerate(projects, 1):
        _put(ws, 5 + i, 1, [i, *p[:10], *(_txt(v) for v in p[10:12]), p[12]])
    _put(ws, 7 + len(projects), 1, ["填报人：赵敏", None, None, "联系电话：13909191234"])
    return wb


FAI_DEC26: list[Proj] = [
    (P1, "东镇光伏组件扩能项目", "新建", "否", "是", 10000, 9800, "是", "2026.3.1", "是", 600, 9800, "12月已竣工投产"),
    (P2, "东关饲料生产线技改项目", "改建和技术改造", "是", "是", 6000, 3000, "是", "2026.5.10", "是", 300, 3000, None),
    (P3, "东镇新材料产业园", "新建", "否", "是", 20000, 5000, "是", "2026.4.1", "是", 500, 5000, None),
]
FAI_FEB27: list[Proj] = [
    (P1, "东镇光伏组件扩能项目", "新建", "否", "是", 10000, "—", "是", "2026.3.1", "是", 0, 9800, "已竣工"),
    (P2, "东关饲料生产线技改项目", "改建和技术改造", "是", "是", 6000, 2500, "是", "2026.5.10", "是", 200, 400, None),
    (P3, "东镇新材料产业园", "新建", "否", "是", 20000, 8000, "是", "2026.4.1", "是", 300, 500, None),
    (P4, "东镇包装材料生产线项目", "新建", "否", "否", 3000, 3000, "是", "2027.1.15", "是", 100, 100, None),
]
FAI_MAR27: list[Proj] = [
    (P2, "东关饲料生产线技改项目", "改建和技术改造", "是", "是", 6000, 2500, "是", "2026.5.10", "是", 250, 650, None),
    (P3, "东镇新材料产业园", "新建", "否", "是", 20000, 8000, "是", "2026.4.1", "是", 400, 900, None),
    (P4, "东镇包装材料生产线项目", "新建", "否", "否", 3000, 3000, "是", "2027.1.15", "是", 150, 250, None),
]


def fai_dec26(folder: Path) -> Path:
    """东镇 1-12月 2026: three projects, 1-12月 9,800 / 3,000 / 5,000 (17,800 万元); 光伏组件 ``12月已竣工投产``."""
    return _save(_fai(2026, 12, FAI_DEC26), folder / "东镇2026年1-12月项目.xlsx")


def fai_feb27(folder: Path) -> Path:
    """东镇 1-2月 2027 copied from December: 光伏组件 (finished in December, 备注 ``已竣工``, 本月 0, 年度计划投资 ``—``)
    still listed with 1-2月累计 9,800 — exactly its 1-12月 2026 figure, carried on; the other three start afresh
    (400 / 500 / 100, each below its 2026 figure or new).

    A careful person does not take 9,800 万元 as 光伏组件's 1-2月 2027 investment (a finished project, 本月 0, the
    same figure as 1-12月): 东镇's 1-2月 is 1,000 万元 (0.1 亿元), or the cell M6 is asked.  Never 1.08 亿元 silently.
    """
    return _save(_fai(2027, 2, FAI_FEB27), folder / "东镇2027年1-2月项目.xlsx")


def fai_feb27_fixed(folder: Path) -> Path:
    """东镇's 1-2月 2027 sent again after the refusal: 光伏组件 still listed, its 1-2月累计 now 0 (finished, nothing
    invested this year).  Taken: 1,000 万元."""
    fixed = [(*FAI_FEB27[0][:11], 0, FAI_FEB27[0][12]), *FAI_FEB27[1:]]
    return _save(_fai(2027, 2, fixed), folder / "东镇2027年1-2月项目（改）.xlsx")


def fai_mar27(folder: Path) -> Path:
    """东镇 1-3月 2027: the finished 光伏组件 no longer listed; 650 / 900 / 250 (1,800 万元).  Taken as typed; the
    project gone may be said (it finished in December)."""
    return _save(_fai(2027, 3, FAI_MAR27), folder / "东镇2027年1-3月项目.xlsx")


# ---- 工信局: 目标任务 ------------------------------------------------------------------------------------------------

TARGETS: list[tuple[str, str, Any, str]] = [
    ("规上工业总产值", "测试县", 24, "亿元"),
    ("规上工业增加值增速", "测试县", 7, "%"),
    ("工业固定资产投资增速", "测试县", 10, "%"),
    ("技术改造投资增速", "测试县", 5, "%"),
]


def _targets(year: int) -> Any:
    wb, ws = _book("目标任务")
    _title(ws, f"测试县{year}年工业倍增计划主要目标任务分解表", 4)
    _put(ws, 2, 1, ["填报单位：县工业和信息化局"])
    _put(ws, 3, 1, ["指标名称", "范围", "年度目标", "单位"])
    for i, t in enumerate(TARGETS, 1):
        _put(ws, 3 + i, 1, list(t))
    return wb


def targets26(folder: Path) -> Path:
    """工信局's 2026 targets (no 年度 column; the year is in the title): 规上工业总产值 24 亿元, 增加值增速 7 %, 固投增速
    10 %, 技改增速 5 %.  Taken as 2026's."""
    return _save(_targets(2026), folder / "工信局2026年目标任务.xlsx")


def targets27_same_figures(folder: Path) -> Path:
    """工信局's 2026 file sent again on 2027-01-20 with only the title changed to ``测试县2027年…`` (file name
    ``工信局2027年目标任务.xlsx``): every figure the same as 2026's (24 亿元 …).

    A careful person stores them as 2027's (the title and file name say 2027; 2026's stay), and — a doubling plan
    whose target did not move — may ask 工信局 to confirm; 2027's 序时进度 then uses 24 亿元: 1-2月 4 亿元.
    """
    return _save(_targets(2027), folder / "工信局2027年目标任务.xlsx")
