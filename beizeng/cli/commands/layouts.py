"""`beizeng map FILE`: answer once, at the terminal, which column of a sender's return is which.

The same question the feedback workbook asks in its 表头对照 sheet (beizeng.intake.layouts): two columns
equally likely for one item, or a needed item whose column was not recognised.  The answer is stored
per sender and form in 表头对照.toml beside beizeng.toml, and the next file with the same layout is
read without asking.  ``--set J=1-N月累计完成投资`` answers without prompting (scripts, tests).  An answer is checked where it is taken
(beizeng.intake.layouts.resolve_column): a column the sheet does not have is refused with a non-zero exit, never
stored for a later file to trip on.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from beizeng.cli.app import _cfg, app, console


@app.command("map")
def map_columns(
    file: Annotated[Path, typer.Argument(help="要对照表头的报表文件（.xlsx/.xls/.et …）。")],
    answers: Annotated[list[str] | None, typer.Option(
        "--set", help="直接给出答案：列字母=报表中的项目，如 J=1-N月累计完成投资 或 K=不读；可写多次。")] = None,
) -> None:
    """对照一张报表的表头：系统拿不准的列由你指定一次，以后同一单位同一报表按此读取。"""
    from beizeng.base.problems import ReturnError, col_letter
    from beizeng.intake import layouts
    from beizeng.intake.identify import identify
    from beizeng.intake.matching import header_texts
    from beizeng.intake.reader import open_workbook

    cfg = _cfg()
    if not file.is_file():
        console.print(f"[red]找不到文件：[/red]{escape(str(file))}")
        raise typer.Exit(2)
    try:
        sheets = open_workbook(file)
        ident = identify(sheets, file.name, cfg, received=dt.date.fromtimestamp(file.stat().st_mtime))
    except ReturnError as err:
        console.print("[red]无法识别这张报表，先要解决：[/red]")
        for p in err.problems:
            console.print("  " + escape(p.line()))
        raise typer.Exit(2) from None
    form, match = ident.form, ident.match
    at = header_texts(match)
    read_as = {c: form.column(name).header for name, c in match.columns.items()}
    console.print(f"《{escape(form.title)}》 {escape(ident.sender.name)} {ident.period}，工作表「{escape(match.sheet.name)}」"
                  f"表头在第{match.header_row + 1}行：")
    # a column in a question is not read either way until answered: listing it as read would look like a choice
    tied = {c: form.column(name).header for name, cols in match.ties.items() for c in cols}
    for c, text in sorted(at.items()):
        shown = f"？{tied[c]}（待回答，见下面的问题）" if c in tied else read_as.get(c, "（不读）")
        console.print(f"  {col_letter(c)}列 {escape(text)} → {escape(shown)}")
    asked = layouts.questions(ident.notes)
    for p in asked:
        console.print(f"[yellow]问：[/yellow]{escape(p.message)}")
    last = layouts.last_column(match.sheet)
    given: dict[str, int] = {}
    for answer in answers or []:
        letters, _, item = answer.partition("=")
        name = layouts.field_name(form, item)
        if name is None or not letters.strip():
            console.print(f"[red]看不懂的答案：[/red]{escape(answer)}（应为 列字母=报表中的项目，项目可填："
                          f"{escape('、'.join(c.header for c in form.columns))} 或“不读”）")
            raise typer.Exit(2)
        col, why = layouts.resolve_column(letters, at, last)
        if col is None:
            console.print(f"[red]答案“{escape(answer)}”无法采用：[/red]{escape(why)}；未保存。"
                          f"请写表中实际的列字母（A—{col_letter(max(last, 0))}），如 {col_letter(max(last, 0))}={escape(item)}")
            raise typer.Exit(2)
        given[name or f"-{col_letter(col)}"] = col
    if not answers:
        for p in asked:
            reply = typer.prompt(f"“{p.column}”是哪一列？填列字母（没有这一列请直接回车）", default="", show_default=False)
            name = layouts.field_name(form, p.column or "")
            if not reply.strip() or not name:
                continue
            col, why = layouts.resolve_column(reply, at, last)
            if col is None:
                console.print(f"[red]答案“{escape(reply)}”无法采用：[/red]{escape(why)}；未保存，请重新运行 beizeng map")
                raise typer.Exit(2)
            given[name] = col
    if not given:
        console.print("没有需要回答的问题。" if not asked else "没有给出答案，未保存。")
        return
    path = layouts.remember(cfg.root, ident.sender.name, form, given, at)
    now = {c: h for c, h in read_as.items() if c not in tied}
    for name, c in given.items():
        now = {k: h for k, h in now.items() if k != c and (name.startswith("-") or h != form.column(name).header)}
        if not name.startswith("-"):
            now[c] = form.column(name).header
    console.print("按回答读取：")
    for c in sorted({*given.values(), *tied}):
        console.print(f"  {col_letter(c)}列 {escape(at.get(c, ''))} → {escape(now.get(c, '（不读）'))}")
    console.print(f"已保存到 {escape(path.name)}：以后{escape(ident.sender.name)}的《{escape(form.title)}》按此读取"
                  "（表头变了会提示）。")
    broken = layouts.unreadable(cfg.root)
    if broken:  # the answer was added at the end of the file; nothing in it was written over
        console.print(f"[yellow]注意：[/yellow]{escape(broken)}回答已追加在 {escape(path.name)} 末尾，文件原有内容未改动；"
                      "改正上述错误之前，所有表头对照都不会被使用。", highlight=False)

