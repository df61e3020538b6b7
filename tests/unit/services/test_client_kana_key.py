"""``case_file.client_kana_key``: the client's kana key kept on the case for the list's sort."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from sqlalchemy import select

from welfaredesk.app import AppContext
from welfaredesk.domain.names import name_key
from welfaredesk.services.dto import CaseFilter, Principal
from welfaredesk.storage.orm import Case, Person


def _copies(ctx: AppContext) -> dict[int, tuple[str, str]]:
    with ctx.db.read() as s:
        query = select(Case.id, Case.client_kana_key, Person.kana_key).join(
            Person, Person.id == Case.client_id
        )
        return {case_id: (copy, kana) for case_id, copy, kana in s.execute(query)}


def test_intake_writes_the_clients_kana_key_on_the_case(
    ctx: AppContext, supervisor: Principal, case_factory: Callable[..., int]
) -> None:
    case_id = case_factory(supervisor, family_kana="ワタナベ", given_kana="ケン")
    assert _copies(ctx)[case_id] == (name_key("ワタナベケン"), name_key("ワタナベケン"))


def test_a_change_of_the_kana_or_of_the_client_is_copied_on_flush(
    ctx: AppContext, supervisor: Principal, case_factory: Callable[..., int]
) -> None:
    first = case_factory(supervisor, family_name="青木", family_kana="アオキ")
    second = case_factory(supervisor, family_name="渡辺", family_kana="ワタナベ")
    with ctx.db.write() as s:
        person = s.get_one(Person, s.get_one(Case, first).client_id)
        person.family_kana, person.kana_key = "アオヤギ", "アオヤギハナコ"
    assert _copies(ctx)[first] == ("アオヤギハナコ", "アオヤギハナコ")
    with ctx.db.write() as s:
        case = s.get_one(Case, second)
        case.client_id = s.get_one(Case, first).client_id
    assert _copies(ctx)[second] == ("アオヤギハナコ", "アオヤギハナコ")


def test_the_list_sorts_by_the_clients_kana(
    ctx: AppContext, supervisor: Principal, case_factory: Callable[..., int]
) -> None:
    names = {"ワタナベ": "渡辺", "アオキ": "青木", "ナカムラ": "中村"}
    ids = {
        kana: case_factory(supervisor, family_name=n, family_kana=kana) for kana, n in names.items()
    }
    flt = dataclasses.replace(CaseFilter(), sort_key="client_kana", descending=False)
    assert ctx.cases.list_ids(supervisor, flt) == [ids["アオキ"], ids["ナカムラ"], ids["ワタナベ"]]
    down = dataclasses.replace(flt, descending=True)
    assert ctx.cases.list_ids(supervisor, down) == [ids["ワタナベ"], ids["ナカムラ"], ids["アオキ"]]
