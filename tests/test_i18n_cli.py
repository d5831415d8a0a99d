"""dvtool speaks the user's language to people, and the same bytes to programs."""

from __future__ import annotations

import dataclasses
import json
import re
import sys
import types
from pathlib import Path

import pytest

from dvtool import i18n, model
from dvtool.fieldnames import FIELD_WORDS, field_words
from tests.conftest import SAMPLES, SEED_JSON, SEED_TXT, Runner, dvtool_env, require_shared

SEED_YAML = SAMPLES / "000_b51e03a26d81f97b.yaml"
SEED_DOCX = SAMPLES / "000_b51e03a26d81f97b.docx"


def run_in(run_dvtool: Runner, lang: str, args: list[str], **env: str) -> tuple[int, str, str]:
    result = run_dvtool(args, env=dvtool_env(DVTOOL_LANG=lang, **env))
    return result.returncode, result.stdout.decode("utf-8"), result.stderr.decode("utf-8")


def run_with_locale(run_dvtool: Runner, args: list[str], **locale: str) -> tuple[int, str, str]:
    env = dvtool_env(**locale)
    for name in ("DVTOOL_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        if name not in locale:
            env.pop(name, None)
    result = run_dvtool(args, env=env)
    return result.returncode, result.stdout.decode("utf-8"), result.stderr.decode("utf-8")


@pytest.fixture
def bad_json(tmp_path: Path) -> Path:
    data = json.loads(SEED_JSON.read_text(encoding="utf-8"))
    data["date"] = "2023-02-30"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


# ------------------------------------------------------------------ choosing the language


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANG": "vi_VN.UTF-8"}, "vi"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LANG": "en_US.UTF-8"}, "en"),
        ({"LC_ALL": "vi_VN.UTF-8", "LANG": "en_US.UTF-8"}, "vi"),
        ({"LC_ALL": "C", "LANG": "vi_VN.UTF-8"}, "en"),
        ({"LC_MESSAGES": "vi_VN", "LANG": "en_US.UTF-8"}, "vi"),
        ({"LANGUAGE": "vi:en", "LANG": "en_US.UTF-8"}, "vi"),
        ({"LANGUAGE": "vi", "LANG": "C"}, "en"),  # GNU gettext ignores LANGUAGE under C
        ({"DVTOOL_LANG": "en", "LANG": "vi_VN.UTF-8"}, "en"),
        ({"DVTOOL_LANG": "vi", "LC_ALL": "C"}, "vi"),
        ({"DVTOOL_LANG": "klingon", "LANG": "vi_VN.UTF-8"}, "vi"),  # an unknown override is ignored
        ({}, "en"),
    ],
)
def test_the_language_follows_the_locale_like_gettext_programs(
    environ: dict[str, str], expected: str
) -> None:
    assert i18n.detect_language(environ) == expected


def _fake_windows(monkeypatch: pytest.MonkeyPatch, langid: int | None) -> None:
    for name in ("DVTOOL_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(sys, "platform", "win32")

    def ui_language() -> int:
        if langid is None:
            raise OSError("no kernel32 here")
        return langid

    kernel32 = types.SimpleNamespace(GetUserDefaultUILanguage=ui_language)
    monkeypatch.setattr("ctypes.windll", types.SimpleNamespace(kernel32=kernel32), raising=False)


@pytest.mark.parametrize(("langid", "expected"), [(0x042A, "vi"), (0x0409, "en"), (None, "en")])
def test_on_windows_the_user_ui_language_decides(
    monkeypatch: pytest.MonkeyPatch, langid: int | None, expected: str
) -> None:
    _fake_windows(monkeypatch, langid)
    assert i18n.detect_language() == expected


def test_the_catalog_is_read_only_for_a_language_other_than_english() -> None:
    assert type(i18n.translations("en")).__name__ == "NullTranslations"
    assert i18n.translations("vi").gettext("warning") == "cảnh báo"


# ------------------------------------------------------------------ field names in words


def test_every_field_of_the_model_has_words_for_people() -> None:
    classes = [getattr(model, name) for name in dir(model) if not name.startswith("_")]
    fields = {
        f.name
        for cls in classes
        if isinstance(cls, type)
        and dataclasses.is_dataclass(cls)
        and cls.__module__ == model.__name__
        and cls is not model.FieldSpec  # the field table's own columns, not a report field
        for f in dataclasses.fields(cls)
    }
    assert fields and fields <= set(FIELD_WORDS), sorted(fields - set(FIELD_WORDS))


@pytest.mark.usefixtures("vietnamese")
def test_a_pointer_is_named_in_words_a_clerk_knows() -> None:
    assert field_words("/date") == "ngày họp"
    assert field_words("/results/0/figures/1/total") == "kết quả thứ 1 › số liệu thứ 2 › tổng số"
    assert field_words("/chairs/1/name") == "chủ trì thứ 2 › tên"
    assert field_words("/document/date") == "thông tin văn bản › ngày ban hành"


# ------------------------------------------------------------------ help


def test_help_speaks_vietnamese_with_a_vietnamese_locale(run_dvtool: Runner) -> None:
    code, out, _ = run_with_locale(run_dvtool, ["convert", "--help"], LANG="vi_VN.UTF-8", COLUMNS="200")
    assert code == 0
    assert "Chuyển đổi báo cáo" in out and "Định dạng đầu ra" in out and "Tùy chọn" in out
    assert "Ghi đè tệp đầu ra đã có." in out
    assert "Cách dùng: python -m dvtool convert" in out and "Hiển thị trợ giúp này rồi thoát." in out
    assert "Usage:" not in out and "Show this message" not in out


def test_help_speaks_english_with_the_c_locale(run_dvtool: Runner) -> None:
    code, out, _ = run_with_locale(run_dvtool, ["convert", "--help"], LANG="C.UTF-8", COLUMNS="200")
    assert code == 0
    assert "Convert reports between" in out and "Output format" in out and "Options" in out
    assert "Chuyển đổi" not in out
    assert "Usage: python -m dvtool convert" in out and "Show this message and exit." in out


@pytest.mark.parametrize("command", ["convert", "validate", "summarize", "schema"])
def test_every_command_help_is_translated(run_dvtool: Runner, command: str) -> None:
    _, english, _ = run_in(run_dvtool, "en", [command, "--help"], COLUMNS="200")
    _, vietnamese, _ = run_in(run_dvtool, "vi", [command, "--help"], COLUMNS="200")
    assert english != vietnamese
    for line in vietnamese.splitlines():
        # Option names and metavars stay; no English sentence is left in a help line.
        assert "Read the files" not in line and "Do not print" not in line


def test_root_help_explains_the_exit_codes_and_the_language_in_vietnamese(run_dvtool: Runner) -> None:
    _, out, _ = run_in(run_dvtool, "vi", ["--help"], COLUMNS="200")
    assert "Mã thoát" in out and "DVTOOL_LANG" in out


# ------------------------------------------------------------------ errors, warnings, problems


def test_an_error_in_both_languages(run_dvtool: Runner, tmp_path: Path) -> None:
    missing = str(tmp_path / "không-có.json")
    code_en, _, err_en = run_in(run_dvtool, "en", ["convert", missing])
    code_vi, _, err_vi = run_in(run_dvtool, "vi", ["convert", missing])
    assert code_en == code_vi == 3
    assert err_en == f"error: {missing}: no such file\n"
    assert err_vi == f"lỗi: {missing}: không có tệp này\n"


def test_a_usage_error_and_its_hint_in_vietnamese(run_dvtool: Runner, tmp_path: Path) -> None:
    code, _, err = run_in(run_dvtool, "vi", ["convert", str(SEED_JSON), str(SEED_YAML), "--to", "md"])
    assert code == 2
    assert err.startswith("lỗi: không thể đưa 2 tệp đầu vào ra stdout dưới dạng md (gợi ý: hãy dùng -o")


def test_a_warning_names_the_field_in_words_and_keeps_the_pointer(run_dvtool: Runner) -> None:
    seed = require_shared(SEED_TXT)
    _, _, err_en = run_in(run_dvtool, "en", ["convert", str(seed), "-v"])
    _, _, err_vi = run_in(run_dvtool, "vi", ["convert", str(seed), "-v"])
    assert f"info: {seed}: /location: location not found" in err_en
    # The message names the field already ("địa điểm"), so only the pointer is added.
    assert f"ghi chú: {seed}: /location: không tìm thấy địa điểm" in err_vi


def test_a_validation_problem_in_both_languages(run_dvtool: Runner, bad_json: Path) -> None:
    code_en, out_en, _ = run_in(run_dvtool, "en", ["validate", str(bad_json)])
    code_vi, out_vi, _ = run_in(run_dvtool, "vi", ["validate", str(bad_json)])
    assert code_en == code_vi == 1
    assert out_en == f"{bad_json}:1: /date: 2023-02-30 is not a real calendar date\n"
    assert out_vi == f"{bad_json}:1: ngày họp (/date): 2023-02-30 không phải là ngày có thật trên lịch\n"


def test_a_valid_file_is_called_valid_in_each_language(run_dvtool: Runner) -> None:
    assert run_in(run_dvtool, "en", ["validate", str(SEED_JSON)])[1] == f"{SEED_JSON}: valid\n"
    assert run_in(run_dvtool, "vi", ["validate", str(SEED_JSON)])[1] == f"{SEED_JSON}: hợp lệ\n"


def test_a_batch_summary_of_failures_in_vietnamese(run_dvtool: Runner, tmp_path: Path) -> None:
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    a.write_text("{", encoding="utf-8")
    b.write_text("", encoding="utf-8")
    code, _, err = run_in(run_dvtool, "vi", ["validate", str(a), str(b)])
    assert code == 3
    assert f"2 trên 2 tệp đầu vào bị lỗi (xem các lỗi ở trên):\n  {a}\n  {b}\n" in err
    assert f"lỗi: {b}: tệp rỗng, cần một đối tượng JSON" in err


# ------------------------------------------------------------------ summaries


def test_a_summary_in_both_languages(run_dvtool: Runner) -> None:
    _, out_en, _ = run_in(run_dvtool, "en", ["summarize", str(SEED_JSON)])
    _, out_vi, _ = run_in(run_dvtool, "vi", ["summarize", str(SEED_JSON)])
    assert re.search(r"^Awards +2 \(7 collectives, 8 individuals\)$", out_en, re.M)
    assert re.search(r"^Khen thưởng +2 \(7 tập thể, 8 cá nhân\)$", out_vi, re.M)
    assert "2023-02-10 (morning)" in out_en and "2023-02-10 (sáng)" in out_vi
    assert "Key results:" in out_en and "Kết quả nổi bật:" in out_vi


def test_the_many_reports_table_has_headings_in_each_language(run_dvtool: Runner) -> None:
    args = ["summarize", str(SEED_JSON), str(SEED_YAML)]
    _, out_en, _ = run_in(run_dvtool, "en", args)
    _, out_vi, _ = run_in(run_dvtool, "vi", args)
    assert out_en.startswith("File") and "Shortcomings" in out_en.splitlines()[0]
    assert out_vi.startswith("Tệp") and "Hạn chế" in out_vi.splitlines()[0]
    assert out_en.splitlines()[-1].startswith("Total") and "2 reports" in out_en.splitlines()[-1]
    assert out_vi.splitlines()[-1].startswith("Tổng cộng") and "2 báo cáo" in out_vi.splitlines()[-1]


# ------------------------------------------------------------------ machine outputs


MACHINE_COMMANDS = [
    ["convert", str(SEED_DOCX), "--to", "json"],
    ["convert", str(SEED_JSON), "--to", "yaml"],
    ["convert", str(SEED_JSON), str(SEED_YAML), "--to", "jsonl"],
    ["summarize", "--format", "json", str(SEED_JSON), str(SEED_YAML)],
    ["summarize", "--format", "csv", str(SEED_JSON), str(SEED_YAML)],
    ["schema"],
]


@pytest.mark.parametrize("args", MACHINE_COMMANDS, ids=lambda a: " ".join(a[:3]).replace(str(SAMPLES), ""))
def test_machine_outputs_are_byte_identical_in_both_languages(run_dvtool: Runner, args: list[str]) -> None:
    english = run_dvtool(args, env=dvtool_env(DVTOOL_LANG="en"))
    vietnamese = run_dvtool(args, env=dvtool_env(DVTOOL_LANG="vi"))
    assert english.returncode == vietnamese.returncode == 0
    assert english.stdout == vietnamese.stdout and english.stdout


def test_validate_ndjson_is_byte_identical_in_both_languages(
    run_dvtool: Runner, bad_json: Path, tmp_path: Path
) -> None:
    empty = tmp_path / "empty.json"
    empty.write_text("", encoding="utf-8")
    args = ["validate", "--format", "json", str(bad_json), str(empty), str(SEED_JSON)]
    english = run_dvtool(args, env=dvtool_env(DVTOOL_LANG="en"))
    vietnamese = run_dvtool(args, env=dvtool_env(DVTOOL_LANG="vi"))
    assert english.returncode == vietnamese.returncode == 3
    assert english.stdout == vietnamese.stdout
    records = [json.loads(line) for line in english.stdout.splitlines()]
    assert records[0]["problems"][0]["message"] == "2023-02-30 is not a real calendar date"
    assert records[0]["problems"][0]["rule"] == "date"
    assert records[1]["error"].endswith("empty file, expected a JSON object")
    assert english.stderr != vietnamese.stderr  # people still read their own language


def test_a_bad_option_is_explained_in_vietnamese(run_dvtool: Runner) -> None:
    code, _, err = run_in(run_dvtool, "vi", ["validate", "--bogus"])
    assert code == 2 and err == "lỗi: không có tùy chọn --bogus (xem 'dvtool --help')\n"
    code, _, err = run_in(run_dvtool, "vi", ["convert", str(SEED_JSON), "--to", "xml"])
    assert code == 2 and err.startswith("lỗi: giá trị không hợp lệ cho '--to' / '-t': ")


@pytest.mark.parametrize("encoding", ["cp1252", "ascii"])
def test_vietnamese_help_is_utf8_whatever_the_console_encoding(run_dvtool: Runner, encoding: str) -> None:
    """A Windows pipe (cp1252) or a C locale must not break on the diacritics of translated help."""
    env = dvtool_env(PYTHONIOENCODING=encoding, LC_ALL="C", DVTOOL_LANG="vi")
    result = run_dvtool(["convert", "--help"], env=env)
    assert result.returncode == 0 and result.stderr == b""
    assert "Chuyển đổi báo cáo".encode() in result.stdout


def test_what_the_system_said_is_english_for_programs_and_translated_for_people(
    vietnamese: None,
) -> None:
    import errno

    from dvtool.errors import OutputError

    exc = PermissionError(errno.EACCES, "Permission denied")
    error = OutputError("cannot write: {reason}", "out.json", reason=i18n.os_reason(exc))
    assert error.line() == "out.json: cannot write: Permission denied"
    assert error.display() == "out.json: không ghi được: không có quyền truy cập"
    odd = OSError(errno.EXDEV, "Invalid cross-device link")
    assert str(i18n.os_reason(odd)) == "Invalid cross-device link"
