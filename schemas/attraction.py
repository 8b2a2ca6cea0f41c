"""招商引资项目台账: the 招商局's ledger of industrial investment-attraction projects.

Grain: one row per project, a snapshot of the whole ledger sent every month (period YYYY-MM = the
state at the end of that month): the stage a project has reached, the dates it reached each stage,
its total investment and the funds in place this year.  Feeds 招商引资 (projects contacted and
landed, their investment, funds in place against the quarterly target).
"""

from __future__ import annotations

import datetime as dt

import pandera.polars as pa

from beizeng.base.forms import AtMost, FormSpec, Money, NilWords, Prefill, Roles, column, required_when
from beizeng.base.units import LEAST_PER_ROW, MOST_PER_ROW, USUAL_MOST_PER_ROW

#: Stages in order: a project at a later stage has passed the earlier ones.
STAGES = ("对接", "签约", "落户", "开工", "投产")
LANDED = ("落户", "开工", "投产")
STARTED = ("开工", "投产")
#: The stage as people say it: 已开工, 对接中, 在谈 … (the last stage reached).
STAGE_WORDS = {**{f"已{s}": s for s in STAGES}, **{f"{s}中": s for s in STAGES}, **{f"正在{s}": s for s in STAGES},
               "在谈": "对接", "洽谈": "对接", "洽谈中": "对接", "已洽谈": "对接", "已对接": "对接", "意向": "对接",
               "已签订协议": "签约", "已注册": "落户", "已落地": "落户", "落地": "落户", "在建": "开工",
               "建设中": "开工", "已建成投产": "投产"}
CHAINS = ("光伏新能源", "精细化工", "涉农加工", "新型建材", "新材料", "装备制造", "现代能源", "其他")
#: The chains as people say them short.  A bare 新能源 or 能源 is not here: 光伏新能源 or 现代能源 cannot be told
#: apart, so it is asked.
CHAIN_WORDS = {"光伏": "光伏新能源", "光伏产业": "光伏新能源", "化工": "精细化工", "化工产业": "精细化工",
               "建材": "新型建材", "建材产业": "新型建材", "农产品加工": "涉农加工", "农副产品加工": "涉农加工",
               "食品加工": "涉农加工", "装备": "装备制造", "机械制造": "装备制造"}


class Attraction(pa.DataFrameModel):
    name: str = column("项目名称", "招商引资项目全称。", aliases=("项目", "招商项目", "招商引资项目"), width=34)
    investor: str = column("投资方", "投资企业（签约主体）名称。", aliases=("投资主体", "签约企业", "投资企业", "客商"),
                           nullable=True, width=26)
    chain: str = column("产业链", "项目所属的主导产业链。", kind="enum", choices=CHAINS,
                        aliases=("所属产业链", "产业类别", "产业"), width=12, words=CHAIN_WORDS)
    township: str = column("落户乡镇", "项目落地的乡镇（街道、经开区）；尚未确定落地的可不填。", kind="township",
                           aliases=("所属乡镇", "落地乡镇", "落户地点", "乡镇"), nullable=True, width=12)
    stage: str = column("项目阶段", "对接、签约、落户、开工或投产（填已达到的最后一个阶段）。", kind="enum", choices=STAGES,
                        aliases=("推进阶段", "进展阶段", "阶段"), width=10, words=STAGE_WORDS,
                        # a ledger may keep a date per step instead: the last step dated is the stage
                        dated_by={"对接": "contact_date", "签约": "signed_date", "落户": "landed_date",
                                  "开工": "started_date", "投产": "produced_date"})
    contact_date: dt.date = column("对接日期", "首次对接洽谈的日期。", kind="date", aliases=("首次对接日期", "洽谈日期"),
                                   nullable=True, width=12)
    signed_date: dt.date = column("签约日期", "签订投资协议的日期。", kind="date", aliases=("协议签订日期",),
                                  nullable=True, width=12)
    landed_date: dt.date = column("落户日期", "项目注册落户（取得用地或入驻园区）的日期；落户及以后阶段必填。", kind="date",
                                  aliases=("落地日期", "注册日期"), nullable=True, width=12)
    started_date: dt.date = column("开工日期", "项目开工建设的日期；开工、投产阶段必填。", kind="date",
                                   aliases=("开工时间",), nullable=True, width=12)
    produced_date: dt.date = column("投产日期", "项目建成投产的日期；投产阶段填写。", kind="date", aliases=("投产时间",),
                                    nullable=True, width=12)
    total_investment: Money = column("总投资", "项目计划（协议）总投资；对接阶段填意向投资额。", kind="money", unit="万元",
                                     aliases=("计划总投资", "协议总投资", "项目总投资", "意向投资"), nullable=True, ge=0, le=MOST_PER_ROW,
                                     least=LEAST_PER_ROW, usual_most=USUAL_MOST_PER_ROW)
    funds_in_place: Money = column("本年到位资金", "本年1月至本月末实际到位的资金（累计）。", kind="money", unit="万元",
                                   aliases=("到位资金", "本年实际到位资金", "累计到位资金"), nullable=True, ge=0, le=MOST_PER_ROW)
    responsible: str = column("责任单位", "负责跟踪服务的县级部门或乡镇。", aliases=("包抓单位", "责任部门"), nullable=True,
                              width=14)
    progress: str = column("进展情况", "项目最新进展和需要协调解决的问题。", aliases=("推进情况", "备注"), nullable=True,
                           width=30)

    _landed = required_when("landed_date", "stage", LANDED, error="落户、开工或投产的项目没有填写落户日期",
                            description="补填项目落户日期，如 2026-03-01")
    _started = required_when("started_date", "stage", STARTED, error="开工或投产的项目没有填写开工日期",
                             description="补填项目开工日期，如 2026-04-01")

    class Config:
        strict = True
        coerce = True


FORM = FormSpec(
    code="attraction",
    may_be_empty=True,
    nil=NilWords(rows="招商项目", unit="个", fix="本表是截至本月末的完整台账：以前报过的招商项目仍需逐个列出（更新项目阶段和本年到位资金）"),
    title="招商引资项目台账",
    model=Attraction,
    senders="departments",
    default_sender="招商局",
    frequency="monthly",
    key=("name",),
    grain="one row per investment-attraction project: the whole ledger as at the end of each month",
    instructions="报送截至上月末的完整台账（1月并入1-2月；在上月台账基础上更新，往年已落户的项目本年仍有到位资金的继续列出）。"
                 "每个项目一行；项目阶段填已达到的最后一个阶段，落户及以后须填落户日期，开工及以后须填开工日期；"
                 "金额单位为万元，本年到位资金为本年1月至本月末累计。",
    title_keywords=("招商引资", "招商项目"),
    first_month=2,
    roles=Roles(name="name", place="township", status="stage", status_date="landed_date", amount="total_investment"),
    summary_sheet="招商引资",
    # the ledger carries on from month to month; the year's cumulative funds are typed afresh beside last month's
    prefill=Prefill(clear=("funds_in_place",), reference={"funds_in_place": "上月本年到位资金（参考）"}),
    row_relations=(AtMost("funds_in_place", "total_investment", "本年到位的资金是项目（协议）总投资的一部分，不会更多"),),
)
