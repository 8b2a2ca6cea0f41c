"""The names of the sheets beizeng itself writes into a workbook (the hidden identification sheet,
the instructions, the feedback's sheets): the templates write them and the reader skips them, so they
live below both.
"""

from __future__ import annotations

META_SHEET = "_beizeng"
#: The instructions sheet of beizeng's own templates: text about the form, never the return itself.
INSTRUCTIONS_SHEET = "填表说明"
#: Sheets beizeng itself adds to a feedback workbook; a clerk who corrects the feedback copy and
#: sends it back must not have these read as the return.
FEEDBACK_SHEETS = ("问题清单", "与上一版比较")
#: The feedback's sheet asking which column is which (beizeng.intake.layouts): the clerk's answers, never a return.
QUESTIONS_SHEET = "表头对照"
#: The author of the comments beizeng writes on a feedback workbook's cells: a clerk who corrects that copy and
#: sends it back sends them too, and they are beizeng's own words, not the clerk's (beizeng.intake.remarks).
FEEDBACK_AUTHOR = "beizeng审核"
