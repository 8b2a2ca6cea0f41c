"""The demo county's beizeng.toml: the city's counties, the townships, the departments and
what each sends, the rules (deadline day, tolerances) with a note for each.
"""

from __future__ import annotations

import dataclasses
import json
import random
from pathlib import Path
from typing import Any

from beizeng.base.config import CONFIG_NAME, Rules
from beizeng.demo.common import SEED

COUNTY, COUNTY_CODE, CITY = "丹河县", "610525", "秦川市"
CITY_COUNTIES = ("渭北区", "秦源县", "泾阳县", "华岭市", "蒲原县", "韩塬县", "丹河县", "白溪县", "富川县", "潼西县",
                 "秦川高新区")
#: (name, code, aliases) of the reporting townships; the development zone reports like a township.
TOWNSHIPS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("城关镇", "610525100", ("城关镇人民政府", "城关街道")),
    ("丹阳镇", "610525101", ("丹阳镇人民政府",)),
    ("河口镇", "610525102", ("河口镇人民政府",)),
    ("柳林镇", "610525103", ("柳林镇人民政府",)),
    ("石门镇", "610525104", ("石门镇人民政府",)),
    ("马庄镇", "610525105", ("马庄镇人民政府",)),
    ("龙泉镇", "610525106", ("龙泉镇人民政府",)),
    ("杨家堡镇", "610525107", ("杨家堡镇人民政府",)),
    ("清水镇", "610525108", ("清水镇人民政府",)),
    ("安里镇", "610525109", ("安里镇人民政府",)),
    ("经开区", "610525400", ("丹河经开区", "经济技术开发区", "丹河县经济技术开发区", "经开区管委会")),
)
#: (name, aliases, forms); forms listed only where the department is the one sender of them.
DEPARTMENTS: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("统计局", ("县统计局", "丹河县统计局"), ("enterprise_output", "city_comparison")),
    ("发改局", ("县发改局", "发展和改革局", "县发展和改革局"), ()),
    ("工信局", ("县工信局", "工业和信息化局", "县工业和信息化局"), ("targets", "cultivation", "progress_notes")),
    ("招商局", ("县招商局", "投资促进局", "县投资促进局"), ("attraction",)),
    ("自然资源局", ("县自然资源局", "自然资源和规划局"), ("factors",)),
    ("财政局", ("县财政局",), ("factors",)),
)
RULE_NOTES = {
    "time_progress": '序时进度："linear" 按 目标×N/12；"target_split" 按目标任务自带的季度分解',
    "in_stats_denominator": '纳统率分母："key" 全部重点项目；"started" 已开工重点项目',
    "rank_basis": '排名依据：每类指标 "growth"（按增速）或 "size"（按总量）',
    "fai_min_total_investment": "计入固定资产投资的项目计划总投资下限（万元）",
    "deadline_day": "报送截止日（次月几日）",
    "total_tolerance": "合计行与各行之和允许的差额（按报表单位）",
    "crosscheck_pct": "交叉核对允许的相对差（%）",
    "yoy_warn_pct": "同比超过 ±此值（%）时提醒",
}
SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾田董袁潘蔡蒋余杜叶程魏苏吕丁任"
GIVEN = ("伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀兰",
         "霞", "平", "刚", "建华", "建国", "晓东", "海燕", "文博", "志强", "丹", "宁", "鹏", "红梅", "卫东", "晨", "亮")


def _toml_value(value: Any) -> str:
    """A TOML literal: JSON strings and numbers are valid TOML, lists and dicts are spelled out."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str | int | float):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{k} = {_toml_value(v)}" for k, v in value.items()) + " }"
    return "[" + ", ".join(_toml_value(v) for v in value) + "]"


def _person(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + rng.choice(GIVEN)


def _rules_block() -> list[str]:
    """[rules] with every setting commented out at its default, so the file documents the choices."""
    lines = ["[rules]", "# 以下均为默认值；按本县口径修改时去掉行首的 # 号。"]
    defaults = Rules()
    for f in dataclasses.fields(Rules):
        note = RULE_NOTES.get(f.name, "")
        lines.append(f"# {f.name} = {_toml_value(getattr(defaults, f.name))}" + (f"    # {note}" if note else ""))
    return lines


def demo_config_text() -> str:
    """The text of the demo county's beizeng.toml."""
    rng = random.Random(SEED)
    lines = [
        "# 演示县配置（丹河县、秦川市均为虚构，数据为随机生成）。",
        "[county]", f"name = {_toml_value(COUNTY)}", f"code = {_toml_value(COUNTY_CODE)}", "",
        "[city]", f"name = {_toml_value(CITY)}", f"counties = {_toml_value(CITY_COUNTIES)}", "",
        *_rules_block(), "",
        "[paths]", 'inbox = "inbox"', 'warehouse = "warehouse"', "",
    ]
    for name, code, aliases in TOWNSHIPS:
        lines += ["[[townships]]", f"name = {_toml_value(name)}", f"code = {_toml_value(code)}",
                  f"aliases = {_toml_value(aliases)}", f"contact = {_toml_value(_person(rng))}",
                  f"phone = {_toml_value(f'0913-{rng.randint(6210000, 6299999)}')}", ""]
    for name, aliases, forms in DEPARTMENTS:
        lines += ["[[departments]]", f"name = {_toml_value(name)}", f"aliases = {_toml_value(aliases)}",
                  f"forms = {_toml_value(forms)}", f"contact = {_toml_value(_person(rng))}",
                  f"phone = {_toml_value(f'0913-{rng.randint(6110000, 6199999)}')}", ""]
    return "\n".join(lines)


def write_demo_config(root: Path) -> Path:
    """Write ``root/beizeng.toml`` for the demo county (overwriting an existing one) and return its path."""
    root.mkdir(parents=True, exist_ok=True)
    path = root / CONFIG_NAME
    path.write_text(demo_config_text(), encoding="utf-8")
    return path
