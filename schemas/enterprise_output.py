"""规上工业企业生产月报: the statistics bureau's monthly output of every above-scale enterprise.

Grain: one row per enterprise per month (cumulative 1–N). Feeds 规上工业总产值, 同比, 战新 shares
and the count of new above-scale enterprises.
"""

from __future__ import annotations

import pandera.polars as pa
import polars as pl

from beizeng.base.forms import FormSpec, Money, Roles, column
from beizeng.base.identifiers import industry_code_valid, uscc_valid
from beizeng.base.units import LEAST_PER_ROW, MOST_PER_ROW, USUAL_MOST_PER_ROW


class EnterpriseOutput(pa.DataFrameModel):
    uscc: str = column(
        "统一社会信用代码", "企业的18位统一社会信用代码（GB 32100-2015），校验位必须正确。",
        kind="code", aliases=("信用代码", "社会信用代码", "统一代码"), example="91610525MA6Y8E1234", width=22,
    )
    name: str = column("企业名称", "企业全称，与营业执照一致。", aliases=("单位名称", "企业", "名称"), width=30)
    township: str = column("所属乡镇", "企业所在的乡镇（街道、经开区），须为本县已配置的名称。", kind="township",
                           aliases=("乡镇", "所在乡镇", "乡镇（街道）", "属地"), width=12)
    industry_code: str = column("行业代码", "国民经济行业分类（GB/T 4754-2017）代码，2–4位，工业为06–46大类；"
                                "可带门类字母（C3825、B0610），入库只存数字（3825）。",
                                kind="industry", aliases=("行业", "国民经济行业代码"), example="1329", width=10)
    sei: bool = column("是否战略性新兴产业", "属于战略性新兴产业的企业填“是”，否则填“否”。",
                       kind="flag", aliases=("战略性新兴产业", "战新企业", "是否战新"), width=10)
    entered_month: str = column(
        "入规年月", "企业纳入规上工业统计库的年月（如 2026-03）；多年前入规可只填年份。",
        kind="month", aliases=("入规时间", "入库时间", "入规年份"), nullable=True, width=10,
    )
    output_month: Money = column("本月工业总产值", "当月工业总产值（当年价格）。统计核减调减以前月份的产值时本月可为负数"
                                 "（读取并提醒，1-N月累计仍不能为负）。", kind="money",
                                 unit="万元", aliases=("本月产值", "当月产值"), nullable=True, ge=-MOST_PER_ROW, le=MOST_PER_ROW)
    output_cum: Money = column("1-N月累计工业总产值", "本年1月至本月的累计工业总产值（当年价格）。", kind="money",
                                    unit="万元", aliases=("累计产值", "本年累计", "1-本月累计产值", "累计工业总产值"), ge=0, le=MOST_PER_ROW,
                                    essential=True, least=LEAST_PER_ROW, usual_most=USUAL_MOST_PER_ROW)
    output_cum_last_year: Money = column(
        "上年同期累计工业总产值", "上年1月至同月的累计工业总产值，用于计算同比。", kind="money",
        unit="万元", aliases=("上年同期", "上年同期累计", "去年同期"), nullable=True, ge=0, le=MOST_PER_ROW,
    )
    revenue_cum: Money = column("1-N月累计营业收入", "本年累计营业收入。", kind="money", unit="万元",
                                                aliases=("营业收入", "累计营业收入", "主营业务收入"), nullable=True, ge=0, le=MOST_PER_ROW)

    @pa.check("uscc", name="uscc_check_digit", error="统一社会信用代码不正确（长度、字符或校验位不符合 GB 32100）",
              description="核对营业执照上的18位代码，注意字母 O/I/Z/S/V 不会出现在代码中")
    def _uscc(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select(pl.col(data.key).map_elements(uscc_valid, return_dtype=pl.Boolean))

    @pa.check("industry_code", name="industry_code", error="行业代码不是工业（B、C、D门类，即06–46大类）",
              description="按企业统计登记的国民经济行业代码填写，如 C3825 或 3825")
    def _industry(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select(pl.col(data.key).map_elements(industry_code_valid, return_dtype=pl.Boolean))

    class Config:
        strict = True
        coerce = True



FORM = FormSpec(
    code="enterprise_output",
    title="规上工业企业生产月报",
    model=EnterpriseOutput,
    senders="departments",
    default_sender="统计局",
    frequency="monthly",
    key=("uscc",),
    grain="one row per above-scale enterprise per month (1–N cumulative)",
    instructions="报送上月数据（1月并入1-2月报送）。每户规上工业企业一行；金额单位为万元；“1-N月累计”指本年1月至报告月累计。",
    title_keywords=("规上工业", "生产月报", "工业总产值"),
    first_month=2,
    #: a firm merged into another, deregistered or bankrupt leaves the list: its row kept with a 备注 and no figures
    gone_words=("吸收合并", "被兼并", "被合并", "合并到", "并入", "注销", "吊销", "破产", "退库", "退出规上", "退出名录",
                "移出名录", "移出规上", "不再纳统", "不在库"),
    roles=Roles(name="name", place="township", entered="entered_month", sei="sei",
                cumulative=(("output_cum", "output_month"), ("revenue_cum", None)),
                yoy=(("output_cum", "output_cum_last_year"),), same_order=(("revenue_cum", "output_cum"), ("output_cum", "output_cum_last_year"))),
)
