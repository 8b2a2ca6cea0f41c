"""Hand-made returns of round 20 for the 报送平台 in a real browser: what a township clerk uploads from the office
PC or the phone — a return with a 合计 row that does not add up and a remark typed in a cell, the same return
under a file name the clerk made long with spaces and full-width characters, saved by WPS as .et, and the
corrected return sent after a question.

Same conventions as probe22.py: each maker writes into ``folder`` and returns the path; its docstring says what a
person reading the return takes from it.  County: tests/scenarios_more.write_full_config (东镇 = 东关镇, 西镇);
period June 2026.
"""

from __future__ import annotations

from pathlib import Path

from tests.handmade import fresh16 as f16
from tests.handmade.cells import as_xls
from tests.handmade.cells import put as _put
from tests.handmade.cells import save as _save

WEST_TITLE = "西镇2026年1-6月工业固定资产投资项目进展情况表"


def west_total_off_and_a_remark(folder: Path) -> Path:
    """西镇's June return (2 projects, 1-6月 900 + 300 = 1,200 万元) with a 合计 row (row 6) whose 1-6月累计 says
    1,250 (M6: the clerk kept last draft's total) and, in N4 beside 甲, the remark ``6月数据待企业确认`` typed in a
    cell outside the table.

    A reader takes the 2 projects (1,200 万元, not 1,250) and says two things to check: the 合计 on M6 and the
    remark on N4; nothing refused.
    """
    wb, ws = f16._fai(WEST_TITLE, "西镇人民政府")
    f16._fai_rows(ws, f16.WEST)
    _put(ws, 6, 1, ["合计", None, None, None, None, None, 3200, 1600, None, None, None, 300, 1250])
    ws["N4"] = "6月数据待企业确认"
    return _save(wb, folder / "西镇6月固投.xlsx")


#: The name a clerk gives a file after three rounds of corrections: spaces, an ideographic space, full-width
#: digits and brackets, a word repeated, past 80 characters before the suffix.
LONG_NAME = (
    "西镇　２０２６年６月 工业固定资产投资项目进展情况表（修改后）（最终版）（最终版２）"
    "请县工信局审核 联系人 王某某 电话 １３９１２３４５６７８ 备注 此表替换７月３日报送的版本 谢谢.xlsx"
)


def west_return_long_fullwidth_name(folder: Path) -> tuple[Path, str]:
    """西镇's good June return (2 projects, 1,200 万元) and ``LONG_NAME``, the name it has on the clerk's Windows PC
    (Windows allows 255 characters; this machine's file systems only 255 bytes, so the file is written here under a
    short name and uploaded under the long one).

    A reader takes the 2 projects; the page shows the file under the name the clerk gave it.
    """
    wb, ws = f16._fai(WEST_TITLE, "西镇人民政府")
    f16._fai_rows(ws, f16.WEST)
    return _save(wb, folder / "long.xlsx"), LONG_NAME


def west_return_as_et(folder: Path) -> Path:
    """西镇's good June return saved by WPS 表格 in its own format (``西镇6月固投.et``: a BIFF8 workbook in an OLE
    container, as WPS writes it): 2 projects, 1,200 万元.

    A reader (WPS or Excel opens it) takes the 2 projects.
    """
    wb, ws = f16._fai(WEST_TITLE, "西镇人民政府")
    f16._fai_rows(ws, f16.WEST)
    xls = as_xls(wb, folder / "西镇6月固投.xls")
    et = folder / "西镇6月固投.et"
    xls.rename(et)
    return et


def west_first_project_in_two_sheets(folder: Path) -> Path:
    """西镇's June return written twice: the good return on 「Sheet1」 and, on 「Sheet2」, the same table the clerk
    copied to try a change (甲's 1-6月 950) and forgot to delete.

    A reader asks which sheet is the return (or takes 「Sheet1」 and says 「Sheet2」 was not read); never 2,150 万元.
    """
    wb, ws = f16._fai(WEST_TITLE, "西镇人民政府")
    f16._fai_rows(ws, f16.WEST)
    ws2 = wb.create_sheet("Sheet2")
    f16._fai(WEST_TITLE, "西镇人民政府", ws=ws2, wb=wb)
    f16._fai_rows(ws2, [f16._with(f16.WEST[0], cum=950), f16.WEST[1]])
    return _save(wb, folder / "西镇6月固投.xlsx")


def west_final_then_corrected(folder: Path) -> list[Path]:
    """西镇's June return uploaded as ``西镇6月固投（最终版）.xlsx`` (2 projects, 1,200 万元), then — the enterprise
    confirmed a larger figure — the corrected return ``西镇6月固投.xlsx`` uploaded an hour later with 甲's 本月 250 and
    1-6月 950 (1,250 万元).

    A reader of the platform (which knows the second upload came after the first, from the same logged-in
    township) takes the correction: 1,250 万元, 第2版.
    """
    wb, ws = f16._fai(WEST_TITLE, "西镇人民政府")
    f16._fai_rows(ws, f16.WEST)
    first = _save(wb, folder / "西镇6月固投（最终版）.xlsx")
    wb, ws = f16._fai(WEST_TITLE, "西镇人民政府")
    f16._fai_rows(ws, [f16._with(f16.WEST[0], month=250, cum=950), f16.WEST[1]])
    (folder.parent / "fixed").mkdir(exist_ok=True)
    return [first, _save(wb, folder.parent / "fixed" / "西镇6月固投.xlsx")]
