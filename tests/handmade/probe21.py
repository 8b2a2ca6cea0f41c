"""Hand-made returns of the outside probe p21: clerks' returns aimed at session 18's claims — one project in two
townships' files (its code retyped), 本月 and 本期 side by side under a 1月至6月 title, columns hidden (not folded)
holding last month's figures, a land parcel sent again by 财政局 "代报", a land-grant refund in the funds, and flags
typed 属于 / in a sentence.

Same conventions as probe18.py: each maker writes into ``folder`` and returns the path (or the paths, first first; a
later file is written beside ``folder``, so a test sends it after the first has been read); its docstring says what a
person reading the return takes from it.  County: tests/scenarios_more.write_full_config (东镇 = 东关镇, 西镇; 统计局,
自然资源局, 财政局 …); period June 2026.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from tests.handmade import fresh15 as f15
from tests.handmade import fresh16 as f16
from tests.handmade.cells import put as _put
from tests.handmade.cells import title as _title

WEST_TITLE = "西镇2026年1-6月工业固定资产投资项目进展情况表"
#: 东镇乙农产品冷链物流项目 (2616-610599-04-01-000002): 本月 300, 1-6月 1,200 in 东镇's return.
SHARED = f16.EAST[1]
FULL = str.maketrans("0123456789-", "０１２３４５６７８９－")


def _east_then_west(folder: Path, shared: tuple[Any, ...]) -> list[Path]:
    wb, ws = f16._fai(f16.EAST_TITLE, "东关镇人民政府")
    f16._fai_rows(ws, f16.EAST)
    east = f15._save(wb, folder / "东镇6月固投.xlsx")
    wb, ws = f16._fai(WEST_TITLE, "西镇人民政府")
    f16._fai_rows(ws, [*f16.WEST, shared])
    return [east, f15._save(wb, folder.parent / "西镇6月固投.xlsx")]


def fai_shared_project_code_in_full_width_same_figures(folder: Path) -> list[Path]:
    """东镇's June return (3 projects, 1-6月 800 / 1,200 / 0), then 西镇's (its 2 projects, 900 / 300, and the cold-chain
    project on the two townships' border, 乙, typed from the approval slip in the IME's full-width mode:
    ``２６１６－６１０５９９－０４－０１－０００００２``, same name, same 本月 300 and 1-6月 1,200).

    A reader sees one project told twice with the same figures: 工业固投 3,200 万元 (2,000 + 1,200), 乙 once, under 东镇
    (first to report it), and tells 西镇 东镇 has it — never 4,400.
    """
    return _east_then_west(folder, (SHARED[0].translate(FULL), *SHARED[1:]))


def fai_shared_project_code_with_a_space_other_figures(folder: Path) -> list[Path]:
    """东镇's June return as above, then 西镇's with 乙 typed ``2616-610599-04-01- 000002`` (a space after the last
    dash, as the slip wraps there) and its own figures: 本月 350, 1-6月 1,250.

    A reader asks 西镇: 东镇 already reported this project at 1,200, 西镇 says 1,250 — which is right; never 2,450 for
    one project, nor 西镇's 1,250 over 东镇's without a word.
    """
    return _east_then_west(folder, f16._with(SHARED, code=f"{SHARED[0][:-6]} {SHARED[0][-6:]}", month=350, cum=1250))


ENT_BOTH = ["序号", "企业名称", "统一社会信用代码", "所属乡镇", "行业代码", "是否战新", "入规年月", "本期产值", "本月产值",
            "上年同期", "营业收入"]


def ent_benqi_beside_benyue_under_yue_zhi_yue(folder: Path) -> Path:
    """统计局's list titled ``2026年1月至6月规上工业企业生产情况`` whose columns read ``本期产值`` | ``本月产值`` |
    ``上年同期`` | ``营业收入`` (the bureau's own 本期 is the reporting period, 1-6月): 东塬陶瓷 本期 4,800, 本月 800.

    A reader takes June 2026: 1-6月 4,800 / 3,000 / 9,000 / 2,400 (19,200), 本月 800 / 600 / 1,500 / 400 (3,300), 上年同期
    17,000, 营业收入 19,900 — 本期 is the half year since 本月 stands beside it; never 本期 as June's month.
    """
    wb, ws = f15._book()
    _title(ws, "2026年1月至6月规上工业企业生产情况", len(ENT_BOTH))
    _put(ws, 2, 1, ["填报单位：县统计局", *[None] * 9, "单位：万元"])
    _put(ws, 3, 1, ENT_BOTH)
    for r, f in enumerate(f15.FIRMS, 4):
        _put(ws, r, 1, [r - 3, *f[:6], f[7], f[6], f[8], f[9]])
    return f15._save(wb, folder / "统计局6月规上企业.xlsx")


#: 东镇's May figures (本月, 1-5月) the clerk kept in hidden columns: 甲 100 / 650, 乙 200 / 900, 丙 0 / 0.
MAY = [(100, 650), (200, 900), (0, 0)]


def fai_hidden_columns_hold_last_months_figures(folder: Path) -> Path:
    """东镇's June return made from May's file: the clerk inserted two new columns ``本月完成投资`` | ``1-6月累计完成
    投资`` for June (150 / 300 / 0 and 800 / 1,200 / 0) right of May's two, which keep the same headers and May's figures
    (100 / 200 / 0, 650 / 900 / 0) and are hidden (right-click → 隐藏, no outline, no "+").

    A reader of the sheet sees June's columns only: 工业固投 2,000 万元, 本月 450 — never May's 1,550 stored as June's;
    if asked, told what the hidden columns hold.
    """
    head = [*f16.FAI, "本月完成投资", "1-6月累计完成投资"]
    wb, ws = f16._fai(f16.EAST_TITLE, "东关镇人民政府", head=head)
    for i, (p, (m, c)) in enumerate(zip(f16.EAST, MAY, strict=True)):
        row = f16._fai_row(i + 1, p)
        _put(ws, 4 + i, 1, [*row[:11], m, c, *row[11:]])
    for col in ("L", "M"):
        ws.column_dimensions[col].hidden = True
    return f15._save(wb, folder / "东镇6月固投.xlsx")


FACT_NOTE = [*f15.FACT, "备注"]


def _land(folder: Path) -> Path:
    wb, ws = f15._book()
    _title(ws, "2026年1-6月要素保障情况表（工业用地）", len(FACT_NOTE))
    _put(ws, 2, 1, ["填报单位：县自然资源局", *[None] * 8, "单位：万元"])
    _put(ws, 3, 1, FACT_NOTE)
    _put(ws, 4, 1, [1, "工业用地供应", dt.date(2026, 4, 12), "东镇光伏产业园一期", "610599-2026-001", "东镇", 30, 900, None,
                    None])
    _put(ws, 5, 1, [2, "工业用地供应", dt.date(2026, 5, 20), "西镇建材园", "610599-2026-002", "西镇", 45, 1200, None, None])
    return f15._save(wb, folder / "自然资源局6月要素保障.xlsx")


def _funds(path: Path, extra: list[list[Any]]) -> Path:
    wb, ws = f15._book()
    _title(ws, "2026年1-6月要素保障情况表", len(FACT_NOTE))
    _put(ws, 2, 1, ["填报单位：县财政局", *[None] * 8, "单位：万元"])
    _put(ws, 3, 1, FACT_NOTE)
    rows = [["上划市工业倍增发展基金", dt.date(2026, 4, 8), "一季度基金上划", None, None, None, 500, 1, None],
            ["工业发展资金拨付", dt.date(2026, 6, 18), "技改奖补", None, None, None, 300, None, None], *extra]
    for r, row in enumerate(rows, 4):
        _put(ws, r, 1, [r - 3, *row])
    return f15._save(wb, path)


def factors_finance_sends_a_land_parcel_daibao_first(folder: Path) -> list[Path]:
    """财政局's June 要素保障 ledger, sent first: its two fund rows (500 + 300 万元) and, copied in at the office's
    request, 东镇光伏产业园一期 (工业用地供应, 宗地编号 610599-2026-001, 30 亩, 900 万元) with 备注 ``财政局代报``; then
    自然资源局's own land return (that parcel and 西镇建材园 45 亩).

    A reader keeps 75 亩 of land and 800 万元 of funds, and asks 财政局 about the land row (land is 自然资源局's to
    report; 代报 says so) — the parcel is 自然资源局's, who is never told to have 财政局 delete it so as to send its own.
    """
    parcel = ["工业用地供应", dt.date(2026, 4, 12), "东镇光伏产业园一期", "610599-2026-001", "东镇", 30, 900, None, "财政局代报"]
    return [_funds(folder / "财政局6月要素保障.xlsx", [parcel]), _land(folder.parent)]


def funds_land_grant_refund_naming_a_parcel(folder: Path) -> Path:
    """财政局's June funds: 上划基金 500, 技改奖补 300, and a third 工业发展资金拨付 of 200 万元 whose 用途 says
    ``土地出让金返还（东镇光伏产业园一期）`` — paid to the firm on that parcel, its 宗地编号 610599-2026-001 and 所属乡镇 东镇
    filled in for the record, no 亩.

    A reader takes three fund rows, 1,000 万元: a refund paid by 财政局 is money, whatever parcel it names — not a land
    row sent by the wrong bureau.
    """
    refund = ["工业发展资金拨付", dt.date(2026, 5, 28), "土地出让金返还（东镇光伏产业园一期）", "610599-2026-001", "东镇", None,
              200, None, "按招商协议返还"]
    return _funds(folder / "财政局6月资金.xlsx", [refund])


def fai_flags_typed_shuyu_and_in_sentences(folder: Path) -> Path:
    """东镇's June return whose flags are typed as the clerk speaks: 是否技改 ``属于`` (甲, the kiln retrofit), ``不属于``
    (乙), ``否`` (丙); 是否重点项目 ``属于`` (甲), ``是`` (乙), ``不是`` (丙); 是否纳统 ``是`` (甲), ``5月已入库，是``
    (乙), ``暂不是，预计7月纳统`` (丙).

    A reader takes 甲 技改 (技改投资 800 万元, never 2,000), 甲 and 乙 重点, 甲 and 乙 纳统, 丙 neither — 工业固投 2,000.
    """
    wb, ws = f16._fai(f16.EAST_TITLE, "东关镇人民政府")
    rows = [list(p) for p in f16.EAST]
    for row, (tech, key, stats) in zip(rows, [("属于", "属于", "是"), ("不属于", "是", "5月已入库，是"),
                                              ("否", "不是", "暂不是，预计7月纳统")], strict=True):
        row[3], row[4], row[9] = tech, key, stats
    f16._fai_rows(ws, [tuple(r) for r in rows])
    return f15._save(wb, folder / "东镇6月固投.xlsx")
