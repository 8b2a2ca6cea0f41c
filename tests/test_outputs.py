"""The summary workbook (汇总表) of 2026-06 for the test county, checked figure by figure.

Hand arithmetic (tests/scenarios.py, see tests/test_indicators.py for the whole scenario):
  output 10 亿元 against the target 24 with its own split (10 by June): 序时进度 10, progress 100 %, gap 0,
      gap to 序时进度 (10 − 12) × 100 / 24 = −8.3 pp → 落后 (more than 5 pp behind)
  va 6.5 % against 7.0 % → −0.5 pp → 接近;  fai −16.3 % (the bureau's) against 10 % → −26.3 pp → 落后;
  tech 20 % against 5 % → +15 pp → 领先;  key projects 6700 / 16500 = 40.6 % against 50 % → −9.4 pp → 落后
  townships: 东镇 E1 30000 + E2 (东关镇 = 东镇) 20000 = 5 亿元, 西镇 E3 50000 = 5 亿元 → 50 % each, tied 1st;
      固投 东镇 P1 3000 + P2 1200 = 0.42 亿元 (62.7 % of 0.67), 西镇 P5 2500 = 0.25 亿元 (37.3 %)
  key projects: P1 3000/6000 = 50 % (on 序时进度), P2 240 %, P4 0 % (−50 pp), P5 31.25 % (−18.75 pp)
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import duckdb
import openpyxl
import pytest

from beizeng.base.config import Config
from beizeng.ops.completeness import completeness
from beizeng.publish.outputs import quality_rows, write_summary
from beizeng.store.session import work_db
from tests.conftest import ingest
from tests.scenarios import (
    city_2026_06,
    ent_2026_06,
    ent_last_year,
    enterprise_output,
    fai,
    fai_2026_06,
    project,
    targets_2026,
)

HYPERLINK = '=HYPERLINK("http://x","y")'


def _stamp(path: Path, when: dt.datetime) -> None:
    os.utime(path, (when.timestamp(), when.timestamp()))


@pytest.fixture
def loaded(county: Config) -> Config:
    """Every 2026-06 return, all saved on 5 July (on time), loaded without Prefect."""
    from tests.scenarios import full_county

    for path in full_county(county.inbox):
        _stamp(path, dt.datetime(2026, 7, 5, 10))
    assert {o.status for o in ingest(county)} == {"accepted"}
    return county


def summary(cfg: Config, tmp_path: Path, period: str = "2026-06", now: dt.datetime | None = None) -> Path:
    con = duckdb.connect(str(work_db(cfg)), read_only=True)
    try:
        return write_summary(con, cfg, period, tmp_path / "汇总表.xlsx", now=now)
    finally:
        con.close()


def sheet_rows(path: Path, name: str, min_row: int = 1) -> list[tuple[object, ...]]:
    wb = openpyxl.load_workbook(path, read_only=True)
    try:
        return [tuple(r) for r in wb[name].iter_rows(min_row=min_row, values_only=True)]
    finally:
        wb.close()


def test_overview_has_every_indicator_with_targets_progress_and_traffic_lights(loaded: Config, tmp_path: Path) -> None:
    """One unit per column: 目标 in the line's own unit, 完成进度 and 序时进度 in % of the target, the gap in 百分点;
    a growth target sits on the growth line (never 10.0% beside an amount in 亿元); every line with a target
    has its light; section 6 (prose only) is there and says so."""
    from beizeng.store.catalogue import catalogue

    path = summary(loaded, tmp_path)
    all_rows = sheet_rows(path, "指标总览", 4)
    rows = {r[0]: r for r in all_rows if r[0]}
    output = rows["规上工业总产值"]
    assert output[2] == "亿元" and output[7] == pytest.approx(100000 / 92000 * 100 - 100)
    # 10 亿元 of a target of 24: 10 ÷ 24 = 41.7 % done; the target's own split says 10 by June: 10 ÷ 24 = 41.7 % due
    assert output[1] == pytest.approx(10.0) and output[3] == pytest.approx(24.0)
    assert output[4] == pytest.approx(1000 / 24) and output[5] == pytest.approx(1000 / 24)
    assert output[6] == pytest.approx(0.0) and output[9] == 2 and output[10] == "领先"
    assert rows["规上工业总产值序时进度目标"][1:3] == (pytest.approx(10.0), "亿元")
    assert rows["规上工业增加值同比增速"][6] == pytest.approx(-0.5) and rows["规上工业增加值同比增速"][10] == "接近（5个百分点内）"
    fai, fai_growth = rows["工业固定资产投资"], rows["工业固定资产投资同比增速"]
    assert fai[1:4] == (pytest.approx(0.67), "亿元", None) and fai[7] == pytest.approx(-16.3) and fai[10] is None
    assert fai_growth[1:4] == (pytest.approx(-16.3), "%", pytest.approx(10.0))
    assert fai_growth[6] == pytest.approx(-26.3) and fai_growth[10] == "落后"
    assert rows["技术改造投资同比增速"][6] == pytest.approx(15.0) and rows["技术改造投资同比增速"][10] == "领先"
    key = rows["重点项目完成投资"]
    assert key[3:7] == (pytest.approx(1.65), pytest.approx(6700 / 16500 * 100), pytest.approx(50.0),
                        pytest.approx(6700 / 16500 * 100 - 50))
    assert key[10] == "落后"
    # one unit per column: every 目标 in its line's unit, every 完成进度/序时进度 a %, every gap in 百分点
    from beizeng.publish.overview import LINES, NOT_LINES, declared

    cat = catalogue()
    for line in LINES:
        if line.target:
            assert cat[line.target].unit == cat[line.value].unit, line.value
            assert line.gap, f"{line.value} has a target and no light"
        assert all(cat[c].unit == "%" for c in (line.progress, line.time_share) if c)
        assert line.gap is None or cat[line.gap].unit == "pp"
    # section 6 has no figures: its heading and one line saying where its content is
    at = [r[0] for r in all_rows].index("6. 园区要素")
    assert all_rows[at + 1][0].startswith("园区要素（园区规划、基础设施、标准化厂房）为文字材料")
    assert all_rows[at + 2][0] == "7. 项目建设"
    # every catalogued indicator is declared: a line, a column of a line, or not shown (for a stated reason)
    assert [code for code in cat if not declared(code)] == []
    named = {r[0] for r in rows.values()}
    assert not any(cat[code].name in named for code in NOT_LINES)
    assert set(cat) >= set(NOT_LINES)  # a code renamed away would leave a stale entry behind
    # the traffic light is live: conditional formats on the gap column
    wb = openpyxl.load_workbook(path)
    rules = [r.formula[0] for cf in wb["指标总览"].conditional_formatting for r in cf.rules]
    assert any("ROUND($G" in f and ">=0" in f for f in rules) and any("<-5" in f for f in rules)


def test_the_terminal_overview_shows_each_figure_in_its_own_unit(loaded: Config) -> None:
    """The table `beizeng run` prints: a growth target reads 10.0% on the growth line, never beside an amount in
    亿元; 完成进度 and 序时进度 read as %, a rank is a whole number, rates carry their sign; digits as on the sheet."""
    from beizeng.publish.overview import HEADERS, overview_rows, text_rows

    con = duckdb.connect(str(work_db(loaded)), read_only=True)
    try:
        rows = {r[0]: dict(zip(HEADERS, r, strict=True)) for r in text_rows(overview_rows(con, "2026-06", "测试县"))}
    finally:
        con.close()
    assert rows["规上工业总产值"] == {
        "指标": "规上工业总产值", "数值": "10.00", "单位": "亿元", "目标": "24.00", "完成进度%": "41.7%",
        "序时进度%": "41.7%", "差距(百分点)": "0.0", "同比%": "8.7%", "全市平均%": "—", "全市排名": "2", "状态": "领先"}
    fai = rows["工业固定资产投资"]
    assert (fai["数值"], fai["目标"], fai["差距(百分点)"], fai["同比%"]) == ("0.67", "—", "—", "-16.3%")
    growth = rows["工业固定资产投资同比增速"]
    assert (growth["数值"], growth["目标"], growth["差距(百分点)"], growth["状态"]) == ("-16.3%", "10.0%", "-26.3", "落后")
    assert rows["规上工业增加值同比增速"]["数值"] == "6.5%" and rows["规上工业增加值同比增速"]["差距(百分点)"] == "-0.5"


def test_townships_side_by_side_with_shares_and_ranks(loaded: Config, tmp_path: Path) -> None:
    path = summary(loaded, tmp_path)
    rows = sheet_rows(path, "分乡镇", 3)
    head, sub, *data = rows
    assert head[1] == "规上工业总产值" and sub[1:5] == ("亿元", "占全县%", "排名", "同比%")
    by = {r[0]: r for r in data}
    assert by["东镇"][1:4] == pytest.approx((5.0, 50.0, 1)) and by["西镇"][1:4] == pytest.approx((5.0, 50.0, 1))
    fai_col = head.index("工业固定资产投资")
    assert by["东镇"][fai_col:fai_col + 3] == pytest.approx((0.42, 4200 / 6700 * 100, 1))
    assert by["西镇"][fai_col:fai_col + 3] == pytest.approx((0.25, 2500 / 6700 * 100, 2))
    assert by["全县合计"][1:3] == pytest.approx((10.0, 100.0))
    # the townships' own output targets, as the warehouse computes them per scope: 东镇 11 亿元 with no split,
    # so 序时进度 is the county's rule 6/12 = 50 %; 5 ÷ 11 = 45.5 % done, 4.5 points behind; 西镇 has no target
    at = head.index("产值目标完成情况")
    assert sub[at:at + 4] == ("年度目标\n（亿元）", "完成目标%", "序时进度%", "较序时进度\n（百分点）")
    assert by["东镇"][at:at + 4] == pytest.approx((11.0, 500 / 11, 50.0, 500 / 11 - 50))
    assert by["西镇"][at:at + 4] == (None, None, None, None)
    assert by["全县合计"][at:at + 4] == pytest.approx((24.0, 1000 / 24, 1000 / 24, 0.0))
    wb = openpyxl.load_workbook(path)
    rules = [(str(cf.sqref), r.formula[0]) for cf in wb["分乡镇"].conditional_formatting for r in cf.rules]
    gap = openpyxl.utils.get_column_letter(at + 4)
    assert any(ref.startswith(gap) and "<-5" in f for ref, f in rules)


def test_key_projects_plan_against_done_and_behind_time_highlighted(loaded: Config, tmp_path: Path) -> None:
    path = summary(loaded, tmp_path)
    rows = sheet_rows(path, "重点项目进度", 3)
    header, *data = rows
    col = {h: i for i, h in enumerate(header)}
    projects = {r[col["项目名称"]]: r for r in data if isinstance(r[0], int)}
    assert set(projects) == {"东镇光伏组件扩能项目", "东关饲料生产线技改项目", "西岭建材扩建项目", "西镇新材料产业园"}
    gap = col["较序时进度\n（百分点）"]
    assert projects["东镇光伏组件扩能项目"][gap] == pytest.approx(0.0)
    assert projects["西岭建材扩建项目"][gap] == pytest.approx(-50.0)
    assert projects["西镇新材料产业园"][gap] == pytest.approx(2500 / 8000 * 100 - 50)
    assert projects["西岭建材扩建项目"][col["开工"]] == "否" and projects["西镇新材料产业园"][col["纳统"]] == "是"
    [total] = [r for r in data if r[1] == "合计"]
    assert total[col["年度计划投资\n（万元）"]] == pytest.approx(16500) and total[col["累计完成投资\n（万元）"]] == pytest.approx(6700)
    assert total[col["完成年度\n计划%"]] == pytest.approx(6700 / 16500 * 100)
    wb = openpyxl.load_workbook(path)
    [rule] = [r for cf in wb["重点项目进度"].conditional_formatting for r in cf.rules]
    assert rule.formula == ["AND(ISNUMBER($J4),ROUND($J4,1)<0)"]  # the row turns red when column J is behind


def test_key_projects_total_line_is_the_sqls_row(loaded: Config, tmp_path: Path) -> None:
    """合计 of 重点项目进度 (issue 13: no sum in Python): the key projects P1, P2, P4, P5 — 计划总投资
    10000 + 1800 + 5000 + 20000 = 36800 万元, started P1, P2, P5 = 3, in the database P1, P2, P5 = 3 — as
    sql/models/480_key_project_totals.sql sums them and ind_key_projects counts them."""
    path = summary(loaded, tmp_path)
    header, *data = sheet_rows(path, "重点项目进度", 3)
    col = {h: i for i, h in enumerate(header)}
    [total] = [r for r in data if r[1] == "合计"]
    assert total[2] == "4个项目，已开工3个，已纳统3个"
    assert total[col["计划总投资\n（万元）"]] == pytest.approx(36800)
    con = duckdb.connect(str(work_db(loaded)), read_only=True)
    try:
        assert con.execute("select started, total_investment, annual_plan, invest_cum from key_project_totals "
                           "where period = '2026-06'").fetchall() == [(3, 36800, 16500, 6700)]
    finally:
        con.close()


def test_completeness_matrix_and_chase_list(county: Config, tmp_path: Path) -> None:
    """On time (5 July), late (东镇 saved 12 July, after the 8 July deadline), rejected (西镇, a bad project
    code, not resent), missing (工信局's 企业培育台账), with whom to call from the last return's footer."""
    inbox = county.inbox
    on_time = [enterprise_output(inbox, "2026-06", ent_2026_06()), city_2026_06(inbox), targets_2026(inbox),
               enterprise_output(inbox, "2025-06", ent_last_year("2025-06", 1))]
    east, _ = fai_2026_06(inbox)
    (inbox / "西镇_2026-06_工业固定资产投资项目月报.xlsx").unlink()
    bad = project(5, "西镇新材料产业园", "西镇", "新建", False, True, 20000, 8000, True, dt.date(2026, 4, 10), True, 2500)
    bad[0] = "不是项目代码"
    west = fai(inbox, "西镇", "2026-06", [bad])
    for p in on_time:
        _stamp(p, dt.datetime(2026, 7, 5, 10))
    _stamp(east, dt.datetime(2026, 7, 12, 9))
    _stamp(west, dt.datetime(2026, 7, 6, 9))
    assert sorted(o.status for o in ingest(county)) == ["accepted"] * 5 + ["rejected"]
    con = duckdb.connect(str(work_db(county)), read_only=True)
    try:
        dues = {(d.sender, d.form): d for d in completeness(con, county, "2026-06", dt.datetime(2026, 7, 20))}
        problems = quality_rows(con, "2026-06")
    finally:
        con.close()
    assert dues[("统计局", "enterprise_output")].state == "on_time"
    assert dues[("工信局", "targets")].state == "sent"
    assert dues[("东镇", "fai_projects")].state == "late"
    assert dues[("西镇", "fai_projects")].state == "rejected"
    assert dues[("工信局", "cultivation")].state == "missing"
    # the phone to call is the one in the footer of the sender's last return, not the config's contact
    assert (dues[("西镇", "fai_projects")].reporter, dues[("西镇", "fai_projects")].phone) == ("张三", "0913-1234567")
    # the rejected file's errors are in 数据质量, on their cell
    [err] = [p for p in problems if p[0] == "错误"]
    assert err[1] == "西镇" and err[3] == west.name and err[5] == "B5" and "项目代码" in err[8] and err[10] == "已退回"

    path = summary(county, tmp_path, now=dt.datetime(2026, 7, 20))
    rows = sheet_rows(path, "报送情况", 3)
    header = rows[0]
    start = next(i for i, r in enumerate(rows) if r[0] and str(r[0]).startswith("催报清单"))
    matrix = {r[0]: r for r in rows[1:start] if r[0]}
    fai_col = header.index("工业固定资产投资项目月报")
    assert (matrix["东镇"][fai_col], matrix["西镇"][fai_col]) == ("逾期", "退回")
    assert matrix["统计局"][header.index("规上工业企业生产月报")] == "按时"
    assert matrix["工信局"][header.index("企业培育台账")] == "未报" and matrix["东镇"][header.index("企业培育台账")] == "—"
    chase = [r for r in rows[start + 2:] if r[0]]
    assert ("西镇", "工业固定资产投资项目月报", "退回待重报") in {r[:3] for r in chase}
    assert any(r[0] == "工信局" and r[1] == "企业培育台账" and r[2] == "逾期未报" and r[4] == "张三" for r in chase)
    assert not any(r[0] == "东镇" for r in chase)  # late but sent: nothing to chase


def test_data_quality_lists_warnings_with_file_sheet_and_cell(county: Config, tmp_path: Path) -> None:
    """An enterprise whose output more than doubled is a warning (the return is loaded), located on its cell."""
    rows = ent_2026_06()
    rows[0] = (*rows[0][:5], 80000, 25000)
    path = enterprise_output(county.inbox, "2026-06", rows)
    ingest(county)
    out = summary(county, tmp_path)
    data = [r for r in sheet_rows(out, "数据质量", 4) if r[0] == "提醒"]
    [warn] = [r for r in data if r[6] == "1-N月累计工业总产值"]
    assert warn[1] == "统计局" and warn[3] == path.name and warn[4] == "Sheet1" and warn[5] == "I6"
    assert "220.0%" in str(warn[8]) and warn[10] == "已入库"


def test_data_quality_lists_the_run_warnings_a_mismatch_and_a_missing_return(county: Config, tmp_path: Path) -> None:
    """The run summary's warnings are on the 数据质量 sheet, line for line: 西岭建材's 上年同期 (45000 in the June
    return) against its own 2025-06 return (45300: 300 ÷ 45300 = 0.66 % apart, beyond 0.5 %), and the city
    comparison nobody sent."""
    from beizeng.ops.crosschecks import run_warnings
    from tests.scenarios import E1, E2, E3, full_county

    full_county(county.inbox)
    (county.inbox / "统计局_2026-06_全市各县区主要工业指标对比.xlsx").unlink()
    enterprise_output(county.inbox, "2025-06", [  # the same file name: replaces the base 2025-06 return
        (E1, "东方光伏科技有限公司", "东镇", True, "2019", 25000, None),
        (E2, "东关饲料有限公司", "东镇", False, "2018-06", 22000, None),
        (E3, "西岭建材有限公司", "西镇", False, "2020", 45300, None),
    ])
    assert {o.status for o in ingest(county)} == {"accepted"}
    con = duckdb.connect(str(work_db(county)), read_only=True)
    try:
        said = run_warnings(con, "2026-06")
    finally:
        con.close()
    out = summary(county, tmp_path)
    rows = sheet_rows(out, "数据质量")
    header = rows[2]
    col = {h: header.index(h) for h in ("类别", "报表", "问题", "修改建议")}
    checks = [r for r in rows[3:] if r[col["类别"]] in ("缺报", "核对", "空值", "不可比")]
    assert [r[col["问题"]] for r in checks] == said  # one wording, the run summary's
    mismatch = (f"交叉核对：企业月报“上年同期”与上年报表不符：西岭建材有限公司（{E3}）填报 45,000.00 万元，"
                "2025年1-6月报表为 45,300.00 万元，相差 0.66%")
    [row] = [r for r in checks if r[col["问题"]] == mismatch]
    assert (row[col["类别"]], row[col["报表"]]) == ("核对", "指标交叉核对")
    [city] = [r for r in checks if r[col["报表"]] == "全市各县区主要工业指标对比"]
    assert city[col["类别"]] == "缺报"
    assert str(city[col["问题"]]).startswith("缺少报表：缺少2026年1-6月的《全市各县区主要工业指标对比》：")
    assert "规上工业增加值同比增速" in str(city[col["问题"]]) and "催报" in str(city[col["修改建议"]])
    assert f"指标核对 {len(checks)} 条" in str(rows[1][0])


def test_charts_print_setup_and_no_formulas(loaded: Config, tmp_path: Path) -> None:
    path = summary(loaded, tmp_path)
    with zipfile.ZipFile(path) as z:
        charts = sorted(n for n in z.namelist() if re.fullmatch(r"xl/charts/chart\d+\.xml", n))
        xml = [z.read(n).decode("utf-8") for n in charts]
    assert len(charts) == 3
    # output by month (only 1-6月 in the scenario) as columns with the 序时进度 line, townships' investment as
    # columns, key projects' completion with the 序时进度 line: each over its table on the 图表 sheet
    data = sheet_rows(path, "图表")
    heads = [i + 1 for i, r in enumerate(data) if r[0] in ("月份", "乡镇")]  # Excel rows of the three table headers
    assert len(heads) == 3
    assert data[heads[1]][0] == "东镇" and data[heads[1] + 1][0] == "西镇"
    assert "<c:barChart>" in xml[0] and "<c:lineChart>" in xml[0] and f"<c:f>图表!$B${heads[0] + 1}</c:f>" in xml[0]
    assert "<c:lineChart>" not in xml[1] and f"<c:f>图表!$B${heads[1] + 1}:$B${heads[1] + 2}</c:f>" in xml[1]
    assert "<c:lineChart>" in xml[2] and f"<c:f>图表!$B${heads[2] + 1}:$B${heads[2] + 2}</c:f>" in xml[2]
    assert data[heads[0]][:3] == ("1-6月", pytest.approx(10.0), pytest.approx(10.0))  # only 1-6月 in the scenario
    wb = openpyxl.load_workbook(path)
    for ws in wb.worksheets:
        assert ws.page_setup.orientation == "landscape" and ws.page_setup.paperSize == 9, ws.title
        assert all(c.data_type != "f" for row in ws.iter_rows() for c in row), ws.title
    assert wb["指标总览"].print_title_rows == "$3:$3" and wb["指标总览"].freeze_panes == "B4"
    assert wb["分乡镇"].print_title_rows == "$3:$4"


def test_a_period_without_returns_still_writes_a_workbook(county: Config, tmp_path: Path) -> None:
    targets_2026(county.inbox)
    ingest(county)
    path = summary(county, tmp_path, "2026-03", now=dt.datetime(2026, 4, 20))
    rows = {r[0]: r for r in sheet_rows(path, "指标总览", 4) if r[0]}
    assert rows["规上工业总产值"][1] is None
    matrix = sheet_rows(path, "报送情况", 4)
    assert any(r[0] == "统计局" and "未报" in list(r) for r in matrix)


def test_formula_text_from_a_return_stays_text(county: Config, tmp_path: Path) -> None:
    """OWASP ASVS V1.2.10: a project named =HYPERLINK(...) in a return is that text in the 汇总表, never a formula."""
    east = [project(1, HYPERLINK, "东镇", "新建", False, True, 10000, 6000, True, dt.date(2026, 3, 1), True, 3000)]
    path = fai(county.inbox, "东镇", "2026-06", east)
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    assert ws is not None
    cell = ws["C5"]  # openpyxl made it a formula; the clerk typed it as text ('=HYPERLINK… or a text cell)
    cell.value, cell.data_type = HYPERLINK, "s"
    wb.save(path)
    [outcome] = ingest(county)
    assert outcome.status == "accepted"
    out = summary(county, tmp_path)
    wb = openpyxl.load_workbook(out)
    names = [c for row in wb["重点项目进度"].iter_rows(min_row=4) for c in row if c.value == HYPERLINK]
    assert len(names) == 1 and names[0].data_type == "s"
    returns = [c for row in wb["重点项目进度"].iter_rows() for c in row if c.data_type == "f"]
    assert returns == []


@pytest.mark.soffice
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_workbook_and_report_convert_to_pdf(loaded: Config, tmp_path: Path) -> None:
    from beizeng.publish.period import write_period_outputs

    con = duckdb.connect(str(work_db(loaded)), read_only=True)
    try:
        paths = write_period_outputs(con, loaded, "2026-06")
    finally:
        con.close()
    profile = tmp_path / "profile"
    for path in paths[:2]:  # the workbook and the .docx
        result = subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
             "--outdir", str(tmp_path), str(path)], capture_output=True, text=True, timeout=180)
        pdf = tmp_path / f"{path.stem}.pdf"
        assert result.returncode == 0 and pdf.exists() and pdf.stat().st_size > 10_000, result.stderr
        assert pdf.read_bytes().startswith(b"%PDF")


def test_sheets_of_the_other_returns_list_their_rows_under_the_forms_headers(county_full: Config,
                                                                             tmp_path: Path) -> None:
    """企业培育, 招商引资, 要素保障 from tests/scenarios_more.py: each sender's latest return of the year."""
    from tests.scenarios_more import sections_2_to_5

    sections_2_to_5(county_full.inbox)
    assert {o.status for o in ingest(county_full)} == {"accepted"}
    path = summary(county_full, tmp_path)
    rows = sheet_rows(path, "招商引资", 3)
    assert rows[0][0] == "《招商引资项目台账》 共5行"
    header = rows[1]
    by = {r[header.index("项目名称")]: r for r in rows[2:7]}
    assert by["金隅新型材料项目"][header.index("总投资\n（万元）")] == pytest.approx(30000)
    assert by["金隅新型材料项目"][header.index("项目阶段")] == "开工" and by["金隅新型材料项目"][0] == "招商局"
    assert by["秦河新材项目"][header.index("落户日期")] == dt.datetime(2026, 4, 10)
    factors = sheet_rows(path, "要素保障", 4)
    senders = [r[0] for r in factors if r[0] in ("自然资源局", "财政局")]
    # 自然资源局's December 2025 ledger is last year's: only its 2026-06 parcels, and 财政局's five events
    assert sorted(senders) == sorted(["财政局"] * 5 + ["自然资源局"] * 3)
    assert {r[1] for r in factors if r[0] == "自然资源局"} == {"2026-06"}
    cultivation = sheet_rows(path, "企业培育", 3)
    assert str(cultivation[0][0]).startswith("《企业培育台账》") and "培育类型" in cultivation[1]


def test_attainment_codes_of_the_warehouse(loaded: Config) -> None:
    """sql/models/450_attainment.sql, given the test county's 2026-06 returns (tests/scenarios.py), hand-computed:
    output 10 亿元 of 24 with the target's own split (10 by June): 41.67 % done, 41.67 % due, 0 points; 东镇 5 of
    11 with no split, so the county's rule 6/12: 45.45 % done, 50 % due; a projection to September is never
    compared with the whole year's target (no gap row), only one to December is."""
    from tests.conftest import indicator

    assert float(indicator(loaded, "output_target_pct") or 0) == pytest.approx(1000 / 24)
    assert float(indicator(loaded, "output_time_share_pct") or 0) == pytest.approx(1000 / 24)
    assert float(indicator(loaded, "output_target_pct", scope="东镇") or 0) == pytest.approx(500 / 11)
    assert float(indicator(loaded, "output_time_share_pct", scope="东镇") or 0) == pytest.approx(50.0)
    with pytest.raises(KeyError):  # no row before September: not applicable, not a missing input
        indicator(loaded, "output_projection_vs_target_pp")
