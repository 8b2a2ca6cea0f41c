"""Review 7: hand-made workbooks where catalogue-indicator words meet ledgers (targets vs ledgers vs city table).

Made by someone who had not read the reader, after this session's indicator-table rule.  Three were strict xfails
(2, 6, 7, failing at 14f6cfa too) until the rows decided what a sheet is (session 8: ``beizeng.intake.records``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from beizeng.base.config import Config
from beizeng.base.identifiers import uscc_check_char
from tests.handmade import make
from tests.test_handmade import accepted, ind, sql
from tests.test_handmade import take_lazily as take

D = Decimal


def _code(n: int) -> str:
    first = f"91610525MA6Y8E{n:03d}"
    return first + uscc_check_char(first)


def _put(ws: Any, row: int, values: Sequence[object]) -> None:
    for i, v in enumerate(values, 1):
        if v is not None:
            ws.cell(row, i, v)


def _said(outcomes) -> list[tuple[object, ...]]:
    return [(o.file, o.status, o.form, o.sender, o.period, o.rows,
             [p.line() for p in o.problems if p.severity != "info"]) for o in outcomes]


# 1. cultivation ledger, every type indicator-like, 信用代码 renamed -----------------------------------------
def cult_indicator_types_short_code_header(folder: Path) -> Path:
    """A person reads: 工信局 企业培育台账 2026-06, 3 rows: 技改奖励资金 (申报中, 50 万元), 绿色工厂 (已认定),
    专精特新小巨人 (培育中); grants total 50 万元."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "6月"
    ws["A1"] = "2026年6月企业培育情况"
    _put(ws, 2, ["序号", "信用代码", "企业名称", "乡镇", "培育类型", "培育状态", "日期", "奖补资金（万元）"])
    _put(ws, 3, [1, _code(1), "东方光伏科技有限公司", "东镇", "技改奖励资金", "申报中", dt.date(2026, 5, 10), 50])
    _put(ws, 4, [2, _code(2), "西岭建材有限公司", "西镇", "绿色工厂", "已认定", dt.date(2026, 3, 2), None])
    _put(ws, 5, [3, _code(3), "东关饲料有限公司", "东镇", "专精特新小巨人", "培育中", None, None])
    p = folder / "工信局_2026-06_企业培育.xlsx"
    wb.save(p)
    return p


def test_1_cultivation_all_indicator_like_types(county_full: Config) -> None:
    out = take(county_full, cult_indicator_types_short_code_header)
    print(_said(out))
    accepted(out, "cultivation", "工信局", "2026-06", 3)
    assert sql(county_full, "select ctype, status from cur_cultivation order by excel_row") == [
        ("技改奖励资金", "申报中"), ("绿色工厂", "已认定"), ("专精特新小巨人", "培育中")]
    assert sql(county_full, "select sum(grant_amount) from cur_cultivation") == [(D("50"),)]


# 2. cultivation ledger whose code column is headed just 代码 ------------------------------------------------
def cult_code_header_bare(folder: Path) -> Path:
    """A person reads: 工信局 企业培育 2026-06, 2 enterprises with valid credit codes (column 代码): 东方光伏 技改奖励资金
    申报中, 西岭建材 绿色工厂 已认定.  Rows are enterprises, never indicators: not a targets table."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "6月"
    ws["A1"] = "2026年6月企业培育"
    _put(ws, 2, ["代码", "企业名称", "乡镇", "类型", "状态", "日期"])
    _put(ws, 3, [_code(31), "东方光伏科技有限公司", "东镇", "技改奖励资金", "申报中", dt.date(2026, 5, 1)])
    _put(ws, 4, [_code(32), "西岭建材有限公司", "西镇", "绿色工厂", "已认定", dt.date(2026, 3, 1)])
    p = folder / "工信局_2026-06_培育.xlsx"
    wb.save(p)
    return p


def test_2_cultivation_code_column_headed_bare_code(county_full: Config) -> None:
    out = take(county_full, cult_code_header_bare)
    print(_said(out))
    assert all(o.form != "targets" for o in out), _said(out)
    accepted(out, "cultivation", "工信局", "2026-06", 2)
    assert sql(county_full, "select ctype, status from cur_cultivation order by excel_row") == [
        ("技改奖励资金", "申报中"), ("绿色工厂", "已认定")]


# 3. attraction ledger with 产业类别 -------------------------------------------------------------------------
def attraction_with_industry_class(folder: Path) -> Path:
    """A person reads: 招商局 招商引资项目台账 2026-06, 3 projects, total investment 85,000 万元, funds this year
    12,000 万元; chains 光伏新能源, 精细化工, 新型建材."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws["A1"] = "2026年1-6月招商引资项目推进表"
    ws["A2"] = "单位：万元"
    _put(ws, 3, ["序号", "项目名称", "产业类别", "落户乡镇", "项目阶段", "落户日期", "开工日期", "总投资", "到位资金",
                 "责任单位"])
    _put(ws, 4, [1, "年产5GW光伏组件项目", "光伏", "东镇", "已开工", dt.date(2026, 2, 1), dt.date(2026, 4, 1), 50000,
                 8000, "县发改局"])
    _put(ws, 5, [2, "精细化工中间体项目", "化工", "西镇", "签约", None, None, 20000, 0, "县工信局"])
    _put(ws, 6, [3, "新型墙体材料项目", "建材", "东镇", "落户", dt.date(2026, 5, 20), None, 15000, 4000, "东镇"])
    p = folder / "招商局_2026-06_招商项目.xlsx"
    wb.save(p)
    return p


def test_3_attraction_with_industry_class(county_full: Config) -> None:
    out = take(county_full, attraction_with_industry_class)
    print(_said(out))
    accepted(out, "attraction", "招商局", "2026-06", 3)
    assert sql(county_full, "select name, chain, stage from cur_attraction order by excel_row") == [
        ("年产5GW光伏组件项目", "光伏新能源", "开工"), ("精细化工中间体项目", "精细化工", "签约"),
        ("新型墙体材料项目", "新型建材", "落户")]
    assert sql(county_full, "select sum(total_investment), sum(funds_in_place) from cur_attraction") == [
        (D("85000"), D("12000"))]


# 4. targets with 序号 and 责任单位 ---------------------------------------------------------------------------
def targets_with_seq_and_owner(folder: Path) -> Path:
    """A person reads: 工信局 2026 targets: 规上工业总产值 24 亿元, 工业固定资产投资增速 10 %, 新增规上工业企业 5 户."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "任务"
    ws["A1"] = "测试县2026年工业倍增目标任务分工"
    _put(ws, 2, ["序号", "指标名称", "单位", "年度目标", "责任单位", "分管领导"])
    _put(ws, 3, [1, "规上工业总产值", "亿元", 24, "县工信局", "李副县长"])
    _put(ws, 4, [2, "工业固定资产投资增速", "%", 10, "县发改局", "张副县长"])
    _put(ws, 5, [3, "新增规上工业企业", "户", 5, "县工信局", "李副县长"])
    p = folder / "工信局2026年目标任务分工.xlsx"
    wb.save(p)
    return p


def test_4_targets_with_seq_and_owner(county_full: Config) -> None:
    make.ent_text_numbers_wps(county_full.inbox)
    out = take(county_full, targets_with_seq_and_owner)
    print(_said(out))
    accepted([o for o in out if o.form == "targets"], "targets", "工信局", "2026", 3)
    assert sql(county_full, "select indicator, value from cur_targets order by 1") == [
        ("fai_target_pct", D("10")), ("new_above_scale_target", D("5")), ("output_target", D("24"))]
    assert ind(county_full, "output_target") == pytest.approx(24)


# 5. one workbook: a targets sheet and a cultivation ledger sheet ---------------------------------------------
def targets_and_ledger(folder: Path) -> Path:
    """A person reads: sheet 目标 = 2026 targets (规上工业总产值 24 亿元, 新增绿色工厂 2 个); sheet 培育 = 2026-06
    cultivation ledger, 2 rows (绿色工厂 申报中, 技改奖励资金 已认定 30 万元)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "目标"
    ws["A1"] = "2026年目标"
    _put(ws, 2, ["指标名称", "单位", "年度目标"])
    _put(ws, 3, ["规上工业总产值", "亿元", 24])
    _put(ws, 4, ["新增绿色工厂", "个", 2])
    ws2 = wb.create_sheet("培育")
    ws2["A1"] = "企业培育台账（截至2026年6月底）"
    _put(ws2, 2, ["统一社会信用代码", "企业名称", "所属乡镇", "培育类型", "培育状态", "状态日期", "奖补资金"])
    _put(ws2, 3, [_code(11), "东方光伏科技有限公司", "东镇", "绿色工厂", "申报中", dt.date(2026, 6, 3), None])
    _put(ws2, 4, [_code(12), "西岭建材有限公司", "西镇", "技改奖励资金", "已认定", dt.date(2026, 5, 8), 30])
    p = folder / "工信局_2026年6月_目标及培育台账.xlsx"
    wb.save(p)
    return p


def test_5_targets_sheet_and_ledger_sheet(county_full: Config) -> None:
    make.ent_text_numbers_wps(county_full.inbox)
    out = take(county_full, targets_and_ledger)
    print(_said(out))
    mine = [o for o in out if o.form in ("targets", "cultivation")]
    accepted([o for o in mine if o.form == "targets"], "targets", "工信局", "2026", 2)
    accepted([o for o in mine if o.form == "cultivation"], "cultivation", "工信局", "2026-06", 2)
    assert sql(county_full, "select indicator, value from cur_targets order by 1") == [
        ("green_factory_target", D("2")), ("output_target", D("24"))]
    assert sql(county_full, "select ctype, grant_amount from cur_cultivation order by excel_row") == [
        ("绿色工厂", None), ("技改奖励资金", D("30"))]


# 6. targets whose first header is 项目 ------------------------------------------------------------------------
def targets_first_header_project(folder: Path) -> Path:
    """A person reads: 工信局 2026 targets: 规上工业总产值 24 亿元, 规上工业增加值增速 7 %, 招商引资到位资金 2 亿元."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws["A1"] = "2026年工业目标"
    _put(ws, 2, ["项目", "单位", "目标值", "备注"])
    _put(ws, 3, ["规上工业总产值", "亿元", 24, None])
    _put(ws, 4, ["规上工业增加值增速", "%", 7, "可比价"])
    _put(ws, 5, ["招商引资到位资金", "万元", 20000, None])
    p = folder / "工信局2026年工业目标.xlsx"
    wb.save(p)
    return p


def test_6_targets_first_header_project(county_full: Config) -> None:
    make.ent_text_numbers_wps(county_full.inbox)
    out = take(county_full, targets_first_header_project)
    print(_said(out))
    accepted([o for o in out if o.form != "enterprise_output"], "targets", "工信局", "2026", 3)
    assert sql(county_full, "select indicator, value from cur_targets order by 1") == [
        ("invest_quarter_target", D("2")), ("output_target", D("24")), ("va_target_pct", D("7"))]


# 7. city comparison with 位次, 2026-06: never targets -------------------------------------------------------
def city_with_rank(folder: Path) -> Path:
    """A person reads: 统计局 全市各县区 comparison 2026-06: 5 rows (4 counties + 全市); 测试县 增加值增速 6.5 %,
    位次 2; 全市 6.2 %."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "6月"
    ws["A1"] = "2026年1-6月全市规上工业增加值增速"
    _put(ws, 2, ["县区", "规上工业增加值增速", "位次"])
    rows: list[list[object]] = [["全市", 6.2, None], ["甲县", 7.0, 1], ["测试县", 6.5, 2], ["乙县", 6.5, 2],
                                ["丙县", 5.0, 4]]
    for r, row in enumerate(rows, 3):
        _put(ws, r, row)
    p = folder / "统计局_2026-06_各县区增加值增速.xlsx"
    wb.save(p)
    return p


def test_7_city_comparison_with_rank(county_full: Config) -> None:
    out = take(county_full, city_with_rank)
    print(_said(out))
    assert all(o.form != "targets" for o in out), _said(out)
    accepted(out, "city_comparison", "统计局", "2026-06", 5)
    assert sql(county_full, "select county, va_yoy_pct, output_cum from cur_city_comparison order by excel_row") == [
        ("全市", D("6.2"), None), ("甲县", D("7"), None), ("测试县", D("6.5"), None), ("乙县", D("6.5"), None),
        ("丙县", D("5"), None)]


# 8. template header word for word, but a sheet title saying 目标 -------------------------------------------
def cult_template_header_targets_title(folder: Path) -> Path:
    """A person reads: the cultivation template's header word for word (sheet named 目标任务台账), 2026-06, 2 rows:
    技改奖励资金 申报中 80 万元, 绿色工厂 已认定."""
    from schemas.cultivation import FORM
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "目标任务台账"
    ws["A1"] = "2026年6月 工信局 培育目标企业"
    heads = [c.label for c in FORM.columns]
    _put(ws, 2, heads)
    _put(ws, 3, [_code(21), "东方光伏科技有限公司", "东镇", "技改奖励资金", "申报中", dt.date(2026, 6, 1), "王某", 80,
                 None])
    _put(ws, 4, [_code(22), "西岭建材有限公司", "西镇", "绿色工厂", "已认定", dt.date(2026, 2, 1), None, None,
                 "省级绿色工厂"])
    p = folder / "工信局_2026-06_目标企业台账.xlsx"
    wb.save(p)
    return p


def test_8_template_header_word_for_word(county_full: Config) -> None:
    out = take(county_full, cult_template_header_targets_title)
    print(_said(out))
    accepted(out, "cultivation", "工信局", "2026-06", 2)
    assert sql(county_full, "select sum(grant_amount) from cur_cultivation") == [(D("80"),)]
