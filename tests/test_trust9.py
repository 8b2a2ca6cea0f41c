"""Trust leftovers of round 9 (issue 11: nothing lost, nothing trusted).

1. A count over a flag column a return did not have (战新, 是否倍增重点项目, 是否开工, 技改 when neither 是否技改项目
   nor 建设性质 is there) is not known (未报, NULL), never 0; the clerk's warning says the figures will show empty
   (missing_column_feeds, read off the models), not that they may be wrong.  A flag column that is there with
   every cell 否 or blank still counts 0.  Hand-made returns: tests/handmade/trust9.py.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from beizeng.base.config import Config
from beizeng.ops.crosschecks import run_warnings
from beizeng.store.session import work_db
from tests.conftest import indicator
from tests.handmade import trust9
from tests.test_handmade import Maker, accepted, ind, sql, take

SEI = ("sei_count", "sei_share_pct", "sei_output_cum", "sei_output_share_pct")
KEY = ("key_projects", "key_projects_annual_plan", "key_projects_started_pct", "key_projects_in_stats",
       "key_projects_in_stats_pct", "key_projects_completed_cum", "key_projects_plan_pct")


def township(cfg: Config, code: str, scope: str) -> float | None:
    """A township's figure; None when it has none (long_format keeps a NULL row for the county only)."""
    try:
        return indicator(cfg, code, scope=scope)
    except KeyError:
        return None


def said(o: object, code: str) -> list[str | None]:
    return [p.column for p in o.problems if p.code == code]  # type: ignore[attr-defined]


@pytest.mark.parametrize("maker", [trust9.ent_without_sei_column, trust9.ent_without_sei_column_wps_two_row_header])
def test_an_enterprise_return_without_a_sei_column_has_the_sei_figures_not_known(county_full: Config,
                                                                                 maker: Maker) -> None:
    o = accepted(take(county_full, maker), "enterprise_output", "统计局", "2026-06", 3)
    assert "是否战略性新兴产业" in said(o, "missing_column_feeds")
    assert "是否战略性新兴产业" not in said(o, "missing_column_skews")
    for code in SEI:
        assert indicator(county_full, code) is None, code
        assert township(county_full, code, "东镇") is None, code
    # what the return does give stands
    assert ind(county_full, "above_scale_count") == 3
    assert ind(county_full, "output_cum") == pytest.approx(10)


def test_an_enterprise_return_with_its_sei_column_all_no_has_none(county_full: Config) -> None:
    o = accepted(take(county_full, trust9.ent_sei_column_all_no), "enterprise_output", "统计局", "2026-06", 3)
    assert "是否战略性新兴产业" not in said(o, "missing_column_feeds")
    assert ind(county_full, "sei_count") == 0
    assert ind(county_full, "sei_output_cum") == 0
    assert ind(county_full, "sei_share_pct") == 0
    assert township(county_full, "sei_count", "东镇") == 0


def test_a_project_table_without_a_key_column_has_the_key_project_figures_not_known(county_full: Config) -> None:
    o = accepted(take(county_full, trust9.fai_without_key_column), "fai_projects", "东镇", "2026-06", 3)
    assert "是否倍增重点项目" in said(o, "missing_column_feeds")
    assert "是否倍增重点项目" not in said(o, "missing_column_skews")
    for code in KEY:
        assert indicator(county_full, code) is None, code
        assert township(county_full, code, "东镇") is None, code
    assert ind(county_full, "fai_cum") == pytest.approx(0.26)
    assert ind(county_full, "tech_cum") == pytest.approx(0.06)


def test_a_project_table_without_started_columns_has_the_start_rate_not_known(county_full: Config) -> None:
    o = accepted(take(county_full, trust9.fai_without_started_columns), "fai_projects", "西镇", "2026-06", 2)
    assert "是否开工" in said(o, "missing_column_feeds")
    assert indicator(county_full, "key_projects_started_pct") is None
    assert ind(county_full, "key_projects") == 2
    assert ind(county_full, "key_projects_in_stats") == 2
    assert ind(county_full, "key_projects_in_stats_pct") == pytest.approx(100)
    assert ind(county_full, "key_projects_completed_cum") == pytest.approx(0.15)
    # the summary workbook's 合计 line: started not known either
    assert sql(county_full, "select started, invest_cum from key_project_totals where period = '2026-06'") == [
        (None, 1500)]


def test_a_project_table_without_nature_or_tech_flag_has_tech_investment_not_known(county_full: Config) -> None:
    o = accepted(take(county_full, trust9.fai_without_nature_or_tech_columns), "fai_projects", "东镇", "2026-06", 2)
    assert {"建设性质", "是否技改项目"} <= set(said(o, "missing_column_skews"))  # each alone leaves the other
    assert indicator(county_full, "tech_cum") is None
    assert township(county_full, "tech_cum", "东镇") is None
    assert ind(county_full, "fai_cum") == pytest.approx(0.15)
    assert ind(county_full, "key_projects") == 0


def test_a_project_table_with_nature_but_no_tech_flag_counts_tech_by_nature(county_full: Config) -> None:
    o = accepted(take(county_full, trust9.fai_nature_without_tech_flag), "fai_projects", "东镇", "2026-06", 2)
    assert "是否技改项目" in said(o, "missing_column_skews")
    assert ind(county_full, "tech_cum") == pytest.approx(0.05)
    assert township(county_full, "tech_cum", "东镇") == pytest.approx(0.05)


# ---------------------------------------------------------------------------------------------
# 2. missing_inputs names the return, its sender and file, that lacked a column a figure counts by
# ---------------------------------------------------------------------------------------------

def missing(cfg: Config, form: str) -> list[str]:
    return [str(m) for (m,) in sql(cfg, "select message from missing_inputs where period = '2026-06' and form = ?",
                                   [form])]


def test_missing_inputs_names_the_file_and_sender_without_the_key_column(county_full: Config) -> None:
    take(county_full, trust9.fai_without_key_column)
    [said_] = [m for m in missing(county_full, "fai_projects") if "是否倍增重点项目" in m]
    assert said_.startswith("东镇报送的《") and "东镇2026年6月项目表.xlsx" in said_
    assert "重点项目" in said_ and "未报（显示为空，不按0计算）" in said_


def test_missing_inputs_names_the_sender_without_the_sei_column(county_full: Config) -> None:
    take(county_full, trust9.ent_without_sei_column)
    [said_] = [m for m in missing(county_full, "enterprise_output") if "战略性新兴产业" in m]
    assert said_.startswith("统计局报送的《") and "县统计局规上工业报表6月.xlsx" in said_
    assert "未报" in said_
    # the run's warnings (the 数据质量 sheet, the run summary) carry it
    con = duckdb.connect(str(work_db(county_full)), read_only=True)
    try:
        assert any("没有“是否战略性新兴产业”列" in w for w in run_warnings(con, "2026-06"))
    finally:
        con.close()


def test_missing_inputs_names_a_sum_column_absent_too(county_full: Config) -> None:
    from tests.handmade import absent8

    take(county_full, absent8.attraction_without_funds_column)
    [said_] = [m for m in missing(county_full, "attraction") if "本年到位资金" in m]
    assert said_.startswith("招商局报送的《") and "招商引资台账6月（旧表样）.xlsx" in said_ and "未报" in said_


def test_one_township_without_the_key_column_leaves_the_others_counted_and_is_named(county_full: Config) -> None:
    trust9.fai_without_key_column(county_full.inbox)  # 东镇: no 重点 column
    take(county_full, trust9.fai_without_started_columns)  # 西镇: 重点 given, 开工 not
    assert ind(county_full, "key_projects") == 2  # 西镇's, the only ones known
    # 东镇 said which started, but none of its rows is a key project: the key projects' start is still unknown
    assert indicator(county_full, "key_projects_started_pct") is None
    [said_] = [m for m in missing(county_full, "fai_projects") if "是否倍增重点项目" in m]
    assert said_.startswith("东镇报送的") and "只含其他单位报送的数，不含东镇的" in said_
    [started] = [m for m in missing(county_full, "fai_projects") if "“是否开工”" in m]
    assert started.startswith("西镇报送的") and "只含其他单位报送的数" in started


def test_the_report_and_explain_say_why_a_sei_figure_is_not_known(county_full: Config) -> None:
    from beizeng.cli.commands.ops import explain_indicator
    from beizeng.publish.report import build_report

    take(county_full, trust9.ent_without_sei_column)
    con = duckdb.connect(str(work_db(county_full)), read_only=True)
    try:
        report = build_report(con, county_full, "2026-06")
        exp = explain_indicator(con, county_full, "sei_count", "2026-06")
        shown_ = explain_indicator(con, county_full, "above_scale_count", "2026-06")
    finally:
        con.close()
    text = "\n".join(p.text for p in report.paragraphs)
    assert "战略性新兴产业类企业达到【待补充】户" in text  # not 0 户
    assert any("没有“是否战略性新兴产业”列" in p.text and "未报" in p.text for p in report.paragraphs
               if p.style == "gap")
    assert exp.value is None
    [why] = exp.unread
    assert why.startswith("统计局报送的《") and "“是否战略性新兴产业”列" in why
    assert shown_.value == 3 and shown_.unread == []


# ---------------------------------------------------------------------------------------------
# 3. a 合计 that counts a hidden row, or is hidden itself, says so
# ---------------------------------------------------------------------------------------------

def mismatches(o: object) -> list[tuple[str | None, str, str | None]]:
    return [(p.cell, p.message, p.fix) for p in o.problems if p.code == "total_mismatch"]  # type: ignore[attr-defined]


def test_a_total_counting_a_hidden_project_names_the_hidden_row(county_full: Config) -> None:
    o = accepted(take(county_full, trust9.fai_total_counts_a_hidden_project), "fai_projects", "东镇", "2026-06", 2)
    assert "第5行" in [p.cell for p in o.problems if p.code == "hidden_row"]
    said_ = mismatches(o)
    assert sorted(str(c) for c, _, _ in said_) == ["G7", "H7", "L7"]  # 计划总投资, 年度计划, 累计完成: each off by row 5
    for _, message, fix in said_:
        assert message.startswith("合计含隐藏的第5行：") and "正是隐藏的第5行之数" in message
        assert fix is not None and "取消隐藏" in fix
    assert ind(county_full, "fai_cum") == pytest.approx(0.2)  # the hidden row stays out


def test_a_hidden_land_row_in_the_total_is_named(county_full: Config) -> None:
    from tests.test_shown_cells import _land

    o = accepted(take(county_full, lambda f: _land(f, hide=(5,))), "factors", "自然资源局", "2026-06", 2)
    [(cell, message, _)] = mismatches(o)
    assert cell == "G7" and message.startswith("合计含隐藏的第5行：") and "相差 600" in message


def test_a_hidden_total_row_that_is_off_says_it_is_hidden(county_full: Config) -> None:
    o = accepted(take(county_full, trust9.attraction_hidden_total_row_off), "attraction", "招商局", "2026-06", 3)
    [(cell, message, _)] = mismatches(o)
    assert cell == "I7" and message.startswith("第7行的合计行已被隐藏；合计行与各行之和不一致") and "相差 -1,000" in message


def test_a_total_off_by_other_than_the_hidden_row_still_names_it(county_full: Config) -> None:
    o = accepted(take(county_full, trust9.attraction_hidden_row_and_total_off_otherwise), "attraction", "招商局",
                 "2026-06", 2)
    [(cell, message, fix)] = mismatches(o)
    assert cell == "I7" and message.startswith("合计行与各行之和不一致") and "另有隐藏的第5行未计入各行之和" in message
    assert fix is not None and "隐藏的第5行按已删除处理" in fix


# ---------------------------------------------------------------------------------------------
# 5. a comment on a words cell is answered in words about words, not about a number
# ---------------------------------------------------------------------------------------------

def comment_fixes(o: object) -> dict[str | None, str | None]:
    return {p.cell: p.fix for p in o.problems if p.code == "cell_comment"}  # type: ignore[attr-defined]


def test_comments_on_a_name_a_code_a_date_and_a_figure_get_fixes_in_their_own_words(county_full: Config) -> None:
    from tests.test_cell_comments import _with_comments

    o = accepted(take(county_full, lambda f: _with_comments(f, {
        "E4": ("项目名称待定，先按备案名", "王芳"), "B5": ("监管号待自然资源部系统生成", "王芳"),
        "H6": ("合同签订日期以最终文本为准", "王芳"), "F5": ("此数为预估", "王芳")})),
        "factors", "自然资源局", "2026-06", 3)
    fixes = comment_fixes(o)
    assert "此格填写的内容还不确定" in str(fixes["B5"]) and "此数" not in str(fixes["B5"])  # 电子监管号, a code
    assert "此格内容还不确定" in str(fixes["E4"]) and "此数" not in str(fixes["E4"])  # a column the form does not read
    assert "此日期还不确定" in str(fixes["H6"]) and "此数" not in str(fixes["H6"])
    assert "此数还不确定" in str(fixes["F5"])


def test_a_comment_on_a_project_name_is_about_the_name(county_full: Config) -> None:
    import openpyxl
    from openpyxl.comments import Comment

    def made(folder: Path) -> Path:
        path = trust9.fai_nature_without_tech_flag(folder)
        wb = openpyxl.load_workbook(path)
        wb.active["B4"].comment = Comment("项目已更名为东镇包装材料项目", "张三")
        wb.active["H4"].comment = Comment("含上月漏报200万", "张三")
        wb.save(path)
        return path

    o = accepted(take(county_full, made), "fai_projects", "东镇", "2026-06", 2)
    fixes = comment_fixes(o)
    assert "此格填写的内容还不确定或有误" in str(fixes["B4"]) and "此数" not in str(fixes["B4"])
    assert "此数还不确定" in str(fixes["H4"])


# ---------------------------------------------------------------------------------------------
# 4. (not done) a refused file with no period is listed in the period due the month it arrived
# ---------------------------------------------------------------------------------------------

def _fai_of(period: str) -> Maker:
    """东镇's project table of ``period`` (its title and cumulative column name the months), one project."""
    year, month = int(period[:4]), int(period[5:])

    def made(folder: Path) -> Path:
        import datetime as dt

        import openpyxl
        wb = openpyxl.Workbook()
        ws = wb.active
        ws["A1"] = f"东镇{year}年1-{month}月工业固定资产投资项目进展情况表"
        ws["A2"] = "填报单位：东镇人民政府"
        ws.append(["项目代码", "项目名称", "所属乡镇", "建设性质", "是否技改项目", "是否倍增重点项目", "计划总投资",
                   "年度计划投资", "是否开工", "开工日期", "是否纳统", f"1-{month}月累计完成投资"])
        ws.append([trust9.pcode(95), "东镇果蔬冷藏项目", "东镇", "新建", "否", "是", 4000, 2000, "是",
                   dt.date(year, 1, 5), "是", 2000])
        path = folder / f"东镇{year}年{month}月项目表.xlsx"
        wb.save(path)
        return path
    return made


def test_a_refused_file_without_a_period_from_a_sender_who_returned_the_period_says_the_period_is_unknown(
        county_full: Config) -> None:
    import datetime as dt

    from beizeng.ops.completeness import completeness

    today = dt.date.today()
    last = today.replace(day=1) - dt.timedelta(days=1)
    period = f"{last:%Y-%m}"
    accepted(take(county_full, _fai_of(period)), "fai_projects", "东镇", period, 1)
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"] = "东镇工业项目进展情况说明"
    ws["A2"] = "填报单位：东镇人民政府"
    ws.append(["事项", "进展", "备注"])
    ws.append(["光伏支架项目", "主体完工", "计划投产"])
    wb.save(county_full.inbox / "东镇项目情况.xlsx")
    take(county_full, lambda f: f)
    con = duckdb.connect(str(work_db(county_full)), read_only=True)
    try:
        rows = completeness(con, county_full, period, dt.datetime(today.year, today.month, 28))
    finally:
        con.close()
    # the file naming no period is no refused version of the period 东镇 already returned: it is listed as
    # unidentified, 可能是东镇报送的 (it counted as 曾退回1次 before)
    [east] = [d for d in rows if (d.form, d.sender, d.key) == ("fai_projects", "东镇", period)]
    assert east.state == "on_time" and "曾退回" not in east.note
    [guess] = [d for d in rows if d.file == "东镇项目情况.xlsx"]
    assert guess.state == "unidentified" and "可能是东镇报送的，期别不明" in guess.note
