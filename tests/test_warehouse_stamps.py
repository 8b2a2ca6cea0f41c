"""Set-up work is redone only when what it is built from changed, and never hides a change.

The schema, the configuration copy and the SQL models are stamped with a digest of their sources
(`beizeng_stamps`); `indicator_values` is a table computed at the end of every run.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

import beizeng.store.warehouse as warehouse
from beizeng.base.config import Config, load_config
from beizeng.store.session import open_work, work_db
from tests.conftest import indicator, ingest
from tests.county import write_config
from tests.scenarios import full_county


def _rows(cfg: Config, sql: str) -> list[tuple[object, ...]]:
    con = duckdb.connect(str(work_db(cfg)), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_a_changed_rule_reaches_the_indicators_at_the_next_run(county: Config) -> None:
    full_county(county.inbox)
    ingest(county)
    # linear: 6/12 of 东镇's 11 亿元 output target (it has no split of its own) by June
    assert indicator(county, "output_time_target", scope="东镇") == pytest.approx(5.5)
    cfg = load_config(write_config(county.root, extra='[rules]\ntime_progress = "quarterly"\nquarter_shares = [20, 45, 75, 100]'))
    with open_work(cfg) as con:
        warehouse.run_models(con)
    # 45 % by the half year: 4.95 亿元; the new rule counts although no file came
    assert indicator(cfg, "output_time_target", scope="东镇") == pytest.approx(4.95)
    assert _rows(cfg, "select value from cfg_settings where key = 'time_progress'") == [("quarterly",)]


def test_an_unchanged_run_leaves_the_schema_and_models_alone(county: Config) -> None:
    full_county(county.inbox)
    ingest(county)
    stamps = dict(_rows(county, "select name, digest from beizeng_stamps"))
    assert set(stamps) == {"structure", "config", "models"}
    with open_work(county) as con:
        # a marker on a model view survives a run that changed nothing: the view was not created again
        con.execute("comment on view ind_output is 'marker'")
        warehouse.run_models(con)
    assert _rows(county, "select comment from duckdb_views() where view_name = 'ind_output'") == [("marker",)]
    assert dict(_rows(county, "select name, digest from beizeng_stamps")) == stamps


def test_a_changed_model_file_is_created_again(county: Config, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    full_county(county.inbox)
    ingest(county)
    sql = tmp_path / "sql"
    shutil.copytree(warehouse.SQL_DIR, sql)
    model = sql / "models" / "110_output.sql"
    model.write_text(model.read_text(encoding="utf-8") + "\n-- edited\n", encoding="utf-8")
    monkeypatch.setattr(warehouse, "SQL_DIR", sql)
    with open_work(county) as con:
        con.execute("comment on view ind_output is 'marker'")
        warehouse.run_models(con)
    assert _rows(county, "select comment from duckdb_views() where view_name = 'ind_output'") != [("marker",)]


def test_indicator_values_is_the_last_runs_table_and_the_live_view_computes_now(county: Config) -> None:
    from tests.scenarios import ent_2026_06, enterprise_output

    full_county(county.inbox)
    ingest(county)
    assert _rows(county, "select table_name from duckdb_tables() where table_name = 'indicator_values'") \
        == [("indicator_values",)]
    before = indicator(county, "output_cum")
    # a corrected enterprise return: the third enterprise's June output up by 1 亿元 (10,000 万元)
    rows = ent_2026_06()
    rows[2] = (*rows[2][:5], rows[2][5] + 10000, rows[2][6])
    enterprise_output(county.inbox, "2026-06", rows, name="统计局_2026-06_规上工业企业生产月报_更正.xlsx")
    ingest(county, compute=False)
    assert indicator(county, "output_cum") == before  # the table is as the last computing run left it
    live = _rows(county, "select value from indicator_values_live where period = '2026-06' and scope = "
                         f"'{county.county}' and indicator = 'output_cum'")
    assert live[0][0] == pytest.approx(before + 1.0)  # type: ignore[operator]
    with open_work(county) as con:
        warehouse.run_models(con)
    assert indicator(county, "output_cum") == pytest.approx(before + 1.0)  # type: ignore[operator]
