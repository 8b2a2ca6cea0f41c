"""A problem's sentence reads as Chinese: 请 before a fix that does not ask already."""

from __future__ import annotations

from beizeng.base.problems import Problem


def test_a_fix_that_starts_with_its_condition_gets_no_extra_please() -> None:
    """The empty-return note read "请如果本期有事项，请补填后重新报送"."""
    note = Problem("info", "empty_return", "表头下面没有数据行", "如果本期有事项，请补填后重新报送")
    assert note.sentence() == "表头下面没有数据行。如果本期有事项，请补填后重新报送"
    error = Problem("error", "not_a_number", "不是数字", "填写阿拉伯数字", column="本月完成投资", value="abc")
    assert error.sentence() == "「本月完成投资」填的是“abc”，不是数字。请填写阿拉伯数字"
    asked = Problem("error", "x", "缺少列", "请补上")
    assert asked.sentence() == "缺少列。请补上"
