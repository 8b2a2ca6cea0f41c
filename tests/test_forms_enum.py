"""A choice typed with other quotes, brackets or spaces (专精特新"小巨人", 专精特新「小巨人」, 专精特新　小巨人)
is the choice; a value that is none of them is refused with the list of what is allowed."""

from __future__ import annotations

from beizeng.base.config import Config
from beizeng.intake.ingest import Prepared, prepare, validate_prepared
from tests.scenarios_more import Ledger, cultivation, cultivation_2026_06

VARIANTS = ["专精特新“小巨人”", '专精特新"小巨人"', "专精特新「小巨人」", "专精特新小巨人", "专精特新　“小巨人”　",
            "\u3000专精特新\u3000小巨人"]
ALLOWED = "拟入规、专精特新小巨人、省级专精特新、高新技术企业、科技型中小企业、技改奖励资金、绿色工厂"


def _prepared(cfg: Config, rows: list[Ledger]) -> Prepared:
    prep = prepare(cultivation(cfg.inbox, "2026-06", rows), cfg)
    validate_prepared([prep])
    assert prep.normalised is not None
    return prep


def test_every_way_of_quoting_a_type_reads_as_the_type(county_full: Config) -> None:
    rows = cultivation_2026_06()
    for i, typed in enumerate(VARIANTS):  # the six 拟入规 rows, six different enterprises
        rows[i] = (*rows[i][:3], typed, *rows[i][4:])
    rows[6] = (*rows[6][:4], "已　认定 ", *rows[6][5:])
    prep = _prepared(county_full, rows)
    assert prep.normalised is not None
    frame = prep.normalised.frame
    assert frame["ctype"].to_list()[:6] == ["专精特新小巨人"] * 6
    assert frame["status"][6] == "已认定"
    assert [p for p in prep.problems if p.severity == "error"] == []


def test_a_type_that_is_none_of_the_choices_is_refused_with_the_choices(county_full: Config) -> None:
    rows = cultivation_2026_06()
    rows[8] = (*rows[8][:3], "龙头企业", *rows[8][4:])  # 高新企业 is an everyday word for 高新技术企业 now
    prep = _prepared(county_full, rows)
    errors = [p for p in prep.problems if p.severity == "error"]
    assert [(p.message, p.column, p.value, p.row) for p in errors] == [("不在可选范围内", "培育类型", "龙头企业", 13)]
    assert errors[0].fix == f"从下拉列表中选择：{ALLOWED}"
