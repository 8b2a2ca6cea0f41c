"""The naive way to load the same returns, as the benchmark's baseline.

What a competent analyst writes first: ``pandas.read_excel`` (openpyxl) per file with the template's
header row, the form's pandera model per file, and one INSERT per data row (each file in its own
transaction, so the baseline is not slowed down by committing every row).  It knows the template
layout and takes the form from the file name, so it does *less* than beizeng: no header search, no
hand-made layouts, no cell-level problem list, no duplicate or version handling.  It is here to be
measured, not used.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
import pandera.errors
import polars as pl

from beizeng.base.forms import FormSpec, all_forms
from beizeng.intake.normalise import parse_section

#: Template layout (beizeng.publish.templates): title, 填报单位, 单位, then the header on the 4th row.
HEADER_ROW = 3
TRUE_WORDS = {"是", "√", "Y", "y", "1", "True", "TRUE"}


def form_for(file_name: str) -> FormSpec:
    """The form whose title is in the file name ('<sender>_<period>_<title>.xlsx')."""
    for form in all_forms().values():
        if form.title in file_name:
            return form
    raise ValueError(f"no form in {file_name}")


def _typed(form: FormSpec, df: pd.DataFrame) -> pl.DataFrame:
    """Column by column into the form's polars types (what pandera needs), the naive way."""
    data: dict[str, pl.Series] = {}
    for col in form.columns:
        raw = df[col.name].tolist() if col.name in df.columns else [None] * len(df)
        values: list[Any] = [None if pd.isna(v) else v for v in raw]
        if col.kind == "flag":
            values = [str(v).strip() in TRUE_WORDS if v is not None else False for v in values]
        elif col.kind == "date":
            values = [v.date() if isinstance(v, dt.datetime) else v for v in values]
        elif col.kind == "section":  # the report's place (6① in the template) in its one stored form (61)
            values = [None if v is None else parse_section(v) for v in values]
        elif col.kind in ("text", "code", "enum", "industry", "township", "county", "scope", "month"):
            values = [None if v is None else str(v).strip() for v in values]
        elif col.kind == "int":
            values = [None if v is None else int(v) for v in values]
        data[col.name] = pl.Series(col.name, values, dtype=col.dtype, strict=False)
    return pl.DataFrame(data)


def ingest_file(con: duckdb.DuckDBPyConnection, path: Path) -> tuple[bool, int]:
    """Read, validate and insert one file row by row; (accepted, rows inserted)."""
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    form = form_for(path.name)
    text = {c.label: str for c in form.columns if c.kind in ("text", "code", "enum", "industry", "month", "section")}
    text |= {c.label.replace("（", "\n（"): str for c in form.columns if c.kind in ("text", "code", "enum", "industry", "month", "section")}
    df = pd.read_excel(path, sheet_name=0, header=HEADER_ROW, engine="openpyxl", dtype=text)
    blank = df.isna().all(axis=1)
    if blank.any():
        df = df.iloc[: int(blank.to_numpy().argmax())]  # data stops at the blank row before the footer
    df.columns = [re.sub(r"\s", "", str(c)) for c in df.columns]  # headers wrap: "计划总投资\n（万元）"
    df = df.rename(columns={re.sub(r"\s", "", c.label): c.name for c in form.columns})
    frame = _typed(form, df)
    try:
        form.model.validate(frame, lazy=True)
        accepted = True
    except pandera.errors.SchemaErrors:
        accepted = False
    sender, period = path.name.split("_")[:2]
    con.execute("begin transaction")
    sid = con.execute(
        "insert into submissions (file_hash, file_name, form, sender, period, status, n_rows) "
        "values (?, ?, ?, ?, ?, ?, ?) returning submission_id",
        [digest, path.name, form.code, sender, period, "accepted" if accepted else "rejected", frame.height],
    ).fetchone()
    rows = 0
    if accepted and sid is not None:
        cols = ["submission_id", "period", "sender", "sheet", "excel_row", *frame.columns]
        sql = f"insert into {form.table} ({', '.join(cols)}) values ({', '.join('?' for _ in cols)})"
        for i, row in enumerate(frame.iter_rows()):
            con.execute(sql, [sid[0], period, sender, "Sheet1", HEADER_ROW + 2 + i, *row])
            rows += 1
    con.execute("commit")
    return accepted, rows
