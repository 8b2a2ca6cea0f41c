"""重点工作进展: the prose of the report, written by the 工信局 and carried into the draft as written.

Grain: one row per report item per month: section 6 (园区要素: the park's planning, wastewater works,
standard factory buildings, roads …), 二 (存在问题) and 三 (下一步措施), or any other section that
needs a paragraph.  A figure quoted in the text (标准化厂房建设进度 85%) goes in its own column so
that it is validated as a number (0–100 %) rather than trusted as typed prose.
"""

from __future__ import annotations

import re

import pandera.polars as pa
import polars as pl

from beizeng.base.forms import FormSpec, Rate, Roles, column

#: The report's top-level parts (一、工作完成情况, 二、存在问题, 三、下一步措施: the h1 headings of
#: beizeng/publish/report_phrases.toml), by their numeral, with the words a clerk names each by in the 章节 column
#: (问题1 is 二1, 措施2 is 三2): the one place they are defined.  Any other Chinese numeral is the number of one of
#: 一's parts (1 经济指标 … 6 园区要素 … 9): 六 and (六) are 6.
PARTS: dict[str, tuple[str, ...]] = {
    "一": ("工作完成情况",),
    "二": ("存在问题", "存在的问题", "存在的主要问题", "主要问题", "困难和问题", "问题和困难", "问题"),
    "三": ("下一步措施", "下一步工作措施", "下步措施", "下步工作措施", "下一步工作", "下步工作", "下一步打算", "下步打算",
          "工作措施", "措施"),
}

#: A section of the report, optionally an item number inside it and a point inside the item, as stored: "61" (6①),
#: "二1", "7", "二3-1" (问题（三）1).  The reader stores every way a clerk writes one (6-①, 6.1, 三、2, (六)1, 问题1 …)
#: in this form (the column's kind, "section").
SECTION = re.compile(rf"^([1-9]|[{''.join(PARTS)}])(?:([1-9]\d?)(?:-[1-9]\d?)?)?$")


def section_valid(code: str | None) -> bool:
    return code is not None and bool(SECTION.match(code))


class ProgressNotes(pa.DataFrameModel):
    section: str = column(
        "章节", "报告中的位置：一、6 园区要素写 6①、6②…；二、存在问题写 二1、二2…；三、下一步措施写 三1、三2…。", kind="section",
        aliases=("报告章节", "所属章节", "部分", "报告部分"), example="6③", width=8,
        words={word: part for part, said in PARTS.items() for word in said},
    )
    title: str = column("标题", "该条的小标题，如“标准化厂房建设提速”。", aliases=("工作事项", "小标题"), width=24)
    text: str = column("进展情况", "成文的一段文字，原样写入报告。", kind="prose",
                       aliases=("内容", "工作进展", "具体内容", "情况说明"), width=80)
    figure_label: str = column("数字指标", "正文中引用的数字的名称，如“标准化厂房建设总体进度”；没有可不填。",
                               aliases=("进度指标", "数字名称", "量化指标", "指标名称"), nullable=True, width=20)
    figure_pct: Rate = column("完成进度", "正文中引用的完成进度（%），0–100。", kind="pct", unit="%",
                              aliases=("进度", "完成比例", "形象进度", "完成率"), nullable=True, ge=0, le=100)

    @pa.check("section", name="section_format", error="章节写法不对（应为 6①、二1、三2 这样的报告位置）",
              description="写报告中的章节和序号，如 6③ 表示一、6 的第③条，二1 表示存在问题第1条")
    def _section(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select(pl.col(data.key).map_elements(section_valid, return_dtype=pl.Boolean))

    @pa.dataframe_check(name="figure_label", error="填了完成进度却没有写是什么的进度", description="在“数字指标”列写明该进度的名称")
    def _labelled(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select(pl.col("figure_pct").is_null() | pl.col("figure_label").is_not_null())

    class Config:
        strict = True
        coerce = True


FORM = FormSpec(
    code="progress_notes",
    title="重点工作进展情况",
    model=ProgressNotes,
    senders="departments",
    default_sender="工信局",
    frequency="monthly",
    key=("section",),
    grain="one row per report item (section 6 ①…, 二 1…, 三 1…) per month",
    instructions="1月并入1-2月报送。每条一行：园区要素（一、6）、存在问题（二）、下一步措施（三）等需要成段文字的内容，"
                 "按报告口径写成完整的句子，原样写入报告；正文中的完成进度另在“完成进度”列填百分数。",
    title_keywords=("重点工作", "工作进展"),
    first_month=2,
    # prose items: no figure of another form is checked or named from them; an item is called by its 标题, so a
    # paragraph run on into the row below (章节 and 标题 blank, the rest of 进展情况: the clerk pressed Enter) is
    # read as the rest of the item above (beizeng.intake.continued), never as an item of its own
    roles=Roles(name="title"),
)
