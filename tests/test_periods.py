"""A period typed on the command line the ways people write a month, read as YYYY-MM; anything else is
refused with a sentence showing how to write it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from beizeng.base.config import Config
from beizeng.base.periods import across_year_end, check_period, day_after, parse_period


@pytest.mark.parametrize("typed", ["2026-06", "2026-6", "2026/06", "2026.6", "2026年6月", "2026年1-6月", "202606",
                                   "２０２６年６月", " 2026-06 ", "2026年1-6月累计"])
def test_the_ways_people_write_june_2026(typed: str) -> None:
    assert check_period(typed) == "2026-06"


@pytest.mark.parametrize("typed", ["2026-13", "2026", "06-2026", "2026年13月", "2026-00", "26-06", "六月"])
def test_what_is_not_a_month_is_refused_with_how_to_write_it(typed: str) -> None:
    with pytest.raises(ValueError) as exc:
        check_period(typed)
    assert str(exc.value) == f"期间应写成 YYYY-MM（如 2026-06；也可写 2026年6月、2026-6），收到的是“{typed}”"


def test_a_period_in_parts_and_words() -> None:
    # given a monthly and a yearly period; expect its year, month, the clerk's words and its first day
    from beizeng.base.periods import first_day, month_label, month_of, year_of

    assert (year_of("2026-06"), month_of("2026-06"), month_label("2026-06")) == (2026, 6, "2026年6月")
    assert (year_of("2026"), month_of("2026"), month_label("2026")) == (2026, None, "2026年度")
    assert first_day("2026-12").isoformat() == "2026-12-01" and first_day("2026").isoformat() == "2026-01-01"


# ---------------------------------------------------------------------------------------------
# One home for every period rule (issue 13): what each typed form reads as, and each wording
# ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("typed", "period"), [
    # given what a clerk types on a command; expect the period. 2026年6月份 and "2026 06" were refused by the
    # command's own copy but read by the cell's: one rule now, the more accepting one
    ("2026年6月份", "2026-06"), ("2026 06", "2026-06"), ("1999-12", "1999-12"), ("2026.6累计", "2026-06"),
])
def test_a_command_reads_every_month_a_cell_reads(typed: str, period: str) -> None:
    assert check_period(typed) == period


@pytest.mark.parametrize(("typed", "month"), [
    # given a cell of a 入规年月 / 开工日期 column; expect (year, month), or None when no single month is named
    ("2026年6月", (2026, 6)), ("2026.6", (2026, 6)), ("2026/06", (2026, 6)), ("2026-6月份", (2026, 6)),
    ("２０２６年１２月", (2026, 12)), ("202606", (2026, 6)), ("2026年1-6月", None), ("2026年6月累计", None),
    ("2026年13月", None), ("0226年3月", None), ("2026年6月5日", None), ("6月", None),
])
def test_a_month_typed_alone_in_a_cell(typed: str, month: tuple[int, int] | None) -> None:
    from beizeng.base.periods import read_month

    assert read_month(typed) == month


def test_a_cell_holding_202606_is_june_the_first() -> None:
    # given "202606" typed as text in a date column (refused before: the command's rule read it, the cell's did not)
    from beizeng.intake.normalise import parse_date, parse_month

    assert parse_date("202606").isoformat() == "2026-06-01" and parse_month("2026年6月份") == "2026-06"


@pytest.mark.parametrize(("text", "frequency", "ok"), [
    ("2026-06", "monthly", True), ("2026", "yearly", True), ("2026-06", "quarterly", True),
    ("2026", "monthly", False), ("2026-06", "yearly", False), ("2026-6", "monthly", False),
    ("２０２６-06", "monthly", False), ("2026-13", "monthly", False), ("0026-06", "monthly", False),
    ("2026-06/..", None, False), ("2026", None, True), ("1999-01", None, True), (202606, None, False),
])
def test_a_period_as_beizeng_writes_it(text: object, frequency: str | None, ok: bool) -> None:
    # the hidden template sheet, folder names and the warehouse hold only these shapes
    from beizeng.base.periods import is_stored

    assert is_stored(text, frequency) is ok


@pytest.mark.parametrize(("text", "frequency", "year", "period"), [
    ("东镇2026年1-6月工业固定资产投资项目进展情况表", "monthly", None, "2026-06"),
    ("2026年一至六月", "monthly", None, "2026-06"), ("东镇_2026-06_项目.xlsx", "monthly", None, "2026-06"),
    ("2026年前三季度", "monthly", None, "2026-09"), ("2026年一季度", "monthly", None, "2026-03"),
    ("东镇6月份报表", "monthly", 2026, "2026-06"), ("填报日期：2026年7月5日", "monthly", None, None),
    ("东镇2026年度高新技术企业申报表", "yearly", None, "2026"), ("东镇高新技术企业申报表", "yearly", None, None),
])
def test_a_period_named_in_a_title_or_file_name(text: str, frequency: str, year: int | None,
                                                period: str | None) -> None:

    assert parse_period(text, frequency, year) == period


def test_the_year_and_month_a_title_names_around_its_date_of_sending() -> None:
    from beizeng.base.periods import month_without_year, year_in

    assert year_in("2026年东镇项目表 填报日期：2025年7月5日") == 2026 and year_in("填报日期：2025年7月5日") is None
    assert (month_without_year("东镇1-6月项目表"), month_without_year("十二月报表"),
            month_without_year("2026年6月"), month_without_year("上半年")) == (6, 12, None, 6)


@pytest.mark.parametrize(("line", "year", "period"), [
    ("截止时间：2026年6月30日", None, "2026-06"), ("截至2026.6.30", None, "2026-06"), ("统计时间：2026-06-30", None, "2026-06"),
    ("截止日期 2026年2月28日", None, "2026-02"), ("截止时间：6月30日", 2026, "2026-06"), ("截至6月底", 2026, "2026-06"),
    ("截止到6月末", 2026, "2026-06"), ("截至2026年6月底累计", None, "2026-06"),
    ("截止时间：2026年6月20日", None, None),  # a day inside June: June's so far, or May's sent late? (asked)
    ("截止时间：2026年6月31日", None, None), ("填报日期：2026年7月3日", None, None), ("填报时间：2026.7.3", 2026, None),
    ("截至2026年6月30日 填报日期：2026年7月3日", None, "2026-06"),
])
def test_the_day_the_figures_run_up_to_names_its_month_when_it_closes_it(line: str, year: int | None,
                                                                         period: str | None) -> None:
    from beizeng.base.periods import parse_period, year_in

    assert parse_period(line, "monthly", year) == period
    assert year_in("截止时间：2026年6月30日") == 2026 and year_in("填报日期：2026年7月3日") is None


def test_each_wording_of_a_period() -> None:
    # given a monthly, a January and a yearly period; expect the words every message and heading uses
    from beizeng.base.periods import month_label, months_apart, months_words, next_period, period_words

    assert [period_words(p) for p in ("2026-06", "2026-01", "2026")] == ["2026年1-6月", "2026年1月", "2026年度"]
    assert [months_words(p) for p in ("2026-06", "2026-01")] == ["1-6月", "1月"]
    assert [month_label(p) for p in ("2026-06", "2026-12", "2026")] == ["2026年6月", "2026年12月", "2026年度"]
    assert (next_period("2026-12"), next_period("2026-06")) == ("2027-01", "2026-07")
    assert (months_apart("2025-12", "2026-02"), months_apart("2026-03", "2026-03")) == (2, 0)


def test_periods_counted_in_months() -> None:
    # given a period and a number of months; expect the period that many months on (or back) across years,
    # and the yearly period a month is filed under
    from beizeng.base.periods import add_months, period_of, year_period

    assert [add_months("2026-10", n) for n in (-21, -10, -9, 0, 3)] == [
        "2025-01", "2025-12", "2026-01", "2026-10", "2027-01"]
    assert (period_of(2026, 6), year_period("2026-06"), year_period("2026")) == ("2026-06", "2026", "2026")


@pytest.mark.parametrize(("typed", "period"), [
    # given what `beizeng history` is given; expect a month, or a year for the yearly returns. Full-width
    # ２０２６ was kept full-width by the command's own copy of the rule (and matched no return)
    ("2026", "2026"), ("2026年", "2026"), ("2026年度", "2026"), ("２０２６年", "2026"), ("2026年6月", "2026-06"),
])
def test_a_period_or_a_year(typed: str, period: str) -> None:
    from beizeng.base.periods import check_period_or_year

    assert check_period_or_year(typed) == period


def test_neither_a_period_nor_a_year_is_refused_with_how_to_write_it() -> None:
    from beizeng.base.periods import check_period_or_year

    with pytest.raises(ValueError, match="^期间应写成 YYYY-MM（如 2026-06；也可写 2026年6月、2026-6），收到的是“26年”$"):
        check_period_or_year("26年")


def test_the_feedback_names_a_yearly_return_by_the_same_words() -> None:
    # given the feedback of a yearly and a monthly return; expect its first line to word the period as every
    # other message does (2026年度, 2026年1-6月): feedback had its own copy that wrote "2026年"
    from beizeng.intake.feedback import Feedback, _headline

    assert _headline(Feedback("东镇.xlsx", True, [], "高新技术企业申报表", "东镇", "2026"), "copy")[0] == (
        "报表：东镇、2026年度、《高新技术企业申报表》")
    assert _headline(Feedback("东镇.xlsx", True, [], None, "东镇", "2026-06"), "copy")[0] == "报表：东镇、2026年1-6月"


@pytest.mark.parametrize(("title", "period", "months"), [
    # given a title writing the range with 月 at both ends; expect the range's last month, never its first (2026年1月至6月
    # was read as January and the return asked about a period clash with its own file name)
    ("测试县2026年1月至6月规模以上工业企业主要指标", "2026-06", (1, 6)), ("2026年1月份至6月份", "2026-06", (1, 6)),
    ("2026年一月至六月", "2026-06", (1, 6)), ("2026年1月—6月", "2026-06", (1, 6)), ("2026年1月", "2026-01", (1, 1)),
])
def test_a_range_with_month_at_both_ends_is_its_last_month(title: str, period: str, months: tuple[int, int]) -> None:
    from beizeng.base.periods import months_covered, parse_period

    assert (parse_period(title, "monthly"), months_covered(title)) == (period, months)


@pytest.mark.parametrize(("text", "span"), [
    ("2025年7月至2026年6月工业倍增计划目标任务", ("2025-07", "2026-06")),
    ("2025年7月-2026年6月", ("2025-07", "2026-06")),
    ("2025年12月—2026年2月规上工业企业生产情况", ("2025-12", "2026-02")),
    ("2026年1-6月", None),  # one year's months
    ("2026年7月至2025年6月", None),  # backwards: a slip, not a span
    ("倍增计划（2024—2027年）", None),  # a plan's years, no months
])
def test_months_across_a_years_end(text: str, span: tuple[str, str] | None) -> None:
    assert across_year_end(text) == span


@pytest.mark.parametrize(("text", "year"), [
    ("2026年度（2025年7月-2026年6月）目标", "2026"),
    ("（2025年7月-2026年6月）2026年度目标", "2026"),  # the 年度 decides wherever it stands, not the span's first year
    ("2025年7月-2026年6月目标", None),  # no calendar year's: identify asks
])
def test_a_yearly_period_is_never_the_first_year_of_a_span(text: str, year: str | None) -> None:
    assert parse_period(text, "yearly") == year


@pytest.mark.parametrize(("title", "period", "months"), [
    # given a quarter or half of a year in any spelling; expect the months up to its end (a monthly return's figures
    # are cumulative) — 2026年二季度 was refused as missing_period while 2026年一季度 and 前三季度 were read
    ("东镇2026年二季度工业项目建设进展情况表", "2026-06", (4, 6)), ("2026年第二季度", "2026-06", (4, 6)),
    ("2026年二季度末", "2026-06", (4, 6)), ("2026年2季度", "2026-06", (4, 6)), ("2026Q2项目.xlsx", "2026-06", (4, 6)),
    ("2026年一季度", "2026-03", (1, 3)), ("2026年第三季度", "2026-09", (7, 9)), ("2026年四季度", "2026-12", (10, 12)),
    ("2026年前三季度", "2026-09", (1, 9)), ("2026年一至三季度", "2026-09", (1, 9)),
    ("2026年上半年", "2026-06", (1, 6)), ("东镇2026年半年工业项目", "2026-06", (1, 6)),
    ("2026年下半年", "2026-12", (7, 12)), ("2026年全年工业项目进展", "2026-12", (1, 12)),
    # never a period: a target's 全年, a place named 四季…, a span with no year
    ("2026年全年计划投资", None, None), ("2026年四季果蔬公司", None, None), ("全年计划投资", None, None),
])
def test_quarters_and_halves_in_every_spelling(title: str, period: str | None,
                                               months: tuple[int, int] | None) -> None:
    from beizeng.base.periods import months_covered

    assert (parse_period(title, "monthly"), months_covered(title)) == (period, months)


def test_a_quarter_without_its_year_is_a_month_without_a_year() -> None:
    from beizeng.base.periods import month_without_year, months_in_words

    assert (month_without_year("东镇二季度项目表"), month_without_year("东镇半年报"), month_without_year("下半年"),
            month_without_year("全年计划投资")) == (6, 6, 12, None)
    assert (months_in_words("东镇6月份报表"), months_in_words("一至六月"), months_in_words("东镇第二季度项目"),
            months_in_words("东镇项目表"), months_in_words("2026年项目表")) == ("6月份", "一至六月", "第二季度", None, None)


def test_a_title_naming_months_without_a_year_is_told_which_half_is_missing(county_full: Config, tmp_path: Path) -> None:
    # given the land list titled 测试县6月工业用地供应情况统计表 (no year anywhere) and no day of receipt to take
    # the year from; expect missing_period saying the title wrote 6月 and no year — never 都没有写明年月
    import openpyxl

    from beizeng.base.problems import ReturnError
    from beizeng.intake.identify import identify
    from beizeng.intake.reader import open_workbook
    from tests.handmade import make

    path = make.factors_land_supplied(tmp_path)
    wb = openpyxl.load_workbook(path)
    wb.active["A1"] = "测试县6月工业用地供应情况统计表"
    wb.save(path)
    with pytest.raises(ReturnError) as err:
        identify(open_workbook(path), "土地.xlsx", county_full)
    [p] = [p for p in err.value.problems if p.code == "missing_period"]
    assert "标题写了“6月”" in p.message and "没有写年份" in p.message and "写明年月" not in p.message, p.message
    assert "年6月" in p.fix, p.fix


@pytest.mark.parametrize(("title", "period", "months"), [
    ("东镇2026年1月-2026年6月工业项目建设进展情况表", "2026-06", (1, 6)),  # each end with its year: 1-6月, not January
    ("2026年1月至2026年6月", "2026-06", (1, 6)),
    ("2026年一月至2026年六月", "2026-06", (1, 6)),
    ("2026年3月-2026年6月", "2026-06", (3, 6)),  # as 2026年3-6月: never March; a quarter-like span ending in June
    # (its bare figures then asked: own_months, test_a_quarters_own_months)
    ("2025年12月至2026年1月规上工业企业生产情况", "2026-01", (1, 1)),  # across a year's end: the later month
])
def test_a_range_with_its_year_at_both_ends(title: str, period: str | None, months: tuple[int, int]) -> None:
    from beizeng.base.periods import months_covered

    assert (parse_period(title, "monthly"), months_covered(title)) == (period, months)


@pytest.mark.parametrize(("text", "year"), [
    ("2025年12月至2026年1月规上工业企业生产情况", 2026),  # the later month's year lent to a bare 1月 elsewhere
    ("2025年7月-2026年6月", 2026), ("东镇2026年1-6月", 2026), ("统计局1月规上企业.xlsx", None),
])
def test_the_year_of_a_titles_period_is_its_later_months(text: str, year: int | None) -> None:
    from beizeng.base.periods import period_year

    assert period_year(text) == year


@pytest.mark.parametrize(("line", "period"), [
    ("（下半年计划新开工项目2个）", None), ("力争四季度全部投产", None), ("（全年计划完成投资9500万元）", None),
    ("（下半年计划新开工项目2个，二季度新入库项目1个，全年计划完成投资9500万元）", "2026-06"),  # 二季度 stays
    ("东镇2026年1-6月工业项目建设进展情况表", "2026-06"), ("2026年下半年计划开工项目", "2026-12"),  # a title's own
    ("1-6月计划投资完成情况", "2026-06"),  # months in figures are a title's
])
def test_a_plans_quarter_or_half_is_no_period(line: str, period: str | None) -> None:
    from beizeng.base.periods import without_plans

    assert parse_period(without_plans(line), "monthly", 2026) == period


@pytest.mark.parametrize(("header", "meaning", "months"), [
    ("上半年完成投资", "累计完成投资", (1, 6)), ("前三季度工业总产值", "累计产值", (1, 9)),
    ("一季度完成投资", "累计完成投资", (1, 3)),
    ("一季度累计目标", "一季度目标", None),  # a target's split, not the months done
    ("全年计划投资", "全年计划投资", None), ("上半年", "上半年", None),  # a quarters' column of a targets table
    ("二季度完成投资", "二季度完成投资", None),  # not from January: no 1-N月
])
def test_a_header_naming_a_span_from_january_is_its_months(header: str, meaning: str,
                                                          months: tuple[int, int] | None) -> None:
    from beizeng.intake.headers import months_named, normalise

    assert (normalise(header), months_named(header)) == (meaning, months)


PLAN_WORDS = ("计划", "预计", "预期", "目标", "任务", "分解", "拟", "力争", "争取", "确保")


@pytest.mark.parametrize("word", PLAN_WORDS)
def test_every_plan_word_makes_a_span_the_plans_in_a_line_a_header_and_after_全年(word: str) -> None:
    """One list of plan words (periods.PLAN_WORDS) for the three places a quarter or half beside one is the plan's:
    a line above the table (no period), a header (not read as 1-N月 done), 2026年全年 followed by it (no 1-12月)."""
    from beizeng.base.periods import PLAN_RE, span_named, without_plans
    from beizeng.intake.headers import months_named

    assert PLAN_RE.fullmatch(word)
    assert parse_period(without_plans(f"（上半年{word}新开工项目2个）"), "monthly", 2026) is None
    assert months_named(f"上半年{word}投资") is None
    assert span_named(f"2026年全年{word}投资") is None
    # the control: without the word, each place reads the span
    assert parse_period(without_plans("（上半年新开工项目2个）"), "monthly", 2026) == "2026-06"
    assert months_named("上半年完成投资") == (1, 6)
    assert span_named("2026年全年完成投资") == (1, 12)


@pytest.mark.parametrize(("received", "example"), [
    (dt.date(2027, 3, 5), "如“2027年1-2月”"), (dt.date(2027, 1, 8), "如“2026年1-12月”"), (dt.date(2026, 7, 9), "如“2026年1-6月”"),
])
def test_a_return_naming_no_period_is_shown_the_period_it_would_be_sent_for(received: dt.date, example: str) -> None:
    """The fix's example is last month's 1-N月 as of the day the file came, not a fixed year: a clerk in 2027 told
    to write “2026年1-6月” would file the wrong year."""
    from beizeng.base.forms import all_forms
    from beizeng.intake.identify import _missing_period

    problem = _missing_period(all_forms()["fai_projects"], [("标题", "工业项目进展表")], None, received, "a.xlsx", "表")
    assert example in (problem.fix or ""), problem.fix


@pytest.mark.parametrize(("text", "own"), [
    # given a title or header naming a quarter, a half or months not from January; expect the words and the months
    # (fx32: such figures are that span's own, never 1-N月累计) — and None for spans from January, points in time
    # (二季度末: the figures up to it) and a plan's words
    ("东镇2026年第二季度（4-6月）工业项目完成投资情况", ("第二季度", (4, 6))), ("2026年4-6月", ("4-6月", (4, 6))),
    ("4月份-6月份完成投资", ("4-6月", (4, 6))), ("二季度到位资金", ("二季度", (4, 6))), ("Q2", ("Q2", (4, 6))),
    ("2026年下半年", ("下半年", (7, 12))), ("第3季度", ("第3季度", (7, 9))), ("本季度完成投资", ("本季度", None)),
    ("一季度", None), ("上半年累计", None), ("前三季度", None), ("一至三季度", None), ("1-3季度", None),
    ("2026年1-6月", None), ("二季度末", None), ("三季末", None), ("截至三季度末累计完成投资", None),
    ("二季度到位资金任务", None), ("所属季度", None), ("2025年7月-2026年6月", None),
    ("2026年3月-2026年6月", ("3-6月", (3, 6))), ("2026年1月-2026年6月", None),
    # lead s22: months and quarters in Chinese numerals — 四至六月 was no span (its bare figures stored as 1-6月累计),
    # 一、二季度 (the first two quarters: 1-6月) was asked as 二季度, 二、三季度 named only 三季度
    ("2026年四至六月", ("4至6月", (4, 6))), ("二〇二六年四至六月工业投资", ("4至6月", (4, 6))),
    ("2026年十至十二月", ("10至12月", (10, 12))), ("2026年一至六月", None), ("2026年一月至六月", None),
    ("2026年一、二季度", None), ("1、2季度", None), ("一、二、三季度", None),
    ("2026年二、三季度", ("二、三季度", (4, 9))), ("三四季度", ("三四季度", (7, 12))),
])
def test_a_quarters_own_months(text: str, own: tuple[str, tuple[int, int] | None] | None) -> None:
    from beizeng.base.periods import own_months

    assert own_months(text) == own


def test_months_4_to_6_are_the_period_ending_in_june() -> None:
    # fx32: 2026年4-6月 was missing_period (“没有写明是哪个月”); its months end in June (the figures then asked about)
    assert parse_period("东镇2026年4-6月工业项目完成投资情况", "monthly") == "2026-06"
    assert parse_period("2026年7-9月", "monthly") == "2026-09"


def test_the_day_after_a_period_is_the_next_month_or_year() -> None:
    # a date on or after it is not the period's (event_after_period, check_row_relations' 开工日期, a ledger's end)
    assert day_after("2026-06") == dt.date(2026, 7, 1)
    assert day_after("2026-12") == dt.date(2027, 1, 1)
    assert day_after("2026") == dt.date(2027, 1, 1)
