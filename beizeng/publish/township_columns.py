"""The 分乡镇 sheet's columns: which figures each township shows, in one place for the sheet that writes them
(beizeng.publish.outputs) and the record of what a publish showed (beizeng.publish.revisions)."""

from __future__ import annotations

#: 分乡镇: groups of columns, each (group title, [(sub-header, code, how)]); ``how`` is value or rank (the
#: township's place by that code among the townships); a share of the county is its own code, computed in SQL
#: (sql/models/470_county_shares.sql).  Groups whose codes are not catalogued are left out.
TOWNSHIP_GROUPS: list[tuple[str, list[tuple[str, str, str]]]] = [
    ("规上工业总产值", [("亿元", "output_cum", "value"), ("占全县%", "output_county_share_pct", "value"),
                        ("排名", "output_cum", "rank"), ("同比%", "output_yoy_pct", "value")]),
    # the township's own output target, as the warehouse computes it per scope (sql/models/450_attainment.sql)
    ("产值目标完成情况", [("年度目标\n（亿元）", "output_target", "value"), ("完成目标%", "output_target_pct", "value"),
                          ("序时进度%", "output_time_share_pct", "value"),
                          ("较序时进度\n（百分点）", "output_vs_time_pp", "value")]),
    ("工业固定资产投资", [("亿元", "fai_cum", "value"), ("占全县%", "fai_county_share_pct", "value"), ("排名", "fai_cum", "rank"),
                          ("同比%", "fai_yoy_pct", "value")]),
    ("技术改造投资", [("亿元", "tech_cum", "value"), ("占全县%", "tech_county_share_pct", "value"), ("同比%", "tech_yoy_pct", "value")]),
    ("倍增重点项目", [("个数", "key_projects", "value"), ("完成投资\n（亿元）", "key_projects_completed_cum", "value"),
                      ("完成年度计划%", "key_projects_plan_pct", "value"), ("排名", "key_projects_plan_pct", "rank")]),
]
