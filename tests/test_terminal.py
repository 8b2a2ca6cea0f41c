"""Tables fit the terminal: at 80 columns the least useful columns go, whole, and the table says which."""

from __future__ import annotations

import io

from rich.console import Console

from beizeng.base.widths import display_width
from beizeng.cli.terminal import Col, fit, print_table

HISTORY = (Col("报表", 10, fold_to=14), Col("填报单位", 10), Col("期间", 10), Col("结果", 9), Col("收到时间", 8),
           Col("文件", 6, fold_to=24), Col("哈希", 1), Col("行数", 2, "right"))
ROW = ("工业固定资产投资项目月报", "杨家堡镇", "2026-10", "入库", "2026-11-06 10:44",
       "杨家堡镇_2026-10_工业固定资产投资项目月报.xlsx", "a1dc78971335", "5")


def test_at_80_columns_the_hash_and_row_count_go_first_and_no_line_is_wider() -> None:
    """history printed one character per line at 80 columns: every column was kept and squeezed."""
    out = io.StringIO()
    console = Console(file=out, width=80, color_system=None)
    print_table(console, "报送记录", HISTORY, [ROW])
    lines = out.getvalue().splitlines()
    assert max(display_width(line) for line in lines) <= 80
    header = next(line for line in lines if "报表" in line and "填报单位" in line)
    assert "期间" in header and "结果" in header and "哈希" not in header and "行数" not in header
    assert "杨家堡镇" in out.getvalue() and "2026-10" in out.getvalue()  # kept whole, never folded to 1 char
    note = "".join(line.strip() for line in lines[lines.index(next(x for x in lines if x.startswith("（终端宽"))):])
    assert note == "（终端宽 80 列，省略了：文件、哈希、行数；加 --wide 显示全部列）"


def test_wide_keeps_every_column_and_a_wide_terminal_needs_no_note() -> None:
    assert fit(HISTORY, [ROW], 80, wide=True) == list(range(len(HISTORY)))
    assert fit(HISTORY, [ROW], 200) == list(range(len(HISTORY)))
    out = io.StringIO()
    print_table(Console(file=out, width=200, color_system=None), "报送记录", HISTORY, [ROW])
    assert "省略了" not in out.getvalue() and "a1dc78971335" in out.getvalue()


def test_markup_in_a_cell_counts_as_the_text_shown() -> None:
    """The status column carries colour markup: its width is that of 已报送, not of the tags."""
    cols = (Col("状态", 10), Col("说明", 1))
    assert fit(cols, [("[green]已报送[/green]", "x" * 60)], 80) == [0, 1]
    assert fit(cols, [("[green]已报送[/green]", "x" * 80)], 80) == [0, 1]  # two columns are never dropped
