"""The test county: two townships, two departments, a city of four counties (one tie in every rank)."""

from __future__ import annotations

from pathlib import Path

TEST_CONFIG = """
[county]
name = "测试县"
code = "610599"

[city]
name = "测试市"
counties = ["测试县", "甲县", "乙县", "丙县"]

[[townships]]
name = "东镇"
aliases = ["东关镇"]
contact = "王东"
phone = "0913-1111111"

[[townships]]
name = "西镇"
contact = "赵西"
phone = "0913-2222222"

[[departments]]
name = "统计局"
aliases = ["县统计局"]
forms = ["enterprise_output", "city_comparison"]

[[departments]]
name = "工信局"
forms = ["targets"]
"""


def write_config(root: Path, extra: str = "") -> Path:
    root.mkdir(parents=True, exist_ok=True)
    path = root / "beizeng.toml"
    text = TEST_CONFIG
    if extra:
        text = extra + "\n" + text
    path.write_text(text, encoding="utf-8")
    return path
