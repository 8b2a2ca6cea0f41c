"""Layouts a clerk makes that are not the template's (issue 11): a units row under the header, a table laid
out the other way round, a key：value return, several returns in one workbook.

Each workbook here is hand-made in the test (openpyxl), read by a fresh county configured only with its
senders, and must give the very figures of the same return laid out as the template lays it out.
"""

from __future__ import annotations

from decimal import Decimal

import duckdb
import openpyxl
import pytest

from beizeng.config import Config
from beizeng.ingest import Outcome
from beizeng.session import work_db
from tests.conftest import indicator, ingest
from tests.handmade.make import E1, E2, E3

ENTERPRISES = [["东方光伏科技有限公司", E1, "东镇", "3825", "是", "2019", 5000, 30000, 25000],
               ["东关饲料有限公司", E2, "东镇", "1329", "否", "2018", 3300, 20000, 22000],
               ["西岭建材有限公司", E3, "西镇", "3021", "否", "2020", 8000, 50000, 45000]]
ENT_HEADER = ["企业名称", "统一社会信用代码", "所属乡镇", "行业代码", "是否战新", "入规年月", "本月工业总产值",
              "1-6月累计工业总产值", "上年同期累计"]


def sql(cfg: Config, text: str) -> list[tuple[object, ...]]:
    con = duckdb.connect(str(work_db(cfg)), read_only=True)
    try:
        return con.execute(text).fetchall()
    finally:
        con.close()


def only(outcomes: list[Outcome], form: str, n_rows: int) -> Outcome:
    mine = [o for o in outcomes if o.form == form]
    assert len(mine) == 1, [(o.file, o.status, o.form) for o in outcomes]
    [o] = mine
    assert o.status == "accepted", [p.line() for p in o.problems if p.severity != "info"]
    assert o.rows == n_rows
    return o


# ---------------------------------------------------------------------------------------------
# A units row under the header
# ---------------------------------------------------------------------------------------------

def test_a_single_unit_cell_under_the_header_is_the_tables_unit(county_full: Config) -> None:
    """"单位：元" typed alone in the row under the header (no 单位 line above): the amounts are 元, the row
    is no data row: 100,000 万元 in all, exactly as the same return in 万元 with a 单位 line."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "产值"
    ws["A1"] = "测试县2026年1-6月规上工业企业生产月报"
    ws.append(ENT_HEADER)
    ws.append(["单位：元"])
    for r in ENTERPRISES:
        ws.append([*r[:6], *(v * 10_000 for v in r[6:])])
    wb.save(county_full.inbox / "统计局2026年6月规上企业.xlsx")
    o = only(ingest(county_full), "enterprise_output", 3)
    assert not [p for p in o.problems if p.code in ("not_a_number", "not_nullable", "unit_assumed")]
    assert sql(county_full, "select sum(output_cum), sum(output_month) from cur_enterprise_output") == [
        (Decimal("100000"), Decimal("16300"))]
    assert indicator(county_full, "output_cum") == pytest.approx(10.0)


def test_a_units_row_with_one_unit_under_its_column(county_full: Config) -> None:
    """（万元） under 奖补资金 only, the other cells of that row empty: the grants read 50 + 30 = 80 万元
    and the row is set aside as the header's units row."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "培育台账"
    ws["A1"] = "测试县2026年企业培育工作台账（截至6月底）"
    ws["A2"] = "填报单位：县工信局"
    ws.append(["企业名称", "统一社会信用代码", "所在镇", "培育方向", "当前状态", "时间", "奖补资金"])
    ws.append([None, None, None, None, None, None, "（万元）"])
    ws.append(["东镇农机制造有限公司", E1, "东镇", "技改奖励资金", "申报中", "2026.3.1", 50])
    ws.append(["西镇中药饮片有限公司", E2, "西镇", "技改奖励资金", "申报中", "2026.3.1", "30.00"])
    wb.save(county_full.inbox / "工信局企业培育台账6月.xlsx")
    o = only(ingest(county_full), "cultivation", 2)
    assert [(p.code, p.row) for p in o.problems if p.code == "annex_row"] == [("annex_row", 4)]
    assert sql(county_full, "select sum(grant_amount) from cur_cultivation") == [(Decimal("80"),)]
