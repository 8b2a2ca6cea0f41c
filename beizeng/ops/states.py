"""The words and colours of a return's state (on_time, late, missing …) for ``beizeng status`` and the
报送平台's board: one table, below both, so the web pages never import the CLI.
"""

from __future__ import annotations

#: How status words each state of ``beizeng.ops.completeness``; the 报送情况 sheet has its own, shorter words.
STATE_ZH = {"on_time": "已报送", "sent": "已报送", "late": "逾期报送", "rejected": "退回待重报", "missing": "逾期未报",
            "not_due": "未报送（未到截止日）", "extra": "额外报送", "unidentified": "无法识别（已退回）"}
STATE_STYLE = {"on_time": "green", "sent": "green", "late": "yellow", "rejected": "red", "missing": "red", "not_due": "dim",
               "extra": "cyan", "unidentified": "red"}
