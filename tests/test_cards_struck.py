"""A card's line struck through (``cards.read_cards``'s ``struck``): set aside only when its label is typed again
further down the same card (the correction under it); otherwise it stays a line of its card (asked about later)."""

from __future__ import annotations

from typing import Any

from beizeng.intake.cards import read_cards
from beizeng.intake.reader import Sheet

TWO_CARDS: list[list[Any]] = [
    ["企业卡片"], ["企业名称", "东方光伏"], ["统一社会信用代码", "X1"], ["1-6月累计工业总产值", 100], ["营业收入", 5], [],
    ["企业名称", "东关饲料"], ["统一社会信用代码", "X2"], ["1-6月累计工业总产值", 200], ["营业收入", 7]]


def _read(rows: list[list[Any]], struck: set[int]) -> tuple[list[list[tuple[str, Any]]], list[tuple[str, Any]]]:
    cards = read_cards(Sheet("s", True, rows), 60, (), struck)
    assert cards is not None
    return [[(p.label, p.value) for p in r] for r in cards.records], [(p.label, p.value) for p in cards.struck]


def test_a_struck_line_typed_again_under_it_is_set_aside() -> None:
    rows = [*TWO_CARDS[:5], ["1-6月累计工业总产值", 120]]
    records, struck = _read(rows, {3})
    assert records == [[("企业名称", "东方光伏"), ("统一社会信用代码", "X1"), ("营业收入", 5), ("1-6月累计工业总产值", 120)]]
    assert struck == [("1-6月累计工业总产值", 100)]


def test_the_same_line_on_the_next_card_is_no_correction() -> None:
    for struck_row in (3, 4):  # inside the first card, and its last line
        records, struck = _read(TWO_CARDS, {struck_row})
        assert struck == [] and [len(r) for r in records] == [4, 4]
