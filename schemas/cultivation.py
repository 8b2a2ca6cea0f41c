"""企业培育台账: the 工信局's ledger of enterprises being cultivated, one row per enterprise per type.

Grain: one row per enterprise × cultivation type, a snapshot of the whole ledger sent every month
(period YYYY-MM = the state at the end of that month).  The status date is the day the row reached
its status (申报 filed, 认定/入库 granted), so "recognised this year" can be told apart from rows
carried over from earlier years.  Feeds 企业培育 (拟入规 candidates) and 科技创新 / 绿色主体
(小巨人, 高新技术企业, 科技型中小企业, 技改奖励资金, 绿色工厂).
"""

from __future__ import annotations

import datetime as dt

import pandera.polars as pa
import polars as pl

from beizeng.base.forms import FormSpec, Money, NilWords, Prefill, Roles, column, required_when
from beizeng.base.identifiers import uscc_valid
from beizeng.base.units import MOST_GRANT

#: Cultivation types.  拟入规 = candidates for the above-scale list; 技改奖励资金 = applications for the
#: province's technical-renovation reward for SMEs (the grant column carries the amount applied for).
TYPES = ("拟入规", "专精特新小巨人", "省级专精特新", "高新技术企业", "科技型中小企业", "技改奖励资金", "绿色工厂")
#: The types as the office says them (小巨人, 高企, 科小 …).  A bare 专精特新 is not here: it may be the national
#: 小巨人 or the provincial list, so it is asked, never guessed.
TYPE_WORDS = {"小巨人": "专精特新小巨人", "专精特新小巨人企业": "专精特新小巨人", "国家级专精特新小巨人": "专精特新小巨人",
              "国家级小巨人": "专精特新小巨人", "省级专精特新企业": "省级专精特新", "省专精特新": "省级专精特新",
              "高企": "高新技术企业", "国家高新技术企业": "高新技术企业", "高新企业": "高新技术企业",
              "科小": "科技型中小企业", "科技型中小企业入库": "科技型中小企业", "科技型企业": "科技型中小企业",
              "拟入规企业": "拟入规", "入规培育": "拟入规", "绿色工厂创建": "绿色工厂",
              "国家级专精特新小巨人企业": "专精特新小巨人", "省级中小企业技术改造奖励资金": "技改奖励资金",
              "中小企业技术改造奖励资金": "技改奖励资金", "技改奖励": "技改奖励资金"}
STATUSES = ("培育中", "申报中", "已认定", "已入库", "未通过")
#: The statuses as people say them (已申报, 已通过认定, 未获批 …).
STATUS_WORDS = {"培育": "培育中", "正在培育": "培育中", "重点培育": "培育中", "申报": "申报中", "已申报": "申报中",
                "正在申报": "申报中", "认定": "已认定", "已通过认定": "已认定", "通过认定": "已认定",
                "已获认定": "已认定", "入库": "已入库", "已纳入": "已入库", "已入规": "已入库",
                "未获批": "未通过", "未认定": "未通过", "不通过": "未通过", "未通过认定": "未通过"}
#: Statuses that are reached on a day: the row must say which day.
DATED = ("申报中", "已认定", "已入库", "未通过")


class Cultivation(pa.DataFrameModel):
    uscc: str = column(
        "统一社会信用代码", "企业的18位统一社会信用代码（GB 32100-2015），校验位必须正确。", kind="code",
        aliases=("信用代码", "社会信用代码", "统一代码"), example="91610525MA6Y8E1234", width=22,
    )
    name: str = column("企业名称", "企业全称，与营业执照一致。", aliases=("单位名称", "企业"), width=30)
    township: str = column("所属乡镇", "企业所在的乡镇（街道、经开区）。", kind="township",
                           aliases=("乡镇", "所在乡镇", "属地"), width=12, implied_by="sender")
    ctype: str = column(
        "培育类型", "拟入规、专精特新小巨人（国家级）、省级专精特新、高新技术企业、科技型中小企业、技改奖励资金（省级中小企业"
        "技术改造奖励资金申报）或绿色工厂；同一企业有几类培育就填几行。",
        kind="enum", choices=TYPES, aliases=("培育类别", "类型", "培育方向"), width=16, words=TYPE_WORDS,
        implied_by="title",  # a ledger of one type (高新技术企业培育台账), or a sheet per type (「拟入规」「高新技术企业」)
    )
    status: str = column("培育状态", "培育中、申报中、已认定、已入库（拟入规企业纳入规上库、科技型中小企业入库）或未通过。",
                         kind="enum", choices=STATUSES, aliases=("状态", "进展状态", "目前状态", "目前进展", "进展"),
                         width=10,
                         words=STATUS_WORDS, by_month=True)  # a running ledger: 3月 | 4月 | 5月 | 6月, the status as it stood
    status_date: dt.date = column(
        "状态日期", "达到目前状态的日期：申报日期、认定日期或入库日期；培育中可不填。", kind="date",
        aliases=("认定日期", "入库日期", "申报日期", "日期"), nullable=True, width=12,
    )
    official: str = column("包联领导", "落实包企责任制的包联县级领导或干部。", aliases=("包联人", "包联干部", "包抓领导"),
                           nullable=True, width=12)
    grant_amount: Money = column("奖补资金", "争取或申报的奖补资金；技改奖励资金行填申报金额。", kind="money", unit="万元",
                          aliases=("奖励资金", "申报资金", "扶持资金"), nullable=True, ge=0, le=MOST_GRANT)
    note: str = column("备注", "培育措施、存在问题等。", aliases=("说明",), nullable=True, width=24)

    @pa.check("uscc", name="uscc_check_digit", error="统一社会信用代码不正确（长度、字符或校验位不符合 GB 32100）",
              description="核对营业执照上的18位代码，注意字母 O/I/Z/S/V 不会出现在代码中")
    def _uscc(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select(pl.col(data.key).map_elements(uscc_valid, return_dtype=pl.Boolean))

    _dated = required_when("status_date", "status", DATED, error="申报中、已认定、已入库或未通过的企业没有填写状态日期",
                           description="补填申报、认定或入库的日期，如 2026-03-01")

    class Config:
        strict = True
        coerce = True


FORM = FormSpec(
    code="cultivation",
    may_be_empty=True,
    nil=NilWords(rows="培育企业", unit="行", fix="本表是截至本月末的完整台账：以前报过的培育企业仍需逐户列出（更新培育状态）"),
    title="企业培育台账",
    model=Cultivation,
    senders="departments",
    default_sender="工信局",
    frequency="monthly",
    key=("uscc", "ctype"),
    grain="one row per enterprise per cultivation type: the whole ledger as at the end of each month",
    instructions="报送截至上月末的完整台账（1月并入1-2月）（在上月台账基础上更新状态，不要只报新增）。每户企业每个培育类型一行；"
                 "申报中、已认定、已入库、未通过须填状态日期；奖补资金单位为万元。",
    title_keywords=("企业培育", "培育台账"),
    first_month=2,
    roles=Roles(name="name", place="township", category="ctype", status="status", status_date="status_date",
                amount="grant_amount"),
    summary_sheet="企业培育",
    # the ledger carries on from month to month: every row as last sent, the clerk updates what moved
    prefill=Prefill(),
)
