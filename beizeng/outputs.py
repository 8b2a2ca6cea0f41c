"""What a period's run writes to warehouse/out/<period>/: the summary workbook (汇总表)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb
import xlsxwriter

from beizeng.catalogue import catalogue
from beizeng.config import Config
from beizeng.overview import HEADERS, overview
from beizeng.periods import period_words

WORKBOOK_OPTIONS = {"strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False}
TOWNSHIP_COLUMNS = ["output_cum", "output_yoy_pct", "fai_cum", "fai_yoy_pct", "tech_cum", "key_projects",
                    "key_projects_completed_cum", "key_projects_plan_pct"]


def write_period_outputs(con: duckdb.DuckDBPyConnection, cfg: Config, period: str) -> list[Path]:
    out_dir = cfg.out / period
    out_dir.mkdir(parents=True, exist_ok=True)
    return [write_summary(con, cfg, period, out_dir / f"{cfg.county}工业倍增{period_words(period)}汇总表.xlsx")]


def write_summary(con: duckdb.DuckDBPyConnection, cfg: Config, period: str, path: Path) -> Path:
    tmp = path.with_name(f".{path.name}.tmp.xlsx")
    wb = xlsxwriter.Workbook(str(tmp), WORKBOOK_OPTIONS)
    f = _formats(wb)
    title = f"{cfg.county}工业倍增计划{period_words(period)}主要指标汇总表"
    _sheet(wb, f, "指标总览", title, HEADERS, overview(con, period, cfg.county), widths=[30, 12, 10, 12, 12, 12, 14, 10, 12, 10])
    _townships(wb, f, con, cfg, period)
    _key_projects(wb, f, con, period)
    _all_indicators(wb, f, con, cfg, period)
    wb.close()
    tmp.replace(path)
    return path


def _formats(wb: xlsxwriter.Workbook) -> dict[str, Any]:
    base = {"font_name": "宋体", "font_size": 10, "valign": "vcenter", "border": 1}
    return {
        "title": wb.add_format({"font_name": "黑体", "font_size": 14, "bold": True, "align": "center", "valign": "vcenter"}),
        "head": wb.add_format({**base, "bold": True, "bg_color": "#DDEBF7", "align": "center", "text_wrap": True}),
        "text": wb.add_format(base),
        "num": wb.add_format({**base, "num_format": "#,##0.00"}),
        "int": wb.add_format({**base, "num_format": "0"}),
    }


def _sheet(wb: xlsxwriter.Workbook, f: dict[str, Any], name: str, title: str, headers: list[str],
           rows: list[list[Any]], widths: list[int], int_cols: tuple[int, ...] = ()) -> Any:
    ws = wb.add_worksheet(name)
    ws.merge_range(0, 0, 0, len(headers) - 1, title, f["title"])
    ws.set_row(0, 26)
    for c, h in enumerate(headers):
        ws.write_string(2, c, h, f["head"])
    for r, row in enumerate(rows, start=3):
        for c, v in enumerate(row):
            if v is None:
                ws.write_blank(r, c, None, f["text"])
            elif isinstance(v, int | float) and not isinstance(v, bool):
                ws.write_number(r, c, v, f["int"] if c in int_cols else f["num"])
            else:
                ws.write_string(r, c, str(v), f["text"])
    for c, w in enumerate(widths):
        ws.set_column(c, c, w)
    ws.freeze_panes(3, 1)
    ws.set_landscape()
    ws.set_paper(9)
    ws.repeat_rows(2)
    ws.fit_to_pages(1, 0)
    return ws


def _townships(wb: xlsxwriter.Workbook, f: dict[str, Any], con: duckdb.DuckDBPyConnection, cfg: Config, period: str) -> None:
    cat = catalogue()
    data: dict[str, dict[str, float]] = {}
    for scope, ind, val in con.execute(
        "select scope, indicator, value from indicator_values where period = ? and scope <> ?", [period, cfg.county]
    ).fetchall():
        data.setdefault(scope, {})[ind] = val
    headers = ["乡镇", *(f"{cat[c].name}（{cat[c].unit_zh}）" for c in TOWNSHIP_COLUMNS)]
    rows = [[t.name, *(data.get(t.name, {}).get(c) for c in TOWNSHIP_COLUMNS)] for t in cfg.townships]
    _sheet(wb, f, "分乡镇", f"{cfg.county}{period_words(period)}分乡镇主要指标", headers, rows, widths=[12] + [14] * len(TOWNSHIP_COLUMNS),
           int_cols=(6,))


def _key_projects(wb: xlsxwriter.Workbook, f: dict[str, Any], con: duckdb.DuckDBPyConnection, period: str) -> None:
    rows = con.execute(
        """
        select p.project_code, p.name, p.township, p.nature, p.total_investment, p.annual_plan, p.invest_cum,
               round(p.invest_cum / nullif(p.annual_plan, 0) * 100, 2),
               case when p.started then '是' else '否' end, case when p.in_stats then '是' else '否' end,
               s.file_name || ' / ' || p.sheet || ' / 第' || p.excel_row || '行'
        from cur_fai_projects p join submissions s using (submission_id)
        where p.period = ? and p.is_key order by p.township, p.project_code
        """,
        [period],
    ).fetchall()
    headers = ["项目代码", "项目名称", "乡镇", "建设性质", "计划总投资（万元）", "年度计划（万元）", "累计完成（万元）",
               "完成年度计划%", "开工", "纳统", "来源"]
    _sheet(wb, f, "重点项目进度", f"工业倍增计划重点项目{period_words(period)}进展", headers,
           [[float(x) if hasattr(x, "as_tuple") else x for x in r] for r in rows],
           widths=[26, 34, 10, 14, 14, 14, 14, 12, 6, 6, 40])


def _all_indicators(wb: xlsxwriter.Workbook, f: dict[str, Any], con: duckdb.DuckDBPyConnection, cfg: Config, period: str) -> None:
    cat = catalogue()
    vals = dict(con.execute("select indicator, value from indicator_values where period = ? and scope = ?",
                            [period, cfg.county]).fetchall())
    rows = [[i.section, i.code, i.name, vals.get(i.code), i.unit_zh, i.formula] for i in cat.values()]
    _sheet(wb, f, "指标说明", f"{cfg.county}{period_words(period)}全部指标", ["报告章节", "指标代码", "指标名称", "数值", "单位", "计算方法"],
           rows, widths=[8, 30, 30, 12, 8, 70])
