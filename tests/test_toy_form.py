"""Adding a return type the documented way (CONTRIBUTING, "Adding a return type"): one schema module,
one SQL model, its catalogue entries — and the figures reach the warehouse, the analysts' section view,
the summary workbook and `explain`, with nothing else edited.

Done in a copy of the project (schemas/ is discovered, sql/ is read from beside the package), run by a
second Python process that imports the copy.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

SCHEMA = '''"""窑炉改造: a toy ledger, one row per kiln renovation project (tests/test_toy_form.py)."""

from __future__ import annotations

import pandera.polars as pa

from beizeng.base.forms import FormSpec, Money, column


class Kilns(pa.DataFrameModel):
    name: str = column("项目名称", "窑炉改造项目的名称。", width=30)
    township: str = column("所属乡镇", "项目所在的乡镇。", kind="township", nullable=True, width=12)
    amount: Money = column("投资额", "项目的投资额。", kind="money", unit="万元", ge=0)

    class Config:
        strict = True
        coerce = True


FORM = FormSpec(
    code="kilns",
    title="窑炉改造台账",
    model=Kilns,
    senders="departments",
    default_sender=None,
    frequency="monthly",
    key=("name",),
    grain="one row per kiln renovation project",
    instructions="每个窑炉改造项目一行，投资额单位为万元。",
    title_keywords=("窑炉改造",),
)
'''

MODEL = '''-- ind_kilns: one row per period per scope (the county, and each township) per indicator: kiln renovations.
-- A toy model (tests/test_toy_form.py): projects counted and their investment summed from the 窑炉改造台账.
create or replace view ind_kilns as
with source as (
    select period, township, amount from cur_kilns
),
scoped as (
    select period, setting('county') as scope, amount from source
    union all
    select period, township, amount from source where township is not null
),
wide as (
    select period, scope, count(*) as kiln_projects, sum(amount) as kiln_investment
    from scoped
    group by period, scope
)
select * from long_format(wide);
'''

CATALOGUE = '''
[kiln_projects]
name = "窑炉改造项目"
unit = "个"
section = "4"
formula = "窑炉改造台账的项目个数"
sources = ["kilns"]
model = "ind_kilns"

[kiln_investment]
name = "窑炉改造投资"
unit = "万元"
section = "4"
formula = "窑炉改造台账各项目投资额之和"
sources = ["kilns"]
model = "ind_kilns"
'''

RUN = '''
import json, os, sys
from pathlib import Path
import duckdb, openpyxl
from beizeng.base.config import load_config
from beizeng.intake.ingest import inbox_files
from beizeng.intake.watch import process
from beizeng.store.session import open_published
from beizeng.publish.outputs import write_summary
from beizeng.cli.commands.ops import explain_indicator
from tests.county import write_config
from tests.xlsx import write_return

root = Path(sys.argv[1])
path = write_config(root, '[[departments]]\\nname = "住建局"\\nforms = ["kilns"]\\n')
os.environ["BEIZENG_CONFIG"] = str(path)
cfg = load_config(path)
cfg.inbox.mkdir(parents=True, exist_ok=True)
write_return(cfg.inbox / "住建局_2026-06_窑炉改造台账.xlsx", ["序号", "项目名称", "所属乡镇", "投资额"],
             [[1, "东镇陶瓷窑炉节能改造", "东镇", 1200.5], [2, "西镇砖厂隧道窑改造", "西镇", 800],
              [3, "东镇玻璃窑炉改造", "东镇", 300]],
             title="测试县2026年1-6月窑炉改造台账", sender_line="填报单位：住建局")
outcomes = process(cfg, inbox_files(cfg))
con = open_published(cfg)
values = con.execute("select scope, indicator, value from indicator_values where indicator like 'kiln%' "
                     "and period = '2026-06' order by scope, indicator").fetchall()
view = con.execute("select scope, kiln_projects, kiln_investment from report_4_investment "
                   "where period = '2026-06' order by scope").fetchall()
comment = con.execute("select comment from duckdb_columns() where table_name = 'report_4_investment' "
                      "and column_name = 'kiln_investment'").fetchall()
exp = explain_indicator(con, cfg, "窑炉改造投资", "2026-06")
book = root / "summary.xlsx"
write_summary(con, cfg, "2026-06", book)
con.close()
cells = [[c for c in row if c is not None]
         for ws in openpyxl.load_workbook(book, read_only=True).worksheets
         for row in ws.iter_rows(values_only=True) if any(c == "窑炉改造投资" for c in row)]
print(json.dumps({
    "outcomes": [[o.file, o.status, o.form] for o in outcomes],
    "values": [[s, i, float(v)] for s, i, v in values],
    "view": [[s, p, i] for s, p, i in view],
    "comment": comment[0][0],
    "explain": [exp.value, exp.sql_file, exp.sql_text,
                [[src.form, src.total_rows, sorted(r[2] for r in src.rows)] for src in exp.sources]],
    "workbook": [[str(c) for c in row] for row in cells],
}, ensure_ascii=False))
'''


@pytest.mark.slow
def test_a_toy_form_added_the_documented_way_reaches_every_output(tmp_path: Path) -> None:
    # a copy of the project, with the three additions CONTRIBUTING names and nothing else
    project = tmp_path / "project"
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for part in ("beizeng", "schemas", "sql", "tests", "flows"):
        shutil.copytree(ROOT / part, project / part, ignore=ignore)
    (project / "schemas" / "kilns.py").write_text(SCHEMA, encoding="utf-8")
    (project / "sql" / "models" / "990_kilns.sql").write_text(MODEL, encoding="utf-8")
    with (project / "sql" / "catalogue.toml").open("a", encoding="utf-8") as f:
        f.write(CATALOGUE)
    env = {**os.environ, "PYTHONPATH": str(project), "BEIZENG_TESTING": "1"}
    done = subprocess.run([sys.executable, "-c", RUN, str(tmp_path / "county")], cwd=project, env=env,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    got = json.loads(done.stdout.strip().splitlines()[-1])
    assert got["outcomes"] == [["住建局_2026-06_窑炉改造台账.xlsx", "accepted", "kilns"]]
    # the warehouse: 3 projects, 1200.5 + 800 + 300 = 2300.5 万元; 东镇 2 and 1500.5, 西镇 1 and 800
    assert got["values"] == [["东镇", "kiln_investment", 1500.5], ["东镇", "kiln_projects", 2.0],
                             ["测试县", "kiln_investment", 2300.5], ["测试县", "kiln_projects", 3.0],
                             ["西镇", "kiln_investment", 800.0], ["西镇", "kiln_projects", 1.0]]
    # the analysts' view of section 4 has the new columns, commented from the catalogue
    assert sorted(got["view"]) == [["东镇", 2.0, 1500.5], ["测试县", 3.0, 2300.5], ["西镇", 1.0, 800.0]]
    assert got["comment"] == "窑炉改造投资（万元）"
    # explain: the value, the declared model's line, the three source rows (Excel rows of the ledger)
    value, sql_file, sql_text, sources = got["explain"]
    assert (value, sql_file, sql_text) == (2300.5, "sql/models/990_kilns.sql",
                                           "select period, scope, count(*) as kiln_projects, sum(amount) as kiln_investment")
    assert [s[:2] for s in sources] == [["kilns", 3]]
    # the summary workbook shows it (指标说明 lists every catalogued code with its value)
    assert any("2300.5" in " ".join(row) or "2,300.50" in " ".join(row) for row in got["workbook"]), got["workbook"]
