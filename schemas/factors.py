"""要素保障: industrial land supplied and the money behind the plan, one row per event.

Grain: one row per event (one parcel of industrial land supplied, one contribution to the city's
industrial doubling fund, one raising or one disbursement of the county's industrial development
funds).  Each monthly return is the year-to-date ledger of its sender: every event of the year
from January to the end of the month (copied from last month's file, new rows added), so a later
return can stand in for a missing one and last year's December return holds last year's events.
Sent by 自然资源局 (land) and 财政局 (funds); both use this one form.
"""

from __future__ import annotations

import datetime as dt

import pandera.polars as pa

from beizeng.base.forms import FormSpec, Money, NilWords, Quantity, Roles, column, required_when
from beizeng.base.units import LEAST_PER_ROW, MOST_PER_ROW, USUAL_MOST_PER_DEAL

LAND = "工业用地供应"
FUND = "上划市工业倍增发展基金"
RAISED = "工业发展资金筹集"
DISBURSED = "工业发展资金拨付"
ITEMS = (LAND, FUND, RAISED, DISBURSED)
#: The items as clerks shorten them, in a 事项 cell or as the header of a cash book's column per item
#: (上划市倍增基金 | 工业发展资金筹集 | 工业发展资金拨付: ``spread``).  Each names one item and no other.
ITEM_WORDS = {**dict.fromkeys(("上划市倍增基金", "上划市工业倍增基金", "上划倍增基金", "上划市级倍增基金", "上划市基金",
                               "上划基金", "市倍增基金", "市工业倍增发展基金", "市工业倍增基金"), FUND),
              **dict.fromkeys(("工业资金筹集", "发展资金筹集", "资金筹集", "筹集资金", "工业发展资金筹措", "资金筹措"), RAISED),
              **dict.fromkeys(("工业资金拨付", "发展资金拨付", "资金拨付", "拨付资金"), DISBURSED),
              # the fund's own cash book: its 收入 is a raising, its 支出 a disbursement (a 收支台账 titled
              # 工业发展资金 says only 收入 | 支出 over its columns: beizeng.intake.spread.kind_named)
              **dict.fromkeys(("工业发展资金收入", "工业资金收入"), RAISED),
              **dict.fromkeys(("工业发展资金支出", "工业资金支出"), DISBURSED),
              **dict.fromkeys(("工业用地", "工业供地", "供地"), LAND)}
#: Quarters as clerks write them: 一季度, 第一季度, 1季度, Q1, 一季, 第1季度, 4-6月 (a year before them, 2026年第一季度,
#: is the normaliser's to weigh against the return's year).
QUARTER_WORDS = {f"{pre}{q}{post}": n for n, qs in enumerate((("一", "1"), ("二", "2"), ("三", "3"), ("四", "4")), 1)
                 for q in qs for pre in ("", "第") for post in ("季度", "季")} | {f"q{n}": n for n in range(1, 5)} | {
    # a quarter as its three months (4-6月, 4月至6月): never a part of one (4-5月 is no quarter, and is asked)
    f"{3 * n - 2}{mid}{to}{3 * n}月": n for n in range(1, 5) for mid in ("", "月") for to in ("-", "—", "–", "~", "至", "到")}


class Factors(pa.DataFrameModel):
    item: str = column("事项", "工业用地供应、上划市工业倍增发展基金、工业发展资金筹集或工业发展资金拨付。", kind="enum",
                       choices=ITEMS, aliases=("事项类别", "类别", "保障事项"), width=22, implied_by="title",
                       words=ITEM_WORDS, spread="amount")
    event_date: dt.date = column("日期", "供地（签订出让合同或划拨决定）、上划、筹集或拨付的日期。", kind="date",
                           aliases=("供地日期", "发生日期", "拨付日期", "上划日期"), width=12)
    name: str = column("地块或用途", "宗地名称及用地项目，或资金的来源、用途。", aliases=("宗地名称", "地块名称", "用途", "摘要"),
                       nullable=True, width=30)
    parcel_code: str = column("宗地编号", "工业用地的宗地编号（电子监管号）；资金事项不填。", kind="code",
                              aliases=("电子监管号", "地块编号"), nullable=True, width=20)
    township: str = column("所属乡镇", "工业用地所在的乡镇（街道、经开区）；资金事项不填。", kind="township",
                           aliases=("乡镇", "所在乡镇", "坐落"), nullable=True, width=12)
    area_mu: Quantity = column("供地面积", "工业用地供应面积。", kind="number", unit="亩", aliases=("面积", "用地面积"),
                               nullable=True, gt=0)
    amount: Money = column("金额", "上划、筹集或拨付的金额；土地填成交价款（可不填）。", kind="money", unit="万元",
                           aliases=("资金", "成交价款", "出让价款", "出让金额", "土地出让金", "成交金额", "上划金额", "拨付金额",
                                    # a cash book's entry: 发生额 is the amount of the row (beside 累计, its running total)
                                    "发生额", "本笔发生额", "本期发生额", "本笔金额"), nullable=True, ge=0, le=MOST_PER_ROW,
                           least=LEAST_PER_ROW, usual_most=USUAL_MOST_PER_DEAL)
    quarter: int = column("所属季度", "上划基金所属的季度（1–4），其他事项不填。", kind="int", aliases=("季度",),
                          nullable=True, ge=1, le=4, width=8, words=QUARTER_WORDS)

    _land_area = required_when("area_mu", "item", (LAND,), error="工业用地供应没有填写供地面积",
                               description="补填该宗地的供地面积（亩）")
    _fund_amount = required_when("amount", "item", (FUND, RAISED, DISBURSED),
                                 error="上划市工业倍增发展基金、工业发展资金筹集或拨付没有填写金额",
                                 description="补填上划、筹集或拨付的金额（万元）")

    class Config:
        strict = True
        coerce = True


FORM = FormSpec(
    code="factors",
    may_be_empty=True,
    nil=NilWords(rows="事项", unit="条", fix="本表报送本年1月至本月末的全部事项：以前报过的事项仍需逐行列出（在上月表格基础上追加）"),
    title="要素保障情况表",
    model=Factors,
    senders="departments",
    default_sender=None,
    frequency="monthly",
    key=("parcel_code",),
    grain="one row per event (parcel supplied, fund contribution, funds raised or disbursed); "
          "each monthly return lists every event of the year to the end of its month",
    instructions="自然资源局报工业用地供应，财政局报基金上划和工业发展资金筹集、拨付。报送本年1月至上月末的全部事项"
                 "（1月并入1-2月；在上月表格基础上追加新发生的事项，不要只报当月）。每宗地、每笔资金一行；"
                 "同一天供应两宗地填两行；面积单位为亩，金额单位为万元。",
    title_keywords=("要素保障",),
    first_month=2,
    roles=Roles(name="name", place="township", status="item", status_date="event_date", amount="amount"),
    summary_sheet="要素保障",
    # a register of events, each row dated: a clerk may keep it as a sheet per month of that month's events
    event_date="event_date",
    sent_by_kind=(((LAND,), ("自然资源", "国土", "自规")), ((FUND, RAISED, DISBURSED), ("财政",))),
)
