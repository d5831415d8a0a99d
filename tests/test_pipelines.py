"""Pipelines: many inputs, folders, file lists, stdin, ordering, fail-fast, lean imports.

These run dvtool as a real process with real files and pipes.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SEED_JSON, Runner, dvtool_env


def _tree(tmp_path: Path, count: int = 12) -> Path:
    """A folder of reports in subfolders, with titles numbered for ordering checks."""
    data = json.loads(SEED_JSON.read_text(encoding="utf-8"))
    root = tmp_path / "in"
    for i in range(count):
        data["title"] = f"Báo cáo số {i:02d}"
        folder = root / f"nam-{2020 + i % 3}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"r{i:02d}.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return root


def test_recursive_convert_keeps_subfolders_and_changes_extensions(
    run_dvtool: Runner, tmp_path: Path
) -> None:
    root = _tree(tmp_path)
    out = tmp_path / "out"
    result = run_dvtool(["convert", "-r", str(root), "--to", "yaml", "-o", str(out)])
    assert result.returncode == 0, result.stderr
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.yaml"))
    expected = sorted(p.relative_to(root).with_suffix(".yaml").as_posix() for p in root.rglob("*.json"))
    assert written == expected and len(written) == 12


def test_existing_outputs_are_kept_without_force(run_dvtool: Runner, tmp_path: Path) -> None:
    root = _tree(tmp_path, 3)
    out = tmp_path / "out"
    assert run_dvtool(["convert", "-r", str(root), "--to", "yaml", "-o", str(out)]).returncode == 0
    target = next(out.rglob("*.yaml"))
    target.write_text("edited", encoding="utf-8")
    again = run_dvtool(["convert", "-r", str(root), "--to", "yaml", "-o", str(out)])
    assert again.returncode == 2 and target.read_text(encoding="utf-8") == "edited"
    assert b"--force" in again.stderr
    forced = run_dvtool(["convert", "-r", str(root), "--to", "yaml", "-o", str(out), "--force"])
    assert forced.returncode == 0 and target.read_text(encoding="utf-8") != "edited"


def test_jsonl_streams_one_report_per_line_in_input_order(run_dvtool: Runner, tmp_path: Path) -> None:
    root = _tree(tmp_path)
    result = run_dvtool(["convert", "-r", str(root), "--to", "jsonl", "--jobs", "2"])
    lines = result.stdout.decode("utf-8").splitlines()
    files = sorted(root.rglob("*.json"))
    assert [json.loads(line)["title"] for line in lines] == [
        json.loads(f.read_text(encoding="utf-8"))["title"] for f in files
    ]


def test_files_from_nul_separated_stdin_like_find_print0(run_dvtool: Runner, tmp_path: Path) -> None:
    root = _tree(tmp_path, 4)
    spaced = root / "tên có dấu cách.json"
    spaced.write_bytes(SEED_JSON.read_bytes())
    found = subprocess.run(["find", str(root), "-name", "*.json", "-print0"], capture_output=True, check=True)
    result = run_dvtool(["validate", "--files-from", "-", "-0", "--format", "json"], input=found.stdout)
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert result.returncode == 0 and len(records) == 5
    assert str(spaced) in {r["path"] for r in records}


def test_files_from_a_newline_list_file(run_dvtool: Runner, tmp_path: Path) -> None:
    listing = tmp_path / "list.txt"
    listing.write_text(f"{SEED_JSON}\n\n{SEED_JSON.with_suffix('.yaml')}\n", encoding="utf-8")
    result = run_dvtool(["summarize", "--files-from", str(listing), "--format", "csv"])
    assert result.returncode == 0 and len(result.stdout.splitlines()) == 3


def test_a_bad_file_does_not_stop_the_batch(run_dvtool: Runner, tmp_path: Path) -> None:
    root = _tree(tmp_path, 4)
    (root / "nam-2021" / "r01.json").write_text("{broken", encoding="utf-8")
    invalid = json.loads(SEED_JSON.read_text(encoding="utf-8"))
    invalid["plan_year"] = 1999
    (root / "nam-2022" / "r02.json").write_text(json.dumps(invalid), encoding="utf-8")
    result = run_dvtool(["validate", "-r", str(root), "--format", "json"])
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["exit_code"] for r in records] == [0, 0, 3, 1]
    assert result.returncode == 3
    stderr = result.stderr.decode("utf-8")
    assert "r01.json: invalid JSON" in stderr


def test_fail_fast_stops_at_the_first_failure(run_dvtool: Runner, tmp_path: Path) -> None:
    root = _tree(tmp_path, 4)
    (root / "nam-2020" / "r00.json").write_text("{broken", encoding="utf-8")
    result = run_dvtool(["validate", "-r", str(root), "--format", "json", "--fail-fast", "--jobs", "1"])
    assert result.returncode == 3 and len(result.stdout.splitlines()) == 1


def test_parallel_and_serial_runs_give_identical_output(run_dvtool: Runner, tmp_path: Path) -> None:
    root = _tree(tmp_path, 20)
    serial = run_dvtool(["summarize", "-r", str(root), "--format", "json", "--jobs", "1"])
    parallel = run_dvtool(["summarize", "-r", str(root), "--format", "json", "--jobs", "2"])
    assert serial.returncode == parallel.returncode == 0
    assert serial.stdout == parallel.stdout and len(serial.stdout.splitlines()) == 20


def test_several_yaml_outputs_form_a_multi_document_stream(run_dvtool: Runner, tmp_path: Path) -> None:
    import yaml

    root = _tree(tmp_path, 3)
    result = run_dvtool(["convert", "-r", str(root), "--to", "yaml"])
    docs = list(yaml.safe_load_all(result.stdout.decode("utf-8")))
    assert [d["title"] for d in docs] == ["Báo cáo số 00", "Báo cáo số 01", "Báo cáo số 02"]


def test_no_progress_or_colour_when_stderr_is_not_a_terminal(run_dvtool: Runner, tmp_path: Path) -> None:
    root = _tree(tmp_path, 10)
    result = run_dvtool(["convert", "-r", str(root), "--to", "jsonl"])
    assert result.returncode == 0 and result.stderr == b""


def test_converting_json_to_yaml_does_not_import_docx_jsonschema_or_the_extractor(tmp_path: Path) -> None:
    probe = (
        "import sys, runpy; sys.argv = ['dvtool', 'convert', sys.argv[1], '--to', 'yaml'];\n"
        "try:\n    runpy.run_module('dvtool', run_name='__main__')\n"
        "except SystemExit:\n    pass\n"
        "heavy = ('docx', 'jsonschema', 'rich', 'lxml', 'dvtool.extract')\n"
        "heavy = sorted(m for m in heavy if m in sys.modules)\n"
        "sys.stderr.write('HEAVY=' + ','.join(heavy))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe, str(SEED_JSON)], capture_output=True, env=dvtool_env(), check=False
    )
    assert result.stdout.startswith(b"schema_version:")
    assert result.stderr.decode().endswith("HEAVY="), result.stderr


@pytest.mark.parametrize("args", [["--help"], ["--version"]])
def test_help_and_version_do_not_import_docx(args: list[str]) -> None:
    probe = (
        "import sys, runpy; sys.argv = ['dvtool', *sys.argv[1:]];\n"
        "try:\n    runpy.run_module('dvtool', run_name='__main__')\n"
        "except SystemExit:\n    pass\n"
        "sys.stderr.write('DOCX=' + str('docx' in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe, *args], capture_output=True, env=dvtool_env(), check=False
    )
    assert result.stderr.decode().endswith("DOCX=False")


def test_a_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    root = _tree(tmp_path, 30)
    shell = f"{sys.executable} -m dvtool convert -r '{root}' --to jsonl | head -c 10 >/dev/null"
    result = subprocess.run(["bash", "-o", "pipefail", "-c", shell], capture_output=True, env=dvtool_env())
    assert b"Traceback" not in result.stderr and b"BrokenPipe" not in result.stderr


def test_a_progress_bar_appears_on_a_terminal_stderr(tmp_path: Path) -> None:
    import os
    import pty
    import select

    root = _tree(tmp_path, 40)
    master, slave = pty.openpty()
    out_path = tmp_path / "out.jsonl"
    out_file = out_path.open("wb")  # a file, not a pipe: nobody reads stdout while stderr is drained
    proc = subprocess.Popen(
        [sys.executable, "-m", "dvtool", "convert", "-r", str(root), "--to", "jsonl", "--jobs", "1"],
        stdout=out_file,
        stderr=slave,
        env=dvtool_env(TERM="xterm-256color", COLUMNS="100"),
    )
    os.close(slave)
    seen = b""
    while True:
        ready, _, _ = select.select([master], [], [], 30)
        if not ready:
            break
        try:
            chunk = os.read(master, 65536)
        except OSError:  # the child closed its end
            break
        if not chunk:
            break
        seen += chunk
    proc.wait(timeout=60)
    out_file.close()
    os.close(master)
    assert proc.returncode == 0 and len(out_path.read_bytes().splitlines()) == 40
    assert "━".encode() in seen or b"%" in seen, seen[:200]


@pytest.mark.parametrize("suffix", [".docx", ".md", ".yaml", ".json"])
def test_stdin_format_is_sniffed_from_content(run_dvtool: Runner, suffix: str) -> None:
    """zip magic means DOCX, '---' front matter Markdown, a key line YAML, '{' JSON."""
    data = SEED_JSON.with_suffix(suffix).read_bytes()
    result = run_dvtool(["convert", "-", "--to", "json"], input=data)
    assert result.returncode == 0, result.stderr
    assert result.stdout == SEED_JSON.read_bytes()


def test_plain_text_on_stdin_is_extracted(run_dvtool: Runner) -> None:
    text = "Sáng 10/02/2023, UBND tỉnh tổ chức Hội nghị tổng kết công tác năm 2022.\n".encode()
    result = run_dvtool(["convert", "-", "--to", "json", "--quiet"], input=text)
    assert result.returncode == 0 and json.loads(result.stdout)["date"] == "2023-02-10"


def test_no_color_on_a_terminal_gives_plain_text(tmp_path: Path) -> None:
    import os
    import pty

    master, slave = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "dvtool", "summarize", str(SEED_JSON)],
        stdout=slave,
        stderr=subprocess.DEVNULL,
        env=dvtool_env(NO_COLOR="1", TERM="xterm-256color", DVTOOL_LANG="vi"),
    )
    os.close(slave)
    seen = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
    proc.wait(timeout=60)
    os.close(master)
    assert proc.returncode == 0 and "Khen thưởng".encode() in seen
    assert b"\x1b[" not in seen and "┃".encode() not in seen


def test_inputs_of_one_folder_sharing_a_name_keep_their_extension(run_dvtool: Runner, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "x.json").write_bytes(SEED_JSON.read_bytes())
    (folder / "x.yaml").write_bytes(SEED_JSON.with_suffix(".yaml").read_bytes())
    (folder / "y.json").write_bytes(SEED_JSON.read_bytes())
    out = tmp_path / "out"
    result = run_dvtool(["convert", "-r", str(folder), "--to", "md", "-o", str(out)])
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["x.json.md", "x.yaml.md", "y.md"]
    assert (out / "x.json.md").read_bytes() == (out / "x.yaml.md").read_bytes() == (out / "y.md").read_bytes()
    said = result.stderr.decode("utf-8")
    assert said.count("share a name") == 1 and "x.json.md, x.yaml.md" in said
    quiet = run_dvtool(["convert", "-r", str(folder), "--to", "md", "-o", str(tmp_path / "q"), "-q"])
    assert quiet.returncode == 0 and quiet.stderr == b""


def test_inputs_named_one_by_one_from_two_folders_are_refused(run_dvtool: Runner, tmp_path: Path) -> None:
    for sub in ("a", "b"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "x.json").write_bytes(SEED_JSON.read_bytes())
    out = tmp_path / "out"
    inputs = [str(tmp_path / "a" / "x.json"), str(tmp_path / "b" / "x.json")]
    result = run_dvtool(["convert", *inputs, "--to", "md", "-o", f"{out}/"])
    assert result.returncode == 2 and b"would both be written to" in result.stderr
    assert not out.exists()


def test_several_inputs_and_a_file_name_for_o_is_a_usage_error(run_dvtool: Runner, tmp_path: Path) -> None:
    target = tmp_path / "single.json"
    result = run_dvtool(["convert", str(SEED_JSON), str(SEED_JSON.with_suffix(".yaml")), "-o", str(target)])
    assert result.returncode == 2 and b"need a folder" in result.stderr and not target.exists()


def test_outputs_get_ordinary_permissions_not_private_ones(run_dvtool: Runner, tmp_path: Path) -> None:
    import os
    import stat

    target = tmp_path / "r.yaml"
    assert run_dvtool(["convert", str(SEED_JSON), "--to", "yaml", "-o", str(target)]).returncode == 0
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~mask
    target.chmod(0o640)
    assert (
        run_dvtool(["convert", str(SEED_JSON), "--to", "yaml", "-o", str(target), "--force"]).returncode == 0
    )
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


@pytest.mark.parametrize(
    ("magic", "words"),
    [
        (b"%PDF-1.6\n%\xe2\xe3\n1 0 obj", b"this is a PDF file"),
        (b"{\\rtf1\\ansi Ban Dan van", b"this is an RTF file"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "WordDocument".encode("utf-16-le"), b"Word 97-2003 .doc"),
    ],
)
def test_pdf_rtf_and_old_doc_are_named_not_read_as_text(
    run_dvtool: Runner, tmp_path: Path, magic: bytes, words: bytes
) -> None:
    path = tmp_path / "bao-cao.bin"
    path.write_bytes(magic + b"\x00" * 64)
    for command in (["convert", str(path)], ["validate", str(path)]):
        result = run_dvtool(command)
        assert result.returncode == 3 and words in result.stderr
        assert len(result.stderr.splitlines()) == 1


def test_usage_errors_are_one_line_with_exit_2(run_dvtool: Runner) -> None:
    for args in (["convert", str(SEED_JSON), "--to", "xml"], ["validate", "--bogus"]):
        result = run_dvtool(args)
        assert result.returncode == 2
        lines = result.stderr.decode().splitlines()
        assert len(lines) == 1 and lines[0].startswith("error: ")
