"""Hand-made returns of the outside probe p47: workbooks written by programs other than Excel, as their XML really is.

Exporters (Google Sheets, 金山文档, Java and Go report writers, Numbers, pandas-free scripts) write an .xlsx that Excel
opens and shows like any other, but the XML differs from Excel's: every string inline (``t="inlineStr"``, no
sharedStrings.xml), numbers stored as text (``t="str"``), rows and cells without an ``r=`` reference (placed by
position), a wrong or missing ``<dimension>``, the 1904 date system written ``date1904="true"``, shared and array
formulas, a formula with no cached value, error values, rich-text runs, ``_x000D_`` escapes, a chart sheet or a very
hidden sheet before the return.  Each package is written here by hand (zipfile + strings), not by openpyxl.

Made by an outsider who read DOMAIN.md and the README, not the reader.  Each maker writes into ``folder`` and returns
the path; its docstring says what a careful county statistician, opening the file in Excel, takes from it.  County:
``county_full`` (tests/conftest.py); 东镇's June 2026 project list unless said.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from tests.handmade import probe26b as b
from tests.scenarios import uscc

D = dt.date
NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RNS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
TITLE = "东镇2026年1-6月工业项目建设进展情况表"
LINE = "填报单位：东镇人民政府"
E1, E2, E3 = uscc(471), uscc(472), uscc(473)

#: cellXfs: 0 general, 1 a date (built-in 14), 2 0.0% (custom 164), 3 yyyy"年"m"月" (custom 165)
STYLES = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="{NS}">'
          '<numFmts count="2"><numFmt numFmtId="164" formatCode="0.0%"/>'
          '<numFmt numFmtId="165" formatCode="yyyy&quot;年&quot;m&quot;月&quot;"/></numFmts>'
          '<fonts count="1"><font><sz val="11"/><name val="宋体"/></font></fonts>'
          '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/>'
          '</fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
          '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
          '<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
          '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
          '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
          '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
          '</styleSheet>')


@dataclass(frozen=True)
class X:
    """A cell written as given: ``inner`` is what goes between ``<c …>`` and ``</c>``, ``t`` and ``s`` its attributes."""
    inner: str
    t: str = ""
    s: int | None = None


def col(n: int) -> str:
    """1-based column number → letters."""
    out = ""
    while n:
        n, rem = divmod(n - 1, 26)
        out = chr(65 + rem) + out
    return out


def serial(day: D, date1904: bool = False) -> int:
    return (day - (D(1904, 1, 1) if date1904 else D(1899, 12, 30))).days


def sheet_xml(rows: list[list[Any]], *, refs: bool = True, dimension: str | None = "auto", merge: str | None = None,
              date1904: bool = False, row_attrs: dict[int, str] | None = None, before: str = "", after: str = "",
              numbers_as: str = "n", strings: list[str] | None = None) -> str:
    """A worksheet part.  ``rows`` are positional from row 1; a cell is None (not written, or ``<c/>`` when
    ``refs`` is False), a str (inline, or shared when ``strings`` collects the table), a number (``numbers_as``:
    "n" a number, "str" text), a date (a serial under style 1), or an ``X``.  ``row_attrs``: extra attributes of a
    1-based row; ``before``/``after``: XML around ``<sheetData>``."""
    out = []
    width = max((len(r) for r in rows), default=1)
    for i, row in enumerate(rows, 1):
        cells = []
        for j, v in enumerate(row, 1):
            ref = f' r="{col(j)}{i}"' if refs else ""
            if v is None:
                if not refs:
                    cells.append("<c/>")
                continue
            if isinstance(v, X):
                t = f' t="{v.t}"' if v.t else ""
                s = f' s="{v.s}"' if v.s is not None else ""
                cells.append(f"<c{ref}{s}{t}>{v.inner}</c>")
            elif isinstance(v, str):
                if strings is not None:
                    if v not in strings:
                        strings.append(v)
                    cells.append(f'<c{ref} t="s"><v>{strings.index(v)}</v></c>')
                else:
                    cells.append(f'<c{ref} t="inlineStr"><is><t>{escape(v)}</t></is></c>')
            elif isinstance(v, D):
                cells.append(f'<c{ref} s="1"><v>{serial(v, date1904)}</v></c>')
            elif numbers_as == "str":
                cells.append(f'<c{ref} t="str"><v>{v}</v></c>')
            else:
                cells.append(f"<c{ref}><v>{v}</v></c>")
        extra = (row_attrs or {}).get(i, "")
        r = f' r="{i}"' if refs else ""
        out.append(f"<row{r}{extra}>{''.join(cells)}</row>")
    dim = {"auto": f'<dimension ref="A1:{col(width)}{len(rows)}"/>', None: ""}.get(dimension,  # type: ignore[arg-type]
                                                                                    f'<dimension ref="{dimension}"/>')
    merges = f'<mergeCells count="1"><mergeCell ref="{merge}"/></mergeCells>' if merge else ""
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="{NS}" xmlns:r="{RNS}">'
            f"{dim}{before}<sheetData>{''.join(out)}</sheetData>{after}{merges}</worksheet>")


def package(path: Path, sheets: list[tuple[str, str, str]], *, workbook_pr: str = "", shared: list[str] | None = None,
            styles: bool = True, extra: dict[str, str] | None = None, table: str = "") -> Path:
    """An .xlsx of ``sheets`` (name, worksheet XML, state: "" visible, "hidden", "veryHidden"), in that order;
    ``table`` non-empty declares xl/tables/table1.xml (given in ``extra`` with the sheet's rels)."""
    ct = [f'<Override PartName="/xl/worksheets/sheet{i}.xml" '
          'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          for i in range(1, len(sheets) + 1)]
    rels = [f'<Relationship Id="rId{i}" Type="{RNS}/worksheet" Target="worksheets/sheet{i}.xml"/>'
            for i in range(1, len(sheets) + 1)]
    n = len(sheets)
    if styles:
        ct.append('<Override PartName="/xl/styles.xml" '
                  'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>')
        rels.append(f'<Relationship Id="rId{n + 1}" Type="{RNS}/styles" Target="styles.xml"/>')
    if table:
        ct.append('<Override PartName="/xl/tables/table1.xml" '
                  'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/>')
    if shared is not None:
        ct.append('<Override PartName="/xl/sharedStrings.xml" '
                  'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>')
        rels.append(f'<Relationship Id="rId{n + 2}" Type="{RNS}/sharedStrings" Target="sharedStrings.xml"/>')
    entries = "".join(f'<sheet name="{escape(name)}" sheetId="{i}"' + (f' state="{state}"' if state else "")
                      + f' r:id="rId{i}"/>' for i, (name, _, state) in enumerate(sheets, 1))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types '
                   'xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   f'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/xl/workbook.xml" '
                   'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                   f"{''.join(ct)}</Types>")
        z.writestr("_rels/.rels", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="{PKG}">'
                   f'<Relationship Id="rId1" Type="{RNS}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        z.writestr("xl/workbook.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="{NS}" '
                   f'xmlns:r="{RNS}">{workbook_pr}<sheets>{entries}</sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                   f'<Relationships xmlns="{PKG}">{"".join(rels)}</Relationships>')
        for i, (_, xml, _) in enumerate(sheets, 1):
            z.writestr(f"xl/worksheets/sheet{i}.xml", xml)
        if styles:
            z.writestr("xl/styles.xml", STYLES)
        if shared is not None:
            z.writestr("xl/sharedStrings.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="{NS}" '
                       f'count="{len(shared)}" uniqueCount="{len(shared)}">'
                       + "".join(s if s.startswith("<si>") else f"<si><t>{escape(s)}</t></si>" for s in shared) + "</sst>")
        for name, text in (extra or {}).items():
            z.writestr(name, text)
    return path


def east_rows(rows: list[list[Any]] | None = None, head: list[Any] | None = None) -> list[list[Any]]:
    """东镇's June list as a grid: title (row 1), 填报单位 and 单位 (row 2), header (row 3), projects from row 4
    (probe26b's columns: H 计划总投资 … M 当月 N 自年初累计), the 填报人 line after them."""
    head = head or b.PROJ
    grid: list[list[Any]] = [[TITLE], [LINE, *[None] * (len(head) - 2), "单位：万元"], list(head)]
    for i, r in enumerate(rows or b.EAST, 1):
        grid.append([i, *r])
    grid.append(["填报人：刘敏", None, None, None, "审核人：陈军"])
    return grid


def _east_file(folder: Path, grid: list[list[Any]], **kw: Any) -> Path:
    """东镇's one-sheet workbook ``项目`` of ``grid``; ``kw`` go to ``sheet_xml``."""
    return package(folder / "东镇6月项目.xlsx", [("项目", sheet_xml(grid, merge="A1:N1", **kw), "")])


# ---- (a) rows and cells written without r= (placed by position) --------------------------------------------------------

def fai_error_values_placed_by_position(folder: Path, refs: bool = False) -> Path:
    """A Java exporter's June list: every ``<row>`` and ``<c>`` without ``r=`` (Excel places them by position; the
    sheet shows the same table as any).  当月 M4 holds ``#DIV/0!`` (``t="e"``: the exporter's 当月 = 累计 ÷ … broke) and
    自年初累计 N5 ``#N/A``.

    A careful person sees #DIV/0! in M4 and #N/A in N5: asks on N5 (a cumulative the project cannot do without) in the
    error's own words and says M4 — never "N5 没有填写" as if left blank, never M4 gone without a word."""
    grid = east_rows()
    grid[3][12] = X("<v>#DIV/0!</v>", t="e")
    grid[4][13] = X("<v>#N/A</v>", t="e")
    return _east_file(folder, grid, refs=refs, dimension=None)


#: a third project for 东镇 (万元): 1-6月 800
THIRD = ["2510-610599-04-01-260003", "东镇包装材料扩能项目", "东镇", "扩建", "否", "否", 5000, 2000, "是",
         D(2025, 10, 8), "是", 100, 800]


def fai_row_hidden_by_hand_placed_by_position(folder: Path, refs: bool = False) -> Path:
    """A Go exporter's June list of three projects (3,000 + 1,200 + 800), rows and cells without ``r=``; the clerk
    then hid row 5 (东关饲料, 1,200) by hand in Excel — ``<row hidden="1">``, no filter, no outline.  Excel shows
    3,000 + 800.

    A careful person does what beizeng does for the same file with ``r=``: sets row 5 aside with a warning naming it
    (the sheet shows 3,800) — never counts a row nobody sees without a word."""
    grid = east_rows([*b.EAST, THIRD])
    return _east_file(folder, grid, refs=refs, dimension=None, row_attrs={5: ' hidden="1"'})


CITY_HEAD = ["县区", "规上工业总产值", "上年同期", "产值同比", "增加值增速（%）", "工业固投", "固投上年同期",
             "固投增速（%）", "技改投资", "技改投资上年同期", "技改投资增速（%）"]
CITY_ROWS = [["全市", 630000, 580000, 0.086, 6.0, 30000, 31000, -3.2, 5000, 4800, 4.2],
             ["测试县", 100000, 92000, 0.087, 6.5, 6700, 8000, -16.3, 1200, 1000, 20.0],
             ["甲县", 200000, 180000, 0.111, 7.2, 9000, 8740, 3.0, 1500, 1550, -3.2],
             ["乙县", 150000, 140000, 0.071, 5.1, 6000, 7510, -20.1, 1100, 1000, 10.0],
             ["丙县", 180000, 168000, 0.071, 7.0, 8300, 8755, -5.2, 1200, 1240, -3.2]]


def city_percent_cells_placed_by_position(folder: Path, refs: bool = False) -> Path:
    """统计局's city table exported by the city's reporting system: cells without ``r=``; 产值同比 (no % in the header)
    holds fractions under a ``0.0%`` style (0.087 shown 8.7%, 0.111 shown 11.1% …).

    A careful person reads 产值同比 8.6 / 8.7 / 11.1 / 7.1 / 7.1 (%) as shown — never 0.087 %."""
    grid: list[list[Any]] = [["测试市2026年1-6月各县区主要工业指标对比"], ["单位：万元、%"], CITY_HEAD]
    for row in CITY_ROWS:
        grid.append([*row[:3], X(f"<v>{row[3]}</v>", s=2), *row[4:]])
    xml = sheet_xml(grid, refs=refs, dimension=None, merge="A1:K1")
    return package(folder / "全市各县区工业指标对比（2026年1-6月）.xlsx", [("全市对比", xml, "")])


# ---- (b) formulas --------------------------------------------------------------------------------------------------------

#: May's list (1-5月累计 2,400 and 1,000), kept by the exporter on a hidden sheet ``上月`` that June's 当月 refers to
MAY_ROWS = [[*b.EAST[0][:-2], 500, 2400], [*b.EAST[1][:-2], 150, 1000]]


def _with_may(folder: Path, grid: list[list[Any]]) -> Path:
    may = east_rows(MAY_ROWS)
    may[0] = ["东镇2026年1-5月工业项目建设进展情况表"]
    return package(folder / "东镇6月项目.xlsx", [("项目", sheet_xml(grid, merge="A1:N1"), ""),
                                              ("上月", sheet_xml(may, merge="A1:N1"), "hidden")])


def fai_shared_formula_without_cached_value(folder: Path) -> Path:
    """An exporter's June list whose 当月 M is one shared formula ``=N4-上月!N4`` (自年初累计 less May's, kept on a
    hidden sheet ``上月``): the master M4 carries its cached 600, the shared child M5 ``<f t="shared" si="0"/>`` none
    (the exporter wrote only the master's value).  Excel, opening it, shows 600 and 200.

    A careful person reads 当月 600 and 200 — or asks on M5; never stores 东关饲料's June as nothing without a word."""
    grid = east_rows()
    grid[3][12] = X('<f t="shared" ref="M4:M5" si="0">N4-上月!N4</f><v>600</v>')
    grid[4][12] = X('<f t="shared" si="0"/>')
    return _with_may(folder, grid)


def fai_formula_without_cached_value(folder: Path) -> Path:
    """The same list with 当月 M4, M5 each an ordinary formula with no cached value (``<c><f>N4-上月!N4</f></c>``, as
    scripts write them).  Excel shows 600 and 200.

    A careful person reads 600 and 200 — or asks on M4 and M5; never stores nothing without a word."""
    grid = east_rows()
    grid[3][12] = X("<f>N4-上月!N4</f>")
    grid[4][12] = X("<f>N5-上月!N5</f>")
    return _with_may(folder, grid)


def fai_array_and_shared_total_formulas(folder: Path) -> Path:
    """An exporter's June list whose 自年初累计 N4:N5 is one array formula ``{=ROUND(M4:M5*{5;6},0)}`` (cached 3,000 and
    1,200) and whose 合计 row 6 sums H, I, M, N by a shared formula ``=SUM(H4:H5)`` (master H6, children I6, M6, N6),
    every cell with its cached value (23,000, 9,500, 800, 4,200).

    A careful person reads 1-6月累计 3,000 + 1,200 = 4,200, the 合计 agreeing: nothing to say."""
    grid = east_rows()
    total: list[Any] = ["合计", *[None] * 6]
    for c in "HIJKLMN":
        j = ord(c) - ord("A")
        if c in "JKL":
            total.append(None)
            continue
        value = sum(r[j] for r in grid[3:5])
        f = f'<f t="shared" ref="H6:N6" si="1">SUM({c}4:{c}5)</f>' if c == "H" else '<f t="shared" si="1"/>'
        total.append(X(f"{f}<v>{value}</v>"))
    grid[3][13] = X('<f t="array" ref="N4:N5">ROUND(M4:M5*{5;6},0)</f><v>3000</v>')
    grid[4][13] = X("<v>1200</v>")
    grid.insert(5, total)
    return _east_file(folder, grid)


# ---- (c) text as other programs write it ---------------------------------------------------------------------------------

def _runs(*parts: str) -> str:
    """Rich text: each part a run, the second red (a header or name the exporter coloured in part)."""
    out = []
    for i, part in enumerate(parts):
        rpr = '<rPr><color rgb="FFFF0000"/><sz val="11"/><rFont val="宋体"/></rPr>' if i % 2 else ""
        out.append(f'<r>{rpr}<t xml:space="preserve">{escape(part)}</t></r>')
    return "".join(out)


def fai_rich_text_and_escapes(folder: Path) -> Path:
    """金山文档's export of 东镇's June list, every string in sharedStrings.xml as WPS writes them: the headers
    项目名称 and 计划总投资 as rich text in two runs (项目 | 名称 in red), 自年初累计完成投资 broken by ``_x000D_`` and a
    line feed (``自年初累计_x000D_\\n完成投资``); the names with a phonetic guide (``<rPh>`` pinyin, not shown unless
    the clerk turns 拼音指南 on); the project codes with two leading spaces kept by ``xml:space="preserve"``; 东关's name
    with a ``_x000D_`` line break inside.

    A careful person reads the same table as Excel's: names 东塬光伏支架生产线项目 and 东关饲料车间技改项目 (a line
    break at most, never the pinyin), codes without spaces, 1-6月累计 3,000 + 1,200."""
    strings: list[str] = []
    grid = east_rows()
    rich = {"项目名称": f"<si>{_runs('项目', '名称')}</si>", "计划总投资": f"<si>{_runs('计划', '总投资')}</si>",
            "自年初累计完成投资": "<si><t>自年初累计_x000D_\n完成投资</t></si>",
            "东塬光伏支架生产线项目": '<si><t>东塬光伏支架生产线项目</t><rPh sb="0" eb="2"><t>dōngyuán</t></rPh>'
                                    '<phoneticPr fontId="0" type="noConversion"/></si>',
            "东关饲料车间技改项目": '<si><t>东关饲料_x000D_\n车间技改项目</t><rPh sb="0" eb="2"><t>dōngguān</t></rPh>'
                                  '<phoneticPr fontId="0" type="noConversion"/></si>'}
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            if isinstance(v, str) and v in rich:
                strings.append(rich[v])
                row[c] = X(f"<v>{len(strings) - 1}</v>", t="s")
            elif r >= 3 and c == 1 and isinstance(v, str) and v.startswith("26"):
                strings.append(f'<si><t xml:space="preserve">  {v}</t></si>')
                row[c] = X(f"<v>{len(strings) - 1}</v>", t="s")
    xml = sheet_xml(grid, merge="A1:N1", strings=strings)
    return package(folder / "东镇6月项目.xlsx", [("项目", xml, "")], shared=strings)


def fai_numbers_as_text_wrong_dimension(folder: Path, dimension: str | None = "A1:C3") -> Path:
    """A reporting system's export of 东镇's June list: every string inline (no sharedStrings.xml, no styles.xml),
    every figure written as text (``t="str"``: ``<v>20000</v>``, the 当月 ``<v> 600.00</v>``), and the sheet's
    ``<dimension>`` saying ``A1:C3`` (the template's, never updated) — or no dimension at all.  Excel shows the whole
    table regardless.

    A careful person reads the whole table: 总投资 20,000 + 3,000, 当月 600 + 200, 1-6月累计 3,000 + 1,200."""
    grid = east_rows()
    grid[3][12] = X("<v> 600.00</v>", t="str")
    xml = sheet_xml(grid, merge="A1:N1", numbers_as="str", dimension=dimension)
    return package(folder / "东镇6月项目.xlsx", [("项目", xml, "")], styles=False)


def fai_checkbox_booleans_and_iso_dates(folder: Path) -> Path:
    """Google Sheets' download of 东镇's June list, where the clerk used checkboxes for the flag columns: 是否技改,
    是否倍增重点项目, 是否开工 and 是否入库纳统 are booleans (``t="b"``: Excel shows TRUE / FALSE), and 开工时间 ISO dates
    (``t="d"``: ``2026-03-02T00:00:00``, as some writers store dates) under a date style.

    A careful person reads TRUE as 是 and FALSE as 否: 东塬 not 技改, both key projects, started 2026-03-02 and
    2026-02-20, both in the statistics database — or asks on the flags; never stores TRUE/FALSE the wrong way round."""
    grid = east_rows()
    for r in (3, 4):
        for c in (5, 6, 9, 11):
            grid[r][c] = X(f"<v>{1 if grid[r][c] == '是' else 0}</v>", t="b")
        grid[r][10] = X(f"<v>{grid[r][10].isoformat()}T00:00:00</v>", t="d", s=1)
    return _east_file(folder, grid)


# ---- (d) the 1904 date system ---------------------------------------------------------------------------------------------

def fai_1904_written_true(folder: Path) -> Path:
    """Numbers' (Apple) export of 东镇's June list: ``<workbookPr date1904="true"/>`` (the word, not 1), 开工时间 serials
    counted from 1904-01-01 under a date style (shown 2026-03-02 and 2026-02-20).

    A careful person reads 开工 2026-03-02 and 2026-02-20 — never 2030-03-03 nor 2022-03-01."""
    return package(folder / "东镇6月项目.xlsx", [("项目", sheet_xml(east_rows(), merge="A1:N1", date1904=True), "")],
                   workbook_pr='<workbookPr date1904="true"/>')


ENT_HEAD = ["序号", "单位名称", "统一社会信用代码", "行业代码", "所在乡镇", "是否战新企业", "入规年月", "本月产值",
            "1-6月产值", "上年同期产值", "营业收入"]


def ent_1904_entered_months(folder: Path) -> Path:
    """统计局's list of three enterprises from a Mac (``date1904="1"``), 入规年月 serials counted from 1904 under
    ``yyyy"年"m"月"`` (shown 2019年6月, 2018年1月, 2020年12月).

    A careful person stores 入规 2019-06, 2018-01, 2020-12 — never a month four years and a day off."""
    def month(y: int, m: int) -> X:
        return X(f"<v>{serial(D(y, m, 1), True)}</v>", s=3)
    grid: list[list[Any]] = [["测试县2026年1-6月规模以上工业企业主要经济指标"],
                             ["填报单位：测试县统计局", *[None] * 9, "单位：万元"], ENT_HEAD,
                             [1, "东塬农机配件有限公司", E1, "C3576", "东镇", "否", month(2019, 6), 4200, 25000, 23000, 26000],
                             [2, "东关粮油加工有限公司", E2, "C1331", "东关镇", "否", month(2018, 1), 3000, 18000, 17000, 19000],
                             [3, "西岭砂石有限公司", E3, "B1019", "西镇", "否", month(2020, 12), 5500, 32000, 30000, 33000]]
    xml = sheet_xml(grid, merge="A1:K1", date1904=True)
    return package(folder / "2026年1-6月规上工业企业产值（统计局）.xlsx", [("规上企业", xml, "")],
                   workbook_pr='<workbookPr date1904="1"/>')


# ---- (e) what comes before the return, and a table's own filter -----------------------------------------------------------

def fai_after_a_chart_sheet(folder: Path) -> Path:
    """A reporting system's workbook whose FIRST sheet is a chart sheet ``进度图`` (a bar chart of 自年初累计) and whose
    second is 东镇's June list ``项目`` (written by openpyxl here: a chart sheet needs its drawing and chart parts).

    A careful person opens the workbook, sees the chart, clicks the second tab and reads the list: 3,000 + 1,200."""
    import openpyxl
    from openpyxl.chart import BarChart, Reference

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目"
    for row in east_rows():
        ws.append(row)
    ws.merge_cells("A1:N1")
    chart = BarChart()
    chart.add_data(Reference(ws, min_col=14, min_row=3, max_row=5), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=3, min_row=4, max_row=5))
    cs = wb.create_chartsheet("进度图", 0)
    cs.add_chart(chart)
    path = folder / "东镇6月项目.xlsx"
    wb.save(path)
    return path


def fai_after_a_very_hidden_sheet(folder: Path) -> Path:
    """An exporter's workbook whose first sheet ``Sheet0`` is very hidden (``state="veryHidden"``: no 取消隐藏 in Excel
    can show it) and holds the list as it stood in May (title ``东镇2026年1-5月…``, 1-5月累计 2,400 and 1,000); the
    second, visible, is June's (3,000 and 1,200).

    A careful person sees June's list only and reads 2026-06: 3,000 + 1,200 — never May's figures, never May."""
    may = east_rows([[*b.EAST[0][:-2], 500, 2400], [*b.EAST[1][:-2], 150, 1000]])
    may[0] = ["东镇2026年1-5月工业项目建设进展情况表"]
    return package(folder / "东镇6月项目.xlsx", [("Sheet0", sheet_xml(may, merge="A1:N1"), "veryHidden"),
                                              ("项目", sheet_xml(east_rows(), merge="A1:N1"), "")])


def fai_excel_table_filtered(folder: Path) -> Path:
    """东镇's June list of three projects made an Excel table (套用表格格式 / Ctrl+T: ``xl/tables/table1.xml``), filtered
    on 建设性质 to 新建 and 扩建: row 5 (东关饲料, 改建和技术改造, 1,200) is hidden by the TABLE's filter — the filter
    lives in the table part, the sheet XML has no ``<autoFilter>`` of its own (as Excel and WPS save a filtered table).

    A careful person knows a filter hides rows from view, not from the return (beizeng's rule for a sheet's own
    autofilter, tests/test_shown_cells.py): three projects, 3,000 + 1,200 + 800 — or at most asks."""
    grid = east_rows([*b.EAST, THIRD])
    names = "".join(f'<tableColumn id="{i}" name="{escape(h)}"/>' for i, h in enumerate(b.PROJ, 1))
    table = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><table xmlns="{NS}" id="1" name="表1" '
             'displayName="表1" ref="A3:N6"><autoFilter ref="A3:N6"><filterColumn colId="4"><filters>'
             '<filter val="新建"/><filter val="扩建"/></filters></filterColumn></autoFilter>'
             f'<tableColumns count="{len(b.PROJ)}">{names}</tableColumns>'
             '<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" '
             'showColumnStripes="0"/></table>')
    rels = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="{PKG}">'
            f'<Relationship Id="rId1" Type="{RNS}/table" Target="../tables/table1.xml"/></Relationships>')
    xml = sheet_xml(grid, row_attrs={5: ' hidden="1"'}, merge=None, after='<tableParts count="1"><tablePart r:id="rId1"/></tableParts>')
    return package(folder / "东镇6月项目.xlsx", [("项目", xml, "")], table="1",
                   extra={"xl/worksheets/_rels/sheet1.xml.rels": rels, "xl/tables/table1.xml": table})
