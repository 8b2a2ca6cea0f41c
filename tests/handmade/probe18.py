"""Hand-made returns of the outside probe p18: clerks' returns aimed at session 16's size and reading rules — a
giant firm among only two others, half a table in 元, 元 under a header that says （万元）, negatives, a 本期 that
means the cumulative, 注销 with figures, 自年初 in a project return, a one-row list from the bureau itself.

Same conventions as outside17.py: each maker writes into ``folder`` and returns the path; its docstring says what a
person reading the return takes from it.  County: tests/scenarios_more.write_full_config; period June 2026.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.handmade import fresh15 as f15
from tests.handmade import fresh17 as f17
from tests.handmade import outside17 as o17
from tests.handmade.cells import put as _put
from tests.handmade.cells import title as _title

LINE_WAN = ["填报单位：县统计局", *[None] * 9, "单位：万元"]
#: 东塬陶瓷 4,800 and 西岭水泥 9,000 万元 in half a year: two ordinary firms.
TWO = [f15.FIRMS[0], f15.FIRMS[2]]


def ent_giant_among_only_two_others(folder: Path) -> Path:
    """统计局's list under ``单位：万元`` of three firms: 东塬陶瓷 4,800, 西岭水泥 9,000 and 西岭钢铁 1,500,000 (bare
    headers).

    A reader asks about 西岭钢铁's row as with four neighbours: 1,500,000 is 217 times the middle of the other two — a
    row pasted in 元 looks just so; nothing stored until it is confirmed.
    """
    wb, _ = f15._ent("2026年1-6月规上工业企业生产情况", LINE_WAN, firms=[*TWO, o17.STEEL])
    return f15._save(wb, folder / "统计局6月规上企业.xlsx")


def ent_half_the_rows_in_yuan(folder: Path) -> Path:
    """统计局's list under ``单位：万元`` of four firms where the clerk pasted two rows from the firms' own reports in
    元: 东塬陶瓷 1-6月 48,000,000 and 东塬光电 30,000,000 (4,800 and 3,000 万元); 西岭水泥 9,000 and 西岭农产品 2,400 in
    万元.

    A reader asks: two ordinary firms at 4,800 and 3,000 亿元 are no county's firms — never 7,800 亿元 stored.
    """
    wb, ws = f15._ent("2026年1-6月规上工业企业生产情况", LINE_WAN)
    for r in (4, 5):
        for c in (8, 9, 10, 11):
            ws.cell(r, c, ws.cell(r, c).value * 10000)
    return f15._save(wb, folder / "统计局6月规上企业.xlsx")


def _east(folder: Path, extra: list[object], head: list[str] | None = None,
          line: list[object] | None = None) -> Path:
    wb, ws = f15._book("东镇")
    proj = head or o17.PROJ
    _title(ws, "东镇2026年上半年工业项目投资完成情况", len(proj))
    _put(ws, 2, 1, line or ["填报单位：东镇人民政府", *[None] * 9, "单位：万元"])
    _put(ws, 3, 1, proj)
    for i, p in enumerate([*o17.EAST_PROJECTS, extra], 1):
        _put(ws, 3 + i, 1, [i, *p])
    return f15._save(wb, folder / "东镇6月项目.xlsx")


def proj_in_yuan_under_a_header_saying_wanyuan(folder: Path) -> Path:
    """东镇's list whose amount headers say （万元） (总投资（万元）, 年度计划（万元）…); the fourth project, a kiln
    retrofit, typed from its contract in 元: 总投资 8,000,000, 年度计划 8,000,000, 本月 1,000,000, 累计 5,000,000.

    A reader asks about G7: 800 亿元 for one township retrofit beside projects of 12,000 to 50,000 万元 is 元, whatever
    the header says — the header is the form's, the figure the contract's.  Never 800 亿元 of 计划总投资 stored.
    """
    head = [h + "（万元）" if h in ("总投资", "年度计划", "本月完成", "本年累计完成") else h for h in o17.PROJ]
    return _east(folder, ["2601-610599-07-02-000046", "东塬窑炉余热利用改造项目", "改建和技术改造", "是", "否",
                          8000000, 8000000, dt.date(2026, 4, 1), "是", 1000000, 5000000],
                 head=head, line=["填报单位：东镇人民政府"])


def proj_negative_total_investment(folder: Path) -> Path:
    """东镇's list under ``单位：万元``; the fourth project's 总投资 typed ``-12000`` (the minus key hit with the
    number pad), 年度计划 6,000, 本月 500, 累计 1,500.

    A reader asks about G7: a project cannot plan a negative investment; never stores -12,000.
    """
    return _east(folder, ["2601-610599-04-01-000047", "东塬建材加工项目", "新建", "否", "否", -12000, 6000,
                          dt.date(2026, 5, 2), "是", 500, 1500])


def proj_cumulative_headed_zi_nian_chu(folder: Path) -> Path:
    """东镇's list under ``单位：万元`` whose cumulative column is headed ``自年初累计完成`` (the stats bureau's wording)
    and month column ``当月完成``.

    A reader takes the three projects: 累计 6,000 / 2,400 / 11,000 (19,400), 本月 1,500 / 800 / 2,500.
    """
    head = [{"本年累计完成": "自年初累计完成", "本月完成": "当月完成"}.get(h, h) for h in o17.PROJ]
    wb, ws = f15._book("东镇")
    _title(ws, "东镇2026年上半年工业项目投资完成情况", len(head))
    _put(ws, 2, 1, ["填报单位：东镇人民政府", *[None] * 9, "单位：万元"])
    _put(ws, 3, 1, head)
    for i, p in enumerate(o17.EAST_PROJECTS, 1):
        _put(ws, 3 + i, 1, [i, *p])
    return f15._save(wb, folder / "东镇6月项目.xlsx")


def ent_benqi_under_output_means_the_cumulative(folder: Path) -> Path:
    """统计局's 1-6月 list with a two-row header: ``工业总产值`` merged over ``本期`` | ``上年同期`` and ``营业收入``
    merged over ``本期`` | ``上年同期`` — no month column at all; the title says 1-6月, so 本期 is the half year.

    A reader takes 1-6月 产值 4,200 / 2,800 / 7,800 / 2,100 (16,900), 上年同期 3,900 / 2,300 / 7,600 / 1,800,
    营业收入 4,400 / 2,900 / 8,100 / 2,200; 本月 unknown (never 4,200 stored as June's month).
    """
    wb, ws = f17._book()
    _title(ws, f17.ENT_TITLE, 11)
    _put(ws, 2, 1, ["填报单位：县统计局", *[None] * 9, "单位：万元"])
    _put(ws, 3, 1, [*f17.ENT[:7], "工业总产值", None, "营业收入", None])
    _put(ws, 4, 8, ["本期", "上年同期", "本期", "上年同期"])
    for col in "ABCDEFG":
        ws.merge_cells(f"{col}3:{col}4")
    ws.merge_cells("H3:I3")
    ws.merge_cells("J3:K3")
    last_rev = (4000, 2500, 7900, 1900)
    for r, (f, lr) in enumerate(zip(f17.FIRMS, last_rev, strict=True), 5):
        _put(ws, r, 1, [r - 4, *f[:6], f[7], f[8], f[9], lr])
    return f15._save(wb, folder / "统计局6月规上企业.xlsx")


def ent_deregistered_with_figures(folder: Path) -> Path:
    """统计局's June list with a 备注 column: 西川果业 本月 0, 1-6月 2,100, 上年同期 1,800, 备注 ``已于4月注销`` (it
    made 2,100 万元 from January to March, then closed); the other three as usual.

    A reader keeps 西川果业's 2,100: it was made in the county this year and belongs in 1-6月 (16,900 in all); the
    注销 may be said, but the figures are not set aside.
    """
    head = [*f17.ENT, "备注"]
    rows = [[*r, None] for r in f17._firms()]
    rows[3][7] = 0
    rows[3][-1] = "已于4月注销"
    wb, _ = f17._ent(rows, head=head)
    return f15._save(wb, folder / "统计局6月规上企业.xlsx")


def ent_one_row_list_from_the_bureau(folder: Path) -> Path:
    """统计局's June return that holds one firm only — the county's first 规上 firm of the year, 东川陶瓷
    (``填报单位：县统计局``, title ``2026年1-6月规上工业企业生产情况``, file ``统计局6月规上企业.xlsx``).

    A reader takes it as the bureau's list: 1 firm, 1-6月 4,200 — a one-row list from the bureau is not a firm's own
    report.
    """
    wb, _ = f17._ent(f17._firms(f17.FIRMS[:1]))
    return f15._save(wb, folder / "统计局6月规上企业.xlsx")


def attr_stage_columns_with_a_later_step_undated(folder: Path) -> Path:
    """招商局's June ledger kept one date column per step (签约时间 | 落地时间 | 开工时间 | 投产时间); 边框's 开工时间 says
    ``2026-07-15`` — a planned start typed ahead (the ledger is as of June's end), its 落地时间 2026-03-01.

    A reader does not take 边框 as 开工 in June on a date still to come: it is 落地 (or asked), never 开工.
    """
    head = ["序号", "项目名称", "投资方", "产业链", "落户乡镇", "对接时间", "签约时间", "落地时间", "开工时间", "投产时间",
            "总投资", "本年到位资金", "进展情况"]
    rows = []
    for i, a in enumerate(f17.ATTR, 1):
        produced = dt.date(2026, 3, 1) if a[4] == "投产" else "—"
        started = dt.date(2026, 7, 15) if i == 1 else (a[8] or "未开工")
        rows.append([i, a[0], a[1], a[2], a[3], a[5], a[6] or "未签约", a[7] or "—", started, produced,
                     a[9], a[10], a[12]])
    wb, _ = f17._attr(rows, head=head)
    return f15._save(wb, folder / "招商局6月项目台账.xlsx")


def funds_one_award_in_yuan_under_a_wanyuan_line(folder: Path) -> Path:
    """财政局's funds under ``单位：万元``: 上划基金 500, 技改奖补 300, 入规奖励 200 — and a fourth row, 专精特新奖励 for one
    firm, copied from the bank slip in 元: ``500000`` (50 万元).

    A reader asks about H7: 500,000 万元 (50 亿元) for one firm's award, 1,667 times the middle row, is 元 — under the
    100 亿元 a row must pass to be asked by size alone, but no county pays a firm 50 亿元; never stored.
    """
    wb, ws = f15._book()
    _title(ws, "2026年1-6月要素保障情况表（资金）", len(f15.FACT))
    _put(ws, 2, 1, ["填报单位：县财政局", *[None] * 7, "单位：万元"])
    _put(ws, 3, 1, f15.FACT)
    rows = [("上划市工业倍增发展基金", dt.date(2026, 4, 8), "一季度基金上划", 500, 1),
            ("工业发展资金拨付", dt.date(2026, 5, 12), "技改奖补", 300, None),
            ("工业发展资金拨付", dt.date(2026, 6, 18), "入规奖励", 200, None),
            ("工业发展资金拨付", dt.date(2026, 6, 25), "专精特新奖励（东川电子）", 500000, None)]
    for r, (item, d, use, amt, q) in enumerate(rows, 4):
        _put(ws, r, 1, [r - 3, item, d, use, None, None, None, amt, q])
    return f15._save(wb, folder / "财政局6月资金.xlsx")


PHASE_HEAD = ["序号", "项目编号", "项目名称", "建设性质", "是否技改", "是否倍增重点项目", "总投资", "年度计划", "开工日期", "是否纳统",
              "本月完成", "本年累计完成"]


def _phases(month: int, rows: list[list[object]]) -> tuple[object, object]:
    wb, ws = f15._book("东镇")
    _title(ws, f"东镇2026年1-{month}月工业项目投资完成情况", len(PHASE_HEAD))
    _put(ws, 2, 1, ["填报单位：东镇人民政府", *[None] * 9, "单位：万元"])
    _put(ws, 3, 1, [h.replace("本年", f"1-{month}月") if h == "本年累计完成" else h for h in PHASE_HEAD])
    for i, p in enumerate(rows, 1):
        _put(ws, 3 + i, 1, [i, *p])
    return wb, ws


def proj_phase_two_added_beside_phase_one(folder: Path) -> list[Path]:
    """东镇's May list: ``东塬光伏组件生产线项目(一期)`` (half-width brackets, as May's clerk typed) 30,000, 累计 4,500,
    and 东塬新型墙材项目; June's list (a new clerk, full-width IME) keeps both — ``东塬光伏组件生产线项目（一期）``, same
    项目编号 — and adds ``东塬光伏组件生产线项目（二期）`` (its own 项目编号, 总投资 40,000, 开工 2026-06-10, 累计 800).

    A reader takes June's 3 projects with their names as typed (full-width brackets), 一期 continuing from May (累计
    6,000) and 二期 new; brackets typed in another width are no rename, so none is said.
    """
    one = ["2601-610599-04-01-000041", "东塬光伏组件生产线项目（一期）", "新建", "否", "是", 30000, 12000, dt.date(2026, 3, 1), "是"]
    wall = ["2601-610599-04-01-000042", "东塬新型墙材项目", "新建", "否", "否", 12000, 6000, dt.date(2026, 4, 8), "是"]
    two = ["2601-610599-04-01-000048", "东塬光伏组件生产线项目（二期）", "新建", "否", "是", 40000, 10000, dt.date(2026, 6, 10), "是"]
    may_one = [one[0], "东塬光伏组件生产线项目(一期)", *one[2:]]
    wb, _ = _phases(5, [[*may_one, 1500, 4500], [*wall, 800, 1600]])
    may = f15._save(wb, folder / "东镇5月项目.xlsx")
    wb, _ = _phases(6, [[*one, 1500, 6000], [*wall, 800, 2400], [*two, 800, 800]])
    return [may, f15._save(wb, folder.parent / "东镇6月项目.xlsx")]
