"""`beizeng history`: every file received for a return, in order, and which version counts.

A township that resends a corrected return three days late, or sends the same file twice, asks
"which one did you take?".  Every received file is a row of ``submissions`` with its hash and time;
this command lists them per form + sender + period, numbered, with the result and the current
version marked.  It only reads the analysts' published copy (``open_published``) and imports
neither Prefect nor the pipeline, so it answers at once, even while a run writes.
"""

from __future__ import annotations

from typing import Annotated

import typer
from rich.markup import escape

from beizeng.base.periods import check_period_or_year
from beizeng.base.safe_io import as_sent
from beizeng.cli.app import _cfg, app, console
from beizeng.cli.terminal import Col, print_table
from beizeng.intake.verdict import SHORT_WORD
from beizeng.ops.titles import from_warehouse

RESULT_ZH = SHORT_WORD

HISTORY_SQL = """
with numbered as (
    -- attempts and versions per name as sent; the sender by its name now (a township renamed or merged in
    -- beizeng.toml lists the files sent under its former names too: macro as_now)
    select s.* replace (as_now(s.sender) as sender),
           row_number() over (partition by form, s.sender, period order by submission_id) as attempt,
           case when status = 'accepted'
                then row_number() over (partition by form, s.sender, period, status order by submission_id) end as version
    from submissions s
)
select n.form, n.sender, n.period, n.attempt, n.version, n.status, n.received_at, n.file_name, n.file_hash,
       n.n_rows, n.n_errors, n.n_warnings, c.submission_id is not null as is_current, n.stored_path,
       n.submission_id
from numbered n left join current_submissions c using (submission_id)
where (cast(? as varchar) is null or n.form = ?)
  and (cast(? as varchar) is null or n.sender = ?)
  and (cast(? as varchar) is null or n.period = ?)
  and (cast(? as varchar) is null or n.file_name like ?)
order by n.form nulls last, n.sender nulls last, n.period nulls last, n.submission_id
"""


@app.command()
def history(
    sender: Annotated[str | None, typer.Option("--sender", "-s", help="填报单位（名称或别名），如 东镇。")] = None,
    period: Annotated[str | None, typer.Option("--period", "-p", help="期间 YYYY-MM（年报为 YYYY）。")] = None,
    form: Annotated[str | None, typer.Option("--form", "-f", help="报表代码或名称中的几个字，如 fai 或 固定资产。")] = None,
    file: Annotated[str | None, typer.Argument(help="只看文件名中含有这几个字的报送。")] = None,
    limit: Annotated[int, typer.Option(help="最多列出最近的多少次报送（按收到时间）。", min=1)] = 50,
    all_: Annotated[bool, typer.Option("--all", help="列出全部报送，不限条数。")] = False,
    wide: Annotated[bool, typer.Option("--wide", help="显示全部列（含哈希、行数；终端较窄时默认省略次要的列）。")] = False,
) -> None:
    """查看报表的各次报送（版本）：收到时间、文件、哈希、结果、错误和提醒数，以及当前生效的是哪一版。"""
    from beizeng.store.session import open_published

    cfg = _cfg()
    if period is not None:  # a month, or a year for the yearly returns
        try:
            period = check_period_or_year(period)
        except ValueError as exc:
            console.print(f"[red]{escape(str(exc))}（年报写 YYYY）[/red]")
            raise typer.Exit(2) from None
    who = None
    if sender is not None:
        found = cfg.sender(sender)
        if found is None:
            names = "、".join(s.name for s in cfg.senders)
            console.print(f"[red]“{sender}”不是本县配置的填报单位。[/red]可选：{names}")
            raise typer.Exit(2)
        who = found.name
    try:
        con = open_published(cfg)
    except FileNotFoundError as exc:
        console.print(f"[red]{escape(str(exc))}[/red]")
        raise typer.Exit(2) from None
    try:
        titles = from_warehouse(con)
        code = None
        if form is not None:
            matches = [c for c, t in titles.items() if form in (c, t) or form in c or form in t]
            if len(matches) != 1:
                known = "、".join(f"{c}（{t}）" for c, t in titles.items())
                console.print(f"[red]报表“{form}”{'不唯一' if matches else '不存在'}。[/red]可选：{known}")
                raise typer.Exit(2)
            code = matches[0]
        like = f"%{file}%" if file else None
        rows = con.execute(HISTORY_SQL, [code, code, who, who, period, period, like, like]).fetchall()
    finally:
        con.close()
    if not rows:
        console.print("没有找到符合条件的报送记录。")
        return
    total = len(rows)
    if not all_ and total > limit:
        # a county has hundreds of submissions a year: the latest are the ones asked about
        latest = set(sorted(range(total), key=lambda i: rows[i][14], reverse=True)[:limit])  # ids: arrival order
        rows = [r for i, r in enumerate(rows) if i in latest]
    # what a narrow terminal keeps longest: which return, whose, which month, what became of it, and which
    # sending and version it was (a correction told from the first sending, which can arrive the same minute)
    cols = (Col("报表", 10, fold_to=14), Col("填报单位", 10), Col("期间", 10), Col("第几次", 7, "right"),
            Col("入库版本", 8), Col("结果", 9), Col("收到时间", 6), Col("文件", 5, fold_to=24), Col("哈希", 1),
            Col("行数", 2, "right"), Col("错误", 4, "right"), Col("提醒", 3, "right"), Col("生效", 9))
    cells, styles = [], []
    for (f, s, p, attempt, version, status, received, name, digest, n_rows, n_err, n_warn, current, _, _) in rows:
        styles.append("green" if current else ("red" if status == "rejected" else ""))
        cells.append((escape(titles.get(f, f or "（未识别）")), escape(s or "—"), p or "—", str(attempt),
                      f"第{version}版" if version else "—", RESULT_ZH.get(status, status),
                      f"{received:%Y-%m-%d %H:%M}", escape(as_sent(name)), digest[:12], str(n_rows or 0), str(n_err or 0),
                      str(n_warn or 0), "✔ 当前" if current else ""))
    print_table(console, "报送记录（每次报送都保留原文件；同一报表、单位、期间以最新一次入库的版本为准）", cols, cells,
                styles, wide)
    current = sum(1 for r in rows if r[12])
    if len(rows) < total:
        console.print(f"共 {total} 次报送，以上是最近的 {len(rows)} 次（其中 {current} 个为当前生效版本）；"
                      "用 --sender、--period、--form 或文件名缩小范围，或加 --all 列出全部。")
    else:
        console.print(f"共 {total} 次报送，其中 {current} 个为当前生效版本。")
    console.print("内容完全相同的文件再次放入不另记一次（移到 archive/duplicates）。")
