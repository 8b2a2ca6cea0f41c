"""Who owes which return: `beizeng status` and the workbook's 报送情况 sheet give the same sender × form list,
from one list of rows (beizeng.ops.completeness, on the rule beizeng.ops.crosschecks.expected_returns), also when several
departments declare a form."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from typer.testing import CliRunner

from beizeng.base.config import Config, load_config
from beizeng.base.forms import all_forms
from beizeng.cli.main import app
from beizeng.intake.ingest import inbox_files
from beizeng.intake.watch import process
from beizeng.ops.completeness import completeness as status_rows
from beizeng.publish.outputs import write_summary
from beizeng.store.session import open_published
from tests.county import TEST_CONFIG
from tests.scenarios import targets_2026

#: The test county plus: 科技局 and 发改局 both declaring 企业培育台账 (whose default sender, 工信局, lists only
#: targets), 招商局 with no forms list (the default sender of 招商引资项目台账) and 商务局 declaring that form too.
TWO_DEPARTMENTS = TEST_CONFIG + """
[[departments]]
name = "科技局"
forms = ["cultivation"]

[[departments]]
name = "发改局"
forms = ["cultivation", "factors"]

[[departments]]
name = "招商局"

[[departments]]
name = "商务局"
forms = ["attraction"]
"""

#: 2026-06, by the rule: a department owes what its forms list names; a default sender with no list owes its
#: forms as well; a form nobody lists falls to its default sender (工信局's 重点工作进展情况); townships send theirs.
OWED = {
    ("统计局", "enterprise_output"), ("统计局", "city_comparison"),
    ("工信局", "targets"), ("工信局", "progress_notes"),
    ("科技局", "cultivation"), ("发改局", "cultivation"), ("发改局", "factors"),
    ("招商局", "attraction"), ("商务局", "attraction"),
    ("东镇", "fai_projects"), ("西镇", "fai_projects"),
}
#: The forms OWED is written for: a return type added later is checked for agreement, not listed here.
KNOWN = {form for _, form in OWED}


@pytest.fixture
def declared(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Config:
    root = tmp_path / "county"
    root.mkdir()
    path = root / "beizeng.toml"
    path.write_text(TWO_DEPARTMENTS, encoding="utf-8")
    monkeypatch.setenv("BEIZENG_CONFIG", str(path))
    cfg = load_config(path)
    cfg.inbox.mkdir(parents=True, exist_ok=True)
    targets_2026(cfg.inbox)  # one return, so that a real run publishes the analysts' copy status reads
    assert [o.status for o in process(cfg, inbox_files(cfg))] == ["accepted"]
    return cfg


def test_status_and_the_workbook_owe_the_same_returns(declared: Config, tmp_path: Path) -> None:
    con = open_published(declared)
    try:
        status = {(d.sender, d.form) for d in status_rows(con, declared, "2026-06")
                  if d.state not in ("extra", "unidentified")}
        book = write_summary(con, declared, "2026-06", tmp_path / "汇总表.xlsx")
    finally:
        con.close()
    wb = openpyxl.load_workbook(book, read_only=True)
    try:
        rows = [tuple(r) for r in wb["报送情况"].iter_rows(min_row=3, values_only=True)]
    finally:
        wb.close()
    codes = {f.title: f.code for f in all_forms().values()}
    header = rows[0]
    matrix = rows[1:next(i for i, r in enumerate(rows) if r[0] is None or str(r[0]).startswith("催报清单"))]
    workbook = {(str(r[0]), codes[str(header[c])]) for r in matrix for c in range(1, len(header))
                if str(header[c]) in codes and r[c] not in (None, "—")}

    assert status == workbook
    assert {p for p in status if p[1] in KNOWN} == OWED
    assert ("工信局", "cultivation") not in status  # its own list names only targets, and two others declare it

    result = CliRunner().invoke(app, ["status", "--period", "2026-06"])
    assert result.exit_code == 0, result.output
    assert f"应报 {len(status)} 份" in result.output


def test_templates_go_to_exactly_the_senders_that_owe_the_return(declared: Config) -> None:
    from beizeng.publish.templates import template_senders

    sent = {(s.name, code) for code, form in all_forms().items() for s in template_senders(form, declared)}
    # progress_notes is owed by its default sender 工信局 although its forms list names only targets
    assert {pair for pair in sent if pair[1] in KNOWN} == OWED
