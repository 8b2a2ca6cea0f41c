"""The corpus: returns as they really arrive, each with the outcome it must have.

Every case writes one file into the inbox.  An accepted case names the data set whose clean
template it must equal figure for figure (``dataset``, with ``overrides`` where the case changes a
figure on purpose); a rejected case lists exactly its errors as (code, cell).  Warnings are listed
exactly too; notes (``infos``) must be among those reported.

Cell references assume the hand-made layout of ``fai_layout``: A 序号, B 项目代码, C 项目名称,
D 所属乡镇, E 建设性质, F 是否技改项目, G 是否倍增重点项目, H 计划总投资, I 年度计划投资,
J 是否开工, K 开工日期, L 是否纳统, M 本月完成投资, N 1-N月累计完成投资; rows 1 title, 2 填报单位,
3 单位, 4 header, 5–8 the projects P1–P4, 9 合计.  The enterprise layout: B 信用代码 … I 累计产值,
J 上年同期, rows 5–7 E1–E3.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from beizeng.base.config import Config
from tests.corpus.data import (
    CITY,
    ENT,
    FAI_EAST,
    FAI_EAST_MAY,
    P1,
    P2,
    P3,
    P4,
    SEQ,
    TARGETS,
    D,
    Layout,
    Record,
    build,
    clean_template,
    fai_title,
)
from tests.corpus.grid import Formula, Grid, Styled, write, write_xlsx
from tests.scenarios import E2, E3

Make = Callable[[Path, Config], None]


@dataclass
class Case:
    id: str
    what: str
    file: str
    make: Make
    status: str  # accepted | rejected
    form: str | None = None
    sender: str | None = None
    period: str | None = None
    dataset: str | None = None
    overrides: dict[str, dict[str, Any]] = field(default_factory=dict)  # key → {column: figure}
    errors: frozenset[tuple[str, str]] = frozenset()
    warnings: frozenset[tuple[str, str]] = frozenset()
    infos: frozenset[str] = frozenset()
    sheet: str | None = None


CASES: list[Case] = []


def case(id: str, what: str, file: str, make: Make, status: str = "accepted", **kw: Any) -> None:
    for key in ("errors", "warnings", "infos"):
        if key in kw:
            kw[key] = frozenset(kw[key])
    if status == "accepted" and "dataset" not in kw:
        kw.setdefault("dataset", "fai_east")
    if kw.get("dataset") == "fai_east" or (status == "rejected" and "form" not in kw):
        kw.setdefault("form", "fai_projects")  # most cases are 东镇's June investment return
        kw.setdefault("sender", "东镇")
        kw.setdefault("period", "2026-06")
    CASES.append(Case(id, what, file, make, status, **kw))


# ---------------------------------------------------------------------------------------------
# Builders
# ---------------------------------------------------------------------------------------------

def fai_layout(**kw: Any) -> Layout:
    base: dict[str, Any] = {"title": fai_title(), "lines": ["填报单位：东镇人民政府", "单位：万元"], "total": "bottom"}
    base.update(kw)
    return Layout(**base)


def ent_layout(**kw: Any) -> Layout:
    base: dict[str, Any] = {"title": "测试县2026年1-6月规上工业企业生产月报", "lines": ["填报单位：县统计局", "单位：万元"],
                            "total": "bottom"}
    base.update(kw)
    return Layout(**base)


def mutated(records: list[Record], changes: dict[int, dict[str, Any]]) -> list[Record]:
    out = copy.deepcopy(records)
    for i, values in changes.items():
        out[i].update(values)
    return out


def sheets(*grids: Callable[[], Grid]) -> Make:
    def make(path: Path, cfg: Config) -> None:
        write(path, [g() for g in grids])

    return make


def fai(layout: Layout | None = None, changes: dict[int, dict[str, Any]] | None = None,
        records: list[Record] = FAI_EAST) -> Make:
    return sheets(lambda: build("fai_projects", mutated(records, changes or {}), layout or fai_layout()))


def ent(layout: Layout | None = None, changes: dict[int, dict[str, Any]] | None = None) -> Make:
    return sheets(lambda: build("enterprise_output", mutated(ENT, changes or {}), layout or ent_layout()))


def raw(data: bytes) -> Make:
    def make(path: Path, cfg: Config) -> None:
        path.write_bytes(data)

    return make


def template(dataset: str) -> Make:
    def make(path: Path, cfg: Config) -> None:
        made = clean_template(cfg, dataset, path.parent / ".tmp")
        made.replace(path)
        made.parent.rmdir()

    return make


def truncated(make: Make) -> Make:
    """A file cut off halfway, as an interrupted copy or upload leaves it."""
    def cut(path: Path, cfg: Config) -> None:
        make(path, cfg)
        data = path.read_bytes()
        path.write_bytes(data[: len(data) // 2])

    return cut


def renamed(make: Make, real_suffix: str) -> Make:
    """A file written in one format and saved under another extension."""
    def rename(path: Path, cfg: Config) -> None:
        real = path.with_name(f".{path.stem}{real_suffix}")
        make(real, cfg)
        real.replace(path)

    return rename


#: What Office writes for a password-protected workbook: an OLE container with these streams.
ENCRYPTED = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + "EncryptionInfo".encode("utf-16-le") + b"\x00" * 64
             + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 1024)

TEXT_NUMBERS = {
    "total_investment": lambda v, n: ["10,000", "１８００", " 400 ", "3,000.00"][n],
    "annual_plan": lambda v, n: ["6,000 ", "500", "４００", "无"][n],
    "invest_month": lambda v, n: ["500.25", "２００.５", "50 ", "—"][n],
    "invest_cum": lambda v, n: ["3,000.50", "1,200.75", "３００", "-"][n] if n != 3 else "0",
}
DATES = {"start_date": lambda v, n: ["2026.3.1", 45778, "2026年2月1日", "/"][n]}
FLAGS = {
    "is_tech": lambda v, n: "√" if v else "×",
    "is_key": lambda v, n: "Y" if v else "N",
    "started": lambda v, n: 1 if v else 0,
    "in_stats": lambda v, n: "是 " if v else " 否",
}
TWO_ROWS = {"groups": [("开工情况", ["started", "start_date"]), ("完成投资（万元）", ["invest_month", "invest_cum"])],
            "sub": {"started": "是否开工", "start_date": "开工日期", "invest_month": "本月", "invest_cum": "1-6月累计"}}
MOVED = ["name", "project_code", "+备注", "invest_cum", "invest_month", "township", "nature", "is_tech", "is_key",
         "total_investment", "annual_plan", "started", "start_date", "in_stats", "+联系人"]


def several_sheets() -> list[Grid]:
    notes = Grid("填表说明", [["1. 金额单位为万元"], ["2. 每个项目一行"]])
    summary = Grid("汇总", [["乡镇", "项目个数", "累计完成投资"], ["东镇", 4, 4501.25]])
    return [notes, summary, build("fai_projects", FAI_EAST, fai_layout(sheet="6月"))]


def hidden_decoy() -> list[Grid]:
    old = build("fai_projects", FAI_EAST_MAY, fai_layout(title=fai_title("2026年1-5月"), sheet="旧表"))
    old.hidden = True
    return [build("fai_projects", FAI_EAST, fai_layout()), old]


def two_months() -> list[Grid]:
    may = build("fai_projects", FAI_EAST_MAY, fai_layout(title=fai_title("2026年1-5月"), sheet="5月"))
    june = build("fai_projects", FAI_EAST, fai_layout(sheet="6月"))
    return [may, june]


def same_month_twice() -> list[Grid]:
    """Two sheets both titled June whose figures differ (an edited copy): which one is sent is asked.  (An
    identical copy is read once: tests/test_handmade_workbooks7.)"""
    return [build("fai_projects", FAI_EAST, fai_layout(sheet="东镇")),
            build("fai_projects", FAI_EAST_MAY, fai_layout(sheet="东镇(2)"))]


def hidden_only() -> list[Grid]:
    data = build("fai_projects", FAI_EAST, fai_layout(sheet="数据"))
    data.hidden = True
    return [Grid("封面", [["东镇2026年1-6月工业投资报表"], ["见附表"]]), data]


def sign_in_sheet() -> list[Grid]:
    return [Grid("Sheet1", [["工业项目推进会签到表"], ["序号", "姓名", "单位", "职务", "联系电话"],
                             [1, "张三", "东镇", "镇长", "0913-1111111"]])]


def write_grids(grids: Callable[[], list[Grid]]) -> Make:
    def make(path: Path, cfg: Config) -> None:
        write(path, grids())

    return make


def feedback_like(path: Path, cfg: Config) -> None:
    """A sender's workbook that already carries a 问题清单 sheet (a corrected feedback copy)."""
    write_xlsx(path, [Grid("问题清单", [["序号", "项目代码", "项目名称", "1-N月累计完成投资"], [1, P1, "旧问题", "3000"]]),
                      build("fai_projects", FAI_EAST, fai_layout())])


# ---------------------------------------------------------------------------------------------
# Accepted: the same figures as the clean template
# ---------------------------------------------------------------------------------------------

case("a01_template", "beizeng 下发的模板，照填", "东镇_2026-06_模板.xlsx", template("fai_east"))
case("a02_handmade", "手工表：标题、填报单位、单位行、合计行在下、签字栏", "东镇2026年1-6月固投项目.xlsx", fai(),
     infos={"total_row"})
case("a03_total_on_top", "合计行在表头下面", "东镇6月项目表（合计在上）.xlsx", fai(fai_layout(total="top")),
     infos={"total_row"})
case("a04_two_row_header", "两行合并表头（开工情况、完成投资分组）", "东镇_2026年6月_两行表头.xlsx",
     fai(fai_layout(**TWO_ROWS)))
case("a05_columns_moved_extra", "列顺序打乱，多出备注、联系人两列", "东镇_2026-06_乱序.xlsx",
     fai(fai_layout(columns=MOVED, extra_values={"+备注": ["续建", None, None, "未开工"],
                                                 "+联系人": ["王", "李", "赵", "钱"]})),
     infos={"extra_column"})
case("a06_aliases", "表头用了常见别名（项目编码、项目、乡镇、性质、项目总投资 …）", "东镇_2026-06_别名.xlsx",
     fai(fai_layout(headers={"project_code": "项目编码", "name": "项目", "township": "乡镇", "nature": "性质",
                             "total_investment": "项目总投资", "annual_plan": "本年计划投资", "invest_cum": "累计完成投资",
                             "invest_month": "当月完成投资", "is_key": "重点项目", "is_tech": "技改项目",
                             "started": "开工情况", "start_date": "开工时间", "in_stats": "是否入库"})))
case("a07_text_numbers", "数字存成文本：千分位、全角数字、尾随空格、“—”“-”“无”表示0", "东镇_2026-06_文本数字.xlsx",
     fai(fai_layout(render=TEXT_NUMBERS)), infos={"nothing_as_zero"},
     # 未开工的P4：年度计划“无”、本月“—”是0（issue 11），模板里是空白
     overrides={P4: {"annual_plan": D(0), "invest_month": D(0)}})
case("a08_unit_yuan", "单位：元（入库换算为万元）", "东镇_2026-06_元.xlsx",
     fai(fai_layout(lines=["填报单位：东镇人民政府", "单位：元"], factor=D("0.0001"))))
case("a09_unit_yi", "单位：亿元", "东镇_2026-06_亿元.xlsx",
     fai(fai_layout(lines=["填报单位：东镇人民政府", "单位：亿元"], factor=D(10000))))
case("a10_header_unit", "表头自带单位：计划总投资（亿元），其余万元", "东镇_2026-06_表头单位.xlsx",
     fai(fai_layout(headers={"total_investment": "计划总投资（亿元）"}, total_values={"total_investment": 1.52},
                    render={"total_investment": lambda v, n: float(v / 10000)})))
case("a11_dates", "日期：2026.3.1、Excel 序列号、2026年2月1日、“/”", "东镇_2026-06_日期.xlsx",
     fai(fai_layout(render=DATES)))
case("a12_flags", "是/否写成 √/×、Y/N、1/0、带空格的是/否", "东镇_2026-06_标志.xlsx", fai(fai_layout(render=FLAGS)))
case("a13_xls", "老式 .xls（两行合并表头）", "东镇_2026-06.xls", fai(fai_layout(**TWO_ROWS)))
case("a14_ods", ".ods（两行表头，不带合并信息）", "东镇_2026-06.ods", fai(fai_layout(**TWO_ROWS)))
case("a15_xlsm", ".xlsm 带宏（宏不运行）", "东镇_2026-06_带宏.xlsm", fai())
case("a16_several_sheets", "多个工作表：填表说明、汇总、6月 → 读“6月”", "东镇_2026-06_多表.xlsx",
     write_grids(several_sheets), sheet="6月", infos={"sheet_chosen", "sheet_not_read"})
case("a17_hidden_decoy", "隐藏工作表里有上月的表，不读", "东镇_2026-06_隐藏旧表.xlsx", write_grids(hidden_decoy),
     sheet="Sheet1")
case("a18_period_in_file_name", "标题没写期间，文件名写了 2026年6月", "东镇2026年6月固投项目.xlsx",
     fai(fai_layout(title="东镇工业固定资产投资项目进展情况表")))
case("a19_year_from_date", "标题只写 1-6月，年份按收到日期推定", "东镇固投月报.xlsx",
     fai(fai_layout(title="东镇1-6月工业固定资产投资项目进展情况表")), infos={"year_inferred"})
case("a20_sender_in_file_name", "没有标题和填报单位，单位名称只在文件名里", "东镇-2026年1-6月.xlsx",
     fai(fai_layout(title=None, lines=["单位：万元"])))
case("a21_notes_blank_rows", "数据中间有空行、说明行，预先编好序号的空行，签字栏分三行", "东镇_2026-06_空行.xlsx",
     fai(fai_layout(blank_after=(0, 2), rows_after_data=[[5], [6], [7], [None, "注：本表金额单位为万元"]],
                    footer=["填报人：张三", "联系电话：0913-1234567", "审核人：李四"])), infos={"note_row"})
case("a22_offset", "表格从 C6 开始（左边、上边留了空）", "东镇_2026-06_偏移.xlsx", fai(fai_layout(start=(6, 3))))
case("a23_column_numbers", "表头下有栏次行（甲 乙 1 2 3 …）", "东镇_2026-06_栏次.xlsx",
     fai(fai_layout(rows_before_data=[["甲", "乙", "丙", "丁", "戊", 1, 2, 3, 4, 5, 6, 7, 8, 9]])),
     infos={"annex_row"})
case("a24_merged_township", "所属乡镇一列合并成一个单元格", "东镇_2026-06_合并乡镇.xlsx",
     fai(fai_layout(merge_down=("township",))))
case("a25_sender_alias", "填报单位写别名：东关镇人民政府", "东关镇_2026-06.xlsx",
     fai(fai_layout(lines=["填报单位：东关镇人民政府", "单位：万元"], title=fai_title(who="东关镇"))))
case("a26_wps_et", "WPS 的 .et 文件", "东镇_2026-06.et", fai())
case("a27_xls_named_xlsx", "老式 .xls 改了扩展名叫 .xlsx", "东镇_2026-06_改名.xlsx",
     renamed(fai(fai_layout(total="top")), ".xls"))
case("a28_sections", "分组标题行：一、续建项目 / 二、新建项目", "东镇_2026-06_分组.xlsx",
     fai(fai_layout(sections={0: "一、续建项目", 2: "二、新建项目"})), infos={"section_row"})
case("a29_repeated_header", "跨页重复的表头行", "东镇_2026-06_重复表头.xlsx", fai(fai_layout(repeat_header_before=2)),
     infos={"repeated_header"})
case("a30_subtotal", "“其中：重点项目”小计行", "东镇_2026-06_其中.xlsx",
     fai(fai_layout(rows_after_data=[[None, "其中：重点项目", None, None, None, None, None, 14800, 6500, None, None,
                                      None, 700.75, 4201.25]])), infos={"subtotal_row"})
case("a31_two_months_in_one_file", "一个文件里 5月、6月两个工作表 → 读期间最新的 6月", "东镇固投项目.xlsx",
     write_grids(two_months), sheet="6月", infos={"sheet_chosen"})
case("a32_feedback_copy_resent", "把反馈表改好后直接报回（带“问题清单”工作表）", "东镇_2026-06.反馈.xlsx", feedback_like,
     sheet="Sheet1")
case("a33_ent_messy", "规上企业月报：两行表头、代码小写带空格、文本数字、√/×、入规年月写法各异",
     "统计局_2026年6月规上企业.xlsx",
     ent(ent_layout(groups=[("工业总产值（万元）", ["output_month", "output_cum", "output_cum_last_year"])],
                    sub={"output_month": "本月", "output_cum": "1-6月累计", "output_cum_last_year": "上年同期"},
                    render={"uscc": lambda v, n: v.lower()[:9] + " " + v.lower()[9:] if n == 1 else v,
                            "sei": lambda v, n: "√" if v else "×",
                            "entered_month": lambda v, n: ["2019年", "2018.6", 2020][n],
                            "output_cum": lambda v, n: f"{v:,}"})),
     dataset="ent", form="enterprise_output", sender="统计局", period="2026-06")
case("a34_ent_xls", "规上企业月报 .xls", "统计局_2026-06_规上企业.xls", ent(),
     dataset="ent", form="enterprise_output", sender="统计局", period="2026-06")
CITY_LAYOUT: dict[str, Any] = {"title": "测试市2026年1-6月各县区主要工业指标对比", "lines": ["填报单位：县统计局", "单位：万元"],
               "columns": None}
PCTS = ("output_yoy_pct", "va_yoy_pct", "fai_yoy_pct", "tech_yoy_pct")
case("a35_city_pct_text", "全市对比：增速写成 8.7%", "统计局_2026-06_全市对比.xlsx",
     sheets(lambda: build("city_comparison", CITY, Layout(**{**CITY_LAYOUT, "columns": None},
                                                          render={p: (lambda v, n: f"{v}%") for p in PCTS}))),
     dataset="city", form="city_comparison", sender="统计局", period="2026-06")
case("a36_city_pct_formatted", "全市对比：增速是 0.087 这样的小数、单元格格式为百分比", "统计局_2026-06_全市对比_百分比.xlsx",
     sheets(lambda: build("city_comparison", CITY, Layout(
         **CITY_LAYOUT, render={p: (lambda v, n: Styled(float(v / 100), "0.0%")) for p in PCTS}))),
     dataset="city", form="city_comparison", sender="统计局", period="2026-06")
case("a37_city_ods_total_word", "全市对比 .ods：全市一行写成“合计”，增速是小数", "统计局_2026-06_全市对比.ods",
     sheets(lambda: build("city_comparison", mutated(CITY, {4: {"county": "合计"}}), Layout(
         **CITY_LAYOUT, render={p: (lambda v, n: Styled(float(v / 100), "0.0%")) for p in PCTS}))),
     dataset="city", form="city_comparison", sender="统计局", period="2026-06", infos={"pct_as_fraction"})
case("a38_targets", "目标任务：手工表，数字存成文本", "工信局2026年目标任务.xlsx",
     sheets(lambda: build("targets", TARGETS, Layout(
         title="测试县2026年工业倍增计划目标任务", lines=["填报单位：工信局"], footer=[],
         render={"value": lambda v, n: f"{v} ", "year": lambda v, n: str(v) if n == 0 else v}))),
     dataset="targets", form="targets", sender="工信局", period="2026")

case("a39_ent_default_sender", "规上企业月报没写填报单位：本表只由统计局报送", "规上企业月报_2026年6月.xlsx",
     ent(ent_layout(lines=["单位：万元"])), dataset="ent", form="enterprise_output", sender="统计局", period="2026-06")

# ---------------------------------------------------------------------------------------------
# Accepted with warnings
# ---------------------------------------------------------------------------------------------

case("w01_total_mismatch", "合计行与各行之和不符", "东镇_2026-06_合计不符.xlsx",
     fai(fai_layout(total_values={"invest_cum": 4600})), warnings={("total_mismatch", "N9")})
case("w02_month_mismatch", "本月数 ≠ 本期累计 − 上月累计", "东镇_2026-06_本月不符.xlsx",
     fai(changes={2: {"invest_month": D(80)}}), warnings={("month_mismatch", "M7")},
     overrides={P3: {"invest_month": D(80)}})
case("w03_yoy", "上年同期填错，同比超过 50%", "统计局_2026-06_同比.xlsx",
     ent(changes={1: {"output_cum_last_year": D(12000)}}), warnings={("yoy_out_of_range", "I6")},
     dataset="ent", form="enterprise_output", sender="统计局", period="2026-06",
     overrides={E2: {"output_cum_last_year": D(12000)}})

# ---------------------------------------------------------------------------------------------
# Rejected: cell-level errors
# ---------------------------------------------------------------------------------------------

case("r01_not_a_number", "累计数写成汉字", "东镇_2026-06_汉字.xlsx", fai(changes={1: {"invest_cum": "一千二"}}),
     "rejected", errors={("not_a_number", "N6")})
case("r02_negative", "计划总投资为负数", "东镇_2026-06_负数.xlsx", fai(changes={2: {"total_investment": D(-400)}}),
     "rejected", errors={("greater_than", "H7")})
case("r03_bad_uscc", "信用代码校验位错", "统计局_2026-06_代码错.xlsx",
     ent(changes={2: {"uscc": E3[:-1] + ("0" if E3[-1] != "0" else "1")}}), "rejected",
     errors={("uscc_check_digit", "B7")}, form="enterprise_output", sender="统计局", period="2026-06")
case("r04_bad_project_code", "项目代码少一位", "东镇_2026-06_项目代码.xlsx",
     fai(changes={1: {"project_code": P2[:-1]}}), "rejected", errors={("project_code_format", "B6")})
case("r05_duplicate", "同一项目填了两行", "东镇_2026-06_重复.xlsx", fai(changes={2: {"project_code": P1}}), "rejected",
     errors={("duplicate_key", "B7")})
case("r06_unknown_township", "所属乡镇不是本县的", "东镇_2026-06_北镇.xlsx", fai(changes={0: {"township": "北镇"}}),
     "rejected", errors={("unknown_name", "D5")})
case("r07_cum_decreased", "累计数比上月还少", "东镇_2026-06_累计减少.xlsx", fai(changes={0: {"invest_cum": D(2400)}}),
     "rejected", errors={("cum_decreased", "N5")})
case("r08_bad_date", "开工日期不存在（13月）", "东镇_2026-06_日期错.xlsx", fai(changes={0: {"start_date": "2026.13.1"}}),
     "rejected", errors={("not_a_date", "K5")})
case("r09_bad_flag", "是否开工写“可能”", "东镇_2026-06_标志错.xlsx", fai(changes={0: {"started": "可能"}}), "rejected",
     errors={("not_a_flag", "J5")})
case("r10_unit_in_cell", "金额带了面积的单位：10000亩（带金额单位的如“1亿元”按其单位换算）", "东镇_2026-06_带单位.xlsx",
     fai(changes={0: {"total_investment": "10000亩"}}), "rejected", errors={("unit_mismatch", "H5")})
case("r11_required_empty", "项目名称空着", "东镇_2026-06_缺名称.xlsx", fai(changes={1: {"name": None}}), "rejected",
     errors={("not_nullable", "C6")})
case("r12_started_without_date", "已开工却没有开工日期", "东镇_2026-06_缺开工日期.xlsx",
     fai(changes={2: {"start_date": None}}), "rejected", errors={("start_date", "K7")})
case("r13_bad_nature", "建设性质不在可选范围", "东镇_2026-06_性质.xlsx", fai(changes={0: {"nature": "新增"}}), "rejected",
     errors={("isin", "E5")})
case("r14_xls_errors", ".xls 里累计数写成汉字（反馈表按内容重建）", "东镇_2026-06_错.xls",
     fai(changes={1: {"invest_cum": "一千二"}}), "rejected", errors={("not_a_number", "N6")})
case("r15_formula_no_value", "累计数是公式但没有保存计算结果", "东镇_2026-06_公式.xlsx",
     fai(changes={0: {"invest_cum": Formula("=2500.25+500.25")}}), "rejected", errors={("formula_no_value", "N5")})
case("r16_ods_errors", ".ods 里是否纳统写“不知道”", "东镇_2026-06_错.ods", fai(changes={3: {"in_stats": "不知道"}}),
     "rejected", errors={("not_a_flag", "L8")})
case("r17_text_that_looks_like_a_formula", "项目名称以“=”开头（文本），建设性质又填错", "东镇_2026-06_等号.xlsx",
     fai(changes={0: {"name": '=HYPERLINK("http://example.com","点此")', "nature": "新增"}}), "rejected",
     errors={("isin", "E5")})
case("r18_code_as_number", "信用代码被 Excel 存成了数字", "统计局_2026-06_代码成数字.xlsx",
     ent(changes={0: {"uscc": 9.16105990000001e17}}), "rejected", errors={("code_as_number", "B5")},
     form="enterprise_output", sender="统计局", period="2026-06")

# ---------------------------------------------------------------------------------------------
# Rejected: the return cannot be identified or read (no cell to mark)
# ---------------------------------------------------------------------------------------------

NO_ID: dict[str, Any] = {"form": None, "sender": None, "period": None}  # rejected before identification
case("x01_missing_column", "删掉了“1-N月累计完成投资”列：识别出报表、单位和期间，与其他问题一并退回（issue 11 第7类）",
     "东镇_2026-06_缺列.xlsx",
     fai(fai_layout(columns=[c for c in [SEQ, *FAI_EAST[0]] if c != "invest_cum"])), "rejected",
     errors={("missing_columns", "")}, form="fai_projects", sender="东镇", period="2026-06")
case("x02_unknown_form", "不是报表（会议签到表）", "东镇_签到表.xlsx", write_grids(sign_in_sheet), "rejected",
     errors={("unknown_form", "")}, **NO_ID)
case("x03_no_sender", "哪里都没写是哪个乡镇", "工业项目表_2026年6月.xlsx",
     fai(fai_layout(title="2026年1-6月工业固定资产投资项目进展情况表", lines=["单位：万元"])), "rejected",
     errors={("missing_sender", "")}, **NO_ID)
case("x04_ambiguous_sender", "填报单位写东镇，文件名写西镇", "西镇_2026-06_项目表.xlsx", fai(), "rejected",
     errors={("ambiguous_sender", "")}, **NO_ID)
case("x05_no_period", "哪里都没写期间", "东镇项目表.xlsx", fai(fai_layout(title="东镇工业固定资产投资项目进展情况表")),
     "rejected", errors={("missing_period", "")}, **NO_ID)
case("x06_conflicting_period", "标题写 1-6月，文件名写 5月", "东镇_2026年5月_项目表.xlsx", fai(), "rejected",
     errors={("ambiguous_period", "")}, **NO_ID)
case("x06b_period_not_yet_begun", "标题和文件名都写了 2099年（年份打错）：文件保存时那个月还没到", "东镇_2099-06_项目表.xlsx",
     fai(fai_layout(title="东镇2099年1-6月工业固定资产投资项目进展情况表")), "rejected",
     errors={("period_in_future", "")}, **NO_ID)
case("x07_truncated", "文件只传了一半（由 beizeng.intake.safety 识别）", "东镇_2026-06_半截.xlsx", truncated(fai()), "rejected",
     errors={("truncated", "")}, **NO_ID)
case("x16_wrong_sender", "乡镇填报单位报了统计局的规上企业月报", "东镇_2026-06_规上企业.xlsx",
     ent(ent_layout(lines=["填报单位：东镇人民政府", "单位：万元"])), "rejected", errors={("wrong_sender", "")}, **NO_ID)
case("x15_corrupt", "文件内容是乱码", "东镇_2026-06_损坏.xlsx", raw(bytes(range(256)) * 8), "rejected",
     errors={("corrupt", "")}, **NO_ID)
case("x08_encrypted", "设置了打开密码", "东镇_2026-06_加密.xlsx", raw(ENCRYPTED), "rejected",
     errors={("encrypted", "")}, **NO_ID)
case("x09_docx", "不是表格（Word 文档）", "东镇_情况说明.docx", raw(b"PK\x03\x04 word"), "rejected",
     errors={("unsupported_type", "")}, **NO_ID)
case("x10_empty", "0 字节的空文件", "东镇_2026-06_空.xlsx", raw(b""), "rejected", errors={("empty_file", "")}, **NO_ID)
case("x11_html_xls", "系统导出的“假 xls”（网页格式）", "东镇_导出.xls",
     raw("<html><body><table><tr><td>项目代码</td></tr></table></body></html>".encode()), "rejected",
     errors={("html_not_excel", "")}, **NO_ID)
case("x12_ambiguous_sheets", "两个工作表都是 6 月的本报表，数字不同", "东镇_2026-06_两张.xlsx", write_grids(same_month_twice),
     "rejected", errors={("ambiguous_sheet", "")}, **NO_ID)
case("x13_hidden_only", "报表在隐藏的工作表里", "东镇_2026-06_隐藏.xlsx", write_grids(hidden_only), "rejected",
     errors={("hidden_sheet", "")}, **NO_ID)
case("x14_january", "固投 1 月不单独报送", "东镇_2026年1月_项目表.xlsx",
     fai(fai_layout(title=fai_title("2026年1月"))), "rejected", errors={("period_not_reported", "")}, **NO_ID)
