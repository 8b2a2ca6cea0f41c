"""A 要素保障 list with no 填报单位 whose rows are all land is 自然资源局's; all funds, 财政局's (schema
``sent_by_kind``): two departments send the one form, and what they send tells them apart as a person tells them.
Never when the rows mix the groups or the county's names fit none or both."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from beizeng.base.config import Config
from tests.test_handmade import Maker, accepted, codes, rejected
from tests.test_handmade import take_lazily as take

HEAD = ["序号", "事项", "宗地编号", "地块名称", "所属乡镇", "供地面积（亩）", "成交价款（万元）", "日期"]
LAND = [[1, "工业用地供应", "JC-2026-001", "光伏储能项目用地", "东镇", 32.5, 975, "2026/3/12"],
        [2, "工业用地供应", "JC-2026-002", "茶饮料项目用地", "西镇", 18.26, 547.8, "2026/5/20"]]
FUND = [3, "工业发展资金拨付", None, "技改奖补", None, None, 120, "2026/4/02"]


def _list(rows: list[list[object]], name: str) -> Maker:
    def make(folder: Path) -> Path:
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.append(["2026年1-6月工业用地供应情况"])
        ws.append(HEAD)
        for row in rows:
            ws.append(row)
        path = folder / name
        wb.save(path)
        return path
    return make  # type: ignore[return-value]


def test_a_land_list_without_a_sender_is_the_land_departments(county_full: Config) -> None:
    # why: only 自然资源局 sends 工业用地供应; the note says how the sender was known and how to say otherwise
    o = accepted(take(county_full, _list(LAND, "工业用地供应2026年6月.xlsx")), "factors", "自然资源局", "2026-06", 2)
    [note] = [p for p in o.problems if p.code == "sender_by_kind"]
    assert "表中事项都是工业用地供应，本县报送这一项的只有自然资源局" in note.message


def test_a_list_mixing_land_and_funds_without_a_sender_is_asked(county_full: Config) -> None:
    o = rejected(take(county_full, _list([*LAND, FUND], "要素保障2026年6月.xlsx")))
    assert [c for c, _ in codes(o, "error")] == ["missing_sender"]
