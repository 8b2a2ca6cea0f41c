"""What a return of a merged township is told of the unit's other returns of the period (beizeng.toml merged_from).

The rule itself is the view submission_versions' (sql/ddl/002_views.sql): a return sent under a former unit's name
(``Sender.as_part``) is that part's, the parts of a period adding up to the unit; a return under the unit's name now
is the whole unit's and, once in, is the one that counts for the period.  This module only says so on the file,
naming the other files, so no return stops counting without a word — and, where beizeng.toml lists a unit's former
names as aliases only, that two of them each sent the period (a merger not written as one).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from beizeng.base.periods import month_label
from beizeng.base.problems import Problem

if TYPE_CHECKING:
    from beizeng.base.config import Config
    from beizeng.intake.identify import Identity

#: A part's return while the whole unit's return of the period counts (the part's is kept, not counted).
PART_NOT_COUNTED = "merged_part_not_counted"
#: The whole unit's return replacing its parts' returns of the period.
WHOLE_REPLACES_PARTS = "merged_whole_replaces_parts"
#: Two former names of a unit (aliases only, no merged_from) each sent the period.
MERGER_NOT_WRITTEN = "merger_not_written"


def _files(rows: list[tuple[str, str]]) -> str:
    return "、".join(f"{sent_as}的「{name}」" for sent_as, name in rows)


def merger_wording(names: list[str], unit: str, period: str, title: str) -> str:
    """The one sentence of a merger beizeng.toml does not write (run warning and file warning alike)."""
    listed = ", ".join(f'"{n}"' for n in names)
    return (f"{'、'.join(names)}都报了{month_label(period)}的《{title}》：如是乡镇合并，请在 beizeng.toml 的{unit}一节写 "
            f"merged_from = [{listed}]（各部分的报表合计为{unit}的；现在按同一单位的不同名称读入）")


def told(ident: Identity, rows: list[tuple[str, str]], cfg: Config, file: str) -> list[Problem]:
    """The warnings of an accepted return ``ident`` against the versions of its unit's period that count
    (``rows``: (name sent under, file name), from ``beizeng.store.warehouse.unit_returns``)."""
    sender = ident.sender
    unit = cfg.sender(sender.part_of or sender.name)
    if unit is None:
        return []
    title, when = ident.form.title, month_label(ident.period)
    if unit.merged_from:
        whole = [r for r in rows if r[0] == unit.name]
        parts = [r for r in rows if r[0] in unit.merged_from and r[0] != sender.name]
        if sender.part_of and whole:
            return [Problem("warning", PART_NOT_COUNTED,
                            f"本表按{sender.name}（已并入{unit.name}）的报表读入，但{unit.name}已报送{when}全镇的《{title}》"
                            f"（{_files(whole)}）：计入的是{unit.name}的整表，本表存档、不计入",
                            f"核对{unit.name}的整表是否已含本表的各行；漏了的请{unit.name}补全后重新报送整表，不必再按{sender.name}报送",
                            file=file)]
        if not sender.part_of and parts:
            return [Problem("warning", WHOLE_REPLACES_PARTS,
                            f"本表是{unit.name}全镇（含{'、'.join(unit.merged_from)}）{when}的《{title}》，替换各部分分别报送的"
                            f"{_files(parts)}：计入的是本表",
                            f"核对本表是否已含各部分的全部行；如只是其中一部分，请在填报单位写原单位名称（如{unit.merged_from[0]}）重新报送",
                            file=file)]
        return []
    former = list(dict.fromkeys(r[0] for r in rows if r[0] != unit.name))
    if len(former) >= 2:
        return [Problem("warning", MERGER_NOT_WRITTEN, merger_wording(former, unit.name, ident.period, title),
                        f"如是合并，在 beizeng.toml 的{unit.name}一节写 merged_from 后重新运行；如只是改名或写法不同，不必处理",
                        file=file)]
    return []
