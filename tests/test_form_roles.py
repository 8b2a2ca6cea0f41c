"""Forms declare the part their columns play (``FormSpec.roles``, ``summary_sheet``, ``prefill``); nothing in the
report, the summary workbook, the templates or the checks finds a column by its header or name.

A convention test: a column that *looks* like it plays a role (a ``<x>_cum`` money column, a ``<x>_last_year``
one, a township column, a month column, a ledger) must be declared as playing it, and every declared role
names a column of the kind the role needs, so a form added tomorrow cannot silently fall out of a check or a list.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from beizeng.base.forms import FormSpec, Prefill, Roles, all_forms
from beizeng.publish.report import LISTS

FORMS = sorted(all_forms())
ROOT = Path(__file__).resolve().parent.parent
#: The kind of column each single-column role needs.
ROLE_KINDS = {"name": ("text",), "place": ("township",), "category": ("enum",), "status": ("enum",),
              "status_date": ("date",), "amount": ("money",), "entered": ("month",), "sei": ("flag",)}


@pytest.mark.parametrize("code", FORMS)
def test_every_schema_module_declares_its_roles_explicitly(code: str) -> None:
    """``roles=`` is written in each FORM (an empty Roles() says "none", on purpose), not left to the default."""
    form = all_forms()[code]
    source = (ROOT / "schemas" / f"{form.model.__module__.rsplit('.', 1)[-1]}.py").read_text(encoding="utf-8")
    call = next(n for n in ast.walk(ast.parse(source)) if isinstance(n, ast.Call)
                and getattr(n.func, "id", "") == "FormSpec")
    assert "roles" in {k.arg for k in call.keywords}, f"schemas/{code}: FORM declares no roles="


@pytest.mark.parametrize("code", FORMS)
def test_roles_name_columns_of_the_kind_the_role_needs(code: str) -> None:
    form = all_forms()[code]
    kinds = {c.name: c.kind for c in form.columns}
    for role, allowed in ROLE_KINDS.items():
        column = getattr(form.roles, role)
        assert column is None or kinds[column] in allowed, f"{code}: {role} = {column} is a {kinds[column]} column"
    for cum, month in form.roles.cumulative:
        assert kinds[cum] == "money" and (month is None or kinds[month] == "money")
    for this, last in form.roles.yoy:
        assert kinds[this] == kinds[last] == "money"


@pytest.mark.parametrize("code", FORMS)
def test_a_column_that_looks_like_a_role_is_declared_as_one(code: str) -> None:
    """What the old name-guessing found is declared now: 1–N cumulative money columns (and their month twin),
    last-year columns, the township a row belongs to, an entry month; a ledger is listed on a summary sheet."""
    form = all_forms()[code]
    money = [c.name for c in form.columns if c.kind == "money"]
    cumulative = dict(form.roles.cumulative)
    for name in money:
        if name.endswith("_cum"):
            twin = f"{name[:-4]}_month"
            assert cumulative.get(name, "absent") == (twin if twin in money else None), f"{code}: {name}"
        if name.endswith("_last_year"):
            assert (name.removesuffix("_last_year"), name) in form.roles.yoy, f"{code}: {name}"
    if any(c.kind == "township" for c in form.columns):
        assert form.roles.place is not None and form.roles.name is not None, f"{code}: rows of a township unnamed"
    if any(c.kind == "month" for c in form.columns):
        assert form.roles.entered is not None
    if form.may_be_empty and form.senders == "departments":  # a department's ledger: the 汇总表 lists its rows as
        # sent (the townships' project returns may be nil returns too, and are summed by township, not listed)
        assert form.summary_sheet is not None, f"{code}: a ledger on no sheet of the 汇总表"


def test_the_report_lists_agree_with_catalogued_counts_and_are_worded() -> None:
    """The named lists are rows of the SQL view named_items (issue 13: no list rule in Python); each list the
    draft checks against a count names a catalogued code, and each has its wording in report_phrases.toml."""
    from beizeng.publish.report import phrases
    from beizeng.store.catalogue import catalogue

    assert all(code in catalogue() for code in LISTS.values() if code)
    assert set(LISTS) == set(phrases()["lists"])
    assert [f.code for f in all_forms().values() if f.roles.entered] == ["enterprise_output"]


def test_a_role_naming_a_missing_column_is_refused_when_the_schema_is_imported() -> None:
    form = all_forms()["attraction"]
    fields = {k: getattr(form, k) for k in ("code", "title", "model", "senders", "default_sender", "frequency", "key",
                                              "grain", "instructions")}
    with pytest.raises(ValueError, match=r"attraction: roles or prefill name columns the model does not have: "
                                         r"\['project_name'\]"):
        FormSpec(**fields, roles=Roles(name="project_name"))
    with pytest.raises(ValueError, match=r"\['invest_cum'\]"):
        FormSpec(**fields, roles=form.roles, prefill=Prefill(clear=("invest_cum",)))
    assert FormSpec(**fields, roles=form.roles, prefill=form.prefill).roles == form.roles


def test_the_targets_form_declares_which_figures_take_the_catalogues_unit() -> None:
    """目标任务: the figures restated in the catalogue's unit are declared (FormSpec.catalogue_unit), typed."""
    from beizeng.base.forms import CatalogueUnit

    forms = all_forms()
    assert forms["targets"].catalogue_unit == CatalogueUnit("indicator", "unit", ("value", "q1", "q2", "q3", "q4"))
    assert [c for c, f in forms.items() if f.catalogue_unit] == ["targets"]
