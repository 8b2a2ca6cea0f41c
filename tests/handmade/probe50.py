"""Hand-made returns of the outside probe p50: the county's map changes in April 2026 (乡镇撤并、区划调整) — 东镇 + 北镇
merged into 东北镇, 西镇 split into 西镇 and a new 西城街道, a new 经开区 taking over 北镇's project in June, 工信局
renamed 经信局 — and the townships' project lists and the bureau's enterprise lists of 2025 and 2026 on both sides
of the change.  The statistician edits beizeng.toml in April (tests/test_probe50.py says how).

Style (not beizeng's template): a merged title, one cell ``填报单位：…　　单位：万元　　填报日期：…``, a single header row
whose money columns say （万元）, the 合计 row FIRST under the header, numbers typed as text with thousands separators
(“1,500”), 开工时间 as ``2024.10``-style text dates, a 备注 column, signatures in the footer.

Made by an outsider who read DOMAIN.md and the README, not the reader.  Each maker writes into ``folder`` and returns
the path; its docstring says what a careful county statistician takes from it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from tests.handmade.cells import book as _book
from tests.handmade.cells import put as _put
from tests.handmade.cells import save as _save
from tests.handmade.cells import title as _title
from tests.scenarios import uscc

Maker = Callable[[Path], Path]
#: (code, name, 建设性质, 是否技改, 计划总投资 万元, 开工时间 as typed)
Project = tuple[str, str, str, str, int, str]

E1: Project = ("2403-610599-04-01-500001", "东塬光伏组件生产线项目", "新建", "否", 20000, "2024.3.2")
E2: Project = ("2404-610599-07-02-500002", "东关面粉车间技改项目", "改建和技术改造", "是", 3000, "2024.4.20")
N1: Project = ("2405-610599-04-01-500003", "北山新型建材项目", "新建", "否", 10000, "2024.5.8")
W1: Project = ("2406-610599-04-01-500004", "西岭石材加工项目", "新建", "否", 8000, "2024.6.6")
W2: Project = ("2407-610599-04-01-500005", "西城食品产业园项目", "扩建", "否", 12000, "2024.7.1")

#: 1-N月累计完成投资（万元） of each project by period.  Township totals:
#: 2025-03 东镇 700 北镇 400 西镇 1,000 (2,100) | 2025-05 东镇 1,650 北镇 800 西镇 2,300 (4,750)
#: 2025-06 东镇 2,100 北镇 1,000 西镇 2,900 (6,000) | 2026-03 东镇 1,100 北镇 600 西镇 900 (2,600)
#: 2026-05 东北镇 3,500 (E1 E2 N1) 西镇 800 (W1) 西城街道 1,000 (W2) (5,300)
#: 2026-06 东北镇 2,900 (E1 E2) 经开区 1,500 (N1) 西镇 1,100 西城街道 1,300 (6,800)
CUM = {
    "2025-03": {E1: 500, E2: 200, N1: 400, W1: 300, W2: 700},
    "2025-05": {E1: 1200, E2: 450, N1: 800, W1: 700, W2: 1600},
    "2025-06": {E1: 1500, E2: 600, N1: 1000, W1: 900, W2: 2000},
    "2026-03": {E1: 800, E2: 300, N1: 600, W1: 400, W2: 500},
    "2026-05": {E1: 1600, E2: 700, N1: 1200, W1: 800, W2: 1000},
    "2026-06": {E1: 2000, E2: 900, N1: 1500, W1: 1100, W2: 1300},
}
#: 本月 (万元): June is 1-6月 − 1-5月; the other months a part of the cumulative
MONTH = {per: {p: (CUM[per][p] - CUM["2026-05"][p] if per == "2026-06" else
                   CUM[per][p] - CUM["2025-05"][p] if per == "2025-06" else CUM[per][p] // 4)
               for p in CUM[per]} for per in CUM}

HEAD = ["序号", "项目代码", "项目名称", "所属乡镇", "建设性质", "是否技改", "是否倍增重点项目", "计划总投资（万元）",
        "年度计划投资（万元）", "是否开工", "开工时间",
        "是否入库纳统", "本月完成投资（万元）", "1-{m}月累计完成投资（万元）", "备注"]


def _n(x: int) -> str:
    """A figure as the clerk types it: text with a thousands separator."""
    return f"{x:,}"


def ledger(folder: Path, file: str, town: str, period: str, projects: list[Project],
           place: str | None = None, unit: str | None = None, notes: dict[str, str] | None = None) -> Path:
    """``town``'s 1-N月 project list of ``period``: title ``{town}{y}年1-{m}月工业项目推进情况表``, one line
    ``填报单位：{unit or town}（盖章）　　单位：万元　　填报日期：…``, one header row, 合计 first, the projects with
    所属乡镇 ``place or town``, figures as text, signatures below."""
    y, m = int(period[:4]), int(period[5:])
    wb, ws = _book(f"{m}月推进")
    width = len(HEAD)
    _title(ws, f"{town}{y}年1-{m}月工业项目推进情况表", width)
    _put(ws, 2, 1, [f"填报单位：{unit or town}（盖章）　　单位：万元　　填报日期：{y}年{m + 1}月5日"])
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=width)
    _put(ws, 3, 1, [h.format(m=m) for h in HEAD])
    _put(ws, 4, 1, ["合计", None, f"{len(projects)}个", None, None, None, None,
                    _n(sum(p[4] for p in projects)), _n(sum(p[4] // 2 for p in projects)),
                    None, None, None, _n(sum(MONTH[period][p] for p in projects)),
                    _n(sum(CUM[period][p] for p in projects))])
    for i, p in enumerate(projects, 1):
        code, name, nature, tech, total, start = p
        _put(ws, 4 + i, 1, [i, code, name, place or town, nature, tech, "是", _n(total),
                            _n(total // 2), "是", start, "是",
                            _n(MONTH[period][p]), _n(CUM[period][p]), (notes or {}).get(str(code))])
    r = 6 + len(projects)
    _put(ws, r, 1, ["填报人：", "张敏", None, "审核人：", "刘涛", None, "联系电话：", "0913-5050050"])
    return _save(wb, folder / file)


# ---- before the change: 东镇, 北镇, 西镇 --------------------------------------------------------------------------

def east(period: str) -> Maker:
    """东镇's list of ``period`` (E1, E2)."""
    return lambda folder: ledger(folder, f"东镇{period}项目.xlsx", "东镇", period, [E1, E2])


def north(period: str) -> Maker:
    """北镇's list of ``period`` (N1)."""
    return lambda folder: ledger(folder, f"北镇{period}项目.xlsx", "北镇", period, [N1])


def west_whole(period: str) -> Maker:
    """西镇's list of ``period`` before the split (W1 and W2, W2 in the part that becomes 西城街道)."""
    return lambda folder: ledger(folder, f"西镇{period}项目.xlsx", "西镇", period, [W1, W2])


BEFORE: list[Maker] = [make(per) for per in ("2025-03", "2025-05", "2025-06", "2026-03")
                       for make in (east, north, west_whole)]


# ---- after the change (April 2026): 东北镇, 西镇 (smaller), 西城街道, 经开区 ----------------------------------------

def dongbei_2026_05(folder: Path) -> Path:
    """东北镇's (东镇 + 北镇) first list, 1-5月 2026: E1 1,600 + E2 700 + N1 1,200 = 3,500 万元.  Its 1-5月 2025 is
    东镇's 1,650 + 北镇's 800 = 2,450: 同比 +42.86%."""
    return ledger(folder, "东北镇5月项目.xlsx", "东北镇", "2026-05", [E1, E2, N1])


def dongbei_2026_06(folder: Path) -> Path:
    """东北镇's 1-6月 2026 list without N1, which 经开区 reports from June: E1 2,000 + E2 900 = 2,900 万元."""
    return ledger(folder, "东北镇6月项目.xlsx", "东北镇", "2026-06", [E1, E2])


def west_2026(period: str) -> Maker:
    """西镇's list after the split: W1 only (W2 is 西城街道's now)."""
    return lambda folder: ledger(folder, f"西镇{period}项目.xlsx", "西镇", period, [W1])


def xicheng_2026(period: str) -> Maker:
    """西城街道's list (new in April 2026): W2, which 西镇 reported until March."""
    return lambda folder: ledger(folder, f"西城街道{period}项目.xlsx", "西城街道", period, [W2],
                                 unit="西城街道办事处")


def zone_2026_06(folder: Path) -> Path:
    """经开区's first list, 1-6月 2026: N1 1,500 万元 (北镇's → 东北镇's until May), 备注 “原北镇项目，6月起由经开区报送”."""
    return ledger(folder, "经开区6月项目.xlsx", "经开区", "2026-06", [N1], unit="测试县经开区管委会",
                  notes={N1[0]: "原北镇项目，6月起由经开区报送"})


AFTER: list[Maker] = [dongbei_2026_05, west_2026("2026-05"), xicheng_2026("2026-05"),
                      dongbei_2026_06, west_2026("2026-06"), xicheng_2026("2026-06"), zone_2026_06]


# ---- returns still under an old name after the change ------------------------------------------------------------

def north_old_template_2026_05(folder: Path) -> Path:
    """北镇's clerk, not told of the merge, sends May on last month's template: title and 填报单位 北镇, N1 1,200.
    东北镇's May list (E1, E2, N1 = 3,500) already holds N1: a careful person counts N1 once and keeps E1 and E2
    (东北镇 3,500, county 5,300) — or asks which list stands."""
    return ledger(folder, "北镇5月项目.xlsx", "北镇", "2026-05", [N1])


def east_old_template_2026_05(folder: Path) -> Path:
    """东镇's clerk sends May on the old template (E1, E2 = 2,300) — with 北镇's old-template May (N1 1,200) the two
    halves of 东北镇 before its clerks merged the lists: a careful person adds them (东北镇 3,500)."""
    return ledger(folder, "东镇5月项目.xlsx", "东镇", "2026-05", [E1, E2])


def north_2026_03_late(folder: Path) -> Path:
    """北镇's 1-3月 list, sent late (after the April merge was written into beizeng.toml): N1 600.  东镇's March
    (1,100) is in already: 东北镇's 1-3月 is 1,700, the county's 2,600."""
    return ledger(folder, "北镇3月项目（补报）.xlsx", "北镇", "2026-03", [N1])


# ---- 统计局's enterprise lists --------------------------------------------------------------------------------------

ENT = ["序号", "企业名称", "统一社会信用代码", "所属乡镇（街道）", "行业代码", "是否战略性新兴产业", "入规时间",
       "本月产值（万元）", "1-{m}月产值（万元）", "上年同期（万元）"]
#: (name, USCC, 1-3月 2026, 上年 1-3月, 1-6月 2026, 上年 1-6月)
FIRMS = [("东塬光伏科技有限公司", uscc(5001), 9000, 8000, 20000, 17000),
         ("北山建材有限公司", uscc(5002), 4000, 4000, 9000, 10000),
         ("西岭石材有限公司", uscc(5003), 3000, 2500, 7000, 6000),
         ("西城食品有限公司", uscc(5004), 5000, 4000, 11000, 9000)]


def enterprises(period: str, towns: list[str]) -> Maker:
    """统计局's 1-N月 list with 所属乡镇 ``towns`` (one per firm, as the bureau's register writes them)."""
    def make(folder: Path) -> Path:
        y, m = int(period[:4]), int(period[5:])
        wb, ws = _book("规上企业")
        _title(ws, f"{y}年1-{m}月全县规模以上工业企业产值情况", len(ENT))
        _put(ws, 2, 1, [f"填报单位：测试县统计局　　单位：万元　　{y}年{m + 1}月6日"])
        _put(ws, 3, 1, [h.format(m=m) for h in ENT])
        for i, (f, town) in enumerate(zip(FIRMS, towns, strict=True), 1):
            name, code, c3, l3, c6, l6 = f
            cum, ly = (c3, l3) if m == 3 else (c6, l6)
            _put(ws, 3 + i, 1, [i, name, code, town, "3311", "否", "2018-06", _n(cum // m), _n(cum), _n(ly)])
        return _save(wb, folder / f"统计局{period}规上企业.xlsx")
    return make


#: March, before the change: 东镇, 北镇, 西镇, 西镇 — county 21,000 over 18,500
ENT_2026_03 = enterprises("2026-03", ["东镇", "北镇", "西镇", "西镇"])
#: June, after it: 东北镇, 北镇 (the register not yet updated), 西镇, 西城街道 — county 47,000 over 42,000 (+11.90%);
#: 东北镇 29,000 over 27,000 (+7.41%), 西镇 7,000 over 6,000, 西城街道 11,000 over 9,000 (+22.22%, like for like)
ENT_2026_06 = enterprises("2026-06", ["东北镇", "北镇", "西镇", "西城街道"])
