"""工业固定资产投资项目月报: every industrial investment project of a township, with its progress.

Grain: one row per project per month (1–N cumulative). Feeds 工业固投, 技改投资 and the key-project
section (开工率, 纳统率, completion against the annual plan).
"""

from __future__ import annotations

import datetime as dt

import pandera.polars as pa
import polars as pl

from beizeng.base.forms import AtMost, Begun, FormSpec, Money, NilWords, Prefill, Roles, column, required_when
from beizeng.base.identifiers import project_code_valid
from beizeng.base.units import LEAST_PER_ROW, MOST_PER_ROW, USUAL_MOST_PER_ROW

NATURES = ("新建", "扩建", "改建和技术改造", "迁建", "其他")
TECH_NATURE = "改建和技术改造"
#: How townships write the 建设性质.  改扩建 mixes two: it is read as 扩建 (the sender is told), so it adds to
#: 技改投资 only when its 是否技改项目 says so — never inflating 技改 on a word.
NATURE_WORDS = {"技改": TECH_NATURE, "技术改造": TECH_NATURE, "改建": TECH_NATURE, "技改项目": TECH_NATURE,
                "改造": TECH_NATURE, "改扩建": "扩建", "新建项目": "新建", "扩建项目": "扩建"}


#: 开工 and 纳统 as the projects office and the statistics office say them: a project being built has started;
#: one waiting for, or on its way into, the statistics database is not in it yet.
STARTED_WORDS = {"在建": True, "建设中": True, "正在建设": True, "续建": True, "建成投产": True, "已投产": True,
                 "已建成": True, "已竣工": True, "前期": False, "前期手续办理中": False, "待开工": False,
                 "拟开工": False, "计划开工": False}
IN_STATS_WORDS = {"待入库": False, "拟纳统": False, "拟入库": False, "正在办理入库": False, "入库中": False,
                  "待纳统": False, "申报入库中": False, "已纳入统计库": True, "已纳入": True,
                  "已入统": True, "入统中": False, "待入统": False, "未入统": False}
#: 是否技改 answered in the long words (技改, 技改项目 and 非技改 the column's own question gives: ``forms.column``).
TECH_WORDS = {"技术改造": True, "技术改造项目": True, "非技术改造": False, "非技术改造项目": False}


class FaiProjects(pa.DataFrameModel):
    project_code: str = column(
        "项目代码", "投资项目在线审批监管平台赋予的项目代码，如 2301-610525-04-01-123456。", kind="code",
        aliases=("项目编码", "备案代码", "项目代码（备案号）"), example="2601-610525-04-01-000123", width=26,
    )
    name: str = column("项目名称", "项目全称。", aliases=("项目", "名称"), width=34)
    township: str = column("所属乡镇", "项目所在的乡镇（街道、经开区）。", kind="township", aliases=("乡镇", "所在乡镇", "属地"), width=12,
                           implied_by="sender")
    nature: str = column("建设性质", "新建、扩建、改建和技术改造、迁建或其他。", kind="enum", choices=NATURES,
                         aliases=("性质",), width=14, words=NATURE_WORDS)
    is_tech: bool = column("是否技改项目", "属于技术改造项目填“是”（建设性质为改建和技术改造的自动计入）。", kind="flag",
                           aliases=("技改项目", "是否技改"), width=10, words=TECH_WORDS)
    is_key: bool = column("是否倍增重点项目", "纳入工业倍增计划重点项目的填“是”。", kind="flag",
                          aliases=("倍增重点项目", "重点项目", "是否重点项目"), width=10)
    total_investment: Money = column("计划总投资", "项目计划总投资；不会是0，不清楚的向项目单位核实后填写。", kind="money", unit="万元",
                                     aliases=("总投资", "项目总投资"), gt=0, le=MOST_PER_ROW, essential=True,
                                     least=LEAST_PER_ROW, usual_most=USUAL_MOST_PER_ROW)
    annual_plan: Money = column("年度计划投资", "本年度计划完成投资。", kind="money", unit="万元",
                                aliases=("本年计划投资", "年度计划"), nullable=True, ge=0, le=MOST_PER_ROW)
    started: bool = column("是否开工", "已开工填“是”。", kind="flag", aliases=("开工", "开工情况"), width=8,
                           told_by="start_date", words=STARTED_WORDS)
    start_date: dt.date = column("开工日期", "实际开工日期；未开工留空。", kind="date", aliases=("开工时间",),
                                 nullable=True, width=12)
    in_stats: bool = column("是否纳统", "已纳入统计联网直报库（入库）填“是”。", kind="flag",
                            aliases=("纳统", "是否入库", "纳入统计库"), width=8, essential=True,
                            words=IN_STATS_WORDS)
    invest_month: Money = column("本月完成投资", "当月完成投资；本月没有投资填0或“—”（按0计）。统计核减调减以前月份的投资时"
                                 "本月可为负数（读取并提醒，1-N月累计仍不能为负）。", kind="money", unit="万元",
                                 aliases=("当月完成投资", "本月完成", "本月工业固投"), nullable=True, ge=-MOST_PER_ROW, le=MOST_PER_ROW)
    invest_cum: Money = column("1-N月累计完成投资", "本年1月至本月累计完成投资；未开工项目填0或“—”（按0计），留空视为漏填。", kind="money", unit="万元",
                               aliases=("累计完成投资", "本年累计完成投资", "1-本月累计完成投资", "工业固投", "完成固投"), ge=0, le=MOST_PER_ROW,
                               essential=True)

    @pa.check("project_code", name="project_code_format", error="项目代码格式不对（应为 2301-610525-04-01-123456 这样的24位）",
              description="从投资项目在线审批监管平台复制完整的项目代码")
    def _code(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select(pl.col(data.key).map_elements(project_code_valid, return_dtype=pl.Boolean))

    _started_date = required_when("start_date", "started", (True,), error="已开工的项目没有填写开工日期",
                                  description="补填实际开工日期，如 2026-03-01")

    @pa.dataframe_check(name="started", error="填了开工日期，但是否开工填的是“否”",
                        description="已开工的把是否开工改为“是”；未开工的删去开工日期（计划开工时间请写在备注）")
    def _date_but_not_started(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select(pl.col("started").fill_null(True) | pl.col("start_date").is_null())

    class Config:
        strict = True
        coerce = True


FORM = FormSpec(
    may_be_empty=True,
    nil=NilWords(rows="项目", unit="个", fix="在建项目仍需逐个填报{months}累计完成投资（已完工的项目本年仍有累计完成投资，也要列出）"),
    code="fai_projects",
    title="工业固定资产投资项目月报",
    model=FaiProjects,
    senders="townships",
    default_sender=None,
    frequency="monthly",
    key=("project_code",),
    grain="one row per project per month (1–N cumulative)",
    instructions="本乡镇所有工业投资项目每个一行；金额单位为万元；1月不报（与2月合并为1-2月）。",
    first_month=2,
    title_keywords=("固定资产投资", "项目"),
    roles=Roles(name="name", place="township", status_date="start_date", amount="invest_cum",
                cumulative=(("invest_cum", "invest_month"),)),
    prefill=Prefill(clear=("invest_month", "invest_cum"), reference={"invest_cum": "上月累计完成投资（参考）"},
                    clear_new_year=("annual_plan",)),
    # a project's figures are parts of its whole, and its investment is done once it has started
    row_relations=(AtMost("annual_plan", "total_investment", "一个项目一年计划完成的投资是它计划总投资的一部分，不会更多"),
                   AtMost("invest_cum", "total_investment", "一个项目今年完成的投资是它计划总投资的一部分，不会更多"),
                   Begun(("invest_month", "invest_cum"), flag="started", date="start_date")),
)
