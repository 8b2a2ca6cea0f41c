"""Hand-made returns, round 8 (tests/handmade/sections8.py): ledgers kept in sections whose headings carry a field
(the stage, the township, the cultivation type), and report sections numbered as clerks number them.

A heading inside the table (一、已开工项目（2个）, （二）科技型中小企业, a bare 城关镇) is read into the rows under it,
each row's lineage naming the heading; a row's own value that contradicts its heading is kept and asked about,
naming both cells; a heading's count that the rows under it do not reach is asked about.  Each test drops one
workbook into 岚山县's inbox (tests/test_handmade_county7.py's ``lanshan``) and reads it through the real pipeline.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from beizeng.base.config import Config
from beizeng.intake.ingest import Outcome
from tests.handmade import sections8 as s8
from tests.test_handmade import accepted, sql, take
from tests.test_handmade_county7 import lanshan  # noqa: F401  (the fixture)


def _said(o: Outcome, code: str) -> list[tuple[str, str]]:
    """(cell, message) of the outcome's problems of ``code``."""
    return [(p.cell or "", p.message) for p in o.problems if p.code == code]


def test_attraction_stage_from_its_headings(lanshan: Config) -> None:  # noqa: F811
    accepted(take(lanshan, s8.attraction_sections_by_stage), "attraction", "投资促进局", "2026-05", 4)
    assert sql(lanshan, "select name, stage, total_investment, implied from cur_attraction order by excel_row") == [
        ("秦汉光电组件配套项目", "开工", Decimal("50000"), "项目阶段←第3行分节标题「一、已开工项目（2个）」"),
        ("新型环保建材项目", "开工", Decimal("30000"), "项目阶段←第3行分节标题「一、已开工项目（2个）」"),
        ("碳纤维新材料项目", "签约", Decimal("80000"), "项目阶段←第6行分节标题「二、已签约项目（1个）」"),
        ("富硒茶深加工项目", "对接", Decimal("12000"), "项目阶段←第8行分节标题「三、在谈项目（1个）」")]


def test_township_headings_fill_an_empty_column_and_a_contradiction_is_asked(lanshan: Config) -> None:  # noqa: F811
    o = accepted(take(lanshan, s8.ent_township_sections_column_left_empty), "enterprise_output", "统计局", "2026-05", 4)
    assert sql(lanshan, "select name, township, output_cum, implied from cur_enterprise_output order by excel_row") == [
        ("岚山秦汉光电科技有限公司", "城关镇", Decimal("19100"), "所属乡镇←第3行分节标题「一、城关镇（2户）」"),
        ("岚山县天瑞食品有限公司", "城关镇", Decimal("5180"), "所属乡镇←第3行分节标题「一、城关镇（2户）」"),
        ("陕西岚峰建材有限公司", "柳林镇", Decimal("9720"), "所属乡镇←第6行分节标题「二、柳林镇（2户）」"),
        ("汉阳宏达机械制造有限公司", "马畅镇", Decimal("4480"), None)]  # its own cell, kept
    [(cell, message)] = _said(o, "section_conflict")
    assert cell == "D8" and "马畅镇" in message and "「二、柳林镇（2户）」（A6）" in message
    [(cell, message)] = _said(o, "section_count")
    assert cell == "A9" and "写的是1条，其下读到0行数据" in message


def test_a_township_typed_alone_on_its_row_heads_the_rows_under_it(lanshan: Config) -> None:  # noqa: F811
    o = accepted(take(lanshan, s8.ent_township_typed_alone_no_column), "enterprise_output", "统计局", "2026-05", 4)
    assert sql(lanshan, "select name, township, implied from cur_enterprise_output order by excel_row") == [
        ("岚山秦汉光电科技有限公司", "城关镇", "所属乡镇←第3行分节标题「城关镇」"),
        ("岚山县天瑞食品有限公司", "城关镇", "所属乡镇←第3行分节标题「城关镇」"),
        ("岚山恒通新材料有限公司", "柳林镇", "所属乡镇←第6行分节标题「柳林镇人民政府」"),
        ("岚山华康药业有限公司", "岚山经开区", "所属乡镇←第8行分节标题「经开区」")]
    assert [p.row for p in o.problems if p.code == "section_row"] == [3, 6, 8]
    assert not [p for p in o.problems if p.code in ("outside_columns", "section_conflict", "section_count")]


def test_two_levels_of_headings_township_then_type(lanshan: Config) -> None:  # noqa: F811
    o = accepted(take(lanshan, s8.cultivation_township_then_type), "cultivation", "工信局", "2026-05", 4)
    assert sql(lanshan, "select name, township, ctype, status, status_date from cur_cultivation order by excel_row") == [
        ("岚山秦汉光电科技有限公司", "城关镇", "高新技术企业", "已认定", dt.date(2025, 12, 5)),
        ("岚山县天瑞食品有限公司", "城关镇", "科技型中小企业", "已入库", dt.date(2026, 4, 15)),
        ("岚山鑫辉包装有限公司", "柳林镇", "拟入规", "培育中", None),
        ("岚山恒通新材料有限公司", "柳林镇", "高新技术企业", "申报中", dt.date(2026, 5, 10))]
    assert sql(lanshan, "select implied from cur_cultivation where excel_row = 10") == [
        ("所属乡镇←第8行分节标题「二、柳林镇」；培育类型←第9行分节标题「（一）拟入规企业（1户）」",)]
    [(cell, message)] = _said(o, "section_conflict")
    assert cell == "D12" and "高新技术企业" in message and "「（二）科技型中小企业（1户）」（A11）" in message
    assert not _said(o, "section_count")


def test_report_sections_numbered_every_way(lanshan: Config) -> None:  # noqa: F811
    accepted(take(lanshan, s8.progress_sections_numbered_every_way), "progress_notes", "工信局", "2026-05", 6)
    assert sql(lanshan, "select section, figure_label, figure_pct from cur_progress_notes order by excel_row") == [
        ("61", "污水处理厂建设进度", Decimal("70")), ("62", None, None), ("63", None, None), ("64", None, None),
        ("二1", None, None), ("三2", None, None)]
    assert sql(lanshan, "select section from progress_items order by part_order, item_no") == [
        ("6①",), ("6②",), ("6③",), ("6④",), ("二1",), ("三2",)]


def test_a_section_two_levels_deep_is_asked_on_its_cell(lanshan: Config) -> None:  # noqa: F811
    [o] = take(lanshan, s8.progress_section_two_levels_deep)
    assert o.status == "rejected"
    assert [(p.cell, p.value) for p in o.problems if p.severity == "error"] == [("A3", "6.1.2")]
    assert [p.code for p in o.problems if p.severity == "error"] == ["section_format"]


@pytest.mark.parametrize(("typed", "stored"), [
    ("6-①", "61"), ("6-1", "61"), ("6.1", "61"), ("(六)1", "61"), ("（六）1", "61"), ("６－１", "61"), ("6①", "61"),
    ("6、1", "61"), ("6—①", "61"), ("6(1)", "61"), ("6⑩", "610"), (6.1, "61"), (7, "7"), ("二1", "二1"),
    ("三、2", "三2"), ("三.2", "三2"), ("三（2）", "三2"), ("六-1", "61"), ("六", "6"), ("六、", "6"), ("（二）1", "21"),
    ("二、", "二"), ("问题1", "二1"), ("存在问题（2）", "二2"), ("措施1", "三1"), ("下步措施第3条", "三3"), ("问题", "二"),
    ("6.1.2", "6.1.2"), ("三、二", "三、二"), ("6.0", "6.0"), ("十二", "十二"), ("十一", "十一"), ("十", "十"),
    ("问题一", "二1"), ("措施（二）", "三2"), ("建议1", "建议1")])  # after a part's word a numeral is its item (probe 19)
def test_a_section_number_as_clerks_write_it(typed: object, stored: str) -> None:
    """Every way of writing "section 6, item 1" is stored 61; a Chinese part stays Chinese only when it is one of the
    report's top-level parts (三.2 is 三2), any other is a part of 一 (六-1 is 61, （二）1 is 21: the outline's second
    level); a part named by its word (问题1, 措施1) is its numeral's; what is no place in the report is left as
    typed, for the form's check to ask."""
    from beizeng.base.forms import get_form
    from beizeng.intake.normalise import section_parser

    assert section_parser(get_form("progress_notes").column("section").words)(typed) == stored


def test_a_heading_names_a_value_by_its_longest_word() -> None:
    """拟入规培育企业 is 拟入规 (by 入规培育), never 培育中 by the 培育 inside that word; a heading naming two types
    gives none; 城关镇新材料项目 names a township and a chain at once."""
    from beizeng.base.forms import get_form
    from beizeng.intake.tables import _vocabulary, named_values

    towns = {"城关镇": "城关镇", "柳林镇": "柳林镇"}
    cultivation = _vocabulary(get_form("cultivation"), towns)
    assert named_values("拟入规培育企业", cultivation) == {"ctype": "拟入规"}
    assert named_values("高新技术企业和科技型中小企业", cultivation) == {}
    assert named_values("城关镇高企", cultivation) == {"township": "城关镇", "ctype": "高新技术企业"}
    attraction = _vocabulary(get_form("attraction"), towns)
    assert named_values("城关镇新材料项目", attraction) == {"township": "城关镇", "chain": "新材料"}
    assert named_values("以下为本月新增", attraction) == {}


def test_headings_that_divide_rows_by_something_else_give_no_value() -> None:
    """一、续建项目 / 二、新建项目 divide a project list into continuing and new projects: 新建 is a 建设性质 word, but
    the first heading names none, so the level divides by something else and neither gives a 建设性质."""
    from beizeng.base.forms import get_form
    from beizeng.intake.tables import _levelled, _vocabulary

    fai = _vocabulary(get_form("fai_projects"), {"城关镇": "城关镇", "柳林镇": "柳林镇"})
    assert _levelled({3: (0, "一、续建项目"), 8: (0, "二、新建项目")}, fai) == {3: (0, {}), 8: (0, {})}
    assert _levelled({3: (0, "一、城关镇"), 4: (0, "(一)续建项目"), 8: (0, "(二)新建项目"), 9: (0, "二、柳林镇")}, fai) == {
        3: (0, {"township": "城关镇"}), 4: (1, {}), 8: (1, {}), 9: (0, {"township": "柳林镇"})}
