"""Given/expect tests of the two views that hold which rows a count of report 3 and 4 takes, once for the count
and for the names printed beside it: cultivation_lists (sql/models/305: 小巨人, 高新, 科技型, 技改奖励资金, 绿色工厂)
and attraction_rows (405: projects worked on and landed this year).  ind_innovation (310) and ind_attraction
(410) count from them and named_items (485) names from them; before, 485 restated 310's and 410's conditions.

A real in-memory warehouse built by the project's DDL and models (sql/models/), small ledgers in, exact rows
out, as tests/test_sql_macros.py.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

import duckdb
import pytest

from beizeng.store.warehouse import SQL_DIR, ensure_schema, sql_files

COUNTY = "东县"
D = dt.date
#: (uscc, name, township, type, status, status date, grant 万元): 东镇's June ledger
LEDGER = [
    ("U01", "甲小巨人", "东镇", "专精特新小巨人", "已认定", D(2026, 4, 1), None),
    ("U02", "乙老巨人", "东镇", "专精特新小巨人", "已认定", D(2025, 9, 1), None),  # last year's: in no list
    ("U03", "丙高新", "西镇", "高新技术企业", "申报中", None, None),  # pending: counts whatever the date
    ("U04", "丁高新", "东镇", "高新技术企业", "未通过", D(2026, 5, 20), None),  # decided this year: counts
    ("U04", "丁高新", "东镇", "高新技术企业", "未通过", D(2026, 5, 20), None),  # listed twice: once per USCC
    ("U05", "戊高新", "东镇", "高新技术企业", "已认定", D(2025, 11, 1), None),  # decided last year: no
    ("U06", "己科技", "东镇", "科技型中小企业", "已入库", D(2026, 3, 3), None),
    ("U07", "庚科技", "东镇", "科技型中小企业", "培育中", None, None),  # not yet: no
    ("U08", "辛技改", "东镇", "技改奖励资金", "申报中", D(2026, 2, 1), Decimal("50")),
    ("U09", "壬技改", "西镇", "技改奖励资金", "培育中", D(2026, 2, 1), Decimal("80")),  # not filed: no
    ("U10", "癸绿色", "西镇", "绿色工厂", "培育中", None, None),
    ("U11", "子绿色", "东镇", "绿色工厂", "已认定", D(2026, 1, 5), None),  # already green: no
    ("U12", "丑高新", "东镇", "高新技术企业", "申报中", None, None),
    ("U13", "寅科技", "西镇", "科技型中小企业", "已认定", D(2026, 7, 1), None),  # after June: no
]
#: (name, township, stage, contact date, landed date, total investment 万元): 招商局's June ledger
PROJECTS = [
    ("金隅新材料", "东镇", "开工", D(2026, 1, 10), D(2026, 3, 1), Decimal("30000")),
    ("秦河食品", "西镇", "落户", D(2026, 2, 1), D(2026, 6, 30), Decimal("20000")),
    ("盛步二期", "东镇", "投产", D(2025, 1, 8), D(2025, 6, 1), Decimal("15000")),  # landed last year
    ("远东物流", None, "签约", D(2026, 4, 1), None, Decimal("8000")),  # signed, not landed
    ("北山光伏", "东镇", "落户", D(2026, 7, 2), D(2026, 7, 3), Decimal("9000")),  # after the period
]


@pytest.fixture
def con() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    ensure_schema(con)
    con.execute("insert into cfg_settings values ('county', ?)", [COUNTY])
    con.executemany("insert into submissions (submission_id, file_hash, file_name, form, sender, period, status) "
                    "values (?, ?, ?, ?, ?, '2026-06', 'accepted')",
                    [(1, "h1", "ledger.xlsx", "cultivation", "工信局"), (2, "h2", "invest.xlsx", "attraction", "招商局")])
    con.executemany("insert into form_cultivation (submission_id, period, sender, sheet, excel_row, uscc, name, "
                    "township, ctype, status, status_date, grant_amount) "
                    "values (1, '2026-06', '工信局', 'Sheet1', ?, ?, ?, ?, ?, ?, ?, ?)",
                    [(i, *row) for i, row in enumerate(LEDGER, 5)])
    con.executemany("insert into form_attraction (submission_id, period, sender, sheet, excel_row, name, township, "
                    "stage, contact_date, landed_date, total_investment, funds_in_place) "
                    "values (2, '2026-06', '招商局', 'Sheet1', ?, ?, ?, ?, ?, ?, ?, 0)",
                    [(i, *row) for i, row in enumerate(PROJECTS, 5)])
    for path in sql_files("models"):  # the periods and targets the models join, the two views, and their readers
        if path.name[:3] in ("010", "015", "020", "305", "310", "405", "410", "485"):
            con.execute(path.read_text(encoding="utf-8"))
    return con


def test_each_ledger_row_is_in_the_list_it_counts_in(con: duckdb.DuckDBPyConnection) -> None:
    rows = con.execute("select name, list from cultivation_lists where list is not null order by excel_row").fetchall()
    assert rows == [("甲小巨人", "little_giants"), ("丙高新", "hightech"), ("丁高新", "hightech"), ("丁高新", "hightech"),
                    ("己科技", "tech_sme"), ("辛技改", "tech_grants"), ("癸绿色", "green"), ("丑高新", "hightech")]
    landed = con.execute("select name from attraction_rows where landed_this_year order by excel_row").fetchall()
    assert landed == [("金隅新材料",), ("秦河食品",)]
    worked = con.execute("select name from attraction_rows where worked_this_year order by excel_row").fetchall()
    assert worked == [("金隅新材料",), ("秦河食品",), ("远东物流",)]


def test_the_names_beside_a_count_are_the_rows_it_counts(con: duckdb.DuckDBPyConnection) -> None:
    counts = dict(con.execute("select indicator, value from ind_innovation where scope = ? union all "
                              "select indicator, value from ind_attraction where scope = ?", [COUNTY, COUNTY]).fetchall())
    names: dict[str, list[str]] = {}
    for lst, name in con.execute("select list, name from named_items where period = '2026-06' order by list, item_no"
                                 ).fetchall():
        names.setdefault(lst, []).append(name)
    assert names == {"little_giants": ["甲小巨人"], "hightech": ["丙高新", "丁高新", "丑高新"], "tech_sme": ["己科技"],
                     "green": ["癸绿色"], "landed": ["金隅新材料", "秦河食品"]}
    by_count = {"little_giants": "little_giant_count", "hightech": "hightech_applying", "tech_sme": "tech_sme_count",
                "green": "green_factory_candidates", "landed": "invest_landed"}
    assert {lst: counts[code] for lst, code in by_count.items()} == {lst: len(n) for lst, n in names.items()}
    assert (counts["tech_grant_enterprises"], counts["tech_grant_amount"]) == (1, 50)
    assert (counts["invest_contacted"], counts["invest_total"]) == (3, 5)  # (30000 + 20000) 万元 = 5 亿元
    amounts = con.execute("select amount from named_items where list = 'landed' order by item_no").fetchall()
    assert amounts == [(3.0,), (2.0,)]


#: What picks a row for a list: a ledger's type or a project's stage, quoted in SQL.
_CONDITION = re.compile(r"'(专精特新小巨人|高新技术企业|科技型中小企业|技改奖励资金|绿色工厂|落户|开工|投产)'")


def test_only_the_two_views_spell_the_lists_conditions() -> None:
    homes = {"305_cultivation_lists.sql", "405_attraction_rows.sql"}
    spelled = {}
    for path in sorted((SQL_DIR / "models").glob("*.sql")):
        code = "\n".join(line.split("--", 1)[0] for line in path.read_text(encoding="utf-8").splitlines())
        if path.name not in homes and _CONDITION.search(code):
            spelled[path.name] = sorted(set(_CONDITION.findall(code)))
    assert spelled == {}
    # and the check can fail: the 485 of before restated 310's condition
    old = "when c.ctype = '专精特新小巨人' and c.status = '已认定' and this_year then 'little_giants'  -- 310"
    assert _CONDITION.findall(old.split("--", 1)[0]) == ["专精特新小巨人"]
