"""The Chinese words of a file's status (已入库, 退回, 重复 …) live in beizeng/intake/verdict.py only: the
run's list (cli), the flow's 入库 stage line (flows), the 报送平台 (web) and the history import them.

Before this, web/app.py, cli/app.py, flows/ingest.py, intake/ingest.py and cli/commands/history.py each
spelled them, and one had drifted: the flow's stage line counted 「入库 3 个」 where the run's summary says
「已入库 3 个」 (now both 「已入库」).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from beizeng.intake.verdict import PAST_ZH, STATUS_WORD, tally_zh

ROOT = Path(__file__).resolve().parent.parent
HOME = "beizeng/intake/verdict.py"
#: Modules that may spell the words, and why (each is a different word or cannot import the home).
EXEMPT = {
    "beizeng/intake/normalise.py": "已入库 is one of the ways a clerk writes 是 in a yes/no cell",
    "beizeng/demo/cultivation.py": "已入库 is an enterprise's stage in the cultivation ledger, not a file's status",
    "beizeng/intake/feedback.py": "verdict imports feedback (Changes): its headline's sentences say the status",
    "beizeng/publish/": "publish may not import intake (pyproject's independence contract)",
}
WORDS = set(STATUS_WORD.values()) | set(PAST_ZH.values())
_MARKUP = re.compile(r"\[/?[a-z ]*\]")
_WITH_NOTE = re.compile("(?:" + "|".join(map(re.escape, sorted(WORDS))) + ")（[^（）]*）")


def _docstrings(tree: ast.AST) -> set[int]:
    """The ids of the docstring constants (they may speak of a status in English or Chinese)."""
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                out.add(id(first.value))
    return out


def status_words_spelled(source: str) -> list[tuple[int, str]]:
    """(line, text) of each string literal (or f-string piece) that is a status word used as a label: the word
    alone ("退回"), in a count (" 个，重复 "), in rich markup ("[red]退回[/red]：") or with its note
    ("重复（未改变）").  A sentence that merely contains one ("已入库，没有发现问题。") is not a label."""
    tree = ast.parse(source)
    skip = _docstrings(tree)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip:
            text = _MARKUP.sub("", node.value).strip().removeprefix("个，").rstrip("：:").strip()
            if text in WORDS or _WITH_NOTE.fullmatch(text):
                found.append((node.lineno, node.value))
    return found


def test_no_module_but_verdict_spells_a_status_word() -> None:
    spelled = []
    for path in sorted([*ROOT.joinpath("beizeng").rglob("*.py"), *ROOT.joinpath("flows").rglob("*.py")]):
        rel = path.relative_to(ROOT).as_posix()
        if rel == HOME or any(rel.startswith(e) for e in EXEMPT):
            continue
        spelled += [f"{rel}:{line}: {text!r}" for line, text in status_words_spelled(path.read_text("utf-8"))]
    assert spelled == []


def test_the_check_finds_the_copies_it_replaced() -> None:
    """The lines this change removed are each found (a check that finds nothing proves nothing)."""
    old = '''
STATUS_ZH = {"accepted": "已入库", "rejected": "退回", "duplicate": "重复（内容与已入库的文件相同）", "queued": "排队等待处理"}
note = f"入库 {a} 个，退回 {b} 个，重复 {c} 个"
line = f"  [red]退回[/red]：{o.file}（{o.errors} 个错误）→ 反馈表 {where}"
RESULT_ZH = {"accepted": "入库", "rejected": "退回"}
words = "已入库" if ok else "已退回"
ok = "已入库，没有发现问题。"
'''
    assert [line for line, _ in status_words_spelled(old)] == [2, 2, 2, 3, 3, 4, 5, 6, 6]


def test_the_words_are_the_ones_shown_before() -> None:
    """Same words on every screen as before the move."""
    from beizeng.cli.commands.history import RESULT_ZH
    from beizeng.intake.ingest import STATUS_ZH as RUN_ZH
    from beizeng.web.app import STATUS_ZH as WEB_ZH

    assert WEB_ZH == {"accepted": "已入库", "rejected": "退回", "duplicate": "重复（内容与已入库的文件相同）",
                      "queued": "排队等待处理"}
    assert RUN_ZH == {"accepted": "已入库", "rejected": "退回", "duplicate": "重复（未改变）",
                      "writing": "正在写入（下次处理）"}
    assert RESULT_ZH == {"accepted": "入库", "rejected": "退回"}


def test_a_batch_is_counted_in_one_phrase() -> None:
    """The run's summary and the flow's 入库 stage line: every status named, a zero too."""
    assert tally_zh(["accepted", "rejected", "accepted", "writing"]) == "已入库 2 个，退回 1 个，重复 0 个"
    assert tally_zh([]) == "已入库 0 个，退回 0 个，重复 0 个"
