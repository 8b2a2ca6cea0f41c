"""The outside probe p53 (tests/handmade/probe53.py): the other forms as offices make them by hand.  Each was refused
or asked about although a person reads it at sight — the unit only in the title's brackets, a 单位 line naming the
office beside the one naming the unit, signatures spread over a row or a cash book's 会计/复核 — or let a 小计 off its
rows pass without a word.  Expected: read with the figures a statistician reads, the 小计 asked on its cell."""

from __future__ import annotations

from decimal import Decimal as D

from beizeng.base.config import Config
from tests.handmade import probe53 as p
from tests.scenarios import uscc
from tests.test_handmade import accepted, codes, rejected, sql
from tests.test_handmade import take_lazily as take


def test_a_list_in_yi_said_only_by_the_titles_brackets_is_read_in_yi(county_full: Config) -> None:
    # “（亿元）” closing the title is the table's unit, as “单位：亿元” would be (was: 万元 assumed, too_small × 3)
    accepted(take(county_full, p.ent_unit_only_in_title), "enterprise_output", "统计局", "2026-06", 3)
    assert sql(county_full, "select output_month, output_cum, output_cum_last_year from cur_enterprise_output "
                            "order by excel_row") == [(D("450"), D("2550"), D("2318")), (D("180"), D("1185"), D("1100")),
                                                      (D("1200"), D("7600"), D("7000"))]


def test_the_citys_comparison_in_yi_and_percent_by_its_title_is_read(county_full: Config) -> None:
    # “（亿元、%）”: the amounts in 亿元, the rates as typed (was: 22 too_small errors, one per amount)
    accepted(take(county_full, p.city_unit_only_in_title), "city_comparison", "统计局", "2026-06", 4)
    assert sql(county_full, "select county, output_cum, output_cum_last_year, output_yoy_pct from cur_city_comparison "
                            "where county in ('测试县', '甲县') order by county") == [
        ("测试县", D("480000"), D("440000"), D("9.1")), ("甲县", D("2150000"), D("1980000"), D("8.6"))]


def test_a_unit_line_beside_the_offices_is_the_tables_unit(county_full: Config) -> None:
    # A2 “单位：测试县财政局” was taken as the parent of the header under it (单位:测试县财政局日期), hiding F2's 亿元
    o = accepted(take(county_full, p.funds_unit_beside_the_office), "factors", "财政局", "2026-06", 4)
    assert not codes(o, "warning", "error")
    assert sql(county_full, "select amount from cur_factors order by excel_row, amount") == [
        (D("500"),), (D("3000"),), (D("1200.5"),), (D("500"),)]


def test_a_cash_books_signatures_are_its_footer(county_full: Config) -> None:
    # “会计：刘会计　　复核：陈股长” was read as a fifth entry (日期 not a date, 事项 blank)
    o = accepted(take(county_full, p.funds_cash_book_signed), "factors", "财政局", "2026-06", 4)
    assert not codes(o, "warning", "error")


def test_signatures_spread_over_a_row_are_its_footer(county_full: Config) -> None:
    # 负责人：… | 填表人：… | 日期：2026年7月4日 in A, E and I: “日期：…” explains itself as the others do (was: a fifth
    # project with five errors); the 小计 and 合计 in 亿元 check against the rows
    o = accepted(take(county_full, p.attraction_signed_across), "attraction", "招商局", "2026-06", 4)
    assert not [c for c in codes(o, "error")], codes(o, "error")
    assert ("total_mismatch", "招商台账!K7") not in codes(o, "warning")
    assert sql(county_full, "select name, total_investment from cur_attraction order by excel_row") == [
        ("年产2GW光伏组件项目", D("120000")), ("分布式光伏电站项目", D("15000")), ("红薯全产业链加工项目", D("22000")),
        ("花椒精深加工项目", D("8000"))]


def test_a_subtotal_written_under_the_names_is_checked_against_its_rows(county_full: Config) -> None:
    # 东镇小计 in the 企业名称 column closes 东镇's group as “东镇 汇总” under 所属乡镇 does: 2,100 against 2,060 asked on
    # I6 (was: set aside with nothing said); 西镇小计 agrees, the 合计 agrees, the rows stored as typed
    o = accepted(take(county_full, p.ent_subtotal_off_under_the_names), "enterprise_output", "统计局", "2026-06", 3)
    asked = [x for x in o.problems if x.code == "total_mismatch"]
    assert [(x.cell, x.severity) for x in asked] == [("I6", "warning")], [x.line() for x in asked]
    assert "2,060" in asked[0].message and "相差 40" in asked[0].message, asked[0].line()
    assert sql(county_full, "select sum(output_cum) from cur_enterprise_output") == [(D("2710"),)]


def test_a_period_clash_quotes_the_title_and_the_file_name_as_written(county_full: Config) -> None:
    # the title says 1-6月, the file name 5月: both quoted as written beside what each was read as (was: two month
    # labels nobody typed, “2026年6月” for a title saying 2026年1-6月)
    made = p.ent_unit_only_in_title(county_full.inbox)
    made.rename(made.with_name("统计局_规上企业_2026年5月.xlsx"))
    [o] = take(county_full, lambda folder: folder)
    [asked] = [x for x in o.problems if x.code == "ambiguous_period"]
    assert asked.message == ("期间不一致：标题“测试县2026年1-6月规上工业企业主要指标（亿元）”读作“2026年6月”，"
                             "文件名“统计局_规上企业_2026年5月.xlsx”读作“2026年5月”"), asked.message


def test_a_turned_comparisons_growth_row_under_its_output_is_read(county_full: Config) -> None:
    # “　其中：增速 | %” under “规上工业总产值 | 亿元”: the label over its unit is the label, a bare 增速 the output's
    # (was: the row set aside as not of the form, and a false missing_column_feeds for the output's growth rank)
    o = accepted(take(county_full, p.city_turned_with_its_growth_under), "city_comparison", "统计局", "2026-06", 5)
    assert not [x for x in o.problems if x.code in ("missing_column_feeds", "extra_column")], codes(o)
    assert sql(county_full, "select county, output_cum, output_yoy_pct, va_yoy_pct from cur_city_comparison "
                            "where county in ('测试县', '甲县') order by county") == [
        ("测试县", D("480000"), D("9.1"), D("8.6")), ("甲县", D("2150000"), D("8.6"), D("7.9"))]
    # the form's fields are this table's rows: a missing one is a row (session 31, D14: was “没有…列”, “补上…列”)
    [skew] = [x for x in o.problems if x.code == "missing_column_skews" and x.column == "技术改造投资累计"]
    assert skew.message.startswith("表中没有“技术改造投资累计”行，这些指标按该行未填计算"), skew.message
    assert skew.fix == "请补上“技术改造投资累计”行后重新报送", skew.fix


def test_a_summary_agreeing_with_its_township_sheets_is_read_once_from_them(county_full: Config) -> None:
    # the townships' sheets leave 所属乡镇 to their names, so they scored below the 汇总 and were never looked at
    o = accepted(take(county_full, p.ent_summary_and_township_sheets), "enterprise_output", "统计局", "2026-06", 3)
    assert "summary_sheet" in [x.code for x in o.problems], codes(o)
    assert sql(county_full, "select township, output_cum from cur_enterprise_output order by uscc") == [
        ("东镇", D("1185")), ("东镇", D("460")), ("西镇", D("2550"))]


def test_a_summary_behind_a_corrected_township_sheet_is_asked_naming_both_cells(county_full: Config) -> None:
    # 西镇's sheet 2,600, the 汇总 2,550: was the 汇总 stored with only “读取的是「汇总」” said
    [o] = take(county_full, p.ent_summary_behind_a_corrected_township)
    assert o.status == "rejected", codes(o)
    [asked] = [x for x in o.problems if x.severity == "error"]
    assert (asked.code, asked.sheet, asked.cell) == ("summary_differs", "汇总", "I6"), asked.line()
    assert "「汇总」I6格是“2550”，在「西镇」H4格是“2600”" in asked.message, asked.message


# Session 31: a second outsider's 汇总-beside-township-sheets workbooks (hostile round 30b), each a way the two disagree


def test_a_set_aside_summarys_own_total_is_still_checked(county_full: Config) -> None:
    # the 汇总's 合计 4,295 over rows of 4,195: passed unsaid when the townships' sheets were read instead
    o = accepted(take(county_full, p.ent_summary_whose_own_total_is_off), "enterprise_output", "统计局", "2026-06", 3)
    [off] = [x for x in o.problems if x.code == "total_mismatch"]
    assert (off.sheet, off.cell, off.value) == ("汇总", "I7", "4295"), off.line()
    assert "本表各行合计为 4,195（万元），相差 100" in off.message, off.message


def test_a_firm_on_a_township_sheet_only_is_named(county_full: Config) -> None:
    # was: the generic ambiguous_sheet (“几个版本？”, fix “加一列所属乡镇”) naming no firm
    [asked] = [x for x in rejected(take(county_full, p.ent_summary_lacking_a_township_sheets_firm)).problems
               if x.severity == "error"]
    assert (asked.code, asked.sheet, asked.row) == ("summary_differs", "西镇", 5), asked.line()
    assert f"只在各乡镇的工作表：西川包装有限公司（{uscc(5304)}）在「西镇」第5行" in asked.message, asked.message


def test_a_township_differing_from_the_sheets_name_says_the_name(county_full: Config) -> None:
    # 东镇 is no cell of 东镇's sheet: its name says it (was: “在「东镇」A5格是“东镇””)
    [asked] = [x for x in rejected(take(county_full, p.ent_summary_placing_a_firm_in_another_township)).problems
               if x.severity == "error"]
    assert (asked.code, asked.cell, asked.value) == ("summary_differs", "D5", "西镇"), asked.line()
    assert "在「汇总」D5格是“西镇”，而「东镇」表按工作表名「东镇」是“东镇”" in asked.message, asked.message


def test_a_sheet2_whose_title_names_its_township_says_the_title(county_full: Config) -> None:
    o = accepted(take(county_full, p.ent_summary_beside_a_sheet2_titled_with_its_township), "enterprise_output",
                 "统计局", "2026-06", 3)
    [joined] = [x for x in o.problems if x.code == "sheets_joined"]
    assert "「Sheet2」的取自标题“西镇2026年1-6月规上工业企业生产情况”" in joined.message, joined.message
    assert sql(county_full, "select township, implied from cur_enterprise_output where sheet = 'Sheet2'") == [("西镇", "所属乡镇←标题“西镇2026年1-6月规上工业企业生产情况”")]


def test_every_difference_of_a_summary_is_named(county_full: Config) -> None:
    # 东方光伏 corrected in 本月 (185) and 1-6月 (1,190) on 东镇's sheet: was the first and “另有1处也不一致”
    [asked] = [x for x in rejected(take(county_full, p.ent_summary_behind_two_corrections)).problems
               if x.severity == "error"]
    assert (asked.cell, asked.value) == ("H4", "180"), asked.line()
    assert "“1-6月累计工业总产值”在「汇总」I4格是“1185”，在「东镇」H4格是“1190”" in asked.message, asked.message


def test_a_summary_in_yi_rounded_to_two_decimals_agrees(county_full: Config) -> None:
    # 0.26 亿元 over 2,550 万元: the 汇总's two decimals, not a difference (was: 11 cells “不一致”)
    o = accepted(take(county_full, p.ent_summary_in_yi_rounded), "enterprise_output", "统计局", "2026-06", 3)
    assert "summary_sheet" in [x.code for x in o.problems] and not codes(o, "error"), codes(o)
    assert sql(county_full, "select output_cum from cur_enterprise_output order by uscc") == [
        (D("1185"),), (D("460"),), (D("2550"),)]


def test_a_summary_in_yi_off_beyond_its_rounding_is_asked(county_full: Config) -> None:
    [asked] = [x for x in rejected(take(county_full, p.ent_summary_in_yi_off_beyond_rounding)).problems
               if x.severity == "error"]
    assert (asked.code, asked.cell, asked.value) == ("summary_differs", "I6", "0.27亿元"), asked.line()
