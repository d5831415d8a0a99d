"""The report model: dict shape, structural checks, canonical numbers."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings

from dvtool.model import (
    REPORT_KEYS,
    Figure,
    Item,
    ModelError,
    OfficialDocument,
    Report,
    Signer,
    canonical_number,
    report_to_dict,
)
from dvtool.model_from_dict import report_from_dict
from tests.conftest import SEED_JSON
from tests.strategies import reports


def test_report_to_dict_keeps_the_schema_key_order() -> None:
    assert tuple(report_to_dict(Report(title="T", document=OfficialDocument()))) == REPORT_KEYS


def test_a_report_without_document_has_no_document_key() -> None:
    assert "document" not in report_to_dict(Report(title="T"))


def test_document_and_change_survive_the_dict_round_trip() -> None:
    report = Report(
        title="Kết quả thực hiện Quy chế dân chủ năm 2023",
        results=(Item("Giảm 2,5% số vụ việc.", (Figure(2.5, "giảm 2,5%", "%", change="decrease"),)),),
        document=OfficialDocument(
            kind="BÁO CÁO",
            number="25/BC-BCĐ",
            issuer="BAN CHỈ ĐẠO",
            parent_issuer="UBND HUYỆN THANH CHƯƠNG",
            system="state",
            place="Thanh Chương",
            date=None,
            signer=Signer("Nguyễn Văn Hùng", "TRƯỞNG BAN", "TM. BAN CHỈ ĐẠO"),
            recipients=("Như trên;", "Lưu: VT."),
        ),
    )
    data = report_to_dict(report)
    assert data["document"]["signer"] == {
        "name": "Nguyễn Văn Hùng",
        "position": "TRƯỞNG BAN",
        "authority": "TM. BAN CHỈ ĐẠO",
    }
    assert data["results"][0]["figures"][0]["change"] == "decrease"
    assert report_from_dict(data) == report


def test_a_version_1_file_reads_and_becomes_version_2() -> None:
    report = report_from_dict({"schema_version": "1", "title": "Hội nghị"})
    assert report.schema_version == "2"
    assert report_to_dict(report)["schema_version"] == "2"


@pytest.mark.parametrize(
    ("data", "pointer"),
    [
        ({"schema_version": "1", "title": "x", "document": {}}, "/document"),
        (
            {
                "schema_version": "1",
                "title": "x",
                "tasks": [{"text": "a", "figures": [{"value": 1, "text": "1", "change": "increase"}]}],
            },
            "/tasks/0/figures/0/change",
        ),
    ],
)
def test_a_version_1_file_cannot_use_version_2_fields(data: object, pointer: str) -> None:
    with pytest.raises(ModelError) as caught:
        report_from_dict(data)
    assert caught.value.pointer == pointer


def test_sample_survives_dict_round_trip_unchanged() -> None:
    data = json.loads(SEED_JSON.read_text(encoding="utf-8"))
    assert report_to_dict(report_from_dict(data)) == data


@settings(max_examples=80, deadline=None)
@given(reports())
def test_every_generated_report_survives_dict_round_trip(report: Report) -> None:
    assert report_from_dict(report_to_dict(report)) == report


def test_missing_lists_default_to_empty_and_scalars_to_null() -> None:
    report = report_from_dict({"title": "Hội nghị"})
    assert report.results == () and report.date is None and report.schema_version == "2"


@pytest.mark.parametrize(
    ("data", "pointer"),
    [
        ({"title": 3}, "/title"),
        ({}, ""),
        ({"title": "x", "extra": 1}, "/extra"),
        (
            {"title": "x", "results": [{"text": "a", "figures": [{"value": "3", "text": "3"}]}]},
            "/results/0/figures/0/value",
        ),
        ({"title": "x", "awards": [{"award": "Bằng khen", "collectives": True}]}, "/awards/0/collectives"),
        ({"title": "x", "attendees": [{"name": "A", "kind": "robot"}]}, "/attendees/0/kind"),
        ({"title": "x", "time_of_day": "noon"}, "/time_of_day"),
        ({"title": "x", "schema_version": "3"}, "/schema_version"),
        ({"title": "x", "document": {"system": "church"}}, "/document/system"),
        ({"title": "x", "document": {"signer": "Nguyễn Văn Hùng"}}, "/document/signer"),
        ({"title": "x", "document": {"number": "1", "extra": 1}}, "/document/extra"),
        (
            {"title": "x", "tasks": [{"text": "a", "figures": [{"value": 1, "text": "t", "change": "up"}]}]},
            "/tasks/0/figures/0/change",
        ),
        ({"title": "x", "chairs": "Lê Hồng Vinh"}, "/chairs"),
    ],
)
def test_structural_problems_name_the_json_pointer(data: object, pointer: str) -> None:
    with pytest.raises(ModelError) as caught:
        report_from_dict(data)
    assert caught.value.pointer == pointer


def test_an_array_is_not_a_report() -> None:
    with pytest.raises(ModelError, match="expected an object, found an array"):
        report_from_dict([{"title": "x"}])


def test_integral_floats_become_ints_and_fractions_stay() -> None:
    assert canonical_number(2.0) == 2 and isinstance(canonical_number(2.0), int)
    assert canonical_number(2.3) == 2.3
    figure = (
        report_from_dict({"title": "x", "results": [{"text": "t", "figures": [{"value": 5.0, "text": "5"}]}]})
        .results[0]
        .figures[0]
    )
    assert figure == Figure(value=5, text="5") and isinstance(figure.value, int)


def test_reports_compare_by_value() -> None:
    a = Report(title="T", results=(Item("x", (Figure(1, "1"),)),))
    b = Report(title="T", results=(Item("x", (Figure(1, "1"),)),))
    assert a == b and hash(a) == hash(b)
