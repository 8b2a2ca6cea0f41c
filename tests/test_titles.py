"""Read-only commands take form titles from the published copy's table comments, not by importing the
schemas (pandera costs ~1 s); both ways must give the same titles."""

from __future__ import annotations

from beizeng.base.config import Config
from beizeng.base.forms import all_forms
from beizeng.ops.titles import form_titles


def test_the_warehouse_and_the_schemas_give_the_same_titles(published: Config) -> None:
    schemas = {code: form.title for code, form in all_forms().items()}
    assert form_titles(published.db_path) == schemas
    assert form_titles(None) == schemas
    assert form_titles(published.root / "nowhere.duckdb") == schemas
    assert schemas["fai_projects"] == "工业固定资产投资项目月报"
