"""Every ledger's template comes pre-filled with the sender's last rows (issue 15: only the FAI template
was carried over; 企业培育 and 招商 came out empty, and a clerk retyped 20 rows every month)."""

from __future__ import annotations

from pathlib import Path

import duckdb
import openpyxl

from beizeng.base.config import Config
from beizeng.publish.templates import write_templates
from beizeng.store.session import work_db
from tests.conftest import ingest
from tests.scenarios_more import attraction, attraction_2026_06, cultivation, cultivation_2026_06


def _sheet_rows(path: Path) -> tuple[list[str], list[list[object]]]:
    wb = openpyxl.load_workbook(path)
    ws = wb[wb.sheetnames[0]]
    header_row = next(r for r in range(1, 10) if any(str(c.value or "").startswith("项目名称") or
                                                      str(c.value or "").startswith("企业名称") for c in ws[r]))
    header = [str(c.value or "") for c in ws[header_row]]
    rows = [[c.value for c in r] for r in ws.iter_rows(min_row=header_row + 1) if any(c.value for c in r)]
    return header, rows


def test_the_cultivation_and_attraction_ledgers_come_back_with_last_months_rows(county_full: Config,
                                                                               tmp_path: Path) -> None:
    cultivation(county_full.inbox, "2026-06", cultivation_2026_06())
    attraction(county_full.inbox, "2026-06", attraction_2026_06())
    assert {o.status for o in ingest(county_full)} == {"accepted"}
    con = duckdb.connect(str(work_db(county_full)), read_only=True)
    try:
        paths = write_templates(county_full, "2026-07", tmp_path, con)
    finally:
        con.close()
    [ledger] = [p for p in paths if p.name == "工信局_企业培育台账_2026-07.xlsx"]
    header, rows = _sheet_rows(ledger)
    name, status = header.index("企业名称"), next(i for i, h in enumerate(header) if h.startswith("培育状态"))
    carried = [(r[name], r[status]) for r in rows if r[name]]
    assert len(carried) == len(cultivation_2026_06()) == 21  # every row as last sent, statuses included
    assert carried[0] == ("东镇丰源农牧有限公司", "申报中") and carried[6] == ("东方光伏科技有限公司", "已认定")
    [projects] = [p for p in paths if p.name == "招商局_招商引资项目台账_2026-07.xlsx"]
    header, rows = _sheet_rows(projects)
    name = header.index("项目名称")
    funds = next(i for i, h in enumerate(header) if h.startswith("本年到位资金"))
    ref = next(i for i, h in enumerate(header) if "参考" in h)
    listed = [(r[name], r[funds], r[ref]) for r in rows if r[name] and "：" not in str(r[name])]  # not the footer
    # the cumulative funds are typed afresh; last month's stand beside them, read-only and never read
    assert listed[0] == ("金隅新型材料项目", None, 8000)
    assert [n for n, _, _ in listed] == [p[0] for p in attraction_2026_06()]
