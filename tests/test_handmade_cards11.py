"""Hand-made CARD returns, round 11 (tests/handmade/cards11.py): one enterprise per sheet, label | value lines, with
what clerks do to a card's lines — a line hidden, a line struck through, a formula's ``#DIV/0!`` in a figure, a
comment on a cell.  Each card is read as its own sheet shows it (``parts.by_record`` reading each card as its own
reading takes it, as ``by_township`` does each township's sheet), and what it hides, strikes out or remarks on is
said on that sheet and cell.  Read through the real pipeline (``take``) into a fresh county.
"""

from __future__ import annotations

from decimal import Decimal

from beizeng.base.config import Config
from tests.handmade import cards11 as k11
from tests.test_handmade import accepted, said, sql
from tests.test_handmade import take_lazily as take

ROW = "select sheet, uscc, output_month, output_cum, output_cum_last_year, revenue_cum from cur_enterprise_output " \
      "order by uscc"


def _at(o: object, code: str) -> set[tuple[str | None, str]]:
    """(sheet, cell) of every problem of that code."""
    return {(p.sheet, p.cell) for p in o.problems if p.code == code}  # type: ignore[attr-defined]


def test_cards_a_sheet_each_read_as_each_sheet_shows_them(county_full: Config) -> None:
    o = accepted(take(county_full, k11.ent_cards_hidden_line_error_value_comment), "enterprise_output", "统计局",
                 "2026-06", 3)
    assert sql(county_full, ROW) == [
        ("东方光伏", k11.K[1100], Decimal("5000"), Decimal("30000"), Decimal("25000"), Decimal("33000")),
        ("西镇矿业", k11.K[1101], Decimal("2000"), Decimal("11000"), Decimal("9000"), Decimal("12000")),
        ("东关饲料", k11.K[1102], Decimal("3300"), Decimal("20000"), Decimal("22000"), None)]
    # the hidden 1-5月 line is no line of 西镇矿业's card: not read (11,000 not 9,000), and said on its own row
    assert _at(o, "hidden_column") == {("西镇矿业", "A11")}
    assert any("此行是隐藏的行" in line for c, _, line in said(o, "info") if c == "hidden_column")
    # the #DIV/0! is no figure: 营业收入 not given, said on 东关饲料's own cell
    assert _at(o, "excel_error") == {("东关饲料", "B13")}
    # the clerk's comment reaches the county office, on the cell it was written on
    [comment] = [line for c, _, line in said(o, "warning") if c == "cell_comment"]
    assert "含来料加工产值800万元" in comment
    assert _at(o, "cell_comment") == {("东方光伏", "B11")}


def test_a_struck_line_on_a_card_is_asked_about_on_its_own_cell(county_full: Config) -> None:
    [o] = take(county_full, k11.ent_cards_a_struck_line)
    assert o.status == "rejected" and o.form == "enterprise_output"
    assert _at(o, "struck_figure") == {("东关饲料", "B13")}
    [line] = [line for c, _, line in said(o, "error") if c == "struck_figure"]
    assert "21000" in line and "删除线" in line


def test_xls_cards_a_row_hidden_on_the_first_sheet_hides_no_other_card(county_full: Config) -> None:
    """Row 6 of the FIRST sheet is hidden: read through the view's styles it hid the view's row 6, 西镇矿业's card
    (set aside as 「西镇矿业」第4行 hidden, 2 records); each card is read as its own sheet shows it now."""
    [o] = take(county_full, k11.ent_xls_cards_first_card_hides_a_helper_line)
    assert o.status == "rejected" and o.rows == 3  # asked about the struck 营业收入; all three cards read
    assert _at(o, "hidden_row") == set()
    assert _at(o, "hidden_column") == {("东方光伏", "A6")}
    assert _at(o, "struck_figure") == {("东关饲料", "B13")}
    assert _at(o, "excel_error") == {("东关饲料", "B10")}


def test_one_card_with_a_hidden_line_reads_the_line_shown(county_full: Config) -> None:
    """Shown, the hidden 营业收入（调整前） rivalled 营业收入 and the card was refused (ambiguous_column naming a line the
    clerk cannot see); hidden, it is a hidden column of the turned view and never rivals the shown line."""
    o = accepted(take(county_full, k11.ent_one_card_hidden_line), "enterprise_output", "统计局", "2026-06", 1)
    assert sql(county_full, ROW) == [
        ("西镇矿业", k11.K[1101], Decimal("2000"), Decimal("11000"), Decimal("9000"), Decimal("12000"))]
    assert _at(o, "hidden_column") == {("西镇矿业", "A13")}


def test_a_card_struck_out_whole_is_left_out_and_said_on_its_sheet(county_full: Config) -> None:
    """Its sheet is no blank copy of the layout (it was taken for one: 只有表头，没有数据): its card is struck out."""
    o = accepted(take(county_full, k11.ent_cards_one_card_struck_out), "enterprise_output", "统计局", "2026-06", 2)
    assert [r[:4] for r in sql(county_full, ROW)] == [
        ("东方光伏", k11.K[1100], Decimal("5000"), Decimal("30000")),
        ("西镇矿业", k11.K[1101], Decimal("2000"), Decimal("11000"))]
    assert _at(o, "struck_row") == {("东关饲料", "B4")}
    assert "sheet_chosen" not in {p.code for p in o.problems}
