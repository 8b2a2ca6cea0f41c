"""A file saved under a spreadsheet's name that is something else (a photo, a Word document, a zip) is told what it
is and what to do, as the same file under its own name is (reader.disguised, one table of kinds with
reader.unsupported_type) — never "damaged, open it in Excel"."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest

from beizeng.base.config import Config
from tests.test_handmade import codes, rejected
from tests.test_handmade import take_lazily as take


def _jpeg(path: Path) -> None:
    path.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + b"\x00" * 200 + b"\xff\xd9")


def _word(path: Path) -> None:
    d = docx.Document()
    d.add_paragraph("东镇2026年6月工业固定资产投资项目月报")
    d.save(str(path))


def _zip(path: Path) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("东镇6月固投.xlsx", b"not opened")
    path.write_bytes(buf.getvalue())


@pytest.mark.parametrize(("write", "name", "said"), [
    (_jpeg, "东镇6月固投.xlsx", "这是图片"),
    (_jpeg, "东镇6月固投.xls", "这是图片"),
    (_word, "东镇6月固投.xlsx", "这是文字文档"),
    (_zip, "东镇6月固投.xlsx", "这是压缩包"),
], ids=["jpeg-as-xlsx", "jpeg-as-xls", "docx-as-xlsx", "zip-as-xlsx"])
def test_a_file_under_a_spreadsheets_name_is_told_what_it_is(county_full: Config, write, name: str,  # type: ignore[no-untyped-def]
                                                             said: str) -> None:
    def make(folder: Path) -> Path:
        path = folder / name
        write(path)
        return path
    o = rejected(take(county_full, make))
    [(code, _)] = codes(o, "error")
    message = " ".join(p.line() for p in o.problems)
    assert code == "disguised_type", message
    assert f"文件扩展名是 {Path(name).suffix}，但内容不是 Excel 表格：{said}" in message
